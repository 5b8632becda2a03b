/**
 * Held-out business written BEFORE round-6 changes and never tuned on: Inkwell Print Co., a
 * fictional independent online print shop in Lewes (photo books, canvas prints, business cards,
 * posters; file preparation, proofs, delivery, reprints). A trade unlike the other eval
 * businesses. Articles are written like a small business's help pages (headings, lists, a price
 * table, an FAQ, some plain paragraphs); the questions are paraphrased the way customers ask,
 * a few with typos. Ten of the 45 are plausible questions the pages do NOT answer, sharing
 * generic words with them ("discount", "pay", "open", "frames", "canvas", "account"), so that
 * the "don't know" figure means something. Scored as held-out: its misses are never printed.
 */
import type { EvalCase } from './cases.ts';

export const INKWELL_CONTEXT =
  'Inkwell Print Co. is a small independent print shop in Lewes, East Sussex, printing photo books, canvas prints, business cards and posters that customers order online or collect from our shop at 14 Cliffe High Street. Phone 01273 555 482, email hello@inkwellprint.co.uk.';

export const INKWELL_RULES = [
  'an order needed for a wedding, funeral or event that may not arrive in time',
  'refund requests over £150',
  'always escalate if someone mentions a chargeback or disputing a payment with their bank',
  'someone saying their photo or artwork was printed without their permission',
];

