/**
 * Evaluation cases over the Lumen Coffee knowledge base. `facts`: every one must appear in the
 * answer (case-insensitive). `unknown`: the KB cannot answer, so the agent must say it does not
 * know (and must not pad with unrelated facts). `escalate`: whether a hand-over is expected.
 */

export interface EvalCase {
  question: string;
  facts?: string[];
  unknown?: boolean;
  escalate: boolean;
}

export const CASES: EvalCase[] = [
  // Answerable from one article.
  { question: 'How much is the Explorer plan?', facts: ['$32'], escalate: false },
  { question: 'What does the Starter subscription cost per month?', facts: ['$18'], escalate: false },
  { question: 'How long does delivery take?', facts: ['2 to 4 business days'], escalate: false },
  { question: 'Which days do you roast the coffee?', facts: ['Mondays and Thursdays'], escalate: false },
  { question: 'Do you ship to Canada?', facts: ['Canada'], escalate: false },
  { question: 'How much does international shipping cost?', facts: ['$19'], escalate: false },
  { question: 'Who pays import duties and taxes?', facts: ['paid by the customer'], escalate: false },
  { question: 'Can I return an unopened bag of coffee?', facts: ['30 days'], escalate: false },
  { question: 'How long do refunds take to arrive?', facts: ['5 business days'], escalate: false },
  { question: 'Is there a fee to cancel my subscription?', facts: ['no cancellation fee'], escalate: false },
  { question: 'How do I cancel my subscription?', facts: ['Cancel subscription'], escalate: false },
  { question: 'Can I pause my subscription while I am on holiday?', facts: ['3 months'], escalate: false },
  { question: 'How can I skip my next delivery?', facts: ['Skip next delivery'], escalate: false },
  { question: 'Can I get the coffee ground for French press?', facts: ['French press'], escalate: false },
  { question: 'Which payment methods do you accept?', facts: ['PayPal'], escalate: false },
  { question: 'Can I pay by bank transfer?', facts: ['bank transfers'], escalate: false },
  { question: 'Where can I download my invoices?', facts: ['Billing history'], escalate: false },
  { question: 'I forgot my password, how do I reset it?', facts: ['Forgot password'], escalate: false },
  { question: 'How long is the password reset link valid?', facts: ['60 minutes'], escalate: false },
  { question: 'Do gift subscriptions renew automatically?', facts: ['do not renew'], escalate: false },
  { question: 'How should I store my coffee beans?', facts: ['room temperature'], escalate: false },
  { question: 'Should I keep coffee in the fridge?', facts: ['fridge'], escalate: false },
  { question: 'How long is the warranty on grinders?', facts: ['2-year warranty'], escalate: false },
  { question: 'My package arrived damaged, what should I do?', facts: ['photo within 7 days'], escalate: false },
  { question: 'What is the minimum order for a wholesale account?', facts: ['10 kg'], escalate: false },
  { question: 'Are your coffee bags compostable?', facts: ['compostable'], escalate: false },
  { question: 'Can I use two discount codes on one order?', facts: ['one discount code'], escalate: false },
  { question: 'What do I get for referring a friend?', facts: ['$10 off'], escalate: false },
  { question: 'What are your support hours?', facts: ['Monday to Friday, 8am to 6pm'], escalate: false },
  { question: 'Where is your café and when is it open?', facts: ['412 Alder Street'], escalate: false },
  { question: 'Where are you based?', facts: ['Portland'], escalate: false },
  { question: 'Is shipping free?', facts: ['$40'], escalate: false },
  { question: 'Which roast levels do you have?', facts: ['light, medium and dark'], escalate: false },
  { question: 'My package says delivered but it is not here', facts: ['48 hours'], escalate: false },
  // The KB cannot answer these: the agent must say so, without unrelated facts.
  { question: 'Do you sell tea?', unknown: true, escalate: false },
  { question: 'What is the capital of France?', unknown: true, escalate: false },
  { question: 'Do you have a loyalty points program for students?', unknown: true, escalate: false },
  { question: 'Can I book a barista training course?', unknown: true, escalate: false },
  { question: 'Is your mobile app available on Android?', unknown: true, escalate: false },
  // Hand-over: explicit request, escalation rules, frustration.
  { question: 'Can I talk to a human please?', escalate: true },
  { question: 'I want to speak to a real person about my order', escalate: true },
  { question: 'I was charged twice and I want to dispute this charge', escalate: true },
  { question: 'I need a refund of $250 for my grinder', escalate: true },
  { question: 'My lawyer will be in touch about this', escalate: true },
  { question: 'I had an allergic reaction after drinking your coffee', escalate: true },
  { question: 'This is the third time my order is late, this is ridiculous and unacceptable!', escalate: true },
  { question: 'I am so frustrated, nobody answers my emails and my coffee still has not arrived', escalate: true },
  // Near misses that must not escalate.
  { question: 'Can I get a refund of $20 for an unopened bag?', facts: ['30 days'], escalate: false },
  { question: 'Is a human checking the quality of every roast?', escalate: false },
];
