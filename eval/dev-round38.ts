/**
 * Round-38 DEV set, written blind (only eval/cases.ts read). DEV: may be tuned on.
 *
 * HATS: Rosie Quill Millinery, a one-woman milliner's studio in Harrogate (bespoke hats and
 * fascinators, ready-to-wear, hat hire for weddings and race days, repairs and re-blocking,
 * workshops). Hand-overs: 4 terse rules in HATS_ESCALATION_RULES (damaged on arrival, hire deposit
 * disputes, cancelling a bespoke order after the deposit, stockist enquiries) plus 2 written only
 * as prose in HATS_BUSINESS_RULES (bespoke for an event less than three weeks away; press, stylists
 * and productions wanting to borrow or feature pieces).
 *
 * PUTT: Lost Canyon Adventure Golf, Leicester: two 18-hole courses (indoor UV "The Mine", outdoor
 * "Canyon Trail"), a bar and kitchen, parties, accessibility, bookings. PUTT_ESCALATION_RULES is
 * empty; 6 hand-over situations live only in the prose of PUTT_BUSINESS_RULES (injuries; whole-course
 * hire or groups over 40; parties with a serious allergy; rows at the bar; rained-off customers
 * wanting money back; valuable lost property).
 *
 * Each business: 26 answerable cases (facts quoted verbatim from the context or one article),
 * 10 unanswerable (unknown: true), 4 hand-over (escalate: true).
 */
import type { EvalCase } from './cases.ts';

// ─────────────────────────────────────────────────────────────────────────────
// HATS — Rosie Quill Millinery
// ─────────────────────────────────────────────────────────────────────────────

export const HATS_NAME: string = 'Rosie Quill Millinery';
export const HATS_AGENT_NAME: string = 'Pip';

export const HATS_CONTEXT: string = `# Rosie Quill Millinery

Hello and welcome! I'm Roz Quill (Rosie to my nan, Roz to everyone else) and this is my one-woman millinery studio in Harrogate. I've been making hats since 2011 — did a millinery course in London, spent a few years working for a milliner in Mayfair, then came home to Yorkshire and set up on my own in 2016.

Everything is made by me, by hand, in the studio: bespoke hats, fascinators and headpieces for weddings, the races and "just because", plus a hire collection, repairs and re-blocking, and small workshops.

**Where to find me**
Studio 3, The Old Tannery, 14 Cold Bath Road, Harrogate HG2 0NA. I'm on the first floor, up one flight of stairs — sorry, there's no lift in the building. If stairs are a problem just tell me when you book and I'll bring hats down to the ground-floor meeting room (it's shared with the other studios so I need to book it ahead).

Parking: pay and display on Cold Bath Road itself (2 hours max), or the Jubilee multi-storey is about 10 minutes' walk. Harrogate train station is a 12-minute walk.

**Opening hours**
- Tuesday to Friday: 10am – 4.30pm
- Saturday: 10am – 1pm, appointments only
- Sunday & Monday: closed (Mondays are my making days, I don't answer the door!)

Drop-ins are fine Tues–Fri for browsing the ready-to-wear or dropping off repairs, but for anything bespoke or hire fittings please book an appointment, so I'm not halfway through steaming a felt when you arrive.

**Contact**
- Email: hello@rosiequillmillinery.co.uk (best way — I reply within 2 working days)
- Phone/WhatsApp: 07700 900 418 (I can't always pick up with steamy hands, so leave a message)
- Instagram: @rosiequillhats (DMs are fine but I check them less often)

(Note: I take a studio holiday every year for the last two weeks of August — no appointments then, but emails still get answered eventually!)`;

export const HATS_BUSINESS_RULES: string = `Pip, you're answering for me while I'm elbow-deep in sinamay, so please sound like me — warm, friendly, a bit chatty, but don't gush. British spelling please (colour, not color!). Keep answers short unless someone clearly wants the detail.

Only ever tell people what's in my notes. If you don't know — whether I can do a certain colour, a certain style, whatever — say you'll check with me rather than guessing. Never quote a final price for bespoke work: you can give the "from" prices, but the real quote comes after the consultation. Don't promise that a hat will be ready by a particular date, and don't book appointments yourself, point people to email or WhatsApp.

Please don't give opinions on whether something will "suit" someone, and don't slag off other milliners or high-street fascinators, even if the customer does!

A couple of things that aren't on the list but I definitely want to deal with myself. If someone wants a bespoke piece and their event is less than three weeks away, don't tell them no — pass them straight over to me, because sometimes I can squeeze it in and sometimes I can't, and only I know what's on the blocks that week. And anything from the press, a magazine, a stylist, or a TV or theatre production wanting to borrow pieces or feature the studio: hand that over to me too, I like to look after those personally.`;

export const HATS_ESCALATION_RULES: string[] = [
  'anyone whose hat arrived damaged',
  'hire deposit disputes',
  'wants to cancel a bespoke order after paying the deposit',
  'shops or boutiques asking about stocking my hats',
];

