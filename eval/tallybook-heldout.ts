/**
 * Held-out business written BEFORE round-2 tuning (issue 13) and never tuned on: Tallybook, a
 * fictional online invoicing tool for freelancers and small businesses. Articles are written
 * like a real SaaS help centre (headings, steps, text tables, FAQ). Scored as held-out: its
 * misses are never printed.
 */
import type { EvalCase } from './cases.ts';

export const TALLYBOOK_CONTEXT =
  'Tallybook is online invoicing and expense software for freelancers and small businesses, based in Manchester, UK. Support email: help@tallybook.io. Support is available by chat Monday to Friday, 9am to 6pm UK time.';

export const TALLYBOOK_RULES = ['account hacked or suspicious logins', 'requests to delete all data under GDPR', 'payments taken twice'];

export const TALLYBOOK_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Plans and pricing',
    category: 'Billing',
    content: `# Plans and pricing

| Plan | Price | Invoices per month | Users |
|---|---|---|---|
| Solo | £9/month | 20 | 1 |
| Team | £24/month | Unlimited | up to 5 |
| Business | £49/month | Unlimited | up to 20 |

Paying yearly gives you two months free on any plan.
All prices exclude VAT.`,
  },
  {
    title: 'Free trial',
    category: 'Billing',
    content: `# Free trial

Every new account starts with a 14-day free trial of the Team plan. No card is needed to start.
When the trial ends, your account becomes read-only until you choose a plan. Your data is kept for 90 days.`,
  },
  {
    title: 'Cancelling your subscription',
    category: 'Billing',
    content: `# Cancelling your subscription

1. Go to **Settings → Billing**.
2. Click **Cancel plan**.
3. Choose whether to export your data first.

You keep access until the end of the period you paid for. We do not give partial refunds for unused months, but yearly plans cancelled within 30 days of payment get a full refund.`,
  },
  {
    title: 'Creating and sending an invoice',
    category: 'Invoices',
    content: `# Creating and sending an invoice

1. Click **New invoice** on the dashboard.
2. Pick a client or add a new one.
3. Add line items, tax and a due date.
4. Click **Send**. Your client gets an email with a link to view and pay the invoice.

Invoice numbers go up automatically, starting from INV-0001. You can change the prefix and the next number under **Settings → Invoices**.`,
  },
  {
    title: 'Getting paid online',
    category: 'Payments',
    content: `# Getting paid online

Connect Stripe or GoCardless under **Settings → Payments** to let clients pay by card or Direct Debit from the invoice.

Tallybook charges no extra fee on payments; the payment provider's own fees apply.
Card payments usually reach your bank account in 2 business days.`,
  },
  {
    title: 'Payment reminders',
    category: 'Invoices',
    content: `# Payment reminders

Tallybook can chase late payers for you.
Turn on automatic reminders under **Settings → Reminders**. By default we email the client 3 days before the due date, on the due date, and 7 days after it.
You can add a late fee of a fixed amount or a percentage to overdue invoices.`,
  },
  {
    title: 'Currencies and tax',
    category: 'Invoices',
    content: `# Currencies and tax

You can invoice in over 150 currencies. Exchange rates are updated once a day.

Tallybook supports VAT, including the VAT reverse charge for EU business clients. You can save several tax rates and pick one per line item.

**Making Tax Digital:** Team and Business plans can submit VAT returns straight to HMRC.`,
  },
  {
    title: 'Expenses and receipts',
    category: 'Expenses',
    content: `# Expenses and receipts

Snap a photo of a receipt in the Tallybook mobile app and we read the amount, date and supplier for you.
You can also forward receipts by email to your personal receipts address, shown under **Expenses → Inbox**.
Receipts are stored for 6 years, as HMRC requires.`,
  },
  {
    title: 'Team members and permissions',
    category: 'Account',
    content: `# Team members and permissions

Invite people under **Settings → Team**. Each person gets one of three roles:

- **Admin** – everything, including billing.
- **Accountant** – can see all invoices and expenses and export reports, but cannot send invoices.
- **Staff** – can create invoices and expenses but cannot see reports.

The Solo plan has one user only.`,
  },
  {
    title: 'Security and two-factor authentication',
    category: 'Account',
    content: `# Security and two-factor authentication

We strongly recommend turning on two-factor authentication (2FA) under **Profile → Security**. We support authenticator apps; we do not send codes by SMS.

Lost your phone? Use one of the 10 backup codes you saved when you set up 2FA.

All data is encrypted and stored in UK data centres.`,
  },
  {
    title: 'Exporting your data',
    category: 'Account',
    content: `# Exporting your data

Go to **Settings → Export** to download all your invoices as PDFs and your data as CSV files.
Exports of large accounts can take up to an hour; we email you a download link when it is ready. The link works for 7 days.`,
  },
];

