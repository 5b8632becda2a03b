/**
 * DEV business written for round 6, and the agent IS tuned on it: FixIt Phones, a fictional
 * independent phone and laptop repair shop in Shrewsbury (screen and battery repairs priced by
 * model, turnaround, repair warranty, data privacy, trade-ins, repairs by post and courier).
 * Articles are written like a small business's help pages (headings, lists, a price table,
 * FAQ, plain paragraphs); the questions are paraphrased the way customers ask, a few with
 * typos. Ten of the 46 are plausible questions the pages do NOT answer, sharing generic words
 * with them ("price", "pay", "open", "post", "parts", "repair"), so that the "don't know"
 * figure means something. Written independently of the agent's code, in held-out style.
 */
import type { EvalCase } from './cases.ts';

export const FIXIT_CONTEXT =
  'FixIt Phones is an independent phone and laptop repair shop at 14 Pride Hill, Shrewsbury, fixing screens, batteries and more while you wait or by post. Shop phone 01743 555 907, email repairs@fixitphones.co.uk.';

export const FIXIT_RULES = [
  'a battery that caught fire, exploded or injured someone',
  'refund requests over £150',
  'a customer saying we lost or damaged their device',
  'always escalate if someone mentions a lawyer, solicitor or small claims court',
];

export const FIXIT_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Screen repair prices',
    category: 'Prices',
    content: `# Screen repair prices

Prices below include the part, fitting and VAT. If your model isn't listed, call us or pop in for a free quote.

| Model | Screen replacement |
|---|---|
| iPhone 15 | £189 |
| iPhone 14 | £159 |
| iPhone 13 | £129 |
| iPhone 12 | £109 |
| iPhone SE (2nd or 3rd generation) | £69 |
| Samsung Galaxy S24 | £219 |
| Samsung Galaxy S23 | £179 |
| Samsung Galaxy A54 | £99 |
| Google Pixel 8 | £149 |

## Value screens

For iPhone 11 and older we also offer a Value screen (a good-quality aftermarket LCD) for £59. It is a little less bright than the original and comes with a shorter warranty.

## Back glass

Cracked back glass on an iPhone is replaced from £79.`,
  },
  {
    title: 'Battery replacement',
    category: 'Repairs',
    content: `# Battery replacement

Batteries wear out. If your phone is dying before the end of the day or switching off at 20%, a new battery usually brings it back to life. As a rule of thumb, we recommend a replacement once the battery health shown in your settings drops below 80%.

A phone battery replacement costs £49 for most iPhone models and £59 for Samsung Galaxy S series phones. Laptop batteries start at £89; a MacBook Air battery is £129. Phone batteries are fitted while you wait, in about 45 minutes.

## Swollen batteries

If the back of your phone or laptop is lifting, or the screen is being pushed out, the battery has probably swollen. Stop charging it, keep it away from anything flammable and bring it in as soon as you can. We prioritise swollen batteries and usually replace them within 30 minutes.

Old batteries are recycled safely at no charge.`,
  },
  {
    title: 'How long will my repair take?',
    category: 'Repairs',
    content: `# How long will my repair take?

Most phone repairs are done the same day, often while you wait. Typical times when the part is in stock:

- Phone screen replacement: usually within 1 hour
- Phone battery: about 45 minutes
- Charging port: same day
- Laptop screen replacement: 2 to 3 working days
- Liquid damage: we need 48 hours to assess the device, and we can't promise a fix

If we need to order a part, it normally arrives within 2 working days and we'll text you when your repair is ready.

## Express laptop service

Need your laptop back fast? For an extra £15 we'll put your laptop repair at the front of the queue and aim to have it ready by the next working day.`,
  },
  {
    title: 'Our repair warranty',
    category: 'Warranty',
    content: `# Our repair warranty

Every screen and battery we fit with standard parts comes with a 12 months warranty covering both the part and our workmanship. Value screens are covered for 90 days, and repairs on liquid-damaged devices are covered for 30 days, because the damage can keep spreading after we've worked on the device.

The warranty covers faults with the part we fitted, such as dead pixels, touch not responding or a battery that won't hold its charge. It does not cover accidental damage after the repair, like a new crack from a drop or liquid getting in.

To claim, bring the device back with your receipt or your repair number (it starts with FX-). If the fault is with our part, we'll fix it again free of charge. The warranty is void if another repairer has opened the device since we worked on it.`,
  },
  {
    title: 'Your data and privacy',
    category: 'Privacy',
    content: `# Your data and privacy

We know your phone holds your whole life, so we treat it that way.

For screen and battery repairs you don't need to tell us your passcode. We test the device with you at the counter when you collect it.

For fault-finding work we sometimes need to get past the lock screen. If you'd rather not share your real passcode, change it to a temporary one such as 0000 before you drop the device off, and change it back afterwards.

Our technicians never open your photos, messages or apps, and we never copy anything from your device. We always recommend backing up before any repair, just in case.

Any device you trade in or leave with us for recycling is wiped with Blancco certified data erasure. Ask and we'll email you the erasure certificate.

Devices not collected within 60 days of our last reminder are wiped and recycled.`,
  },
  {
    title: 'Trade in your old phone or laptop',
    category: 'Trade-ins',
    content: `# Trade in your old phone or laptop

We buy used iPhones, Samsung Galaxy phones, Google Pixels and laptops. Bring the device in and we'll give you a quote on the spot.

## How we grade devices

- **Grade A**: looks like new, no marks
- **Grade B**: light scratches, everything works
- **Grade C**: heavy wear or a cracked screen, still powers on

## Getting paid

- We pay by bank transfer within 24 hours of the trade-in
- Or take store credit and get 10% more than the cash value
- Store credit can be used on any repair or on a refurbished device

## What you need to bring

- The device and its charger if you still have it
- Photo ID (a driving licence or passport)
- The device signed out of Find My iPhone or your Google account

We can't accept devices that are more than 5 years old, reported lost or stolen, or still being paid off on a contract.`,
  },
  {
    title: 'FixIt by Post',
    category: 'Postal repairs',
    content: `# FixIt by Post

Can't get to Shrewsbury? Our FixIt by Post service lets you send your phone or laptop to us from anywhere in mainland UK.

1. Book your repair on our website and choose "FixIt by Post".
2. We email you a free prepaid Royal Mail Special Delivery label, insured up to £750.
3. Pack the device well, take off the case and remove the SIM card. Put a note in the box with your name, phone number and the fault.
4. We repair your device within 3 working days of it arriving and send it back by tracked courier at no extra cost.

Prefer not to go to the post office? We can arrange a courier collection from your door for £12. For laptops worth more than £750 we recommend the courier collection, which is insured up to £2,000.`,
  },
  {
    title: 'Visiting the shop',
    category: 'About us',
    content: `# Visiting the shop

You'll find us at 14 Pride Hill, Shrewsbury, opposite the old market hall.

## Opening hours

- Monday to Friday: 9:30am to 5:30pm
- Saturday: 10am to 4pm
- Sunday: closed

Walk-ins are welcome, but booking a slot on our website means your part is ready and waiting when you arrive. The nearest parking is the Raven Meadows car park, about a 3 minute walk away.`,
  },
  {
    title: 'Laptop repairs',
    category: 'Repairs',
    content: `# Laptop repairs

We repair MacBooks and Windows laptops from all the main brands, including Dell, HP, Lenovo and Asus.

If your laptop won't turn on or you're not sure what's wrong, we start with a diagnostic check. This costs £25 and is deducted from the repair price if you go ahead with the repair. We'll call you with a quote before doing any work.

Common laptop repairs include keyboard replacement from £99, screen replacement from £149, and upgrading to a faster SSD from £79 including moving your files across. Hinges and charging sockets are quoted after the diagnostic check.`,
  },
  {
    title: 'Frequently asked questions',
    category: 'FAQ',
    content: `# Frequently asked questions

**Do I need an appointment?**
No. Walk-ins are welcome, although booking online guarantees your slot.

**Do you use genuine parts?**
We fit genuine Apple screens on iPhone 13 and newer. For other models we use high-quality compatible parts, which we test before fitting.

**What if you can't fix it?**
No fix, no fee. If we can't repair your phone, you don't pay anything. (The £25 laptop diagnostic fee still applies.)

**Will my phone still be water resistant after a screen repair?**
We fit a new adhesive seal with every screen, but we can't guarantee water resistance after a phone has been opened.

**Do you offer a student discount?**
Yes. Students get 15% off any repair with a valid TOTUM or university ID card.

**Can you repair a phone I bought abroad?**
Yes, as long as it's a model we stock parts for.`,
  },
];

