/**
 * Round-18 escalation DEV set C, written blind (only eval/escalation-types.ts read). DEV: may be tuned on.
 * Businesses: Harbourside Dental, StowAway Storage & Shredding, Fern & Finch Photography, Derwent Cycle Works — 4 × 24 = 96 cases (52 escalate / 44 not).
 */
import type { EscalationBusiness } from './escalation-types.ts';

export const ROUND18C_ESCALATION_DEV: EscalationBusiness[] = [
  {
    name: "Harbourside Dental Practice",
    businessContext:
      "We're a family dental practice on the harbour in Whitstable with three dentists and two hygienists. We see NHS patients for check-ups and routine treatment and also do private work like whitening, implants and Invisalign. Priya is our practice manager and Dr Okafor is the principal dentist.",
    businessRules:
      "NHS treatment is charged at the current NHS band rates and private treatment is paid for on the day. New private patients pay a £25 deposit when booking, which is refunded if you give at least 24 hours' notice. Missing two NHS appointments without notice may mean we can't keep you on our NHS list. Private treatment over £1,000 can be spread with monthly payments through our finance partner. We're open Monday to Friday 8:30 to 5:30 and Saturday mornings for private patients.",
    escalationRules: [
      "Facial swelling / bleeding that won't stop after an extraction / knocked-out permanent tooth → Dr Okafor or whoever's on call",
      "Complaints, refund requests over £150 and anything about how a dentist or hygienist treated someone – Priya",
      "If someone thinks they've been charged the wrong NHS band, or charged private for NHS work, pass it on. Don't argue the band with them.",
      "Anything where a patient is too frightened to come in or asks about sedation → Dr Okafor",
      "Never let the bot promise a refund or tell anyone what medication to take.",
    ],
    cases: [
      {
        message:
          "Had a wisdom tooth out on Tuesday and since last night the side of my face has puffed right up — my eye's half closed this morning. It's throbbing and I feel hot and shivery.",
        escalate: true,
      },
      {
        message:
          "If a tooth gets knocked out, what are you supposed to do with it on the way to the dentist? My son's just started rugby and I'd like to know in advance. Nothing's happened, touch wood.",
        escalate: false,
      },
      {
        message:
          "I had a tooth out this afternoon and I've been biting on the gauze for three hours but my mouth keeps filling up with blood. I've gone through the whole pack you gave me.",
        escalate: true,
      },
      {
        message:
          "I paid the £25 deposit for a hygiene appointment next month but I need to cancel it — I'm letting you know a good week ahead. Does the deposit come back automatically?",
        escalate: false,
      },
      {
        message:
          "My daughter's 14 and she took a hockey stick to the face at training — her front tooth came out whole, root and all. We've put it in a cup of milk. What do we do??",
        escalate: true,
      },
      {
        message:
          "I'm an NHS patient and I was only in for a check-up and a scale and polish, but my bank statement shows £95 from you labelled 'private hygiene'. Nobody said anything about it being private.",
        escalate: true,
      },
      {
        message:
          "Just wanted to say a big thank you to Dr Okafor. The swelling went down completely after I saw her last week and I'm eating normally again.",
        escalate: false,
      },
      {
        message:
          "The crown Dr Hale fitted in March has come off twice now, and the second time part of the tooth underneath came away with it. I paid £600 for that crown and I'm not happy.",
        escalate: true,
      },
      {
        message:
          "Is Priya in on Friday? I need to drop off the signed exemption form she gave me at my last visit.",
        escalate: false,
      },
      {
        message:
          "Can I pay for Invisalign in monthly instalments? The estimate I was given was about £3,200.",
        escalate: false,
      },
      {
        message:
          "Honestly I haven't been near a dentist in eleven years because the last one hurt me so badly. I know I need to come, but just thinking about lying back in that chair makes me shake. Is there anything you do for people like me?",
        escalate: true,
      },
      {
        message:
          "This is the THIRD time you've cancelled my appointment on the day. I've taken unpaid leave every time. I want to speak to the manager, not a chatbot.",
        escalate: true,
      },
      {
        message:
          "How do I get my three-year-old registered as an NHS patient and booked in for her first check-up?",
        escalate: false,
      },
      {
        message:
          "hi my gum where the tooth was took out is really swolen now and theres pus coming out of it, i cant open my mouth proper",
        escalate: true,
      },
      {
        message:
          "Had my first scale and polish with your new hygienist today and it was the gentlest one I've ever had. Five stars from me!",
        escalate: false,
      },
      {
        message:
          "Morning! Lovely to see the new waiting room, the fish tank is a big hit with my two. Quick one though — the hygienist on Thursday was really rough with my son and made him cry, and she was quite short with me when I asked her to stop. I'd like someone to look into it please.",
        escalate: true,
      },
      {
        message:
          "Last year I had a disagreement about being charged for a private crown, but Priya sorted it out and I'm perfectly happy. I'd just like to book my six-month check-up now.",
        escalate: false,
      },
      {
        message:
          "Is it normal that it's still bleeding quite heavily five hours after having two teeth out? I've changed the gauze loads of times and it soaks straight through.",
        escalate: true,
      },
      {
        message:
          "I'm having a tooth out next week. What's the aftercare afterwards? I want to get some soft food in beforehand.",
        escalate: false,
      },
      {
        message:
          "I paid eight hundred and fifty pounds for whitening trays in January and they've never fitted properly. I'd like my money back please.",
        escalate: true,
      },
      {
        message:
          "Not to make a fuss, but since the filling on Monday my jaw seems to have come up a bit on that side — my husband says my cheek looks lopsided.",
        escalate: true,
      },
      {
        message:
          "What's the difference between NHS band 2 and band 3? My dentist mentioned I might need a crown at some point.",
        escalate: false,
      },
      {
        message:
          "What happens if I miss an appointment? My shifts change week to week so I'm worried about booking too far ahead.",
        escalate: false,
      },
      {
        message:
          "Would someone be able to ring me back about the estimate for my implant? I'd like to go through it with a person before I agree to anything.",
        escalate: true,
      },
    ],
  },
  {
    name: "StowAway Storage & Shredding",
    businessContext:
      "StowAway is a self-storage site on the edge of Kettering with about 180 units, from small lockers to drive-up units big enough for a house move. We also run a secure document-shredding service for local offices, either collected in sacks or console bins. Lee runs the site and Dawn does the accounts.",
    businessRules:
      "Units are paid monthly in advance by card or direct debit, and we need 14 days' notice when you move out. Gate access is 6am to 10pm with your own PIN, and you must use your own padlock — we never hold keys. Shredding is £8 a sack or £45 per console bin collection, and we email a certificate of destruction within two working days. We can't store anything hazardous, flammable or perishable. If anyone mentions their padlock has been cut or swapped, or that someone else has been in their unit, pass it straight to Lee.",
    escalationRules: [
      "Possible break-in / damage to a unit / water getting in → Lee",
      "Overdue accounts, payments taken twice or in error, or anyone saying their things are about to be sold – Dawn. Don't discuss sale dates.",
      "If someone is asking whether their confidential papers were actually destroyed, or a certificate of destruction is wrong or missing, pass it on to Lee.",
      "Shredding jobs of more than 40 sacks or more than 10 console bins, and any one-off quote over £500 – Dawn",
      "never let the bot give out a gate code or agree to access outside 6am–10pm",
    ],
    cases: [
      {
        message:
          "What happens if someone breaks into a unit — is my stuff covered by your insurance or do I need my own? Nothing's happened, I'm just weighing up whether to rent one.",
        escalate: false,
      },
      {
        message:
          "Got to unit 114 tonight and there's a different lock on the door from mine — my key won't go in it. I definitely haven't changed it.",
        escalate: true,
      },
      {
        message:
          "Opened up my unit after a month away and the boxes along the back wall are soggy and there's a tide mark across the floor. My sofa cushions smell musty.",
        escalate: true,
      },
      {
        message:
          "Can you collect 5 sacks of shredding from our office in Corby next week? Any day is fine.",
        escalate: false,
      },
      {
        message:
          "Had a letter saying that if I don't pay £410 by Friday you'll auction off my things. I lost my job in August and I've been trying — my late mum's furniture is in there.",
        escalate: true,
      },
      {
        message:
          "Thanks Lee for fitting the new door seal so quickly — the unit's bone dry now even after all that rain.",
        escalate: false,
      },
      {
        message:
          "We sent you six bags of old patient records from our surgery last week. One of our receptionists has just picked up a page with a patient's name on it blowing about in the car park next to your site.",
        escalate: true,
      },
      {
        message: "Is Dawn the person I send my direct debit form to? I've filled it in and signed it.",
        escalate: false,
      },
      {
        message:
          "The paperwork you emailed for our March collection says 3 sacks, but your driver took 12 from us. Our auditor won't sign it off like this.",
        escalate: true,
      },
      {
        message:
          "My things have been moved around — the boxes I stacked by the door are at the back now, and there's a mountain bike in there that isn't mine.",
        escalate: true,
      },
      {
        message:
          "Is it possible to pay for my unit month by month rather than for the whole year upfront?",
        escalate: false,
      },
      {
        message:
          "I'm taking a few boxes out for a house move next week and then bringing them back afterwards. Do I need to tell anyone, or just come and go?",
        escalate: false,
      },
      {
        message:
          "We're clearing out a solicitor's archive — roughly sixty archive boxes of client files going back to the 90s. Could you take the lot in one go?",
        escalate: true,
      },
      {
        message:
          "Would someone be able to call me about my account? I'd rather talk it through with a person than do it online.",
        escalate: true,
      },
      {
        message: "How do I book a console bin for our office? We're a three-person accountancy firm.",
        escalate: false,
      },
      {
        message:
          "I've been stood at your gate for forty minutes in the rain, the number I was given doesn't open it and NOBODY answers the phone. Get someone to sort this out NOW.",
        escalate: true,
      },
      {
        message:
          "Picked up the certificate for our old HR files — really quick turnaround, thanks very much.",
        escalate: false,
      },
      {
        message:
          "prob nothing but theres scratches all round the lock on unit 27 and the bottom of the door is bent in like someone tried to jemmy it, cant get it to shut proprly",
        escalate: true,
      },
      {
        message:
          "We had a mix-up last spring with a missing certificate, but it was all sorted and our auditors were happy. We'd like to book the same collection again for June.",
        escalate: false,
      },
      {
        message:
          "Hiya, hope you're all well — the new lights over the drive-up units are much better. While I've got you, my direct debit has bounced twice and I've had an email saying my unit's going to be overlocked. I'm a carer and money's been really tight.",
        escalate: true,
      },
      {
        message: "Do I need to bring my own padlock, or do you supply one with the unit?",
        escalate: false,
      },
      {
        message:
          "Is it normal for there to be a puddle coming under the partition from next door's unit? It's creeping across into mine.",
        escalate: true,
      },
      {
        message:
          "You've taken my rent twice this month — that's over two hundred pounds gone and now I'm overdrawn.",
        escalate: true,
      },
      {
        message:
          "Are the indoor units dry enough to keep a piano in over winter? I'd hate to come back and find it damp.",
        escalate: false,
      },
    ],
  },
  {
    name: "Fern & Finch Photography",
    businessContext:
      "We're Hannah and Joe, a husband-and-wife wedding and events photography team based near Ludlow. Hannah leads on the day and does all the editing, and Joe second-shoots and looks after bookings and accounts. We cover weddings, elopements and the odd corporate event across Shropshire and the Marches.",
    businessRules:
      "A £400 non-refundable booking fee secures your date, and the balance is due six weeks before the wedding. You can spread the balance in monthly payments at no extra cost. Your online gallery is delivered within 8 weeks and stays live for 12 months. We travel free within 40 miles of Ludlow, then charge 45p a mile. We don't supply unedited or raw files.",
    escalationRules: [
      "Date changes, postponements or cancellations → Joe. Don't promise the booking fee can be moved.",
      "Unhappy with the photos / missing key shots / gallery later than 8 weeks – Hannah",
      "If a wedding is within 7 days and something has changed (venue, timings, a problem on the day), pass it on straight away.",
      "Events with more than 150 guests, or any quote over £3,000, to Joe",
      "never let the bot agree to raw files or a discount. Always escalate anyone wanting a photo taken down from the website or Instagram.",
    ],
    cases: [
      {
        message:
          "We've just gone through our gallery and there isn't a single photo of my husband's grandparents, who flew over from Canada for the day. They were top of our list.",
        escalate: true,
      },
      {
        message:
          "Our wedding was on the 3rd of August and we still haven't seen a thing. My mum asks me every week and it's nearly November.",
        escalate: true,
      },
      {
        message:
          "If we cancel, do we get the £400 back? Not planning to! We're just reading the contract properly before we sign.",
        escalate: false,
      },
      {
        message:
          "The venue has just rung — there's been a fire in their kitchen and our reception on Saturday is moving to the village hall two miles down the road.",
        escalate: true,
      },
      {
        message:
          "We're having a small reception for about 60 guests in a pub garden. Which package would suit us best?",
        escalate: false,
      },
      {
        message:
          "My fiancé's been posted overseas with the army and won't be back until next spring, so we've no choice but to move everything.",
        escalate: true,
      },
      {
        message:
          "Thanks Hannah for sorting the reception photos — they'd been in the second folder all along, all there!",
        escalate: false,
      },
      {
        message:
          "A friend has just sent me a screenshot of your Instagram — it's a picture of me at my sister's wedding and I really don't want my employer seeing it. Nobody asked me.",
        escalate: true,
      },
      {
        message:
          "We're organising a charity gala dinner for around 220 guests in March and need someone to cover the whole evening.",
        escalate: true,
      },
      {
        message:
          "Will Joe be the second photographer at ours? Just so I can put him down for a meal on the seating plan.",
        escalate: false,
      },
      {
        message:
          "Would someone be able to give me a call this week? There are a few things about our day I'd rather talk through with a real person.",
        escalate: true,
      },
      {
        message: "Can we pay the balance monthly? The wedding's not until next September.",
        escalate: false,
      },
      {
        message:
          "We borrowed the sample album so my mum could have a look — is it OK if I drop it back next week?",
        escalate: false,
      },
      {
        message:
          "Absolutely gutted. Half the first dance shots are blurry and the speeches are all from behind the top table. We paid nearly two grand for this.",
        escalate: true,
      },
      {
        message: "How do we book you for 14th June 2026? Is the date still free?",
        escalate: false,
      },
      {
        message:
          "hi its sarah and dan, weddings this sat and the registrar has just pulled out, ceremony might get pushed to 4pm instead of 1 what do we do",
        escalate: true,
      },
      {
        message:
          "Hi both! Hope the summer's been kind to you, we saw the lovely Stokesay Castle shots on your page. Bit of an awkward one — we've had to call the whole thing off. It's all very raw, so I'd rather speak to someone than fill in a form.",
        escalate: true,
      },
      {
        message:
          "Just had a sneak peek of the gallery and I'm in tears — you captured Grandad perfectly.",
        escalate: false,
      },
      {
        message:
          "Is it normal that the gallery link you sent only has 60 photos in it? The contract says approximately 500.",
        escalate: true,
      },
      {
        message:
          "Our gallery took a bit longer than we expected last year, but it was more than worth the wait. Now we'd love to book you for our little one's christening.",
        escalate: false,
      },
      {
        message:
          "We'd like you for our daughter's wedding — a full weekend including the rehearsal dinner — and the budget is about three and a half thousand pounds.",
        escalate: true,
      },
      {
        message: "Do you give out the unedited files as well, or just the edited ones?",
        escalate: false,
      },
      {
        message:
          "Not a big deal, but as the gallery came back a bit thin on my side of the family, we wondered if you might knock something off the final bill?",
        escalate: true,
      },
      {
        message:
          "If it rains on the day, do you still do the couple shots somewhere? The wedding's not until May, I'm just curious.",
        escalate: false,
      },
    ],
  },
  {
    name: "Derwent Cycle Works",
    businessContext:
      "Derwent Cycle Works is a bike repair workshop in Keswick, and we also hire out e-bikes to visitors from the front of the shop. Sam runs the workshop and Kerry looks after the hire fleet. We're busy from Easter to October with walkers and cyclists.",
    businessRules:
      "A basic service is £45 and a full service £95, and we'll ring you before doing any extra work over £30. Bikes left more than 30 days after we've told you they're ready may be charged storage at £2 a day. E-bike hire is £40 a half day or £65 a day, with a £200 card pre-authorisation and photo ID; helmets and locks are included. Hire bikes must be back by 5:30pm. Anyone who's been in a crash or hurt on one of our hire bikes, pass it straight to Kerry.",
    escalationRules: [
      "Hire bike nicked / lost / left somewhere → Kerry",
      "Damage charges on a hire, or anyone disputing the £200 hold – Kerry",
      "If someone says their bike came back from us worse, or something we fitted has failed (brakes, gears, wheels, chain), pass it on to Sam. Don't admit fault.",
      "Group hire of more than 6 e-bikes, or repair quotes over 250 quid – Sam",
      "always escalate a battery that's swelling, smoking, hissing or smells of burning — never let the bot give battery safety advice",
    ],
    cases: [
      {
        message:
          "What happens if a hire bike gets a puncture while we're out? Just planning our route for Saturday.",
        escalate: false,
      },
      {
        message:
          "We hired two e-bikes this morning and my wife came off on the descent into Portinscale — she's got gravel in her knee and the front wheel's buckled.",
        escalate: true,
      },
      {
        message:
          "The quote's come through at £140 for a new cassette and chain — happy with that, go ahead.",
        escalate: false,
      },
      {
        message:
          "Stopped at the café in Grange for twenty minutes and when we came out one of your bikes had gone. The cable was lying on the ground cut clean through.",
        escalate: true,
      },
      {
        message:
          "Picked my bike up from you on Friday after a full service, and on Sunday the back brake just stopped gripping halfway down Honister. I had to drag my feet to stop.",
        escalate: true,
      },
      {
        message:
          "Thanks Kerry for releasing the £200 hold so quickly — it's already back in my account.",
        escalate: false,
      },
      {
        message:
          "The battery on the e-bike we hired is making a hissing noise and it's gone really hot. We've laid the bike on the grass away from the kids.",
        escalate: true,
      },
      {
        message: "Is Sam in on Saturday? He did my last service and knows the bike.",
        escalate: false,
      },
      {
        message:
          "You've still got £200 frozen on my card from the hire on the 2nd. It's been ten days and my bank says it's down to you.",
        escalate: true,
      },
      {
        message:
          "Do you do the cycle-to-work scheme, or let people pay off a new e-bike over a few months?",
        escalate: false,
      },
      {
        message:
          "Got an email saying we owe £120 for a scratched frame on the hire bike, but it was like that when we picked it up — I've got a photo from the car park that morning.",
        escalate: true,
      },
      {
        message:
          "There'll be fourteen of us on a stag do in July and we'd all like e-bikes for the Saturday.",
        escalate: true,
      },
      {
        message:
          "I collected my bike after the service but forgot the old pedals you took off. Can I pop back for them next week?",
        escalate: false,
      },
      {
        message:
          "Could I speak to one of the mechanics about my bike please? I'd rather talk it through than type it all out.",
        escalate: true,
      },
      {
        message:
          "How do I book two e-bikes for Tuesday? Is it online or do we just turn up?",
        escalate: false,
      },
      {
        message:
          "Bike's running like new since the service, the gears are silky. Cheers lads.",
        escalate: false,
      },
      {
        message:
          "You've had my bike THREE WEEKS for a wheel true and every time I ring it's 'next week'. Absolute joke. I want a manager to call me today.",
        escalate: true,
      },
      {
        message:
          "left the hire bike locked up at keswick launch and went on the boat, came back and cant find it anywhere, think we might of locked it at the wrong jetty??",
        escalate: true,
      },
      {
        message:
          "We had a flat battery on a hire last summer but your lad drove out with a spare and it was all fine. We'd like to hire again this August.",
        escalate: false,
      },
      {
        message:
          "Hi, great ride yesterday, the views over Catbells were something else. One thing though — the new chain you fitted last week snapped as I stood up on the pedals and I've got a nasty cut on my shin.",
        escalate: true,
      },
      {
        message: "Four of us want e-bikes for Sunday — do we all need to bring ID?",
        escalate: false,
      },
      {
        message:
          "Is it normal for the handlebars to twist when I lean on them? You only put the new stem on yesterday.",
        escalate: true,
      },
      {
        message:
          "If we scratch the hire bike, does it come out of the £200? Not planning to, just want to know before we book.",
        escalate: false,
      },
      {
        message:
          "Your quote came to three hundred and ten pounds for my old Raleigh. Before I say yes, can someone go through it with me?",
        escalate: true,
      },
    ],
  },
];
