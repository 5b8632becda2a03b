/**
 * Questions for Harbor Lane Cycles (harbor-kb.ts), in two splits written together, before any
 * tuning for issue 13:
 * - HARBOR_HELD_OUT: paraphrased the way customers ask (other words than the articles, filler
 *   nouns, contractions, typos), with questions the knowledge cannot answer. NEVER tuned on:
 *   its figures are the headline, and its misses are not read to change the code.
 * - HARBOR_DEV: an in-sample split that may be used while tuning.
 * Same format as cases.ts.
 */
import type { EvalCase } from './cases.ts';

export const HARBOR_HELD_OUT: EvalCase[] = [
  { question: "What's the price of a full overhaul?", facts: ['$219'], escalate: false },
  { question: 'What options do you have for getting my bike serviced?', facts: ['$35', '$89'], escalate: false },
  { question: 'How quickly will my repair be done?', facts: ['3 working days'], escalate: false },
  { question: "If I don't pick up my bike after the repair, is there a charge?", facts: ['$5 per day'], escalate: false },
  { question: 'Can you fix a puncture while I wait?', facts: ['20 minutes'], escalate: false },
  { question: 'How much to swap an inner tube?', facts: ['$18'], escalate: false },
  { question: "What's the daily rate for renting an e-bike?", facts: ['$65'], escalate: false },
  { question: 'Does a rental come with a helmet?', facts: ['helmet'], escalate: false },
  { question: 'What do I need to bring to hire a bike?', facts: ['photo ID'], escalate: false },
  { question: "What's the minimum age for renting?", facts: ['16'], escalate: false },
  { question: 'What time do rental bikes have to be back?', facts: ['6pm'], escalate: false },
  { question: "How far can I go on one battery charge?", facts: ['60 to 100 km'], escalate: false },
  { question: 'How fast do your electric bikes go?', facts: ['32 km/h'], escalate: false },
  { question: 'Can I try an e-bike before buying one?', facts: ['test ride'], escalate: false },
  { question: "I'm 172 cm tall, which frame size should I get?", facts: ['medium'], escalate: false },
  { question: 'How much does a bike fitting session cost?', facts: ['$150'], escalate: false },
  { question: "What's the guarantee on a new bike's frame?", facts: ['lifetime'], escalate: false },
  { question: 'Are worn out chains covered under warranty?', facts: ['wear parts'], escalate: false },
  { question: 'Can I send back a helmet I never used?', facts: ['30 days'], escalate: false },
  { question: "What are the rules for exchanging a bike I've already ridden?", facts: ['50 km'], escalate: false },
  { question: 'Can I get cash for my old bike?', facts: ['cannot be paid out in cash'], escalate: false },
  { question: 'Is there a way to spread the cost of a bike over monthly payments?', facts: ['12 monthly instalments'], escalate: false },
  { question: 'Do you take cheques?', facts: ['do not accept cheques'], escalate: false },
  { question: 'Will you bring the bike to my house?', facts: ['$40'], escalate: false },
  { question: 'Are you open on Mondays?', facts: ['Closed on Mondays'], escalate: false },
  { question: 'Where is the shop?', facts: ['18 Harbor Lane'], escalate: false },
  { question: "What's your phone number?", facts: ['902-555-0147'], escalate: false },
  { question: 'Do gift vouchers have an expiry date?', facts: ['never expire'], escalate: false },
  { question: 'Can you keep my bike over the winter and what does it cost?', facts: ['$120'], escalate: false },
  { question: 'My kid outgrew the bike we bought from you, is there any deal on the next one?', facts: ['40%'], escalate: false },
  // The knowledge cannot answer these: "don't know", and no number.
  { question: 'Do you repair electric scooters?', unknown: true, escalate: false },
  { question: 'Do you offer a discount for students?', unknown: true, escalate: false },
  { question: 'Is there free parking near the shop?', unknown: true, escalate: false },
  { question: 'Do you organise group rides on weekends?', unknown: true, escalate: false },
  { question: 'How much is a tandem bike to rent?', unknown: true, escalate: false },
  { question: 'Can I pay with Bitcoin?', unknown: true, escalate: false },
  { question: 'Who won the Tour de France last year?', unknown: true, escalate: false },
  { question: 'Do you sell second-hand bikes?', unknown: true, escalate: false },
];

export const HARBOR_DEV: EvalCase[] = [
  { question: 'How much is the standard service?', facts: ['$89'], escalate: false },
  { question: 'How much is a safety check?', facts: ['$35'], escalate: false },
  { question: 'How long do repairs take in spring?', facts: ['a week'], escalate: false },
  { question: 'How much is a city bike per week?', facts: ['$120 per week'], escalate: false },
  { question: 'How much is the hold on my card when renting?', facts: ['$200'], escalate: false },
  { question: 'What happens if I return a rental late?', facts: ['half day'], escalate: false },
  { question: 'How long does it take to charge an e-bike battery?', facts: ['4 hours'], escalate: false },
  { question: 'How long is the e-bike battery covered?', facts: ['500 charge cycles'], escalate: false },
  { question: 'Is the bike fit free if I buy a bike?', facts: ['waived'], escalate: false },
  { question: 'Do new bikes get a free first service?', facts: ['3 months'], escalate: false },
  { question: 'Can I return custom wheels?', facts: ['do not refund'], escalate: false },
  { question: 'Which bikes do you take as trade-in?', facts: ['10 years'], escalate: false },
  { question: 'How much does shipping in Canada cost?', facts: ['$95'], escalate: false },
  { question: 'What are your Sunday opening hours?', facts: ['11am to 4pm'], escalate: false },
  { question: 'What happens if I lose my gift card?', facts: ['registered online'], escalate: false },
  { question: 'When should I book winter storage?', facts: ['end of October'], escalate: false },
  { question: 'How long has the shop been open?', facts: ['2009'], escalate: false },
  { question: 'Do you sell skateboards?', unknown: true, escalate: false },
  { question: 'Do you have a loyalty card?', unknown: true, escalate: false },
  { question: 'What is the best pizza in Halifax?', unknown: true, escalate: false },
];
