/**
 * A third business, in-sample (a dev set that may be tuned on): Nimbus Notes, a fictional
 * note-taking app sold by subscription. A software business, unlike the coffee roaster and the
 * bicycle shop, with customer-style paraphrased questions and unanswerable ones.
 */
import type { EvalCase } from './cases.ts';

export const NIMBUS_CONTEXT =
  'Nimbus Notes is a note-taking and task app for teams, made by Nimbus Software Ltd in Dublin, Ireland. It runs in the browser and on Windows, macOS, iOS and Android. Support is by chat and email only.';

export const NIMBUS_RULES = ['data loss', 'security incidents or a hacked account', 'refund requests over €200'];

export const NIMBUS_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Plans and prices',
    category: 'Billing',
    content: `# Plans and prices
Nimbus has three plans:
- **Free**: up to 3 notebooks and 100 MB of storage.
- **Plus**: unlimited notebooks and 10 GB of storage for €6 per user per month.
- **Business**: everything in Plus, admin controls and single sign-on for €12 per user per month.
Paying yearly saves 20%.`,
  },
  {
    title: 'Free trial',
    category: 'Billing',
    content: `# Free trial
Every paid plan starts with a 14-day free trial. No card is needed to start it.
When the trial ends, the workspace moves to the Free plan unless you add a payment method.`,
  },
  {
    title: 'Cancelling and refunds',
    category: 'Billing',
    content: `# Cancelling and refunds
You can cancel from Settings > Billing at any time. Your plan stays active until the end of the period you paid for.
Yearly plans cancelled within 30 days of payment are refunded in full. Monthly payments are not refunded.`,
  },
  {
    title: 'Exporting your notes',
    category: 'Data',
    content: `# Exporting your notes
Go to Settings > Export to download every notebook as Markdown or PDF.
Exports of large workspaces are emailed to you as a zip file, usually within an hour.`,
  },
  {
    title: 'Offline mode',
    category: 'Apps',
    content: `# Offline mode
The desktop and mobile apps keep your recent notebooks on the device, so you can read and edit them without a connection.
Changes sync automatically when you are back online. The browser version needs a connection.`,
  },
  {
    title: 'Sharing and permissions',
    category: 'Teams',
    content: `# Sharing and permissions
Share a notebook with a link or by inviting people by email.
Each person can be a viewer, a commenter or an editor.
Guests outside your workspace are free and do not count as users.`,
  },
  {
    title: 'Two-factor authentication',
    category: 'Security',
    content: `# Two-factor authentication
Turn on two-factor authentication under Settings > Security. We support authenticator apps and hardware security keys.
If you lose your phone, sign in with one of the ten backup codes you saved when you turned it on.`,
  },
  {
    title: 'Deleted notes',
    category: 'Data',
    content: `# Deleted notes
Deleted notes go to the Trash and can be restored for 30 days.
After 30 days they are removed permanently and cannot be recovered by support.`,
  },
  {
    title: 'Storage limits',
    category: 'Data',
    content: `# Storage limits
A single attachment can be up to 250 MB on paid plans and 25 MB on the Free plan.
When a workspace is full, you can still read notes but cannot upload new attachments.`,
  },
  {
    title: 'Invoices and VAT',
    category: 'Billing',
    content: `# Invoices and VAT
Invoices are in Settings > Billing > Invoices and are also emailed to the billing contact.
Businesses in the EU can add their VAT number there; the invoice then shows reverse charge.`,
  },
];

export const NIMBUS_DEV: EvalCase[] = [
  { question: "What's the monthly cost of the Business plan?", facts: ['€12'], escalate: false },
  { question: 'Is there a discount if I pay annually?', facts: ['20%'], escalate: false },
  { question: 'How much storage do I get for free?', facts: ['100 MB'], escalate: false },
  { question: 'Do I need a credit card for the trial?', facts: ['No card is needed'], escalate: false },
  { question: 'How long is the trial?', facts: ['14-day'], escalate: false },
  { question: 'What happens when my trial runs out?', facts: ['Free plan'], escalate: false },
  { question: 'Can I get my money back on a yearly subscription?', facts: ['30 days'], escalate: false },
  { question: 'Where do I cancel?', facts: ['Settings > Billing'], escalate: false },
  { question: 'How do I download all my notes?', facts: ['Settings > Export'], escalate: false },
  { question: 'Which formats can I export to?', facts: ['Markdown or PDF'], escalate: false },
  { question: 'Can I use the app without internet?', facts: ['without a connection'], escalate: false },
  { question: 'Do guests cost extra?', facts: ['Guests outside your workspace are free'], escalate: false },
  { question: 'What roles can people have on a shared notebook?', facts: ['viewer'], escalate: false },
  { question: "I lost my phone and can't log in with 2FA, what now?", facts: ['backup codes'], escalate: false },
  { question: 'Can I get back a note I deleted last week?', facts: ['30 days'], escalate: false },
  { question: "What's the biggest file I can attach?", facts: ['250 MB'], escalate: false },
  { question: 'Where can I find my invoices?', facts: ['Settings > Billing > Invoices'], escalate: false },
  { question: 'Can I add our VAT number?', facts: ['VAT number'], escalate: false },
  { question: 'Where is the company based?', facts: ['Dublin'], escalate: false },
  { question: 'Does it work on Android?', facts: ['Android'], escalate: false },
  { question: 'Do you have a Linux app?', unknown: true, escalate: false },
  { question: 'Can I phone your support team?', facts: ['chat and email only'], escalate: false },
  { question: 'How much is the Enterprise plan?', unknown: true, escalate: false },
  { question: 'Is there a student discount?', unknown: true, escalate: false },
  { question: 'How long do refunds take to reach my card?', unknown: true, escalate: false },
  { question: 'Can I import notes from Evernote?', unknown: true, escalate: false },
];