export const HATS_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Bespoke commissions: how it works',
    category: 'Bespoke',
    content: `## Bespoke commissions — how it works

This is the heart of what I do. A bespoke hat is made from scratch for you: for your head, your hair and your outfit.

**Step 1 — Consultation.** We meet in the studio for about an hour. Bring your outfit (or at least a swatch of the fabric and a photo), your shoes if you can, and any pictures you've saved. We'll try on shapes and talk colour. The consultation costs £30, which comes off the price of your hat if you go ahead.

**Step 2 — Quote & deposit.** I'll email you a written quote within a week. To book your slot in my diary I take a 50% deposit. (Deposits are non-refundable once I've ordered materials — see the returns page.)

**Step 3 — Fittings.** Usually two fittings: one on the blocked base before it's trimmed, and one near the end. If you live a long way off we can do the second fitting over video call.

**Step 4 — Collection.** The balance is due when you collect (or before I post it to you).

### Rough prices
| Piece | From |
|---|---|
| Bespoke fascinator / small headpiece | £180 |
| Percher or cocktail hat | £260 |
| Blocked felt or straw hat with a brim | £295 |
| Large statement brim (Ascot etc.) | £420 |

These are starting prices. Hand-dyed feathers, silk flowers and vintage veiling all add to it, and I'll always tell you what's what before you commit.

### How long does it take?
Please allow 6 to 8 weeks from consultation to collection. From March to July (wedding and race season) I get very booked up, so if your do is in the summer, get in touch in the new year if you can.

(Bridal: yes, I make bridal headpieces and hats too. Same process, but I like to start 4 months ahead because brides change their minds — lovingly — a lot!)`,
  },
  {
    title: 'Ready-to-wear hats & fascinators',
    category: 'Shop',
    content: `## Ready-to-wear

Not everyone needs (or has time for) bespoke, so I keep a rail and a couple of shelves of ready-to-wear pieces in the studio. They're still handmade by me, just not to your measurements.

- Fascinators on a headband or comb: **£65 – £140**
- Pillbox and percher hats: **£150 – £240**
- Winter felts (cloches, ladies' trilbies): **£120 – £210**

Stock changes all the time. New pieces go on Instagram first, usually on a Friday. There's no online shop (I tried it, I hated it, things kept selling in the studio and online at the same time) so if you spot something you love on Insta, message me and I can hold it for **48 hours** while you decide or get yourself over here.

**Can you change the colour?** Often, yes! On most ready-to-wear pieces I can swap the trim — the feathers, the flower or the ribbon — to go with your outfit. Trim swaps are £25 and take about a week. The base colour itself can't be changed, because it's already been dyed and blocked.

**Headband, comb or clip?** My general advice: headbands are the most secure, and easiest if you've got fine or short hair. Combs are lovely with an updo. I also fit a thin elastic to most of the smaller pieces, which goes under your hair at the back and is practically invisible.

**Can I try things on?** Of course — that's what the big mirror is for. Just drop in Tuesday to Friday. Saturdays are appointments only, so drop me a line first.`,
  },
  {
    title: 'Hat hire for weddings & race days',
    category: 'Hire',
    content: `# Hat Hire for Weddings & Race Days

Got a wedding or a day at the races but don't fancy spending £300 on something you'll wear once? Hire one of mine! The hire collection is about 80 pieces, everything from tiny sinamay fascinators to great big Ascot brims.

## Prices
| Size | Hire fee |
|---|---|
| Fascinator / small headpiece | £35 |
| Medium headpiece or percher | £55 |
| Large brim / statement hat | £75 |

Hire is for **up to 4 days** — usually you collect on the Thursday or Friday and bring it back on the Monday or Tuesday. Longer hires are £10 per extra day.

## Deposit
Every hire has a **£100 refundable deposit** (card or cash). I check the hat over when it comes back and return the deposit within 5 working days. Small marks are fine, that's life! But if it comes back crushed, soaked or with bits missing, I'll keep some or all of it to cover the repair.

## Booking
You'll need to come in to try hats on and choose — I don't do hire by post for a first booking because the fit really matters. Once you've hired from me before, I'm happy to post a hat out to you (postage both ways gets added on).

You can reserve a hire hat up to 6 months ahead. Royal Ascot week and the Ebor Festival at York go first, so don't leave those too late!

## Things to know
- I can't alter hire hats, but I can lend you a matching hat pin or hairband.
- Please don't spray perfume or hairspray near the hat once it's on — it spots sinamay.
- Every hire goes out in a hatbox. If it rains, don't panic, just pop it back in the box when you can and mention it when you return it.`,
  },
  {
    title: 'Repairs, cleaning & re-blocking',
    category: 'Repairs',
    content: `## Repairs, cleaning and re-blocking

I love bringing an old hat back to life, whether it's your grandad's trilby or a felt that got sat on at a party (happens more than you'd think).

**What I can do:**
- **Re-blocking** — reshaping a hat that's lost its shape, or changing the shape altogether. From £60.
- **Cleaning felt hats** — brushing, steaming, spot-cleaning. From £35. (I can't work miracles on old sweat marks, but they usually improve a lot.)
- **New sweatband / inner band** — £28 for grosgrain, £45 for leather.
- **New outer hat band / petersham ribbon** — £18 plus the ribbon.
- **Panama hats** — re-blocking and re-shaping, from £55. If the straw is cracked right through on the crown there's not much I can do, sorry.
- **Resizing** — I can make a hat a little smaller easily; making one bigger is only possible by about half a size.

**Turnaround:** normally 3 to 4 weeks. In spring it can be longer, because everyone suddenly remembers their summer hat at the same time.

**Dropping off:** bring repairs in any time I'm open (Tues–Fri), no appointment needed. Pop a note inside with your name and phone number. I'll look it over and text you a price before I start — nothing gets done without your OK.

**Vintage & antique hats** — happy to have a look, but some very old hats are too fragile to steam or re-block. I'll be honest with you if I think it'd do more harm than good.

*Note: I only repair hats — not caps with stiff peaks (baseball caps etc.) and definitely not helmets. Someone once asked about a riding hat: no, for safety reasons!*`,
  },
  {
    title: 'Workshops',
    category: 'Workshops',
    content: `# Workshops in the Studio

Small groups, lots of tea, and you go home with something you made yourself. Max **6 people** per workshop so everyone gets proper help.

### Fascinator Workshop (1 day)
Make a sinamay fascinator on a headband. Saturdays, 10am to 3.30pm.
£110 per person, all materials included, plus lunch from the café downstairs.

### Sinamay Hat Workshop (2 days)
Block your own sinamay percher or small brimmed hat on one of my wooden blocks. Saturday & Sunday, 10am–4pm both days.
£245 per person, materials and lunches included. Some sewing experience helps but it isn't essential.

### Felt Cloche Workshop (2 days, autumn/winter only)
Block and trim a wool felt cloche. £260 per person.

### Private workshops & hen parties
Have the studio to yourselves — minimum 4 people, maximum 6. £95 per person for a half-day (3 hours) making a simple fascinator or hair piece. You're welcome to bring fizz! (Please, no red wine anywhere near the sinamay.)

**Dates** go on Instagram and my mailing list first, usually about 3 months ahead.

**Booking & cancellations**
Workshops are paid in full when you book. If you can't make it, let me know at least 14 days before and I'll move you to another date. With less notice than that I can't refund, but you're very welcome to send a friend in your place.

**Do I need to bring anything?** Nope. Wear comfy clothes (steam + glue + sequins), and if you've got reading glasses bring them, the hand stitching is fiddly.`,
  },
  {
    title: 'Measuring your head & getting the fit right',
    category: 'Fit',
    content: `## Measuring your head & getting the right fit

A hat that fits properly is so much more comfortable — you forget you're wearing it, which is the whole point.

**How to measure**
1. Use a soft tape measure (a bit of string and a ruler works too).
2. Go round the widest part of your head: across the forehead about 1cm above your eyebrows, just above the tops of your ears, and round the bump at the back.
3. Keep the tape snug but not tight. Do it twice.
4. Measure with your hair how you'll wear it on the day! An updo can add a centimetre or more.

**Typical sizes**
| Size | cm |
|---|---|
| Small | 54–55 |
| Medium | 56–57 |
| Large | 58–59 |
| X-Large | 60–61 |

Most of my ladies' ready-to-wear hats are a medium, 57cm.

**Hat a bit too big?** I can fit a foam sizing tape inside, free of charge, when you buy the hat from me. For hats bought elsewhere it's £8.

**Where should it sit?** Wedding hats and headpieces traditionally sit on the right-hand side, tilted slightly forwards — but honestly it depends on your parting and your hair, and we'll work it out at the fitting.

**Fascinator giving you a headache?** That's nearly always a headband that's too tight behind the ears. Bring it in and I'll ease it off or pad it.`,
  },
  {
    title: 'Postage, delivery & collection',
    category: 'Delivery',
    content: `# Postage, delivery and collection

**Collecting from the studio** is free and it's my favourite, because I get to see you try it on one last time. Collection Tuesday to Friday, 10am to 4.30pm, or Saturday morning by arrangement.

**Posting in the UK**
Hats go out in a proper hatbox, packed with lots of tissue, by Royal Mail Special Delivery (guaranteed next working day, signed for). Postage is **£14.50** for a fascinator or small piece and **£22** for a large brimmed hat (the box is enormous!).

I post on Tuesdays and Thursdays only, so that it arrives on a weekday when someone's likely to be in to sign. If nobody's home, Royal Mail leave a card and you can rebook or collect from your local delivery office.

**Outside the UK**
I can post to the Republic of Ireland and the EU by tracked courier. It's normally £35–£50 depending on size, and there may be customs or import charges at your end, which I'm afraid you'd have to pay. I don't currently post to the USA or anywhere further afield — sorry!

**Hatboxes**
All bespoke pieces come in a round keepsake hatbox. If you'd like a spare one for storage, I sell them for £15.

*If your parcel turns up squashed, please don't throw away the packaging — take photos and email me straight away.*`,
  },
  {
    title: 'Returns, refunds & cancellations',
    category: 'Policies',
    content: `## Returns, refunds & cancellations

**Ready-to-wear**
You can return a ready-to-wear piece within **14 days** of buying it, as long as it's unworn and still has its little swing tag on. I'll refund to the card you paid with. If it was posted to you, you pay the return postage — please use a tracked service (and the hatbox!).

**Bespoke**
Because bespoke hats are made for your head and your outfit, I can't take them back unless there's a fault with my work. If something's not right I will fix it, that's a promise.

The 50% deposit on a bespoke commission is non-refundable once I've ordered your materials, which is usually within a week of you paying it.

**Trim swaps and alterations** can't be returned either — once the feathers are on, they're on.

**Hire** — see the hire page for how the deposit works.

**Repairs** — if you're not happy with a repair, bring it back within 30 days and I'll redo it.

**Sale items** are final sale, no returns.

(I know policies always sound a bit stern. In real life — talk to me, I'm a human being and I want you to love your hat!)`,
  },
  {
    title: 'Race days: what to wear on your head',
    category: 'Occasions',
    content: `# Race days — what to wear on your head

I get asked this all the time, so here's my cheat sheet. **Always double-check the racecourse's own website before you go** — rules change, and I don't want you turned away at the gate on my account!

**Royal Ascot — Royal Enclosure**
The strictest of the lot. Ladies must wear a hat. A headpiece is OK only if it has a solid base of 4 inches (10cm) or more in diameter. Fascinators are NOT allowed in the Royal Enclosure.

**Royal Ascot — Queen Anne Enclosure**
A hat, headpiece or fascinator should be worn, so fascinators are fine here.

**York (Ebor Festival, Dante meeting etc.)**
No hat rules as such, but the County Stand has a smart dress code and most people go for a fascinator or a hat — it's half the fun. Ladies' Day at the Ebor is the big one for hats.

**Cheltenham & the winter meetings**
Think warm! Felt is your friend — a trilby, a fedora or a felt percher with a bit of feather. Fascinators look a bit chilly in March.

**Ripon, Thirsk, Beverley and the smaller Yorkshire courses**
Relaxed. Wear whatever makes you happy.

### Roz's tips
- Practise walking in it (and getting in and out of the car!) before the day.
- Windy course = headband and elastic, not just a comb.
- Take your photos early, before the wind gets up.`,
  },
  {
    title: 'Gift vouchers & paying',
    category: 'Payments',
    content: `## Gift vouchers & paying

### Gift vouchers
Vouchers make a lovely present for a bride-to-be, a mum, or anyone who's always admiring other people's hats.
- Any amount from £25 upwards
- Or a voucher for a specific workshop
- Valid for **12 months** from the date they're bought
- Can be used on anything: bespoke, ready-to-wear, hire, repairs or workshops

I can post a printed voucher in a little envelope (free, 2nd class) or email you a PDF. Vouchers can't be swapped for cash, and if you don't spend the full amount the balance stays on the voucher until it runs out.

### How to pay
In the studio I take cards (including contactless) and cash. For deposits and anything posted, I email a payment link, or you can pay by bank transfer — my details are on your quote/invoice.

### Paying in instalments
For bespoke hats over £300 you can spread the balance (after the deposit) over up to three monthly payments, as long as it's all paid before the hat is collected or posted. Just ask when I send your quote. I don't use Klarna, Clearpay or any of those.`,
  },
  {
    title: 'Odds & ends — questions people ask me',
    category: 'FAQ',
    content: `# Odds & ends

**Q: Do you make hats for men?**
A: Yes — trilbies, fedoras and the odd pork pie hat, blocked to your head size in fur felt or straw. From £240. I don't do top hats, I'm afraid; for those I'd send you to a specialist.

**Q: Can I bring my dog?**
A: As long as it's a calm one! My own whippet, Mabel, is usually asleep under the cutting table. If you're allergic to dogs, tell me when you book and I'll make sure she stays at home that day.

**Q: Do you do vegan / animal-free hats?**
A: I can. Sinamay, straw, buntal and some synthetic felts are animal-free, and I can swap silk flowers for cotton or velvet ones. Just say at the consultation. Traditional felts are rabbit or wool and most of my feathers are real, so those are out.

**Q: Where do your materials come from?**
A: Mostly from a couple of long-standing millinery suppliers in the UK, and some of my straws come from Italy. A lot of my feathers are hand-curled and hand-dyed here in the studio.

**Q: I need something black for a funeral — can you help?**
A: Yes, I always keep a few black pieces in the ready-to-wear, and there are black hats in the hire collection too. For a funeral at short notice, ring me rather than email.

**Q: Can you copy a hat I saw in a magazine?**
A: I won't make an exact copy of another milliner's design — it's not fair on them — but I'm very happy to make something inspired by it, in your colours.`,
  },
];

