/** DEV questions written in round 7 for Splashers and FixIt (answerable paraphrases and hard unanswerables), tuned on. Written without reading the agent's code. */
import type { EvalCase } from './cases.ts';

export const SPLASH_DEV_R7: EvalCase[] = [
  // Answerable: paraphrased, casual, a few typos.
  { question: "how many babies do you squeeze into a minnows session? don't want it to be total chaos lol", facts: ['up to 8 babies'], escalate: false },
  { question: 'My 10 year old just went up to Stage 5. Are her lessons still half an hour or do they get longer?', facts: ['45-minute lessons'], escalate: false },
  { question: 'What will my kids actually be able to do once they finish the very last stage?', facts: ['200 metres'], escalate: false },
  { question: 'I work 9 to 5 so daytime is no good for me. Which nights are the grown-up classes and what time do they kick off?', facts: ['Tuesday and Thursday', '7pm'], escalate: false },
  { question: 'is there some kind of joining fee on top of the lessons themselves', facts: ['£15'], escalate: false },
  { question: "We've only just moved to Kendal so we'd be starting halfway through the term. Do we have to pay the full whack?", facts: ['lessons left in the term'], escalate: false },
  { question: 'me and my best mate want to have a private lesson together, whats the price for that', facts: ['£40'], escalate: false },
  { question: "We're away the week of the October half term - are there lessons that week or is it a week off anyway?", facts: ['27 October to 1 November'], escalate: false },
  { question: "Do I have to sign my son up all over again every term, or does he keep his slot?", facts: ['keep their place'], escalate: false },
  { question: "My son had glandular fever and missed a whole month of swimming. We've got a letter from the GP. Is there any way to get those lessons back?", facts: ['next term'], escalate: false },
  { question: "We've already used two catch-up lessons this term and she's poorly again. Can we book another one?", facts: ['2 make-up lessons'], escalate: false },
  { question: "My daughter has really long hair and just had her ears pierced - anything I need to know before her first lesson?", facts: ['tied back', 'stud earrings'], escalate: false },
  { question: 'can i keep my trainers on when i go onto the poolside with my baby', facts: ['blue shoe covers'], escalate: false },
  { question: "Do I need any change for the lockers? I never carry cash these days", facts: ['£1 coin'], escalate: false },
  { question: "Is the big pool the older kids use any colder than the little one? My daughter's moving up and she hates being cold", facts: ['29 degrees'], escalate: false },

  // Not answered by any article or the context (hard: shared words, unstated variants).
  { question: 'How much is a private lesson if there are three of us sharing it? My kids want to go in together', unknown: true, escalate: false },
  { question: 'Do you give any discount on lessons for NHS staff or armed forces families?', unknown: true, escalate: false },
  { question: 'Do you sell the disposable swim nappies at reception in case I forget one?', unknown: true, escalate: false },
  { question: "I bought a gift voucher for my nephew but he's decided he doesn't want lessons. Can I get a refund on it?", unknown: true, escalate: false },
  { question: "We already swapped my son's lesson day once this term. How much does it cost to change it a second time?", unknown: true, escalate: false },
  { question: 'When does the autumn term start in 2026? Trying to plan our holiday for next year', unknown: true, escalate: false },
  { question: 'Do lessons still go ahead on bank holidays, like the early May one?', unknown: true, escalate: false },
  { question: 'what time are ducklings lessons on a saturday morning', unknown: true, escalate: false },
  { question: "Is there a women-only adult beginners class? I'd feel a lot more comfortable", unknown: true, escalate: false },
  { question: "I've just joined the waiting list for Stage 2. Roughly how long is the wait at the moment?", unknown: true, escalate: false },
  { question: 'How deep is the teaching pool? Can my 5 year old stand up in it?', unknown: true, escalate: false },
  { question: 'Is there an app for the parent portal that I can download on my phone?', unknown: true, escalate: false },
  { question: 'Is the changing village mixed, or are there separate male and female changing rooms?', unknown: true, escalate: false },
  { question: 'Are your swimming teachers Swim England qualified?', unknown: true, escalate: false },
  { question: "How much is it to park at the leisure centre if I'm there longer than 3 hours? I want to have a swim myself after my daughter's lesson", unknown: true, escalate: false },
];

