/**
 * Round-31 escalation DEV set, written blind (only eval/escalation-types.ts read). DEV: may be tuned on.
 *
 * Businesses (escalate / no-escalate):
 *   1. Hadley Access Scaffolding (scaffolding hire & erection, Leeds) — 13 escalate / 11 no
 *   2. Second Spin Vintage (vintage & retro clothing, shop + online, Bristol) — 13 escalate / 11 no
 *   3. The Millgate Playhouse Box Office (community theatre, Stockport) — 13 escalate / 11 no
 *   4. Ashworth & Daughters Funeral Directors (independent, Shrewsbury) — 13 escalate / 11 no
 *
 * Businesses 1 and 3 carry hand-over rules in `escalationRules`.
 * Businesses 2 and 4 have `escalationRules: []`; hand-over instructions live only in `businessRules`
 * (2 as a loose list with its own headings/bullets, 4 as flowing prose).
 */
import type { EscalationBusiness } from './escalation-types.ts';

export const ROUND31_ESCALATION_DEV: EscalationBusiness[] = [
  // ───────────────────────────── 1. Scaffolding hire & erection ─────────────────────────────
  {
    name: 'Hadley Access Scaffolding',
    businessContext:
      "We're Hadley Access Scaffolding, a family-run scaffolding firm based in Morley, Leeds, covering West Yorkshire. We put up and take down tube-and-fitting scaffold for homeowners, roofers, builders and painters, mostly on houses and small commercial buildings. We also hire out aluminium mobile towers for DIY and trade. Every job gets a free site visit before we quote. Our office is open Monday to Friday 7:30am to 4:30pm and Saturday mornings 8 till 12. The erecting crews are out from 7am. Most domestic jobs go up within 5 to 10 working days of accepting the quote.",
    escalationRules: [
      'Escalate if a customer reports scaffolding that has moved, collapsed, or has missing boards, ties or guardrails',
      'Damage to property or vehicles caused by our crews or our scaffold',
      'anyone injured on or near one of our scaffolds',
      'Complaints from neighbours or the council - licence problems, pavement obstruction, fines',
      "Disputes about invoices or hire extension charges, e.g. customer says the scaff should have come down weeks ago and they shouldn't be paying extra weeks, or says they've been charged for a tower they never had",
      'Escalate if the customer wants to talk to someone in the office or asks for a manager',
      'Commercial tenders or jobs over 6 storeys',
    ],
    businessRules: `Quotes - always need a free site visit first, don't give prices in chat but you can say a typical 3 bed semi front elevation is usually between £650 and £900.
Hire period is 8 weeks included in the price, after that it's £45 a week per elevation. Customer needs to ring or message us to book the strike (taking it down), we need 3 working days notice.
We apply for the pavement licence from the council ourselves if the scaff goes on the public footpath, customer doesn't need to do anything, it's included.
Tie holes get filled with mastic when we strike.
Other trades (plasterers, painters etc) can use the scaffold but must not alter it. If something needs moving they call us.
Ali towers for hire - 5m platform £95 first week, £40 a week after, delivered and collected.
Payment by bank transfer, sort code 40-12-77 acc 61458832, ref = invoice number. Card over the phone also fine.
We don't need the customer in when we put up or take down as long as we can get access round the back.
Max height we do is 10 storeys.`,
    cases: [
      // escalate
      {
        message:
          'the boards on the top level keep rattling in the wind and one of them has slid right off into my garden?? is that normal',
        escalate: true,
      },
      {
        message:
          "scaffold round the back looks like its leaning away from the wall now, near the extension bit. i dont want my kids going anywhere near it",
        escalate: true,
      },
      {
        message:
          'your wagon reversed into my car when they were dropping the poles off this morning. big dent in the drivers door',
        escalate: true,
      },
      {
        message:
          "my roofer came off the second lift yesterday afternoon, hes at pinderfields with a broken wrist. what happens now",
        escalate: true,
      },
      {
        message:
          "had a letter from leeds council saying theres no permit for the scaffold on the footpath outside 14 grange rd and they'll fine us if its not sorted by friday",
        escalate: true,
      },
      {
        message:
          'woman next door keeps knocking saying your poles are on her drive and she cant get her car out for work. shes going mad',
        escalate: true,
      },
      {
        message:
          "why have i been billed for 4 extra weeks?? the roofer was finished middle of feb and i rang you THREE times to get it taken down",
        escalate: true,
      },
      {
        message: 'invoice says 2 mobile towers but we only ever had one delivered, can you check',
        escalate: true,
      },
      {
        message:
          "We're a main contractor pricing the refurb of a 9 storey residential block in Bradford city centre. Need full wrap scaffold with loading bays and a hoist, can you price it?",
        escalate: true,
      },
      { message: 'can i speak to an actual person please', escalate: true },
      { message: 'is there a number i can ring to talk to someone in your office?', escalate: true },
      {
        message: "who's the boss there? i want to speak to them directly not go back and forth on here",
        escalate: true,
      },
      {
        message:
          "absolutely disgusted. your lads left my garden like a bomb site, snapped the trellis and put a pole straight through my greenhouse glass. nobody has called me back in a week. SORT IT",
        escalate: true,
      },
      // no escalate
      {
        message: 'how much roughly for scaffold on the front of a 3 bed semi? need some roof tiles replacing',
        escalate: false,
      },
      {
        message: 'how long do we get it for before you start charging extra weeks?',
        escalate: false,
      },
      {
        message: 'will someone be on site when you take it down friday or do i need to be home to let them round the back',
        escalate: false,
      },
      {
        message: "do i need to get a licence off the council if it goes on the pavement or do you lot sort that?",
        escalate: false,
      },
      { message: 'can i pay the invoice by bank transfer? whats the sort code', escalate: false },
      {
        message: 'what do you do with the holes from the ties once its down, do they get filled?',
        escalate: false,
      },
      {
        message: "is it ok for my plasterer to use the scaffold next week as well or is it only for the roofer",
        escalate: false,
      },
      {
        message: 'your lads were brilliant today, really tidy and polite. tell them thanks from no. 22',
        escalate: false,
      },
      {
        message: 'do you go up to 4 floors? its a block of flats, the freeholder wants the gutters done',
        escalate: false,
      },
      {
        message:
          "neighbour asked whether the scaffold will need to go on their side, do you need something in writing from them first?",
        escalate: false,
      },
      {
        message: 'do u hire out the aluminium towers for diy? just need one for painting the gable end over a weekend',
        escalate: false,
      },
    ],
  },

  // ───────────────────────────── 2. Vintage & retro clothing ─────────────────────────────
  {
    name: 'Second Spin Vintage',
    businessContext:
      "Second Spin is a little vintage and retro clothing shop on Gloucester Road in Bristol, run by me (Dee) and my business partner Jess. We sell hand-picked clothes from the 1960s through to the early 2000s - denim, leather and suede jackets, knitwear, dresses, sportswear and accessories. Everything in the shop also goes up on our website, and we post all over the UK. Because it's all vintage every piece is one of a kind and some have a bit of wear, which we always try to show in the photos. We're open Tuesday to Sunday, 10 till 6 (11 till 4 on Sundays).",
    escalationRules: [],
    businessRules: `~~ STUFF THE BOT NEEDS TO KNOW ~~
* returns - online orders 14 days from delivery, must be unworn with our tag on. buyer pays return postage unless we messed up
* in shop = exchange or credit note only, no refunds. sale rail is final sale
* it's all vintage so there'll be some wear, we photograph any flaws we find (check all photos!)
* sizing - old sizes come up small, ALWAYS go by the measurements in the listing not the label
* postage £3.95 UK, free over £60. we post tuesdays and fridays. ireland/EU £12.50
* we buy stock - bring it in on a weds, clean and on hangers or folded, no appointment needed, we pay cash or 20% extra in credit
* can reserve things for 48hrs in shop, not online
* gift vouchers work in shop and online (code on the back)

~~ GET ME OR JESS FOR THESE, don't try and sort it yourself ~~
>> parcel says delivered but they haven't got it, OR it's been more than 10 working days and still not arrived
>> it turned up with damage we didn't show/mention (stains, holes, broken zip etc that weren't in the pics)
>> anyone saying something is fake, a repro, or not the age/brand we listed it as
>> wanting a refund on something bought IN THE SHOP (we don't normally but Jess sometimes makes an exception)
>> someone wanting to sell us a big lot - whole wardrobe, house clearance, job lot, more than a couple of bags
>> charged twice, or money taken but no order confirmation
>> they ask to talk to one of us / a real person
>> anyone really upset or angry - don't argue, just pass it on`,
    cases: [
      // escalate
      {
        message:
          "tracking says my parcel was left in a safe place on the 3rd but there's literally nothing here, i've asked both neighbours",
        escalate: true,
      },
      {
        message: 'ordered the brown suede jacket nearly 3 weeks ago and still nothing, tracking hasnt moved since it was dispatched',
        escalate: true,
      },
      {
        message:
          "the 70s maxi dress came today and there's a massive tea coloured mark on the back of the skirt that definately wasn't in any of the pics",
        escalate: true,
      },
      {
        message: 'zip on the 501s is completely bust, couldnt even do them up. listing said excellent condition??',
        escalate: true,
      },
      {
        message: "that 'vintage' champion sweatshirt has a made in 2019 label sewn in the side seam lol. not impressed tbh",
        escalate: true,
      },
      {
        message:
          "hi, bought a leather jacket in the shop on saturday and it's just not right on me. could i get my money back rather than a credit note? there's nothing else i need atm",
        escalate: true,
      },
      {
        message:
          "my nan passed last month and we've got about 6 binbags of her clothes from the 60s and 70s, some proper nice coats and dresses. would you want to take the lot off us?",
        escalate: true,
      },
      { message: 'my bank app shows 2 payments of £48 to you but i only pressed pay once', escalate: true },
      {
        message: "money went out of my account yesterday for the cord trousers but no confirmation email and nothing in my order history either",
        escalate: true,
      },
      { message: 'is jess about? can i have a quick chat with her', escalate: true },
      { message: 'can i speak to someone real pls', escalate: true },
      { message: 'could someone from the shop give me a ring when theyre free? 07700 900412', escalate: true },
      {
        message:
          "this is the second time i've ordered from you and the second time it's turned up wrecked. £70 for a coat with the lining ripped to shreds. honestly so disappointed, i'm done with this shop",
        escalate: true,
      },
      // no escalate
      { message: 'what time are you open on sunday?', escalate: false },
      { message: 'do the 80s blazers come up big or small? im usually a 12', escalate: false },
      { message: 'how do returns work on online orders? might need a diff size on the jeans', escalate: false },
      { message: 'ordered last night, when will it get posted?', escalate: false },
      {
        message: "can i bring a few bits in to sell? just a couple of jumpers and a denim jacket",
        escalate: false,
      },
      {
        message: 'is the little mark on the cuff of the green cord jacket the one in the 4th photo? just checking before i buy',
        escalate: false,
      },
      {
        message: "will someone be in on wednesday afternoon to look at clothes i want to sell or is it mornings only",
        escalate: false,
      },
      { message: 'do you ship to ireland?', escalate: false },
      { message: "parcel came today, absolutely love the shirt!! thanks jess x", escalate: false },
      {
        message: 'can you hold the mohair cardigan in the window til saturday? ill come in and try it on',
        escalate: false,
      },
      { message: 'got a gift voucher for christmas, can i use it on the website?', escalate: false },
    ],
  },

  // ───────────────────────────── 3. Community theatre box office ─────────────────────────────
  {
    name: 'The Millgate Playhouse Box Office',
    businessContext:
      "The Millgate Playhouse is a 220-seat community theatre in Stockport, run by a small staff team and lots of brilliant volunteers. We stage our own amateur productions, a family panto every December, touring comedy and music nights, and we have a studio space upstairs. This chat helps people with tickets and visiting us. The box office is open Tuesday to Saturday 11am to 4pm, and from an hour before every performance. Tickets can be booked online, by phone or in person, and e-tickets can be shown on a phone or printed.",
    escalationRules: [
      'Refunds for cancelled or rescheduled performances',
      'Group bookings of 15+ or any school booking',
      'Access requirements - wheelchair spaces, companion seats, hearing loop seats, BSL performances',
      "Escalate if someone's been charged but didn't get tickets or a confirmation email, or was charged the wrong amount",
      'Complaints about staff/volunteers or about other audience members during a show',
      'lost property',
      "Escalate if the customer asks to speak with the box office manager or any member of staff, e.g. 'can I talk to someone', 'put me through to a human', 'I want to speak to Carol'",
      'Hire enquiries for the main hall or studio',
    ],
    businessRules: `no refunds if the customer just can't make it, but they can swap to another performance of the same show up to 48 hours before for a £1 fee (pay the difference if dearer)
concessions = over 65s, students, under 16s, £2 off most shows
groups of 10 or more get 10% off, book by phone
under 2s free if on a lap, no seat
lift to the circle is by the side entrance on Millgate Lane, ask the volunteer on the door
parking - Millgate Lane multistorey 2 mins walk, £3 after 6pm
bar opens 1 hr before and during the interval, you can preorder interval drinks at the bar
doors open 30 mins before curtain. running times are on each show page
e-tickets can be on your phone or printed, either is fine. or collect from box office on the night
Carol is box office manager`,
    cases: [
      // escalate
      {
        message:
          "got an email saying saturday's annie matinee isn't going ahead now and it's moved to the 19th but we're away that weekend. what happens to the £56 we paid?",
        escalate: true,
      },
      {
        message:
          "hiya, I'm a year 5 teacher at St Thomas's, we'd like to bring about 30 children plus 4 staff to the panto on a weekday afternoon. what do we need to do?",
        escalate: true,
      },
      {
        message:
          "my husband uses a wheelchair and I'd need to sit right next to him, can you sort that out for the friday night show?",
        escalate: true,
      },
      {
        message: "money's come out of my account for the jazz night but i've had nothing through, not even in junk",
        escalate: true,
      },
      {
        message: "i was charged £38 for two concession tickets for the Ayckbourn, surely that should be about £28?",
        escalate: true,
      },
      {
        message:
          "the man on the door last night was so rude to my mum. she's 82 and he raised his voice at her for being slow on the stairs. she was in tears on the way home. I'm absolutely furious",
        escalate: true,
      },
      {
        message:
          'people behind us were talking and on their phones for the whole second half and the usher didnt do a thing about it. ruined the show for us',
        escalate: true,
      },
      {
        message: 'i think i left my reading glasses in a brown case somewhere around row F on tuesday evening',
        escalate: true,
      },
      {
        message: "we're a small dance school looking for somewhere to run saturday morning classes, could we use your upstairs room?",
        escalate: true,
      },
      { message: 'can i talk to someone in the box office please', escalate: true },
      { message: 'is carol in today? need a word about our booking', escalate: true },
      { message: 'would it be possible for somebody to call me back? its about my tickets for next week', escalate: true },
      {
        message:
          "absolutely ridiculous. booked 5 seats together for my son's birthday and the tickets have us split over two rows at opposite ends. this was meant to be special and its ruined. I want this sorted TODAY",
        escalate: true,
      },
      // no escalate
      { message: 'what time does it start on thursday and how long does it go on for?', escalate: false },
      { message: 'is there anywhere to park near you?', escalate: false },
      {
        message: "can I swap my tickets from friday to saturday? happy to pay if it's more",
        escalate: false,
      },
      { message: 'is the bar open in the interval?', escalate: false },
      { message: "what's your refund policy if i cant make it? booked for the 14th but might be working", escalate: false },
      { message: 'is there a lift up to the circle? my dad struggles with stairs a bit', escalate: false },
      {
        message: "how many do you need for the group discount? there's 6 of us from work",
        escalate: false,
      },
      { message: 'will someone be at the box office before the show so we can collect our tickets?', escalate: false },
      {
        message: 'just wanted to say the volunteers were lovely last night, please pass on our thanks',
        escalate: false,
      },
      { message: 'does my 2 yr old need a ticket if she sits on my knee?', escalate: false },
      { message: 'can i just show the e ticket on my phone or do i have to print it', escalate: false },
    ],
  },

  // ───────────────────────────── 4. Independent funeral director ─────────────────────────────
  {
    name: 'Ashworth & Daughters Funeral Directors',
    businessContext:
      "Ashworth & Daughters is an independent, family-owned funeral director in Shrewsbury. My father started the business in 1979 and today it's run by me, Margaret Ashworth, with my sister and our colleague Tom. We arrange burials, cremations, direct cremations and celebrant-led or religious services across Shropshire, and we have our own chapel of rest on Abbey Foregate. We also offer pre-paid funeral plans and can arrange memorial headstones. Our office is open Monday to Friday, 9am to 5pm, and our phone line is answered 24 hours a day, every day of the year.",
    escalationRules: [],
    businessRules: `Please remember that almost everyone who contacts us is grieving, so be gentle, unhurried and plain-spoken, and never push anything on them. You can happily answer general questions: a simple direct cremation with us is £1,595, and a traditional funeral with our own fees, a standard coffin and a hearse and one limousine usually comes to around £4,200 before third party costs like the crematorium, the minister or celebrant and the doctor, which families should expect to add roughly £1,100 to £1,400 for a cremation and more for a burial. We take card, bank transfer or cheque, and the final account is due within 28 days of the funeral. Families can bring their own flowers on the day or we can order them through a local florist. Music requests at the crematorium are fine, any song as long as we have it a week ahead. To register a death, people book an appointment with the Shropshire register office and take the medical certificate, plus the person's birth certificate and NHS card if they have them. Where things need one of us personally, please hand over rather than trying to help yourself. That means anyone telling us that someone has just died and who needs us to bring their loved one into our care, whatever the hour. It also means anything involving the coroner or a post mortem, or a death that has happened abroad and needs bringing home. If a family wants to change anything about a funeral that is three days away or less, such as times, cars, flowers or the order of service, that needs Tom or me because there are other people to ring. If someone is worried about being able to pay, wants to spread the cost, or is asking about getting help with the cost from the government, we would much rather talk to them kindly ourselves. Visits to the chapel of rest are always arranged personally by us, so pass those on too. Of course if anyone is unhappy with how their loved one has been looked after or how anything went on the day, or is very upset, or simply asks for me, Tom or a person to talk to, please put them through.`,
    cases: [
      // escalate
      {
        message:
          "mum passed away about an hour ago at the care home, they've asked us which funeral director we're using. we don't know what to do now",
        escalate: true,
      },
      {
        message: 'The hospice rang early this morning, Dad went peacefully in the night. We would like you to look after him please.',
        escalate: true,
      },
      {
        message:
          "the police said my brother has been taken to the coroner's and they might need to do a post mortem. nobody can tell us how long it'll be before we can have a funeral",
        escalate: true,
      },
      {
        message: 'my aunt died while on holiday in spain and we need to get her home. we dont know where to even start',
        escalate: true,
      },
      {
        message:
          "the funeral is this thursday and we've just noticed the wrong hymn is on the order of service proof. also is there any chance we could start at 11 instead of 10.30?",
        escalate: true,
      },
      {
        message: "honestly we can't find that kind of money right now. is there any way we could pay it bit by bit?",
        escalate: true,
      },
      {
        message: "i'm on universal credit, is there anything the government can give towards my dad's funeral?",
        escalate: true,
      },
      {
        message: "we'd like to come and sit with nan for a while before friday, would tomorrow afternoon be alright?",
        escalate: true,
      },
      {
        message:
          "when we saw mum yesterday her hair wasn't done the way we asked and she had the wrong cardigan on. it really upset my dad, he couldn't stay",
        escalate: true,
      },
      { message: "is margaret there? i'd rather talk to her if that's ok", escalate: true },
      { message: "Can I speak to someone please. I'm not comfortable doing this by message", escalate: true },
      { message: 'could you get someone to phone me this evening after 6? thank you', escalate: true },
      {
        message:
          "the cars turned up 20 minutes late yesterday and we lost our slot at the crematorium and had to wait for the next one. my mum's funeral. I can't even put into words how let down we feel",
        escalate: true,
      },
      // no escalate
      { message: "what's the difference in cost roughly between a burial and a cremation?", escalate: false },
      { message: 'do you do direct cremations, and how much are they?', escalate: false },
      { message: 'what times is your office open during the week?', escalate: false },
      {
        message: 'can we bring our own flowers on the day or do they have to be ordered through you?',
        escalate: false,
      },
      {
        message: "dad's funeral is in 3 weeks, would we be able to have a beatles song played as we go in at the crem?",
        escalate: false,
      },
      { message: 'do you take card payments for the final bill?', escalate: false },
      {
        message: 'will someone from your team meet us at the church on the day or do we just go straight there?',
        escalate: false,
      },
      {
        message: 'Just wanted to say thank you to Tom and everyone for looking after us so well last week. It meant a lot.',
        escalate: false,
      },
      { message: 'how do we go about ordering a headstone through you? no rush, thinking of the spring', escalate: false },
      { message: "do you do pre-paid funeral plans? i'd like to get my own sorted so the kids don't have to", escalate: false },
      { message: 'what do we need to take to the registrar to register the death?', escalate: false },
    ],
  },
];
