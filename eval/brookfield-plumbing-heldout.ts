/**
 * Held-out business written BEFORE round-4 changes (issue 13) and never tuned on: Brookfield
 * Plumbing & Heating, a fictional small plumbing, boiler and central-heating firm. Articles are
 * written like a small trade firm's help pages (headings, lists, a price table, FAQ); the
 * questions are paraphrased the way customers ask, including "who" questions, list answers and
 * plausible questions the pages do not answer. Scored as held-out: its misses are never printed.
 */
import type { EvalCase } from './cases.ts';

export const BROOKFIELD_CONTEXT =
  'Brookfield Plumbing & Heating is a family-run plumbing, boiler and central heating firm based in Leamington Spa, covering Warwick, Kenilworth and Leamington. Office phone 01926 555 384, email jobs@brookfieldplumbing.co.uk. The office is open Monday to Friday, 8am to 5pm.';

export const BROOKFIELD_RULES = ['a gas leak or smell of gas', 'water is coming through a ceiling or flooding a home', 'complaints about an engineer'];

export const BROOKFIELD_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Our prices',
    category: 'Prices',
    content: `# Our prices

We charge by the hour, in 30-minute blocks after the first hour. All prices include VAT.

| Work | Price |
|---|---|
| First hour, weekdays 8am to 5pm | £75 |
| Each extra 30 minutes | £30 |
| Evenings and Saturdays | £105 for the first hour |
| Sundays and bank holidays | £140 for the first hour |

Parts are charged at cost plus 10%. There is no call-out fee on weekday jobs inside our area.`,
  },
  {
    title: 'Emergency call-outs',
    category: 'Emergencies',
    content: `# Emergency call-outs

Our emergency line, 07700 900 417, is answered 24 hours a day, 365 days a year.
We aim to have an engineer with you within 2 hours for a burst pipe, a leak you cannot stop or no heating for an elderly or vulnerable person.

**If you smell gas**, do not call us first: ring the National Gas Emergency Service on 0800 111 999, open the windows and do not use light switches.

## Before we arrive
- Turn off the water at the stopcock (usually under the kitchen sink)
- Switch off the electrics if water is near sockets or lights
- Catch drips in a bucket and move valuables out of the way`,
  },
  {
    title: 'Boiler servicing',
    category: 'Boilers',
    content: `# Boiler servicing

An annual service keeps your boiler safe and keeps the manufacturer's warranty valid.
A standard gas boiler service costs £85 and takes about 45 minutes.
Oil boilers are serviced for £110.

Every visit includes a flue gas analysis, a check of the pressure and safety devices, and a written service record.
We send you a reminder email 11 months after each service.`,
  },
  {
    title: 'New boiler installation',
    category: 'Boilers',
    content: `# New boiler installation

We fit Worcester Bosch and Vaillant combi and system boilers.
Every quote is free and starts with a home survey, which takes about an hour.
A straight swap of a combi boiler usually takes one day; moving the boiler to a new spot or converting from a tank system takes two to three days.

Each new boiler comes with a manufacturer's guarantee of up to 10 years, as long as it is serviced every year.
We register the installation with Gas Safe and send you the Building Regulations certificate within 30 days.`,
  },
  {
    title: 'Landlord gas safety certificates',
    category: 'Landlords',
    content: `# Landlord gas safety certificates

By law, landlords need a gas safety check every 12 months, and tenants must get a copy of the certificate (CP12) within 28 days.
Our check costs £70 for one gas appliance plus £15 for each extra appliance.
Managing agents can book several properties at once; we email the certificates straight to you the same day.`,
  },
  {
    title: 'Booking and appointments',
    category: 'Booking',
    content: `# Booking and appointments

You can book online, by phone or by email. We give you a morning slot (8am to 12pm) or an afternoon slot (12pm to 5pm).
Your engineer texts you about 30 minutes before arriving.

To change or cancel a visit, let us know at least 24 hours before. If you cancel later than that, or nobody is home when we arrive, we charge a £40 missed-appointment fee.`,
  },
  {
    title: 'Payment',
    category: 'Prices',
    content: `# Payment

We take payment when the job is finished, by card on the engineer's handheld reader or by bank transfer.
We do not accept cheques.

For boiler installations we ask for a 20% deposit when you accept the quote, and the rest on completion.
Landlords and letting agents with an account can pay within 14 days of the invoice.`,
  },
  {
    title: 'Our guarantee',
    category: 'About us',
    content: `# Our guarantee

All our workmanship is guaranteed for 12 months. If something we fixed fails again in that time, we come back and put it right free of charge.
Parts carry the maker's own warranty.
The guarantee does not cover damage from frost, misuse or work done by someone else afterwards.`,
  },
  {
    title: 'Areas we cover',
    category: 'About us',
    content: `# Areas we cover

We cover Leamington Spa, Warwick, Kenilworth and villages within 10 miles of Leamington.
Outside that area we add a £25 travel charge, and we do not take jobs more than 20 miles away.
All of our engineers are Gas Safe registered and carry ID cards you can check on the Gas Safe website.`,
  },
  {
    title: 'FAQ',
    category: 'Help',
    content: `# Frequently asked questions

**Do you fix blocked drains?**
Yes, inside the house: sinks, toilets, baths and showers. Blocked outside drains and sewers go to our partner, ClearFlow Drainage.

**My radiators are cold at the top. What is wrong?**
There is air in them. Bleed each radiator with a radiator key until water comes out, then check the boiler pressure is between 1 and 1.5 bar.

**Do you install bathrooms?**
We do the plumbing for new bathrooms, but not the tiling or plastering.

**Who runs the business?**
Brookfield was started in 1998 by Gary Holt, who still runs it with his daughter Emma.`,
  },
];

