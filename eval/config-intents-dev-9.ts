/**
 * Configuration-chat intent evaluation — DEV set 9. Written blind in round 19 by an author who read
 * only eval/config-intents-types.ts (no product code, no docs, no other eval sets, no git history).
 *
 * 150 owner messages, 25 for each of six invented UK small businesses, each with its own owner voice:
 *   A. Salty Paws Mobile Grooming — a mobile dog groomer working from a converted van in west Cornwall.
 *      Owner (Kerry) types long rambling run-on messages strung together with "and" and "so", few full stops.
 *   B. The Reel Room — an independent cinema bar & café in Glasgow. The manager writes terse,
 *      bullet-style notes, sometimes starting with a label such as "FAQ:", "Rule:", "Escalate:", "Synonym:".
 *   C. Ripples Swim Academy — a children's swimming academy in Leicester. The office admin (Denise) is
 *      polite and wordy ("Would you be able to…", "I was wondering if…") and signs off with her name.
 *   D. Magpie Vintage — a vintage clothing shop in Brighton's North Laine. Young owner (Jaz): all
 *      lowercase, emoji, abbreviations (pls, thx, rn, tbh, ngl), occasional typos.
 *   E. Steel City Heating — a boiler & heating engineer in Sheffield. Owner (Gary) dictates from the van:
 *      misspellings, missing punctuation, self-corrections, and a second unrelated thought tacked on.
 *   F. Honeysuckle & Lace Cakes — a wedding cake maker in North Norfolk. Owner (Clare) writes very
 *      carefully, pastes whole paragraphs of website text in quotes or after a colon, uses em dashes.
 *
 * Each case is one message and the single configuration action a reasonable person would expect.
 */
import type { ConfigIntentCase } from './config-intents-types.ts';

const A = 'Salty Paws Mobile Grooming';
const B = 'The Reel Room';
const C = 'Ripples Swim Academy';
const D = 'Magpie Vintage';
const E = 'Steel City Heating';
const F = 'Honeysuckle & Lace Cakes';