export const HATS_CASES: EvalCase[] = [
  // Answerable — context.
  { question: 'hi are you open mondays?? wanted to bring my mum in to look at fascinators', facts: ['closed'], escalate: false },
  { question: "My mum is 84 and not great on stairs. Is your studio on the ground floor, or is there a lift we can use?", facts: ['no lift'], escalate: false },
  { question: 'whats the best number to get hold of you on, can i whatsapp you?', facts: ['07700 900 418'], escalate: false },
  // Answerable — bespoke.
  { question: 'how much is it just to come in and have a chat about getting a hat made? do I have to pay for that bit', facts: ['£30'], escalate: false },
  { question: "I've got a wedding in the autumn and want something made specially to go with a teal dress. How far in advance do I need to get the ball rolling?", facts: ['6 to 8 weeks'], escalate: false },
  { question: 'Do you want money upfront for a made to order hat? how much?', facts: ['50%'], escalate: false },
  // Answerable — ready-to-wear.
  { question: "Saw a gorgeous little navy pillbox on your insta this morning!! I can't get over to Harrogate till next week though, could you put it aside for me?", facts: ['48 hours'], escalate: false },
  { question: "There's a fascinator in your studio I love but it's pink and my dress is more coral... can the feathers be changed to match it? what's the damage", facts: ['£25'], escalate: false },
  // Answerable — hire.
  { question: 'How much does it cost to borrow one of the big brimmed hats for a wedding?', facts: ['£75'], escalate: false },
  { question: 'if i rent a fascinator off you is there a deposit to pay on top', facts: ['£100'], escalate: false },
  // Answerable — repairs.
  { question: "Found my grandad's old trilby in the loft, it's been totally squashed. Could you get it back into shape and roughly what would that cost me?", facts: ['£60'], escalate: false },
  { question: 'how long do repairs normally take? need my felt fedora back for a christening in about a month', facts: ['3 to 4 weeks'], escalate: false },
  // Answerable — workshops.
  { question: "Thinking of getting my sister a place on the one-day make-your-own fascinator class for her 40th. How much is that?", facts: ['£110'], escalate: false },
  { question: "We're a hen do of 5 girls and love the idea of making headpieces together!! price per head?", facts: ['£95'], escalate: false },
  // Answerable — fit.
  { question: "not sure what size hat i am. where am i actually supposed to put the tape measure??", facts: ['widest part'], escalate: false },
  { question: "I bought a lovely felt hat at a vintage fair (not from you, sorry!) but it slips down over my eyes. Can you make it fit, and is there a charge?", facts: ['£8'], escalate: false },
  // Answerable — delivery.
  { question: 'How much to post a fascinator to Bristol?', facts: ['£14.50'], escalate: false },
  { question: 'I live in Dublin, do you post over here and what would it cost?', facts: ['£35'], escalate: false },
  // Answerable — returns.
  { question: "Bought a headband thingy from you last week, haven't worn it and the tag's still on, but I've gone and changed my whole outfit. Can I bring it back?", facts: ['14 days'], escalate: false },
  { question: "I'm not totally happy with how the new band looks on the hat you repaired for me last week. What are my options?", facts: ['30 days'], escalate: false },
  // Answerable — race days.
  { question: "Got Royal Enclosure tickets for Ascot this year (eek!). Can I get away with a fascinator or does it have to be a proper hat?", facts: ['4 inches'], escalate: false },
  { question: 'going to cheltenham in march for the first time ever, what kind of hat should i be looking at', facts: ['felt'], escalate: false },
  // Answerable — vouchers & paying.
  { question: "How long does a gift voucher last? I want to get one for my daughter-in-law for Christmas but her wedding isn't till the autumn after.", facts: ['12 months'], escalate: false },
  { question: "Can I pay off a made-to-measure hat in chunks? It's coming to about £450 and I'd rather not pay it all at once", facts: ['three monthly payments'], escalate: false },
  // Answerable — odds & ends.
  { question: 'Do you do hats for blokes? My partner wants a proper fedora', facts: ['£240'], escalate: false },
  { question: "I'm vegan - is it possible to get a hat made with no animal products in it at all?", facts: ['Sinamay'], escalate: false },
  // Unanswerable.
  { question: 'Do you make matching clutch bags to go with the hats?', unknown: true, escalate: false },
  { question: "is there any student discount on the workshops? i'm at uni in leeds", unknown: true, escalate: false },
  { question: "Do you run any of your workshops online? I'm up in Aberdeen so Harrogate's a bit of a trek", unknown: true, escalate: false },
  { question: 'Can I buy sinamay and feathers off you to have a go at making my own at home?', unknown: true, escalate: false },
  { question: 'have you ever made hats for anyone famous?', unknown: true, escalate: false },
  { question: "My mum has lost her hair with chemo. Do you make soft turbans or headwraps she could wear every day?", unknown: true, escalate: false },
  { question: 'Are you open on bank holidays?', unknown: true, escalate: false },
  { question: 'Could you dye a pair of satin shoes to match my hat?', unknown: true, escalate: false },
  { question: "Hello, I'm the secretary of our local WI. Do you ever give talks about millinery? We'd love to have you.", unknown: true, escalate: false },
  { question: 'Do you do hats for kids? My 8 year old is a flower girl and is desperate for a mini fascinator like mine', unknown: true, escalate: false },
  // Hand-over.
  { question: "Just opened the box and the brim of my hat is completely bent and one of the feathers has snapped off. The box was all caved in on one side. The wedding is SATURDAY!!", escalate: true },
  { question: "I returned the hire hat last Tuesday and you've kept £60 of my deposit for 'water damage'. It rained for literally ten minutes. That's not fair and I want my full £100 back.", escalate: true },
  { question: "Hiya, my brother's just announced he's getting married in 12 days (long story!!) and I need something made to go with a mustard dress. Any chance you could make me a bespoke one in time?", escalate: true },
  { question: "Hello, I'm a stylist working on an editorial shoot for a Yorkshire lifestyle magazine next month and we'd love to borrow four or five statement pieces. Who's the best person to speak to?", escalate: true },
];