export const FIXIT_DEV: EvalCase[] = [
  // Answerable from one article.
  { question: 'how much to fix a cracked screen on an iphone 13?', facts: ['£129'], escalate: false },
  { question: 'What do you charge for a new screen on a Galaxy S23?', facts: ['£179'], escalate: false },
  { question: "Is there a cheaper option for my iPhone 11 screen? Don't need the fancy original one", facts: ['£59'], escalate: false },
  { question: "My iPhone dies by lunchtime lol. What's the price for a new battery?", facts: ['£49'], escalate: false },
  { question: 'How much would a replacement battery for a MacBook Air cost me?', facts: ['£129'], escalate: false },
  { question: 'How do I know when my battery actually needs replacing?', facts: ['80%'], escalate: false },
  { question: 'If I drop my phone off for a screen fix can I wait for it, or is it a leave-it-for-days job?', facts: ['1 hour'], escalate: false },
  { question: 'how long does a laptop screen replacment take?', facts: ['3 working days'], escalate: false },
  { question: 'Is there any way to get my laptop back quicker? I need it for work on Monday', facts: ['£15'], escalate: false },
  { question: 'Do your repairs come with any kind of guarantee?', facts: ['12 months'], escalate: false },
  { question: 'I had one of your value screens put in. How long is that covered for?', facts: ['90 days'], escalate: false },
  { question: 'I dropped my phone again and cracked the new screen you fitted. Is that under warranty?', facts: ['accidental damage'], escalate: false },
  { question: "You might need my PIN to check the phone, but I don't really want to hand over my real one. What should I do?", facts: ['0000'], escalate: false },
  { question: 'When you wipe a phone I trade in, can I get proof that my data is gone?', facts: ['Blancco'], escalate: false },
  { question: 'How do I get paid if I sell you my old phone?', facts: ['bank transfer'], escalate: false },
  { question: 'Is it worth taking store credit instead of the cash for my trade in?', facts: ['10%'], escalate: false },
  { question: 'what do I need to bring with me to trade in my laptop', facts: ['photo ID'], escalate: false },
  { question: "I live in Cornwall, nowhere near you. Can I send my phone to you for repair?", facts: ['FixIt by Post'], escalate: false },
  { question: 'How much does it cost to have a courier pick my laptop up from home?', facts: ['£12'], escalate: false },
  { question: 'Once you get my phone in the post, how long till it comes back?', facts: ['3 working days'], escalate: false },
  { question: 'where abouts is your shop?', facts: ['14 Pride Hill'], escalate: false },
  { question: "Do you charge just to look at my laptop? It won't turn on at all", facts: ['£25'], escalate: false },
  { question: 'Roughly how much to replace a laptop keyboard? A few keys have stopped working', facts: ['£99'], escalate: false },
  { question: 'Are the screens you put in genuine Apple ones?', facts: ['genuine Apple'], escalate: false },
  { question: 'wat happens if u cant fix it, do i still have to pay?', facts: ['no fix, no fee'], escalate: false },
  { question: "I'm at uni, do you do any kind of student discount?", facts: ['15%'], escalate: false },

  // Not answered by any article: the agent must say it does not know.
  { question: 'Do you sell phone cases and screen protectors?', unknown: true, escalate: false },
  { question: 'Can I spread the cost of a repair with Klarna or monthly payments?', unknown: true, escalate: false },
  { question: 'Are you open on bank holidays?', unknown: true, escalate: false },
  { question: "What's the price for a charging port repair on a Galaxy A54?", unknown: true, escalate: false },
  { question: 'Could you post me the parts so I can fix my phone screen myself?', unknown: true, escalate: false },
  { question: 'Do you lend out a phone I can use while mine is being repaired?', unknown: true, escalate: false },
  { question: 'We have twenty company phones. Can we open a business account and be invoiced monthly?', unknown: true, escalate: false },
  { question: 'Can you unlock my phone so it works on a different network?', unknown: true, escalate: false },
  { question: "How much do you charge to get photos off a phone that won't turn on?", unknown: true, escalate: false },
  { question: 'Do you have a drop box where I can leave my phone after you close?', unknown: true, escalate: false },

  // Escalation: asking for a person, or matching a rule in other words.
  { question: 'Can I speak to an actual human please?', escalate: true },
  { question: "Could someone from the shop give me a ring on 07700 900412? It's about my repair.", escalate: true },
  { question: 'I want the manager. Put me through now please.', escalate: true },
  { question: 'The battery you replaced last month started smoking in my bag last night and burnt my hand.', escalate: true },
  { question: 'I paid £189 for an iPhone 15 screen, it went patchy after a week and honestly I just want my money back.', escalate: true },
  { question: "I posted my MacBook to you, tracking says you signed for it on the 3rd, and now nobody at your end can find it.", escalate: true },
  { question: "This is the third time the same repair has failed. If it isn't sorted I'm taking you to small claims.", escalate: true },

  // Calm messages that mention a person or a rule's word: no hand-over.
  { question: "I'm a solicitor and work long hours during the week. What time are you open on a Saturday?", facts: ['10am', '4pm'], escalate: false },
  { question: "Not a complaint and no need for a manager, just curious: how long do I have to collect my phone before you recycle it?", facts: ['60 days'], escalate: false },
  { question: "My old phone's battery has gone a bit puffy, not on fire or anything. How quickly can you swap it?", facts: ['30 minutes'], escalate: false },
];