export const TALLYBOOK_HELD_OUT: EvalCase[] = [
  { question: "What's the cheapest plan?", facts: ['£9'], escalate: false },
  { question: 'How many people can use the Team plan?', facts: ['up to 5'], escalate: false },
  { question: 'Is there a discount if I pay annually?', facts: ['two months free'], escalate: false },
  { question: 'Do your prices include VAT?', facts: ['exclude VAT'], escalate: false },
  { question: 'How long is the trial?', facts: ['14-day'], escalate: false },
  { question: 'Do I need a credit card to try it?', facts: ['No card'], escalate: false },
  { question: 'What happens to my account when the trial is over?', facts: ['read-only'], escalate: false },
  { question: 'How do I stop my subscription?', facts: ['Cancel plan'], escalate: false },
  { question: 'Can I get my money back if I cancel my yearly plan?', facts: ['30 days'], escalate: false },
  { question: 'How do I send a bill to a client?', facts: ['New invoice'], escalate: false },
  { question: 'Can I change how my invoice numbers start?', facts: ['prefix'], escalate: false },
  { question: 'Can clients pay me by card straight from the invoice?', facts: ['Stripe'], escalate: false },
  { question: 'Do you take a cut of payments?', facts: ['no extra fee'], escalate: false },
  { question: 'How quickly does card money land in my bank?', facts: ['2 business days'], escalate: false },
  { question: 'Can Tallybook chase clients who pay late?', facts: ['automatic reminders'], escalate: false },
  { question: 'When are the reminder emails sent?', facts: ['3 days before the due date', '7 days after'], escalate: false },
  { question: 'Can I charge a fee on overdue invoices?', facts: ['late fee'], escalate: false },
  { question: 'Can I bill clients in US dollars?', facts: ['150 currencies'], escalate: false },
  { question: 'How often do exchange rates refresh?', facts: ['once a day'], escalate: false },
  { question: 'Can I file my VAT return to HMRC from Tallybook?', facts: ['Team and Business plans'], escalate: false },
  { question: 'How do I add a receipt?', facts: ['mobile app'], escalate: false },
  { question: 'How long do you keep my receipts?', facts: ['6 years'], escalate: false },
  { question: 'Can my accountant send invoices?', facts: ['cannot send invoices'], escalate: false },
  { question: 'How do I add a colleague to my account?', facts: ['Settings → Team'], escalate: false },
  { question: 'Can I get my 2FA codes by text message?', facts: ['do not send codes by SMS'], escalate: false },
  { question: "I lost my phone and can't log in, what now?", facts: ['backup codes'], escalate: false },
  { question: 'Where is my data stored?', facts: ['UK data centres'], escalate: false },
  { question: 'How do I download all my invoices?', facts: ['Settings → Export'], escalate: false },
  { question: 'How long does the export download link last?', facts: ['7 days'], escalate: false },
  { question: 'Does Tallybook integrate with Xero?', unknown: true, escalate: false },
  { question: 'Do you have a desktop app for Windows?', unknown: true, escalate: false },
  { question: 'Can I do payroll in Tallybook?', unknown: true, escalate: false },
  { question: 'Is there a discount for charities?', unknown: true, escalate: false },
  { question: 'Can I accept payments in Bitcoin?', unknown: true, escalate: false },
  { question: 'How many customers does Tallybook have?', unknown: true, escalate: false },
];
