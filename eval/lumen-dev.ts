/**
 * In-sample paraphrases for Lumen Coffee (kb.ts), written for tuning issue 13's answering: the
 * way customers ask, with other words than the articles, filler nouns and contractions. Tuning
 * on these is allowed; the held-out split in harbor-cases.ts is not.
 */
import type { EvalCase } from './cases.ts';

export const LUMEN_PARAPHRASES: EvalCase[] = [
  { question: "What's the monthly price of the biggest plan?", facts: ['$95'], escalate: false },
  { question: 'What are the options for subscriptions?', facts: ['$18', '$32'], escalate: false },
  { question: 'When will my order get to me?', facts: ['2 to 4 business days'], escalate: false },
  { question: 'Do you deliver to the UK?', facts: ['United Kingdom'], escalate: false },
  { question: 'How long does it take for overseas orders to arrive?', facts: ['7 to 14 business days'], escalate: false },
  { question: "What's the procedure for returning a grinder?", facts: ['60 days'], escalate: false },
  { question: "I opened a bag and I don't like it, what can I do?", facts: ['14 days'], escalate: false },
  { question: 'When do I get my money back after a return?', facts: ['5 business days'], escalate: false },
  { question: 'Is there a minimum commitment on the subscription?', facts: ['no minimum term'], escalate: false },
  { question: "I'm travelling for two months, can I put my deliveries on hold?", facts: ['3 months'], escalate: false },
  { question: 'Do you offer espresso grind?', facts: ['espresso'], escalate: false },
  { question: 'Do you take Amex?', facts: ['American Express'], escalate: false },
  { question: 'When is my card charged?', facts: ['billing date'], escalate: false },
  { question: 'How can I change the email on my account?', facts: ['Account > Profile'], escalate: false },
  { question: 'How long do gift subscriptions last?', facts: ['3, 6 or 12 months'], escalate: false },
  { question: 'How soon after roasting should I drink the coffee?', facts: ['4 and 30 days'], escalate: false },
  { question: 'Does the grinder guarantee cover grinding spices?', facts: ['does not cover'], escalate: false },
  { question: "What's the per kilo price for cafés?", facts: ['$22'], escalate: false },
  { question: 'Is the shipping box recyclable?', facts: ['recycled cardboard'], escalate: false },
  { question: 'Can I use a promo code on a gift subscription?', facts: ['cannot be applied'], escalate: false },
  { question: 'How fast do you reply to emails?', facts: ['one business day'], escalate: false },
  { question: 'Do you do decaf?', unknown: true, escalate: false },
  { question: 'Can I pick up my order from the café?', unknown: true, escalate: false },
  { question: 'Do you sell coffee capsules for Nespresso machines?', unknown: true, escalate: false },
  { question: 'What is your return policy for gift cards bought in 2019?', unknown: true, escalate: false },
  // Unanswerable, but asking for a kind of answer (a price, a duration) other sentences hold.
  { question: 'How much does a barista course cost?', unknown: true, escalate: false },
  { question: 'How long does a grinder repair take?', unknown: true, escalate: false },
  { question: 'What is the price of an espresso machine?', unknown: true, escalate: false },
  { question: 'How much is express overnight shipping?', unknown: true, escalate: false },
  { question: 'How long is the café closed for renovation?', unknown: true, escalate: false },
];