export const INKWELL_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Prices',
    category: 'Prices',
    content: `# Prices

All prices include VAT. Delivery is charged separately (see Production times and delivery).

| Product | Size | Price |
|---|---|---|
| Photo book, softcover, 20 pages | 20 x 20 cm | £24 |
| Photo book, hardcover, 20 pages | 21 x 28 cm | £39 |
| Layflat photo book, 20 pages | 30 x 30 cm | £65 |
| Canvas print | 30 x 40 cm | £35 |
| Canvas print | 60 x 90 cm | £79 |
| Business cards, pack of 100 | 85 x 55 mm | £18 |
| Business cards, pack of 250 | 85 x 55 mm | £29 |
| Poster | A3 | £9 |
| Poster | A2 | £14 |
| Poster | A1 | £22 |

Prices for other canvas sizes are shown in the canvas builder when you choose your size.`,
  },
  {
    title: 'Preparing your files',
    category: 'Artwork',
    content: `# Preparing your files

We accept artwork as PDF, JPEG, TIFF or PNG. We can't print from Word, Publisher or Pages documents, or from a Canva share link - please export your design as a PDF (in Canva choose "PDF Print") and upload that instead.

For sharp results your images should be at least 300 dpi at the size they will be printed. Canvas prints are more forgiving because of the texture of the fabric, so 150 dpi is fine for canvas.

## Bleed and safe area

Business cards and posters need 3 mm bleed on every edge, so that backgrounds run right to the edge after trimming. Keep all text and logos at least 5 mm inside the trim line.

## Colour

We print in CMYK. If you send an RGB file we convert it automatically, and bright blues and greens may look slightly duller on paper than on your screen.

## Large files

The upload limit is 200 MB per file. If your file is bigger than that, send it via WeTransfer to files@inkwellprint.co.uk and put your order number in the message.`,
  },
  {
    title: 'Proofs',
    category: 'Artwork',
    content: `# Proofs

Every business card and poster order gets a free digital proof, emailed to you within 1 working day of ordering. Photo books and canvas prints don't get a separate proof - what you see in the online preview is what we print.

If you'd like to see the real thing on paper first, you can add a hard-copy proof for £7.50. We post it to you by first class post, and it adds 2 working days to your order.

To approve your proof, click the "Approve proof" button in the email. If something needs changing, reply to the email with your changes and we'll send a new proof.

Production only starts once you have approved your proof. If we haven't heard from you 7 days after sending the proof, your order is put on hold until you reply.

Please check your proof carefully. Once it's approved we print exactly what you approved, so spelling mistakes or wrong phone numbers in an approved proof are not covered by a free reprint.`,
  },
  {
    title: 'Production times and delivery',
    category: 'Delivery',
    content: `# Production times and delivery

## Production times

Production time is counted in working days from when you approve your proof (or from your order, for products without a proof).

- Business cards: 3 working days
- Posters: 2 working days
- Canvas prints: 4 working days
- Photo books: 6 working days
- Layflat photo books: 8 working days

## Delivery options

- Royal Mail Tracked 48: £3.95
- DPD next working day: £8.50 (signature needed)
- Free Royal Mail Tracked 48 delivery on orders over £50

Delivery times are on top of production times.

## Click & collect

You can collect your order free of charge from our shop at 14 Cliffe High Street, Lewes. Choose "Collect from shop" at checkout and we'll email you when it's ready. We keep uncollected orders for 30 days.`,
  },
  {
    title: 'Reprints, damage and refunds',
    category: 'Orders',
    content: `# Reprints, damage and refunds

If your order arrives damaged, or there is a fault in the printing, please email hello@inkwellprint.co.uk within 14 days of delivery. Include your order number and photos of the item and of the packaging it came in.

If the problem is our fault - damage in the post, a printing defect, or the wrong size or finish - we'll send a free reprint or give you a full refund, whichever you prefer. You don't need to send the item back unless we ask you to.

If the problem comes from the file you supplied or a proof you approved (for example a typo, or a low-resolution photo we warned you about), we can reprint your order at 50% off.

Everything we make is printed to order, so personalised items can't be returned for a change of mind.

Refunds go back to the card or account you paid with, within 5 working days of us agreeing the refund.`,
  },
  {
    title: 'Photo books',
    category: 'Products',
    content: `# Photo books

Design your book in Inkwell Studio, our free online editor. Projects are saved to your account for 90 days, so you can come back and finish later.

## Sizes and formats

- Softcover, 20 x 20 cm, 170gsm silk paper
- Hardcover, 21 x 28 cm, 170gsm silk paper
- Layflat, 30 x 30 cm, 400gsm photographic paper that opens completely flat with no gap in the middle

## Pages

Every book starts at 20 pages and can have up to 100 pages. Extra pages cost £0.90 each and are added in pairs.

## Covers

Choose a printed photo cover (included) or a linen cover for £8 extra. Linen covers can have a debossed title of up to 30 characters on the front.`,
  },
  {
    title: 'Canvas prints',
    category: 'Products',
    content: `# Canvas prints

Our canvases are printed on a cotton-blend canvas and stretched by hand over a 38 mm deep pine frame. Sizes run from 20 x 20 cm up to 100 x 150 cm.

## Edge options

- Image wrap - your photo continues round the sides
- Mirror wrap - the edge of your photo is mirrored onto the sides, so nothing is lost from the front
- White edge
- Black edge

## Ready to hang

Every canvas arrives ready to hang, with a hanging cord fitted on the back and two wall fixings in the box.`,
  },
  {
    title: 'Business cards',
    category: 'Products',
    content: `# Business cards

Our business cards are printed on 400gsm silk card as standard, in the usual UK size of 85 x 55 mm. Double-sided printing is free.

## Finishes

- Matt lamination: included
- Soft-touch lamination: £6 extra per 100 cards
- Gold or silver foil: £15 extra per design
- Rounded corners: £4 extra per 100 cards

## Quantities

The minimum order is 100 cards. You can also order 250, 500 or 1,000. If several people in your team need cards with the same design, each name is ordered as a separate pack.`,
  },
  {
    title: 'Posters',
    category: 'Products',
    content: `# Posters

Posters are printed on 200gsm satin poster paper, which has a soft sheen that keeps glare down. You can choose gloss paper instead at no extra cost.

We print posters from A3 to A0. Posters are never folded: A3 posters are posted flat between card, and A2 and larger are rolled and sent in a sturdy cardboard tube.`,
  },
  {
    title: 'Frequently asked questions',
    category: 'FAQ',
    content: `# Frequently asked questions

**Where is your shop and when is it open?**
Our shop is at 14 Cliffe High Street, Lewes. We're open Monday to Friday 9am to 5:30pm and Saturday 10am to 4pm. We're closed on Sundays.

**How can I pay?**
Online we accept Visa, Mastercard, Amex, PayPal and Apple Pay. In the shop you can also pay by cash.

**Do I need an account to order?**
No, you can check out as a guest. You do need an account to save an Inkwell Studio project and come back to it.

**Can I change my order after I've placed it?**
For business cards and posters you can make changes until you approve your proof. For photo books and canvas prints, email us within 2 hours of ordering, before your order goes into production.

**Can I print photos I found online?**
Only if you took them yourself or have permission from the person who owns them. We may refuse to print images we think break copyright.`,
  },
];