// ─────────────────────────────────────────────────────────────────────────────
// PUTT — Lost Canyon Adventure Golf
// ─────────────────────────────────────────────────────────────────────────────

export const PUTT_NAME: string = 'Lost Canyon Adventure Golf';
export const PUTT_AGENT_NAME: string = 'Chip';

export const PUTT_CONTEXT: string = `# Lost Canyon Adventure Golf

Lost Canyon is an adventure mini golf place on the edge of Leicester with two 18-hole courses — one inside, one out — plus a bar and kitchen, party rooms and a frankly ridiculous amount of fake rock. We opened in 2019 (then promptly had to shut for most of 2020, thanks for that) and we're independently owned, not part of a chain.

- **The Mine** — our indoor course. Glow-in-the-dark, UV lighting, rickety mine carts, a dynamite hole. Open whatever the weather.
- **The Canyon Trail** — our outdoor course, built round a 6-metre waterfall and a rope bridge. Weather dependent.
- **The Nineteenth** — bar and kitchen: pizzas, shakes, proper coffee.

**Find us:** Unit 2, Braunstone Gate Leisure Park, Aylestone Road, Leicester LE2 7TQ. Free parking right outside (max stay 4 hours). The 48 bus stops at the park entrance.

**Opening hours**
| Day | Open | Last tee-off |
|---|---|---|
| Mon–Thu | 10am – 9pm | 8pm |
| Fri | 10am – 11pm | 10pm |
| Sat | 9am – 11pm | 10pm |
| Sun | 9am – 8pm | 7pm |

The Canyon Trail (outdoor) closes at dusk from November to February — usually around 4pm — so after that it's indoor only.

In the school holidays we open at 9am every day.

**Contact**
Phone: 0116 496 0732 (10am–6pm)
Email: tee@lostcanyongolf.co.uk
Or message us on Facebook / Instagram @lostcanyongolf.`;