export const FIXIT_DEV_R7: EvalCase[] = [
  // Answerable: paraphrased, casual, a few typos.
  { question: "dropped my pixel 8 face down on the pavement and the screen's shattered. what's the damage going to be?", facts: ['£149'], escalate: false },
  { question: 'The glass on the back of my iPhone has cracked, the front is fine. How much to sort that?', facts: ['£79'], escalate: false },
  { question: 'my samsung s22 battery drains crazy fast now, how much to swap it out', facts: ['£59'], escalate: false },
  { question: 'My phone took a swim in the bath last night. Can you fix it and how long does it take?', facts: ['48 hours'], escalate: false },
  { question: "If you haven't got the part in for my phone, how long am I going to be waiting?", facts: ['2 working days'], escalate: false },
  { question: "The bottom of my laptop is bulging up weirdly and the trackpad won't click properly. What should I do?", facts: ['Stop charging it'], escalate: false },
  { question: 'You replaced my screen after my phone got wet. How long is the guarantee on that one?', facts: ['30 days'], escalate: false },
  { question: "Do I have to give you my pin code if I'm only getting the battery done? Would rather not tbh", facts: ['at the counter'], escalate: false },
  { question: "Bit paranoid about this - will your techs go through my pictures and texts while they've got my phone?", facts: ['never open your photos'], escalate: false },
  { question: "I've got an old phone from about 7 years ago in a drawer. Would you buy it off me?", facts: ['5 years old'], escalate: false },
  { question: 'Do I have to pay to post my phone to you? And what if it gets lost in the post?', facts: ['prepaid', '£750'], escalate: false },
  { question: "where's the best place to park if i'm coming into the shop", facts: ['Raven Meadows'], escalate: false },
  { question: 'My old laptop is painfully slow. How much would it cost to put a faster drive in it?', facts: ['£79'], escalate: false },
  { question: 'Will my phone still be waterproof after you put a new screen on?', facts: ['adhesive seal'], escalate: false },
  { question: "How much for a new screen on my iPhone SE? It's the 2022 one", facts: ['£69'], escalate: false },

  // Not answered by any article or the context (hard: shared words, unstated variants).
  { question: "How much is a screen replacement for an iPhone 16? It's not in your price list", unknown: true, escalate: false },
  { question: 'What do you charge for a new battery in a Galaxy A54?', unknown: true, escalate: false },
  { question: 'Do you take American Express or Apple Pay at the counter?', unknown: true, escalate: false },
  { question: 'How long is the warranty on a laptop keyboard replacement?', unknown: true, escalate: false },
  { question: 'Can you replace the cracked screen on my iPad Air?', unknown: true, escalate: false },
  { question: "Roughly how much would you give me for an iPhone 12 in Grade B condition?", unknown: true, escalate: false },
  { question: 'If the same fault comes back under warranty, can I ask for a refund instead of another repair?', unknown: true, escalate: false },
  { question: 'How much is a refurbished iPhone 13 from you?', unknown: true, escalate: false },
  { question: 'Do the refurbished phones you sell come with a warranty, and how long?', unknown: true, escalate: false },
  { question: 'whats the price to replace the cracked camera lens on an iphone 14', unknown: true, escalate: false },
  { question: 'I know students get money off repairs - is there a student bonus on trade-ins as well?', unknown: true, escalate: false },
  { question: 'How long does a MacBook Air battery replacement take? Can I wait for it?', unknown: true, escalate: false },
  { question: "Do you price match? Another shop quoted me less for the same screen repair", unknown: true, escalate: false },
  { question: 'How much to replace the cracked back glass on a Google Pixel 8?', unknown: true, escalate: false },
  { question: "Is there a fee if I cancel a repair slot I booked on your website?", unknown: true, escalate: false },
];