export const CONFIG_INTENTS_DEV_9: ConfigIntentCase[] = [
  // ───────────────────────── A. Salty Paws Mobile Grooming (Cornwall) ─────────────────────────
  {
    business: A,
    message: `ok so here's the about us bit for the bot to use instead of whatever's in there now so basically Salty Paws is me Kerry and my converted Transit van and I drive round west Cornwall from Penzance up to Hayle and St Ives and I groom dogs right on your driveway so they don't have to go in a noisy salon and I've been doing it since 2019 and I do all breeds but I'm best with doodles and spaniels and the van has its own hot water and a dryer so all you need to give me is a parking spot`,
    expect: { kind: 'set_context', contains: 'groom dogs right on your driveway' },
  },
  {
    business: A,
    message: `can you swap the whole business description out for this one because the old one still says I do Truro and I don't anymore so it's: Salty Paws Mobile Grooming, a one-woman dog grooming van covering Penzance, Hayle, St Ives and the Lizard, calm one-to-one grooms with no cages and no waiting around, and that's it really just use that`,
    expect: { kind: 'set_context', contains: 'calm one-to-one grooms with no cages' },
  },
  {
    business: A,
    message: `just so the bot knows I don't work Wednesdays at all because that's my admin day and also when the van goes in for its service so yeah Wednesdays I'm just not about`,
    expect: { kind: 'add_fact', contains: "I don't work Wednesdays at all" },
  },
  {
    business: A,
    message: `did the bot know the van runs off its own generator and water tank so I don't need to plug into anyone's house or use their outside tap, it really should know that because people always ask and I'm fed up of saying it lol`,
    expect: { kind: 'add_fact', contains: 'runs off its own generator and water tank' },
  },
  {
    business: A,
    message: `oh and another thing the bot needs to know is that I'm fully insured and I've got my level 3 grooming certificate from City & Guilds so if people are a bit nervous about handing their dog over they can relax a bit`,
    expect: { kind: 'add_fact', contains: 'level 3 grooming certificate' },
  },
  {
    business: A,
    message: `can you make a new article called What Happens On Grooming Day and put in it that I text the morning of to give a time window and then I park up as close to your door as I can and the groom takes about an hour and a half for most dogs and then I bring them back in all fluffy and you pay by card at the van door`,
    expect: {
      kind: 'create_article',
      title: 'What Happens On Grooming Day',
      contains: 'an hour and a half for most dogs',
    },
  },
  {
    business: A,
    message: `so I need an article about puppies because loads of people ask when they can start and the answer is I do a puppy intro groom from about 12 weeks once they've had their second jabs and it's just a short one with a bath and a nail trim and a bit of a fluff round the face so they get used to the van and the dryer noise and it's £30`,
    expect: { kind: 'create_article', title: null, contains: 'puppy intro groom' },
  },
  {
    business: A,
    message: `right I want a page on the bot about matted dogs and it should say that if your dog is badly matted I will always shave it down rather than brush it out because brushing out bad mats really hurts them and it's a welfare thing not me being lazy and there's a £10 dematting charge on top of the normal price and I'll send you a photo before I start so you know what you're getting`,
    expect: { kind: 'create_article', title: null, contains: '£10 dematting charge' },
  },
  {
    business: A,
    message: `the Booking and Cancellations article needs changing because I've gone up to 48 hours notice for cancellations now instead of 24 because I kept getting people cancelling the night before and that's a whole slot gone and I can't fill it so can you put 48 hours notice in there`,
    expect: { kind: 'update_article', target: 'Booking and Cancellations', contains: '48 hours notice' },
  },
  {
    business: A,
    message: `and the bit in Where I Cover that says I go to Helston is wrong now I stopped doing Helston in the summer because of the traffic on the A394 it was killing me so take that out and add Marazion and Mousehole instead`,
    expect: { kind: 'update_article', target: 'Where I Cover', contains: 'Marazion and Mousehole' },
  },
  {
    business: A,
    message: `full groom for a small dog is going up to £48 from next month sorry to everyone but fuel has gone mad and so has shampoo weirdly so can you change that on the Prices article`,
    expect: { kind: 'update_price', target: 'Prices', item: 'full groom for a small dog', price: '£48' },
  },
  {
    business: A,
    message: `so the nail trim is £12 now not £10 and I honestly can't remember which article it's in so just change it wherever it is and that'll do`,
    expect: { kind: 'update_price', target: null, item: 'nail trim', price: '£12' },
  },
  {
    business: A,
    message: `can you take down the Christmas Pawty Offer article because Christmas was ages ago and someone asked me about it in March and I felt a bit daft and had to honour it anyway`,
    expect: { kind: 'archive_article', target: 'Christmas Pawty Offer' },
  },
  {
    business: A,
    message: `if anyone messages saying their dog got nicked or cut during a groom I want that passed straight to me not the bot because I'd rather ring them myself and sort it out properly`,
    expect: { kind: 'add_escalation_rules', contains: ['their dog got nicked or cut during a groom'] },
  },
  {
    business: A,
    message: `so two things where the bot should hand over to a real person, first is if someone's dog is aggressive or has bitten a groomer before because I need to talk to them before I take the booking and second is anyone asking about grooming an elderly dog with a heart condition because that's more of a vet chat really and my sister Tamsin does the bookings so she can take both of those`,
    expect: {
      kind: 'add_escalation_rules',
      contains: ['dog is aggressive or has bitten a groomer', 'elderly dog with a heart condition'],
    },
  },
  {
    business: A,
    message: `and when somebody's complaining about a groom like they don't like the cut or the face is shorter than they wanted or whatever can that go to a human and not the bot trying to smooth it over because that never goes well trust me`,
    expect: { kind: 'add_escalation_rules', contains: ['complaining about a groom'] },
  },
  {
    business: A,
    message: `people keep saying a tidy up when they mean a trim and the bot didn't get it the other day and told someone I don't do tidy ups so can it know they're the same thing`,
    expect: { kind: 'add_synonyms', words: ['tidy up', 'trim'] },
  },
  {
    business: A,
    message: `oh and loads of the older customers round here say clip instead of groom like are you doing Bella's clip next week so it should understand clip just means groom`,
    expect: { kind: 'add_synonyms', words: ['clip', 'groom'] },
  },
  {
    business: A,
    message: `the bot must never tell someone their dog will definitely be done in an hour because I can't know that till I've seen the coat so it should just say it depends and I'll give a time on the day`,
    expect: { kind: 'add_business_rule', contains: 'definitely be done in an hour' },
  },
  {
    business: A,
    message: `and it should always ask what breed the dog is and roughly how big before it gives a price because a cockapoo and a labradoodle are totally different jobs and so are two cockapoos honestly`,
    expect: { kind: 'add_business_rule', contains: 'ask what breed the dog is' },
  },
  {
    business: A,
    message: `how many people have been chatting to the bot this week I'm curious because it's been mad busy on the phone as well so I wondered if it's the same`,
    expect: { kind: 'analytics', metric: 'conversations', days: 7 },
  },
  {
    business: A,
    message: `and what's the thumbs down count been like over the last fortnight because my mate said the bot told her something a bit weird and I want to know if it's just her`,
    expect: { kind: 'analytics', metric: 'feedbackDown', days: 14 },
  },
  {
    business: A,
    message: `can the bot sound a bit more like me and a bit less like a bank because at the moment it's all "we regret to inform you" and I'm not like that I say lovely a lot so just chatty and cheerful really`,
    expect: { kind: 'set_tone', tone: 'chatty and cheerful' },
  },
  {
    business: A,
    message: `and can we call the bot Pickle after my old spaniel who rode in the van with me for years and is now retired on the sofa bless him`,
    expect: { kind: 'set_agent_name', name: 'Pickle' },
  },
  {
    business: A,
    message: `ah brilliant that's all working now thank you so much honestly you've saved me hours and I can get back to the actual dogs`,
    expect: { kind: 'nothing' },
  },

  // ───────────────────────── B. The Reel Room (Glasgow) ─────────────────────────
  {
    business: B,
    message: `Context (replace existing):
- The Reel Room, independent 2-screen cinema with bar & café, Finnieston, Glasgow
- Screens: 62 seats + 28 seats
- Café from 10am, bar from 4pm
- New releases, cult classics, Scottish shorts
- Family-run since 2011`,
    expect: { kind: 'set_context', contains: 'independent 2-screen cinema' },
  },
  {
    business: B,
    message: `New about-us, replace the whole thing:
The Reel Room is Glasgow's smallest picture house, a family-run cinema, café and late bar in Finnieston. We show new indie releases, restored classics and community screenings. Licensed bar, vegan kitchen, step-free Screen 1.`,
    expect: { kind: 'set_context', contains: "Glasgow's smallest picture house" },
  },
  {
    business: B,
    message: `Fact: Screen 2 is up a flight of stairs, no lift.`,
    expect: { kind: 'add_fact', contains: 'Screen 2 is up a flight of stairs' },
  },
  {
    business: B,
    message: `Does the bot know we do subtitled screenings every Tuesday 6pm? It should.`,
    expect: { kind: 'add_fact', contains: 'subtitled screenings every Tuesday' },
  },
  {
    business: B,
    message: `FAQ: "Can I bring my own food?"
A: No outside food or drink in screens. Exceptions: baby food, medical needs. Snacks + popcorn at the bar.`,
    expect: {
      kind: 'create_article',
      title: 'Can I bring my own food?',
      contains: 'No outside food or drink in screens',
    },
  },
  {
    business: B,
    message: `New article: Private Hire
- Screen 2 available for private hire Mon to Thu daytime
- From £180 for 2 hrs, film of your choice
- Bar package extra
- Email events@thereelroom.co.uk to book`,
    expect: { kind: 'create_article', title: 'Private Hire', contains: 'From £180 for 2 hrs' },
  },
  {
    business: B,
    message: `Need an article on the loyalty card. 10 stamps = free ticket. 1 stamp per paid ticket. Not valid on event screenings. Paper card only, no app.`,
    expect: { kind: 'create_article', title: null, contains: 'Not valid on event screenings' },
  },
  {
    business: B,
    message: `Write up a page for kids' club.
Sat 10:30am. £3 a ticket, adults free with a child. Film changes monthly, check socials.`,
    expect: { kind: 'create_article', title: null, contains: 'adults free with a child' },
  },
  {
    business: B,
    message: `Update Opening Hours: Sunday café hours now 10am to 9pm.`,
    expect: { kind: 'update_article', target: 'Opening Hours', contains: '10am to 9pm' },
  },
  {
    business: B,
    message: `Accessibility article: add hearing loop now in both screens.`,
    expect: { kind: 'update_article', target: 'Accessibility', contains: 'hearing loop now in both screens' },
  },
  {
    business: B,
    message: `Price change: standard adult ticket £9.50 (was £8.90). Tickets & Prices page.`,
    expect: { kind: 'update_price', target: 'Tickets & Prices', item: 'standard adult ticket', price: '£9.50' },
  },
  {
    business: B,
    message: `Large popcorn now £4.20.`,
    expect: { kind: 'update_price', target: null, item: 'Large popcorn', price: '£4.20' },
  },
  {
    business: B,
    message: `Remove the "Summer of Spielberg" article, season's done.`,
    expect: { kind: 'archive_article', target: 'Summer of Spielberg' },
  },
  {
    business: B,
    message: `Escalate:
1. Anyone reporting a lost item left in a screen
2. Complaints about noise/phones during a film
3. Group bookings over 20 people
All to Fraser (duty manager).`,
    expect: {
      kind: 'add_escalation_rules',
      contains: ['lost item left in a screen', 'Complaints about noise/phones during a film', 'Group bookings over 20 people'],
    },
  },
  {
    business: B,
    message: `Rule: any allergy question about the kitchen goes to a human. Bot doesn't answer those.`,
    expect: { kind: 'add_escalation_rules', contains: ['any allergy question about the kitchen'] },
  },
  {
    business: B,
    message: `Escalate refund requests for cancelled screenings -> Morag.`,
    expect: { kind: 'add_escalation_rules', contains: ['refund requests for cancelled screenings'] },
  },
  {
    business: B,
    message: `Synonym: "the pictures" = cinema. Older customers say it.`,
    expect: { kind: 'add_synonyms', words: ['the pictures', 'cinema'] },
  },
  {
    business: B,
    message: `Folk say "wee screen" meaning Screen 2. Same thing, bot should get that.`,
    expect: { kind: 'add_synonyms', words: ['wee screen', 'screen 2'] },
  },
  {
    business: B,
    message: `Rule: never reveal how many tickets are left for a showing. Just point to the website.`,
    expect: { kind: 'add_business_rule', contains: 'never reveal how many tickets are left' },
  },
  {
    business: B,
    message: `Bot should always mention the age rating when someone asks about a film. Parents.`,
    expect: { kind: 'add_business_rule', contains: 'always mention the age rating' },
  },
  {
    business: B,
    message: `Chats handed over to staff, last 30 days?`,
    expect: { kind: 'analytics', metric: 'escalations', days: 30 },
  },
  {
    business: B,
    message: `Avg QA score today?`,
    expect: { kind: 'analytics', metric: 'qaAverage', days: 1 },
  },
  {
    business: B,
    message: `Tone: less corporate. Like a friendly barista who loves films.`,
    expect: { kind: 'set_tone', tone: 'friendly barista' },
  },
  {
    business: B,
    message: `Name the bot "Reel Rab". (Rab, not Robert. It's a Glasgow thing.)`,
    expect: { kind: 'set_agent_name', name: 'Reel Rab' },
  },
  {
    business: B,
    message: `Q: can the bot actually book seats, or just link to the booking page?`,
    expect: { kind: 'nothing' },
  },

  // ───────────────────────── C. Ripples Swim Academy (Leicester) ─────────────────────────
  {
    business: C,
    message: `Good morning, I was wondering if you would be able to replace our business description with the one below, as the current one is rather out of date.

Ripples Swim Academy has been teaching children to swim in Leicester since 2008. We run small-group and one-to-one lessons for ages 3 to 12 at Braunstone Leisure Centre and at our own teaching pool in Oadby. All of our teachers are Swim England qualified and DBS checked, and our classes never have more than six children to a teacher.

Many thanks,
Denise`,
    expect: { kind: 'set_context', contains: 'teaching children to swim in Leicester since 2008' },
  },
  {
    business: C,
    message: `Hello again, would you be able to swap the "about us" for this shorter version please? "Ripples is a family-run children's swim school in Leicester offering lessons from toddlers to confident swimmers, with warm-water pools and a maximum of six children per class." Thank you ever so much, Denise`,
    expect: { kind: 'set_context', contains: "family-run children's swim school in Leicester" },
  },
  {
    business: C,
    message: `Hello, I wonder if the assistant could be made aware that there is a viewing gallery upstairs at both pools, so parents are welcome to stay and watch. Kind regards, Denise`,
    expect: { kind: 'add_fact', contains: 'viewing gallery upstairs at both pools' },
  },
  {
    business: C,
    message: `Good afternoon, would the assistant know that our Oadby pool is kept at 32 degrees? Parents do ask quite often, particularly those with little ones. If not, could it be told please? Thank you, Denise`,
    expect: { kind: 'add_fact', contains: 'Oadby pool is kept at 32 degrees' },
  },
  {
    business: C,
    message: `Hi there, just a small thing. I was wondering if you could let the assistant know that we follow the Swim England Learn to Swim framework, stages 1 to 7, as a few parents have asked which scheme we use. Best wishes, Denise`,
    expect: { kind: 'add_fact', contains: 'Swim England Learn to Swim framework' },
  },
  {
    business: C,
    message: `Good morning, would you be able to add a new article titled "What to Bring to Your First Lesson"? It should say: a swimming costume (no baggy shorts please), a towel, a swim hat if your child has long hair, goggles if they like them, and a bottle of water for afterwards. Children should arrive ten minutes early. Many thanks, Denise`,
    expect: {
      kind: 'create_article',
      title: 'What to Bring to Your First Lesson',
      contains: 'swim hat if your child has long hair',
    },
  },
  {
    business: C,
    message: `Hello, I was wondering if we could have an article about missed lessons. Our policy is that lessons missed through illness can be made up within the same term, as long as we are told before the lesson starts. Unfortunately we cannot offer make-up lessons for holidays. Thank you so much, Denise`,
    expect: { kind: 'create_article', title: null, contains: 'made up within the same term' },
  },
  {
    business: C,
    message: `Hi, would it be possible to create a help article called Moving Up a Stage with the following text:

Your child's teacher assesses progress every week. When they have achieved all the outcomes for their stage, they will receive a certificate and badge, and we will contact you to arrange a place in the next stage. Please don't worry if this takes more than one term, every child learns at their own pace.

Kind regards,
Denise`,
    expect: { kind: 'create_article', title: 'Moving Up a Stage', contains: 'receive a certificate and badge' },
  },
  {
    business: C,
    message: `Good afternoon, I'm afraid the Term Dates article needs updating. The summer term now finishes on Saturday 19th July rather than the 12th, as the leisure centre has changed its closure dates. Would you be able to amend it? Thank you, Denise`,
    expect: { kind: 'update_article', target: 'Term Dates', contains: 'Saturday 19th July' },
  },
  {
    business: C,
    message: `Hello, could the "Parking at Braunstone" article please mention that the overflow car park behind the tennis courts is now open on Saturday mornings? It should save a lot of circling! Many thanks, Denise`,
    expect: {
      kind: 'update_article',
      target: 'Parking at Braunstone',
      contains: 'overflow car park behind the tennis courts',
    },
  },
  {
    business: C,
    message: `Hello, I was wondering if you could update the price of one-to-one lessons to £24.50 per half hour in the Lesson Fees article, as of September. Thank you, Denise`,
    expect: { kind: 'update_price', target: 'Lesson Fees', item: 'one-to-one lessons', price: '£24.50' },
  },
  {
    business: C,
    message: `Good morning, would you be able to change the price of the Little Ripples toddler class? It's now £9 a session, up from £8.50. With apologies for the bother, Denise`,
    expect: { kind: 'update_price', target: null, item: 'Little Ripples toddler class', price: '£9' },
  },
  {
    business: C,
    message: `Hello, I wonder if you could please remove the "Easter Holiday Crash Course" article? We won't be running it this year, sadly, as we couldn't get the pool time. Thank you, Denise`,
    expect: { kind: 'archive_article', target: 'Easter Holiday Crash Course' },
  },
  {
    business: C,
    message: `Good morning, I was wondering if the assistant could pass certain conversations to a member of staff rather than answering them itself:

• any mention of a child being hurt or unwell at a lesson
• safeguarding concerns of any kind
• complaints about a teacher

These should come to me, Denise, or to our head coach, Amrit. Thank you so much.`,
    expect: {
      kind: 'add_escalation_rules',
      contains: ['child being hurt or unwell at a lesson', 'safeguarding concerns of any kind', 'complaints about a teacher'],
    },
  },
  {
    business: C,
    message: `Hello, would you be able to make sure that if a parent asks about lessons for a child with additional needs, they're put through to Amrit, our head coach? He likes to speak to the family first. Kind regards, Denise`,
    expect: { kind: 'add_escalation_rules', contains: ['lessons for a child with additional needs'] },
  },
  {
    business: C,
    message: `Hi there, I was wondering whether the assistant could hand over to a person whenever somebody is querying a direct debit payment or says they've been charged twice. Those really need a human to look at the account. Many thanks, Denise`,
    expect: {
      kind: 'add_escalation_rules',
      contains: ['querying a direct debit payment', "they've been charged twice"],
    },
  },
  {
    business: C,
    message: `Hello, I thought it might be helpful to mention that some of our grandparents still call the pool "the baths". Could the assistant understand that when someone says "baths" they mean the pool? Thank you, Denise`,
    expect: { kind: 'add_synonyms', words: ['baths', 'pool'] },
  },
  {
    business: C,
    message: `Good afternoon, I was wondering if the assistant could treat "floaties" and "armbands" as the same thing? Some of our newer parents say floaties and I don't think it recognised the word yesterday. Best wishes, Denise`,
    expect: { kind: 'add_synonyms', words: ['floaties', 'armbands'] },
  },
  {
    business: C,
    message: `Hello, would you be able to ask the assistant to always recommend a free assessment swim before a child is booked into a stage? It helps us place them correctly. Thank you, Denise`,
    expect: { kind: 'add_business_rule', contains: 'recommend a free assessment swim' },
  },
  {
    business: C,
    message: `Hi, I was wondering if the assistant could please never give out our teachers' surnames or personal details, even if a parent asks very nicely. First names only. Kind regards, Denise`,
    expect: { kind: 'add_business_rule', contains: "never give out our teachers' surnames" },
  },
  {
    business: C,
    message: `Good morning, I was wondering how many conversations the assistant has had over the last two weeks? Our director has asked me for a figure for Friday's meeting. Thank you, Denise`,
    expect: { kind: 'analytics', metric: 'conversations', days: 14 },
  },
  {
    business: C,
    message: `Hello, would you be able to tell me what percentage of chats were passed to a member of staff this month? Many thanks, Denise`,
    expect: { kind: 'analytics', metric: 'escalationShare', days: 30 },
  },
  {
    business: C,
    message: `Hello, I hope you don't mind me saying, but the assistant comes across as a little stiff with parents. Would it be possible for it to be warmer and more reassuring? Many of them are nervous first-timers. Thank you, Denise`,
    expect: { kind: 'set_tone', tone: 'warmer and more reassuring' },
  },
  {
    business: C,
    message: `Good afternoon, would you be able to rename the assistant to Splash? The children voted for it at the summer gala, so we rather have to! Kind regards, Denise`,
    expect: { kind: 'set_agent_name', name: 'Splash' },
  },
  {
    business: C,
    message: `Hello, I was just wondering whether the assistant is able to take lesson bookings itself, or does it only answer questions? No changes needed, I'm just curious. Thank you, Denise`,
    expect: { kind: 'nothing' },
  },

  // ───────────────────────── D. Magpie Vintage (Brighton) ─────────────────────────
  {
    business: D,
    message: `ok new about us pls, replace the old one entirely 🙏 "magpie vintage is a tiny secondhand clothing shop in the north laine, brighton. we hand pick 70s-90s pieces, denim, leather jackets + band tees, and everything is washed + steamed before it hits the rail. we also do a small upcycled range made in the back room"`,
    expect: { kind: 'set_context', contains: 'tiny secondhand clothing shop in the north laine' },
  },
  {
    business: D,
    message: `can u swap teh business description for this thx: we're magpie, a vintage + preloved shop in brighton. sustainable style, fair prices, no fast fashion ever ✌️ open 7 days`,
    expect: { kind: 'set_context', contains: 'no fast fashion ever' },
  },
  {
    business: D,
    message: `fyi for the bot we don't ship or do online orders rn, it's in-store only 🛍️ might change in the summer idk`,
    expect: { kind: 'add_fact', contains: "don't ship or do online orders" },
  },
  {
    business: D,
    message: `does the bot know we buy clothes too?? like ppl can bring stuff in on thursdays and we pay cash or store credit 💸`,
    expect: { kind: 'add_fact', contains: 'bring stuff in on thursdays' },
  },
  {
    business: D,
    message: `also the changing room is tiny ngl, only fits one person at a time, bot shld know that so ppl aren't surprised 😅`,
    expect: { kind: 'add_fact', contains: 'only fits one person at a time' },
  },
  {
    business: D,
    message: `pls make an article called sizing on vintage 👖 vintage sizes run small, a vintage 12 is more like a modern 8-10. always check the measurements on the tag, we write waist + length on everything`,
    expect: { kind: 'create_article', title: 'sizing on vintage', contains: 'more like a modern 8-10' },
  },
  {
    business: D,
    message: `can u add an article abt returns thx. no refunds on sale stuff. full price items = exchange or credit within 14 days w receipt. no returns on earrings for hygeine reasons obvs`,
    expect: { kind: 'create_article', title: null, contains: 'no returns on earrings' },
  },
  {
    business: D,
    message: `new article pls!! title: the upcycled range 🧵
body: every piece in the upcycled range is a one-off made from old stock that was too damaged to sell. patchwork jackets, tote bags from old jeans, that kind of thing. made in brighton by me + sam`,
    expect: { kind: 'create_article', title: 'the upcycled range', contains: 'too damaged to sell' },
  },
  {
    business: D,
    message: `need a page on the bot about gift cards, we sell them in store for any amount from £10, they last a year and u can use them on anything incl sale 🎁`,
    expect: { kind: 'create_article', title: null, contains: 'any amount from £10' },
  },
  {
    business: D,
    message: `the opening times article needs a line added pls: closed on bank holiday mondays 🙃 forgot that one`,
    expect: { kind: 'update_article', target: 'opening times', contains: 'closed on bank holiday mondays' },
  },
  {
    business: D,
    message: `update the selling to us article, we only take womens + mens now, no kids stuff anymore bc we literally ran out of space 😩`,
    expect: { kind: 'update_article', target: 'selling to us', contains: 'no kids stuff anymore' },
  },
  {
    business: D,
    message: `levis 501s are £45 now not £40 👖 on the price guide article`,
    expect: { kind: 'update_price', target: 'price guide', item: 'levis 501s', price: '£45' },
  },
  {
    business: D,
    message: `band tees gone up to £22 thx`,
    expect: { kind: 'update_price', target: null, item: 'band tees', price: '£22' },
  },
  {
    business: D,
    message: `can u delete the "summer sale 2023" article lol its so old 💀`,
    expect: { kind: 'archive_article', target: 'summer sale 2023' },
  },
  {
    business: D,
    message: `if someone's asking about selling a big collection like a whole wardrobe or a house clearance pls hand them to me (jaz) dont let the bot deal w it`,
    expect: { kind: 'add_escalation_rules', contains: ['selling a big collection'] },
  },
  {
    business: D,
    message: `escalate to a human if:
1) someone thinks an item is fake/not real vintage
2) someone wants to hold something over £100
thx 🙏`,
    expect: {
      kind: 'add_escalation_rules',
      contains: ['an item is fake/not real vintage', 'hold something over £100'],
    },
  },
  {
    business: D,
    message: `ppl from the us say "pants" when they mean trousers and the bot got soooo confused 😂 make it know pants = trousers pls`,
    expect: { kind: 'add_synonyms', words: ['pants', 'trousers'] },
  },
  {
    business: D,
    message: `if someone says jean jacket they mean denim jacket ok 👍 same thing`,
    expect: { kind: 'add_synonyms', words: ['jean jacket', 'denim jacket'] },
  },
  {
    business: D,
    message: `never promise an item is still in stock bc stuff sells so fast, just tell ppl to pop in`,
    expect: { kind: 'add_business_rule', contains: 'promise an item is still in stock' },
  },
  {
    business: D,
    message: `always tell ppl to follow us on insta @magpievintagebtn for new drops 📸`,
    expect: { kind: 'add_business_rule', contains: 'follow us on insta @magpievintagebtn' },
  },
  {
    business: D,
    message: `how many thumbs up has the bot got lately 👀`,
    expect: { kind: 'analytics', metric: 'feedbackUp', days: 7 },
  },
  {
    business: D,
    message: `hows the bot doing this month tbh, like overall`,
    expect: { kind: 'analytics', metric: 'summary', days: 30 },
  },
  {
    business: D,
    message: `the bot is waaay too formal rn 😭 can it be more chill and fun like how we actually talk in the shop`,
    expect: { kind: 'set_tone', tone: 'more chill and fun' },
  },
  {
    business: D,
    message: `can we call the bot Maggie 🐦 (like magpie get it lol)`,
    expect: { kind: 'set_agent_name', name: 'Maggie' },
  },
  {
    business: D,
    message: `omg thank u this is so good 😭💕`,
    expect: { kind: 'nothing' },
  },

  // ───────────────────────── E. Steel City Heating (Sheffield) ─────────────────────────
  {
    business: E,
    message: `right replace the business description with this new one. Steel City Heating thats me Gary Holt gas safe registered heating engineer based in sheffield covering all S postcodes and out to rotherham and chesterfield. boiler installs servicing breakdowns and power flushing been doing it 22 year. anyway the van needs diesel`,
    expect: { kind: 'set_context', contains: 'gas safe registered heating engineer' },
  },
  {
    business: E,
    message: `can you change the about us bit to say were a two man firm me and my lad Connor we do boiler repairs services and new installs across sheffield and were worcester bosch accredited installers full stop thats the new about us`,
    expect: { kind: 'set_context', contains: 'worcester bosch accredited installers' },
  },
  {
    business: E,
    message: `bot needs to know we dont do oil boilers only gas sorry I mean we do lpg as well yeah gas and lpg not oil`,
    expect: { kind: 'add_fact', contains: 'gas and lpg not oil' },
  },
  {
    business: E,
    message: `does the bot know we do a 12 month guarantee on all repairs parts and labour cos someone asked it yesterday and it said it didnt know which looks bad`,
    expect: { kind: 'add_fact', contains: '12 month guarantee on all repairs' },
  },
  {
    business: E,
    message: `new article call it what to do if your boiler loses pressure and say check the gauge on the front if its under 1 bar you can top it up with the filling loop theres videos on youtube for most models if it keeps dropping ring us cos youve probly got a leak`,
    expect: {
      kind: 'create_article',
      title: 'what to do if your boiler loses pressure',
      contains: 'top it up with the filling loop',
    },
  },
  {
    business: E,
    message: `make an article about anual servicing its £85 for a standard gas boiler service takes about 45 minutes we check the flue and the seals and do a combustion analysis and you get a certificate after. landlord certs are seperate`,
    expect: { kind: 'create_article', title: null, contains: 'do a combustion analysis' },
  },
  {
    business: E,
    message: `can we have a page on the bot for landlords landlord gas safety certificate CP12 is £70 for one appliance plus £15 each extra appliance we email the cert same day. merchants have run out of fernox again unbelievable`,
    expect: { kind: 'create_article', title: null, contains: '£15 each extra appliance' },
  },
  {
    business: E,
    message: `write up an article called emergency callouts we try to get out same day for no heating no hot water or water leaking from the boiler callout fee is £65 which includes the first hour`,
    expect: { kind: 'create_article', title: 'emergency callouts', contains: 'includes the first hour' },
  },
  {
    business: E,
    message: `the boiler brands article wants updating we fit Ideal Logic boilers now as well as worcester and vaillant`,
    expect: { kind: 'update_article', target: 'boiler brands', contains: 'Ideal Logic boilers' },
  },
  {
    business: E,
    message: `in the areas we cover article put dronfield and killamarsh in sorry dronfield and eckington not killamarsh`,
    expect: { kind: 'update_article', target: 'areas we cover', contains: 'dronfield and eckington' },
  },
  {
    business: E,
    message: `boiler service is going up to £90 from january in the prices article cant keep doing it for 85 the parts alone are daft money`,
    expect: { kind: 'update_price', target: 'prices', item: 'boiler service', price: '£90' },
  },
  {
    business: E,
    message: `powerflush is 420 now £420 i mean not 380 anyway`,
    expect: { kind: 'update_price', target: null, item: 'powerflush', price: '£420' },
  },
  {
    business: E,
    message: `take the boiler scrappage scheme article down that scheme finished years ago somebody rang up about it today`,
    expect: { kind: 'archive_article', target: 'boiler scrappage scheme' },
  },
  {
    business: E,
    message: `if anyone can smell gas or their carbon monoxide alarm is going off hand it to me straight away dont let the bot chat about it`,
    expect: {
      kind: 'add_escalation_rules',
      contains: ['can smell gas', 'carbon monoxide alarm is going off'],
    },
  },
  {
    business: E,
    message: `escalations number one complaints about a repair not lasting number two anyone wanting a quote for a full new system number three warranty claims on a boiler we fitted all to Connor except the complaints them ones come to me`,
    expect: {
      kind: 'add_escalation_rules',
      contains: [
        'complaints about a repair not lasting',
        'quote for a full new system',
        'warranty claims on a boiler we fitted',
      ],
    },
  },
  {
    business: E,
    message: `when its a landlord or letting agent with more than five properties put them through to me they want a proper account setting up not the bot`,
    expect: { kind: 'add_escalation_rules', contains: ['more than five properties'] },
  },
  {
    business: E,
    message: `people say combi when they mean combination boiler obviously make sure the bot knows thats the same thing`,
    expect: { kind: 'add_synonyms', words: ['combi', 'combination boiler'] },
  },
  {
    business: E,
    message: `customers call the expansion vessel the pressure tank a lot so the bot should know them two are the same`,
    expect: { kind: 'add_synonyms', words: ['pressure tank', 'expansion vessel'] },
  },
  {
    business: E,
    message: `bot should never diagnose a fault over chat tell them we need to see it cos half the time its summat else entirely`,
    expect: { kind: 'add_business_rule', contains: 'never diagnose a fault over chat' },
  },
  {
    business: E,
    message: `always ask for the boiler make and model before booking a repair so i can bring the right parts on the van`,
    expect: { kind: 'add_business_rule', contains: 'ask for the boiler make and model' },
  },
  {
    business: E,
    message: `how many messages has the bot had in the last 3 days its been mental with the cold snap`,
    expect: { kind: 'analytics', metric: 'messages', days: 3 },
  },
  {
    business: E,
    message: `whats the quality score been like this week`,
    expect: { kind: 'analytics', metric: 'qaAverage', days: 7 },
  },
  {
    business: E,
    message: `bot sounds like a solicitor tone it down make it more down to earth like a normal sheffield bloke not swearing obviously`,
    expect: { kind: 'set_tone', tone: 'down to earth' },
  },
  {
    business: E,
    message: `call the bot Gaz bot no sorry just Gaz like me ha`,
    expect: { kind: 'set_agent_name', name: 'Gaz' },
  },
  {
    business: E,
    message: `does the bot work on whatsapp or only on the website anyway im at a job in crookes now`,
    expect: { kind: 'nothing' },
  },

  // ───────────────────────── F. Honeysuckle & Lace Cakes (Norfolk) ─────────────────────────
  {
    business: F,
    message: `Please replace the business description in full with the following — it is the "About" text from our new website:

"Honeysuckle & Lace is a small wedding cake studio in a converted barn near Holt, North Norfolk. Every cake is designed in consultation with the couple and baked to order — no frozen sponges, no shortcuts. We specialise in buttercream and pressed-flower designs, using edible flowers grown in our own garden."`,
    expect: { kind: 'set_context', contains: 'small wedding cake studio in a converted barn' },
  },
  {
    business: F,
    message: `I have rewritten our business description entirely; please use this in place of the old one: Honeysuckle & Lace — bespoke wedding and celebration cakes from a North Norfolk barn, made by Clare Ashworth, delivered and set up anywhere within 40 miles of Holt.`,
    expect: { kind: 'set_context', contains: 'bespoke wedding and celebration cakes' },
  },
  {
    business: F,
    message: `One thing the assistant ought to know — we are a nut-free kitchen, and have been since 2021. No almonds, no marzipan, no nut oils.`,
    expect: { kind: 'add_fact', contains: 'we are a nut-free kitchen' },
  },
  {
    business: F,
    message: `Is the assistant aware that I only take two wedding cakes per weekend? It ought to be — couples often assume we are a much larger operation.`,
    expect: { kind: 'add_fact', contains: 'only take two wedding cakes per weekend' },
  },
  {
    business: F,
    message: `For the assistant's information — tasting boxes are posted on the first Tuesday of each month.`,
    expect: { kind: 'add_fact', contains: 'posted on the first Tuesday of each month' },
  },
  {
    business: F,
    message: `Please create an article titled "Storing Your Cake" with the following text:

"Keep your cake in a cool, dry room — never the fridge, as buttercream will sweat when it returns to room temperature. Keep it out of direct sunlight and away from radiators. Fresh flowers should be removed before cutting."`,
    expect: {
      kind: 'create_article',
      title: 'Storing Your Cake',
      contains: 'out of direct sunlight and away from radiators',
    },
  },
  {
    business: F,
    message: `I would like a new help article on our consultation process — please use this wording from the website: "Your design consultation takes place at the studio and lasts around an hour. We will talk through your colours, flowers and venue, sketch some ideas together, and you will taste four sponges. A £50 deposit secures your consultation and is deducted from the final cake price."`,
    expect: { kind: 'create_article', title: null, contains: '£50 deposit secures your consultation' },
  },
  {
    business: F,
    message: `Could we add an article called "Delivery and Set-Up"? Text as follows — "Every wedding cake is delivered by Clare personally and assembled on site. Delivery is free within 15 miles of Holt; beyond that it is charged at 60p per mile. We liaise directly with your venue, so there is nothing for you to arrange."`,
    expect: { kind: 'create_article', title: 'Delivery and Set-Up', contains: 'charged at 60p per mile' },
  },
  {
    business: F,
    message: `The article "Flavours" needs a small addition — please add the following line at the end: "New for this season: elderflower and gooseberry, made with elderflowers from the hedgerow behind the studio."`,
    expect: { kind: 'update_article', target: 'Flavours', contains: 'elderflower and gooseberry' },
  },
  {
    business: F,
    message: `In the Allergens article, please replace the sentence about gluten with this — "We can make any of our sponges gluten-free, though our kitchen is not a certified gluten-free environment."`,
    expect: { kind: 'update_article', target: 'Allergens', contains: 'not a certified gluten-free environment' },
  },
  {
    business: F,
    message: `A price change, I am afraid — the three-tier buttercream cake is now £420 (previously £385). It is listed in the Wedding Cake Prices article.`,
    expect: {
      kind: 'update_price',
      target: 'Wedding Cake Prices',
      item: 'three-tier buttercream cake',
      price: '£420',
    },
  },
  {
    business: F,
    message: `Please update the cutting cake — the plain kitchen cake couples order to serve extra guests — to £3.50 per portion.`,
    expect: { kind: 'update_price', target: null, item: 'cutting cake', price: '£3.50' },
  },
  {
    business: F,
    message: `The "Spring Wedding Fair 2024" article can be taken down now — the fair has been and gone, and very lovely it was too.`,
    expect: { kind: 'archive_article', target: 'Spring Wedding Fair 2024' },
  },
  {
    business: F,
    message: `I would like the following situations passed to me (Clare) rather than answered by the assistant:
— anything concerning a cake that has been damaged in transit or at the venue
— requests for a date within the next four weeks
— any couple mentioning a severe allergy`,
    expect: {
      kind: 'add_escalation_rules',
      contains: ['cake that has been damaged in transit', 'date within the next four weeks', 'mentioning a severe allergy'],
    },
  },
  {
    business: F,
    message: `Any message from a venue coordinator — rather than from a couple — should be handed to my assistant, Rosie, who manages all of our venue relationships.`,
    expect: { kind: 'add_escalation_rules', contains: ['message from a venue coordinator'] },
  },
  {
    business: F,
    message: `If a couple wishes to cancel or postpone their wedding, could the assistant please pass them to a person? These conversations need a gentle human touch — sometimes the reasons are very sad.`,
    expect: { kind: 'add_escalation_rules', contains: ['cancel or postpone their wedding'] },
  },
  {
    business: F,
    message: `Couples very often write "naked cake" when they mean what we call a semi-dressed cake — could the assistant treat the two as one and the same?`,
    expect: { kind: 'add_synonyms', words: ['naked cake', 'semi-dressed cake'] },
  },
  {
    business: F,
    message: `Customers frequently say "fondant" where I would say "sugarpaste" — they are the same thing for our purposes, and the assistant should understand that.`,
    expect: { kind: 'add_synonyms', words: ['fondant', 'sugarpaste'] },
  },
  {
    business: F,
    message: `Please instruct the assistant never to quote a final price for a bespoke design — it should explain that every quote follows the consultation.`,
    expect: { kind: 'add_business_rule', contains: 'quote a final price for a bespoke design' },
  },
  {
    business: F,
    message: `The assistant should always ask for the wedding date and venue before anything else — availability is the first thing I need to know.`,
    expect: { kind: 'add_business_rule', contains: 'ask for the wedding date and venue' },
  },
  {
    business: F,
    message: `Might I see how many conversations were handed over to me over the past 60 days? I should like to gauge whether the escalation rules are too cautious.`,
    expect: { kind: 'analytics', metric: 'escalations', days: 60 },
  },
  {
    business: F,
    message: `How has the assistant been getting on overall recently — is it pulling its weight?`,
    expect: { kind: 'analytics', metric: 'summary', days: 7 },
  },
  {
    business: F,
    message: `The assistant's tone is rather brisk at present. I would much prefer it to be gentle and elegant — think of a kind florist rather than a call centre.`,
    expect: { kind: 'set_tone', tone: 'gentle and elegant' },
  },
  {
    business: F,
    message: `I should like the assistant to be called Honey — short for Honeysuckle, of course, not a term of endearment!`,
    expect: { kind: 'set_agent_name', name: 'Honey' },
  },
  {
    business: F,
    message: `Thank you — that all looks exactly right. I shall leave it as it is for now.`,
    expect: { kind: 'nothing' },
  },
];