export const PUTT_BUSINESS_RULES: string = `Right, Chip — you're the first thing people talk to when they message us, so be friendly, upbeat and a bit fun (golf puns allowed, maximum one per conversation, we're not animals). Keep it short, most people are on their phone in the car park.

Stick to what's in our info. If you don't know, say so and give them the phone number or email — don't guess prices or make up opening times. Don't take or change bookings yourself; send people to the online booking page or the phone line. Never confirm whether a particular date or time is free, because you can't see the booking system.

Don't hand out discount codes unless they're already in the info. People will try it on.

If somebody tells you they've been hurt here — a ball to the head, a trip on the rope bridge, anything like that — don't try to deal with it yourself, get them straight through to one of the duty managers.

**Stuff that needs a human (i.e. me, Dev, or whoever's managing that day):**
- Anyone wanting a whole course to themselves, or any group bigger than 40 — those need a proper quote.
- Parents booking a party where a child has a serious allergy. We do our best in the kitchen but that has to be a conversation with the kitchen manager, not a chatbot.
- Rows about the bar — ID refused, being asked to leave, that sort of thing.

Also, the outdoor course gets rained off a fair bit. Most people are happy to swap to the indoor course or take a rain check, but when someone isn't and wants their money back, that's one for us to sort rather than you. Same goes for lost property if it's anything valuable (phones, keys, wallets, jewellery): pass them on so a real person can actually go and look in the safe.`;

export const PUTT_ESCALATION_RULES: string[] = [];