export const BROOKFIELD_HELD_OUT: EvalCase[] = [
  { question: 'What is your hourly rate?', facts: ['£75'], escalate: false },
  { question: 'How much do you charge on a Sunday?', facts: ['£140'], escalate: false },
  { question: 'Is it more expensive if you come on a Saturday?', facts: ['£105'], escalate: false },
  { question: 'Do you mark up the parts?', facts: ['cost plus 10%'], escalate: false },
  { question: 'Is there a call-out charge?', facts: ['no call-out fee'], escalate: false },
  { question: 'What number do I ring in an emergency?', facts: ['07700 900 417'], escalate: false },
  { question: 'How quickly can someone get here for a burst pipe?', facts: ['within 2 hours'], escalate: false },
  { question: 'What should I do while I wait for the plumber to arrive?', facts: ['stopcock'], escalate: false },
  { question: 'Where is the stopcock usually?', facts: ['under the kitchen sink'], escalate: false },
  { question: 'How much is a boiler service?', facts: ['£85'], escalate: false },
  { question: 'Do you service oil boilers and what does it cost?', facts: ['£110'], escalate: false },
  { question: 'How long does a service take?', facts: ['45 minutes'], escalate: false },
  { question: 'Will you remind me when my next service is due?', facts: ['11 months'], escalate: false },
  { question: 'Which boiler brands do you fit?', facts: ['Worcester Bosch', 'Vaillant'], escalate: false },
  { question: 'Do you charge for a quote on a new boiler?', facts: ['free'], escalate: false },
  { question: 'How many days does it take to replace a combi boiler?', facts: ['one day'], escalate: false },
  { question: 'How long is the guarantee on a new boiler?', facts: ['10 years'], escalate: false },
  { question: 'When will I get my building regs certificate?', facts: ['within 30 days'], escalate: false },
  { question: "I'm a landlord, how much is a gas safety check?", facts: ['£70'], escalate: false },
  { question: 'How often does a rental property need a gas safety certificate?', facts: ['every 12 months'], escalate: false },
  { question: 'What time slots can I book?', facts: ['8am to 12pm', '12pm to 5pm'], escalate: false },
  { question: 'Will the engineer let me know before turning up?', facts: ['30 minutes before'], escalate: false },
  { question: 'What happens if I am out when the plumber comes?', facts: ['£40'], escalate: false },
  { question: 'Can I pay by cheque?', facts: ['do not accept cheques'], escalate: false },
  { question: 'How much deposit do I pay for a new boiler?', facts: ['20%'], escalate: false },
  { question: 'How long is your work guaranteed for?', facts: ['12 months'], escalate: false },
  { question: 'Does the guarantee cover frozen pipes?', facts: ['frost'], escalate: false },
  { question: 'Do you come out to Kenilworth?', facts: ['Kenilworth'], escalate: false },
  { question: 'Is there an extra charge if I live outside your area?', facts: ['£25'], escalate: false },
  { question: 'Are your plumbers Gas Safe registered?', facts: ['Gas Safe registered'], escalate: false },
  { question: 'Can you unblock my outside drain?', facts: ['ClearFlow Drainage'], escalate: false },
  { question: 'Why are my radiators cold at the top?', facts: ['air'], escalate: false },
  { question: 'Will you tile my new bathroom?', facts: ['not the tiling'], escalate: false },
  { question: 'Who owns Brookfield?', facts: ['Gary Holt'], escalate: false },
  { question: 'Do you install solar panels?', unknown: true, escalate: false },
  { question: 'Can I spread the cost of a new boiler with finance?', unknown: true, escalate: false },
  { question: 'Do you fit underfloor heating?', unknown: true, escalate: false },
  { question: 'Do you offer a discount for pensioners?', unknown: true, escalate: false },
  { question: 'Can you fix my washing machine?', unknown: true, escalate: false },
  { question: 'Do you do heat pump installations?', unknown: true, escalate: false },
  { question: 'Is there a boiler cover plan I can pay monthly?', unknown: true, escalate: false },
];