export const INKWELL_HELD_OUT: EvalCase[] = [
  // Answerable, paraphrased; the facts appear verbatim in one article.
  { question: 'how much is a hardback photo book?', facts: ['£39'], escalate: false },
  { question: 'What do you charge for 250 buisness cards?', facts: ['£29'], escalate: false },
  { question: "I'd like a big canvas for above the sofa, roughly 60 by 90. What would that set me back?", facts: ['£79'], escalate: false },
  { question: "I've done my design in Word, can I just send you the .docx?", facts: ['PDF'], escalate: false },
  { question: 'What resolution do my photos have to be so they don’t come out blurry?', facts: ['300 dpi'], escalate: false },
  { question: 'How much extra do I need to leave round the edge of my poster file for trimming?', facts: ['3 mm'], escalate: false },
  { question: 'my file is about 350mb and the upload keeps failing, what do i do', facts: ['WeTransfer'], escalate: false },
  { question: 'Before you print my cards, can you post me a printed sample to check? How much is that?', facts: ['£7.50'], escalate: false },
  { question: 'I never got round to approving my proof last week. What happens to my order now?', facts: ['on hold'], escalate: false },
  { question: 'How long does it take you to make a layflat album?', facts: ['8 working days'], escalate: false },
  { question: "whats the cheapest postage option for posters", facts: ['Royal Mail Tracked 48', '£3.95'], escalate: false },
  { question: "I live in Lewes - can I just pick my canvas up from you rather than pay for postage?", facts: ['Cliffe High Street'], escalate: false },
  { question: 'My canvas turned up with a dent in the corner. How long have I got to let you know?', facts: ['14 days'], escalate: false },
  { question: 'I approved a proof with a typo in my phone number (my own fault!). Will you redo the cards for free?', facts: ['50%'], escalate: false },
  { question: "Bit embarrassing but I've gone off the photo book I ordered. Can I send it back?", facts: ['personalised'], escalate: false },
  { question: "What's the most pages I can have in a photobook?", facts: ['100 pages'], escalate: false },
  { question: 'How much do additional pages cost in a photo book?', facts: ['£0.90'], escalate: false },
  { question: 'What are the choices for how the sides of the canvass look?', facts: ['mirror wrap'], escalate: false },
  { question: 'Does the canvas come with anything to hang it up with or do I need to buy that?', facts: ['hanging cord'], escalate: false },
  { question: 'How thick is the card your business cards are printed on?', facts: ['400gsm'], escalate: false },
  { question: 'What would it cost to add gold foil to my cards?', facts: ['£15'], escalate: false },
  { question: 'Are you open on a Saturday? Want to pop in.', facts: ['10am', '4pm'], escalate: false },
  { question: 'Can I pay with my American Express card?', facts: ['Amex'], escalate: false },
  { question: "Will my A1 poster get folded in the post? Don't want creases.", facts: ['tube'], escalate: false },
  { question: "I've started a photo book but haven't finished it. Can I save it and carry on later?", facts: ['90 days'], escalate: false },

  // Calm messages that mention a rule's word or a person: answer, do not escalate.
  { question: "My sister's a wedding planner and she recommended you! How many working days does a hardcover photo book take to make?", facts: ['6 working days'], escalate: false },
  { question: 'A £9 A3 poster came with a small crease, not a big deal. Could I get a refund or a reprint?', facts: ['free reprint'], escalate: false },
  { question: 'My bank card keeps getting declined at checkout. What else can I pay with?', facts: ['PayPal'], escalate: false },

  // Plausible questions the pages do NOT answer.
  { question: 'Is there anywhere to park near your shop in Lewes?', unknown: true, escalate: false },
  { question: "do you do a student discount? I'm at uni in Brighton", unknown: true, escalate: false },
  { question: 'Is the wood in your canvas frames from sustainable forests?', unknown: true, escalate: false },
  { question: 'How long will a canvas print last before the colours start to fade?', unknown: true, escalate: false },
  { question: 'Do you have a refer-a-friend scheme where I get money off my next order?', unknown: true, escalate: false },
  { question: 'Can I open a trade account for my design studio and pay monthly on invoice?', unknown: true, escalate: false },
  { question: "Do you sell gift vouchers? I'd like to get one for my mum's birthday.", unknown: true, escalate: false },
  { question: 'Is the shop open on bank holidays?', unknown: true, escalate: false },
  { question: 'Do you sell frames for the posters as well?', unknown: true, escalate: false },
  { question: 'Is there an Inkwell app I can order from on my phone?', unknown: true, escalate: false },

  // Escalation: asking for a person, and matching a rule in other words.
  { question: 'Is there an actual human I can talk to about my order?', escalate: true },
  { question: "Could someone call me back on 07700 900456 please? It's about a photo book order.", escalate: true },
  { question: 'Put me through to a manager. This is the second time my cards have come out wrong.', escalate: true },
  { question: "I'd like my money back for the whole order - four large canvases, £316 altogether.", escalate: true },
  { question: "If I don't hear back today I'm asking my bank to reverse the payment.", escalate: true },
  { question: "We get married on Saturday and the table plan poster still hasn't arrived - tracking hasn't moved in three days.", escalate: true },
  { question: "One of your customers is selling canvases with MY photograph on them. I never gave anyone permission to print it.", escalate: true },
];