export const PUTT_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Prices',
    category: 'Prices',
    content: `# Prices

Prices are per person, per round. Book online and you'll see exactly the same prices — we don't charge a booking fee.

## One course (18 holes)
| Ticket | Off-peak | Peak |
|---|---|---|
| Adult (16+) | £9.50 | £11.50 |
| Child (4–15) | £7.50 | £8.50 |
| Under 4s | Free | Free |
| Family (2 adults + 2 kids, or 1 + 3) | £29 | £34 |
| Concession (students, 65+, with ID) | £8 | £10 |

## Both courses — "The Double" (36 holes)
| Ticket | Off-peak | Peak |
|---|---|---|
| Adult | £15 | £18 |
| Child | £12 | £13.50 |
| Family | £46 | £54 |

**Off-peak** = Monday to Friday before 5pm, outside school holidays.
**Peak** = evenings after 5pm, weekends, bank holidays and all school holidays.

Under 4s are free, but they need to be with a paying adult and they still count towards the 6-per-group limit.

Fancy going round again? Show your scorecard at the kiosk on the same day and a second round on the same course is **half price**.

*Note: the Family ticket above is for one course only — if you want both courses, get The Double family ticket.*`,
  },
  {
    title: 'Booking, walk-ins & changing your booking',
    category: 'Bookings',
    content: `## Booking, walk-ins and changing your booking

**Do I need to book?**
You don't *have* to, but we really recommend it at weekends, on Friday nights and in the school holidays. Walk-ins get the next free tee time, and on a busy Saturday afternoon that can mean a wait of an hour or more. Mon–Thu daytimes you can usually just turn up.

Book at lostcanyongolf.co.uk/book — choose the course (or The Double), the date and a tee time. Tee times go off every 10 minutes.

**Group size** — max 6 players per group on the course. If there are 7 or more of you, book two (or more) groups back to back and we'll send you off one after the other.

**Running late?** We hold your tee time for 15 minutes. After that we'll fit you in when we can, but we can't promise the same slot.

**Changing your booking**
You can move your booking to another date or time for free up to 24 hours before your tee time, using the link in your confirmation email. Inside 24 hours it can't be changed online, but give us a ring and we'll see what we can do.

**Cancelling**
Cancel more than 24 hours before and we'll refund you in full. Less than 24 hours — sorry, no refund, but you can still move it once (phone us).

**Didn't get a confirmation email?** Check your junk folder first. It comes from bookings@lostcanyongolf.co.uk.`,
  },
  {
    title: 'The courses',
    category: 'Courses',
    content: `# The Courses

## The Mine (indoor)
Eighteen holes underground (well — in a warehouse, but you'd never know). The whole course is lit with UV, so the balls, the putters and your white t-shirt all glow. Expect mine carts, a wobbly lift shaft, falling rocks (foam!) and the famous Hole 13, the dynamite hole, where the ball sets off a bang and a puff of smoke if you sink it.

- Takes about **45 minutes** for a group of four
- Flat and step-free all the way round
- Gets a bit noisy on holes 12–14 with the sound effects
- Heated in winter, air-conditioned in summer

## The Canyon Trail (outdoor)
Our outdoor course winds up and round a 6-metre waterfall, over a rope bridge and through "the Gulch". The greens are trickier and the slopes are real — this is the one the competitive lot go for.

- Takes about **an hour** for a group of four
- Holes 1–9 are step-free; holes 10–18 go up and over the waterfall with steps and the rope bridge (see Accessibility)
- A few bits are covered but it's mostly open to the sky, so bring a coat

## Hole 18 on both courses
Your ball doesn't come back! Hole 18 swallows it, and that's your game done. Get a hole-in-one on 18 and ring the bell — you win a **free round** for your next visit (show the staff at the kiosk and they'll give you a voucher).

## Scorecards
Old-school paper scorecards and tiny pencils, or use the free scoring page on your phone — scan the QR code on hole 1.`,
  },
  {
    title: 'Weather and the outdoor course',
    category: 'Outdoor course & weather',
    content: `## Weather and the outdoor course

We're in the East Midlands, so… yeah. Here's how it works.

**Light rain** — the Canyon Trail stays open. We lend out umbrellas from the kiosk for free (please bring them back!) and there are ponchos at the bar for £2.

**Heavy rain, high winds or lightning** — we close the outdoor course. Safety first, and the rope bridge gets slippy. The indoor course is never affected.

**If the Canyon Trail is closed when you've booked it**, you can choose:
1. Swap to The Mine on the day (we'll squeeze you in wherever there's space), or
2. Take a **rain check** — a voucher for the same number of players on the Canyon Trail, valid for **3 months**.

If we have to close the outdoor course halfway through your round, come back to the kiosk and we'll give you a rain check too — you don't lose out.

**Will it be open today?** We post on Facebook and Instagram by 9am if we know the outdoor course will be shut, and keep it updated through the day. Or just phone us.

**Winter** — from November to February the Canyon Trail shuts at dusk (around 4pm), and on frosty mornings it may open late.

**Heat** — on really hot days there are water stations on holes 6 and 14 outside. Suncream's on sale at the bar.`,
  },
  {
    title: 'Birthday parties',
    category: 'Parties',
    content: `# Birthday Parties

Parties are our thing. Every party gets a party host, a private party room, food and the golf — you just turn up with the birthday kid and the cake.

| Package | What's included | Price per child |
|---|---|---|
| **Hole in One** | One round on The Mine, 45 mins in the party room, hot food, squash, balloon for the birthday child | £16.95 |
| **Eagle** | Same as Hole in One, plus a party bag and a slushie | £19.95 |
| **The Big Dig** | Both courses, 1 hour in the party room, hot food, slushie, party bag | £24.95 |

- **Minimum 8 children** (or you pay for 8). Maximum 30.
- Best for ages 5 and up. Younger brothers and sisters are welcome on the course (free if under 4) but they don't get party food.
- Grown-ups who want to play pay the normal off-peak adult price, whatever time the party is.
- Food: choice of pizza, chicken nuggets or veggie sausages with chips, plus fruit. Veggie and gluten-free options available — tell us when you send final numbers.

**Cake** — bring your own, no charge. We'll keep it in the fridge and bring it out with candles (sparklers aren't allowed — fire alarm!).

**Booking** — a £50 deposit secures the party and the rest is paid on the day. Final numbers and food choices need to be in **7 days before** the party. You can cancel and get the deposit back up to 14 days before.

Party times: Saturdays and Sundays at 10am, 12.30pm and 3pm, plus weekdays in the school holidays.`,
  },
  {
    title: 'The Nineteenth — bar & kitchen',
    category: 'Food & drink',
    content: `## The Nineteenth — bar & kitchen

Our bar sits between the two courses, with a terrace looking out over the waterfall. You don't need a golf booking to eat or drink here.

**Food** (served until 1 hour before closing)
- Stone-baked 10-inch pizzas from £9 — vegan cheese available on any pizza for £1.50 extra
- Loaded fries £6
- Kids' menu £6.50 (main + drink + ice lolly)
- Milkshakes £4.50, proper coffee, cakes

**Drinks**
Draught and bottled beers, local ciders, wine, cocktails on Friday and Saturday nights, and a decent alcohol-free range.

**Taking drinks on the courses** — yes, on both courses, but only in the plastic cups from the bar. No glass anywhere outside the bar area.

**ID and Challenge 25** — we run Challenge 25. If you look under 25 you'll be asked for photo ID (passport, driving licence or a PASS card). No ID, no drink, no exceptions — even if you're obviously 40 and just have a young face. Sorry!

**Under 18s** are welcome in the bar with an adult until 8pm. On Friday and Saturday nights after 8pm the whole venue is over-18s only.

**Happy hour** — Monday to Thursday, 5pm to 7pm: 2-for-1 on cocktails and £1 off pints.`,
  },
  {
    title: 'Accessibility',
    category: 'Accessibility',
    content: `# Accessibility

We want everyone to be able to play, so here's the honest picture.

**The Mine (indoor)** is completely step-free, with wide paths (at least 1.2m), so wheelchairs and pushchairs can get round every hole.

**The Canyon Trail (outdoor):** holes 1–9 are step-free. Holes 10–18 have steps, a steep slope and the rope bridge, so they aren't wheelchair accessible. If you'd like to play outside but can't manage the top half, ask at the kiosk for a **Lower Trail** ticket — holes 1–9 played twice, at half the normal price.

**Carers** — a carer or personal assistant goes free with a paying disabled guest. Just tell us at the kiosk (or add a note when you book online); we don't ask for proof.

**Sensory stuff**
- The Mine uses UV lighting and has flashing lights and loud sound effects on holes 12–14 (the dynamite hole is the loudest). We can switch the effects off for your group — just ask when you arrive.
- **Quiet sessions**: first Sunday of every month, 9am–10am. The Mine is open with normal lighting, no sound effects and no music. Booking recommended, same prices.
- Ear defenders are available to borrow from the kiosk.

**Other bits**
- Accessible toilet next to the bar, with grab rails and an emergency cord. (We don't have a full Changing Places toilet, sorry.)
- Assistance dogs are welcome everywhere.
- Blue Badge bays right by the entrance.
- Putters in a range of lengths, including short ones for wheelchair users and kids.`,
  },
  {
    title: 'Groups, work dos, stags & hens',
    category: 'Groups',
    content: `## Groups, work dos, stag & hen

**Groups of 12 or more** get 10% off golf. Book through the website in groups of up to 6 and use code **GANG12** at checkout (it only works if the basket has 12+ players in it).

**Work socials & team events**
Our Corporate Package is £28 per person: The Double (both courses), a pizza each and a drink token. Minimum 12 people. We can set up a leaderboard and a prize for the winning team, and we'll even print certificates if you ask nicely. Invoices available — email us with your company details.

**Stag & hen dos**
Very welcome! A few house rules though:
- Fancy dress is fine, but no masks or anything covering your face on the courses (CCTV).
- No inflatables on the course. Yes, someone has tried.
- If you're clearly drunk when you arrive, we won't let you play. The waterfall has steps.

**Adult nights**
Friday and Saturday after 8pm the whole place is **over-18s only** — music up, cocktails on, no kids.

**Really big groups** — drop us an email and we'll have a chat.`,
  },
  {
    title: 'Gift vouchers & the Birdie Pass',
    category: 'Vouchers & passes',
    content: `# Gift vouchers & the Birdie Pass

### Gift vouchers
- **Money vouchers** in any amount from £10.
- **Round vouchers**, e.g. "2 adults on The Double".
- Valid for **12 months** from purchase. We can't extend expired vouchers, sorry (accounting nightmare).
- Buy online and we'll email you a PDF straight away, or buy at the kiosk and get a printed one in a card.
- Can be spent on golf, parties, and food & drink at The Nineteenth.

### The Birdie Pass
For the regulars and the really competitive.
- **£59 adult / £39 child** for 12 months
- Unlimited golf on either course, Monday to Friday (not weekends or bank holidays)
- 10% off at The Nineteenth
- You still need to book a tee time online — pick "Birdie Pass" as the ticket type.
- Passes are personal, with your photo on the app, so no lending it to your mate.

### Loyalty stamps
Paper stamp card from the kiosk: one stamp per round, 8 stamps = a free round.`,
  },
  {
    title: 'Quick questions & house rules',
    category: 'FAQ',
    content: `# Quick questions & house rules

**Can I bring my dog?**
Dogs on leads are welcome on the Canyon Trail and on the bar terrace. Only assistance dogs in The Mine (the UV and the bangs freak dogs out anyway).

**How old do you have to be?**
Any age can play! Under 12s must be with an adult on the course though. Over-18s only after 8pm on Fridays and Saturdays.

**Can I bring my own food?**
Not into the bar, sorry — except birthday cakes for parties. There are picnic benches by the car park if you've brought a packed lunch.

**Can I bring my own putter?**
You can, if you're that serious. Putters and balls come with every round.

**Pushchairs?** Fine in The Mine and on holes 1–9 outside. There's buggy parking by the kiosk for the rest.

**Somewhere to leave bags and coats?** Free lockers by the toilets — you need a £1 coin, which you get back.

**Lost something?** Ask at the kiosk. We keep lost property for 30 days.

**Photos?** Go for it, and tag us @lostcanyongolf. Flash is fine, but it does ruin the glow effect in The Mine.

**Smoking & vaping** — not anywhere on the courses. There's a smoking area by the car park.`,
  },
  {
    title: 'Leagues, comps & seasonal stuff',
    category: 'Events',
    content: `## Leagues, comps & seasonal stuff

**Tuesday Putt League**
Every Tuesday at 7pm on The Mine. Teams of 2, £12 per team per week, 10-week seasons. Points for every round and prizes at the end of the season (bar tab for the winners, wooden spoon for the losers — an actual wooden spoon). Sign up at the kiosk or email us. New seasons start in January, April and September.

**Monthly Medal**
Last Sunday of the month, 5pm, on the Canyon Trail (indoors on The Mine in winter). Normal ticket price, no extra entry fee. Lowest score gets their name on the board by the bar and a free Birdie Pass for a month.

**Haunted Mine (Halloween)**
Last week of October, The Mine becomes the Haunted Mine — actors, extra scares, smoke. Not recommended for under 8s.

**Festive Fridays**
Every Friday in December: mulled wine, Christmas jumpers encouraged, and a tree on hole 9 of The Mine.

(We usually announce dates for all of these on Facebook and Instagram first.)`,
  },
];

export const PUTT_CASES: EvalCase[] = [
  // Answerable — context.
  { question: "what's the latest we can start a round on a sunday night?", facts: ['7pm'], escalate: false },
  { question: 'is the car park free and is there a time limit on it?', facts: ['4 hours'], escalate: false },
  // Answerable — prices.
  { question: 'How much for me, my husband and our 2 kids to do one course on Saturday afternoon?', facts: ['£34'], escalate: false },
  { question: 'does my 3 yr old need a ticket?', facts: ['free'], escalate: false },
  { question: "We loved it so much the kids want to go straight back round again lol. Is there any deal for a second go?", facts: ['half price'], escalate: false },
  // Answerable — booking.
  { question: "Booked for next Saturday but my son's now got a football match. Can we switch to the Sunday without paying again?", facts: ['24 hours'], escalate: false },
  { question: "stuck on the M1, gonna be like 10 mins late for our slot, will we lose it??", facts: ['15 minutes'], escalate: false },
  { question: 'I booked yesterday and never got an email about it?? did it go through or not', facts: ['junk'], escalate: false },
  // Answerable — courses.
  { question: 'Roughly how long does the indoor glow one take? Trying to work out if we can fit it in before the cinema', facts: ['45 minutes'], escalate: false },
  { question: "My mate reckons if you get a hole in one on the last hole you win something. Is that true or is he winding me up", facts: ['free round'], escalate: false },
  // Answerable — weather.
  { question: "The outside course was shut when we came last week because of the storm and they gave us a rain check. How long have we got to use it?", facts: ['3 months'], escalate: false },
  { question: "it's spitting a bit, is the outdoor one still going? we didn't bring coats lol", facts: ['umbrellas'], escalate: false },
  { question: 'Coming in January after school, about half 4. Will the outside course be open then?', facts: ['dusk'], escalate: false },
  // Answerable — parties.
  { question: 'how much is the party where they get to do both courses?', facts: ['£24.95'], escalate: false },
  { question: "Is there a minimum number of kids for a party? It's only going to be about 6 of them", facts: ['8 children'], escalate: false },
  { question: "Can I bring my own cake for the party? My son is obsessed with those candles that fizz and spark", facts: ['sparklers'], escalate: false },
  // Answerable — bar.
  { question: 'can you take your pint round the course with you?', facts: ['plastic cups'], escalate: false },
  { question: 'Do you do vegan pizza? Is it extra?', facts: ['£1.50'], escalate: false },
  // Answerable — accessibility.
  { question: "My son is autistic and really struggles with loud bangs and flashing lights. Is there a time when it's calmer?", facts: ['first Sunday'], escalate: false },
  { question: "My dad's in a wheelchair but he'd love to have a go at the outdoor course. Can he do any of it?", facts: ['Lower Trail'], escalate: false },
  // Answerable — groups.
  { question: "There's 14 of us coming for my 30th, is there any discount for a big group?", facts: ['10%'], escalate: false },
  { question: "what's included in your work party deal and how much per head?", facts: ['£28'], escalate: false },
  // Answerable — vouchers & passes.
  { question: 'How much is the yearly membership thing for grown ups?', facts: ['£59'], escalate: false },
  // Answerable — FAQ.
  { question: "Can we bring our spaniel? He's very well behaved I promise", facts: ['Canyon Trail'], escalate: false },
  { question: 'is there anywhere to put our coats and bags while we play?', facts: ['£1 coin'], escalate: false },
  // Answerable — events.
  { question: "Me and my other half are quite competitive (understatement). Do you run any kind of league we could join?", facts: ['Tuesday'], escalate: false },
  // Unanswerable.
  { question: 'Is there a soft play area for my toddler while the older two play golf?', unknown: true, escalate: false },
  { question: 'do you have an arcade or pool tables?', unknown: true, escalate: false },
  { question: "Are you hiring at the moment? I'm 17 and looking for weekend work", unknown: true, escalate: false },
  { question: 'Is there free wifi?', unknown: true, escalate: false },
  { question: 'Do you do a discount for NHS staff?', unknown: true, escalate: false },
  { question: 'can you buy the glow in the dark golf balls to take home? my daughter loved them', unknown: true, escalate: false },
  { question: 'Can I pay with Apple Pay at the kiosk?', unknown: true, escalate: false },
  { question: "Do you do breakfast on a Saturday morning? Thinking of coming for opening and eating there first", unknown: true, escalate: false },
  { question: 'is there a cash machine on site', unknown: true, escalate: false },
  { question: 'Have you got EV charging points in the car park?', unknown: true, escalate: false },
  // Hand-over.
  { question: "My son got smacked in the face with another kid's putter on the rope bridge bit yesterday and he's got a cut above his eye. Nobody wrote anything down. Who do I talk to about this?", escalate: true },
  { question: "Hi, I'm organising our company summer social. There'll be about 65 of us and ideally we'd want the outdoor course to ourselves for the evening. Can you do that?", escalate: true },
  { question: "Looking at booking the Eagle party for my daughter's 7th in March. One of her best friends has a severe nut allergy (carries an EpiPen). Is the food going to be safe for her?", escalate: true },
  { question: "We drove an hour to play the outdoor course and it was shut for rain. I don't want a voucher, we don't live anywhere near you. I want my £46 back.", escalate: true },
];
