/**
 * DEV set written blind in round 26 (no look at the agent's source, tests, docs or other eval files).
 * Hollybrook Vets: a two-vet small-animal veterinary practice in Stroud, Gloucestershire.
 * Pedal & Pint Tours: a guided bike-and-brewery tour company in Bristol.
 * Each business has 40 cases: 26 answerable from one article/context, 10 unanswerable, 4 escalations.
 */

import type { EvalCase } from './cases.ts';

// ---------------------------------------------------------------------------
// Hollybrook Vets (Stroud)
// ---------------------------------------------------------------------------

export const HOLLYBROOK_CONTEXT =
  "Hollybrook Vets is an independent two-vet small-animal practice at 14 Lansdown Road, Stroud, Gloucestershire GL5 1BW. We treat dogs, cats, rabbits, guinea pigs and other small furries, but not horses, farm animals or reptiles. Our vets are Dr Kate Ellison and Dr Sam Okafor, backed up by three registered veterinary nurses. We're open Monday to Friday 8am to 6.30pm and Saturday 9am to 12.30pm, closed Sundays and bank holidays. Phone 01453 762190 or email hello@hollybrookvets.co.uk. There's free parking for six cars behind the building and step-free access through the side door. Registering is free and takes about five minutes on our website.";

export const HOLLYBROOK_RULES: string[] = [
  "EMERGENCIES -> hand over straight away (bleeding, collapse, can't breathe, fitting, poisoning / eaten something toxic). Do NOT give medical advice",
  'anything asking what is wrong with their pet or about symptoms = pass to a vet or nurse',
  'complaints about a vet, nurse or treatment - hand over to Jo (practice manager)',
  'bill disputes, anyone wanting to pay in instalments / pay later, or any bill over £500 -> Jo',
  "hand over if it's about putting a pet to sleep or end-of-life care. be kind",
  'insurance claim turned down or insurer arguing with us — human',
];

export const HOLLYBROOK_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Consultations and appointment prices',
    category: 'Appointments',
    content: `Standard consultations are 15 minutes with one of our vets. If you're bringing more than one pet, please book a separate slot for each animal so nobody gets rushed. You can book by phone or through the online booking page on our website.

| Appointment | Length | Price |
|---|---|---|
| Standard vet consultation | 15 min | £52 |
| Extended consultation (complex cases, second opinions) | 30 min | £89 |
| Re-check for the same problem | within 10 days | no charge |
| Nurse clinic (weight checks, nail clips, stitch removal, anal glands) | 15 min | £24 |
| Repeat prescription (no consultation) | – | £16.50 |
| Written prescription to buy medicine elsewhere | – | £21 |

Any medication is charged on top of the consultation fee. Repeat prescriptions need 48 hours' notice, and pets on long-term medication need a check-up with a vet every 6 months before we can keep prescribing.

If you're more than 10 minutes late we may have to rebook you. Appointments missed without 24 hours' notice are charged a £30 missed-appointment fee.`,
  },
  {
    title: 'Vaccinations for dogs, cats and rabbits',
    category: 'Preventive care',
    content: `Puppies can start their primary course from 8 weeks old. It's two injections 2 to 4 weeks apart, and your puppy can go out for walks 1 week after the second injection. Kittens start from 9 weeks, with the second injection 3 to 4 weeks later. After that it's one booster a year, and we send a text reminder 3 weeks before it's due.

- Puppy primary course (2 injections, includes a full health check): £78
- Dog annual booster: £59
- Kennel cough (given as nose drops, can be done at the same visit as the booster): £38
- Kitten primary course (2 injections): £72
- Cat annual booster: £54
- Rabbit Myxo-RHD combined vaccine (once a year): £49

If your dog's booster is more than 3 months overdue, we may need to restart the primary course with two injections, so try not to let it slip.

Cats that go outdoors should have the FeLV (feline leukaemia) part of the vaccine. Indoor-only cats can usually just have the core vaccine – we'll talk it through at the appointment.`,
  },
  {
    title: 'Neutering (spays and castrations)',
    category: 'Surgery',
    content: `We do routine neutering on Tuesday and Thursday mornings. Drop-off is between 8.15am and 8.45am, and most pets are ready to go home between 3pm and 5pm the same day – we'll ring you once they're awake and eating.

Please don't give any food after 10pm the night before the operation. Water is fine right up until you leave home. Rabbits and guinea pigs are the exception: they must keep eating as normal, so bring a bag of their usual food with them.

We recommend neutering cats at around 4 months old. For dogs it depends on breed and size, so we'll discuss timing at a consultation; large breeds are often left until 12 to 18 months.

Prices include the anaesthetic, pain relief to take home, a buster collar and two post-op checks (at 3 days and at 10 days).

| Procedure | Price |
|---|---|
| Cat castration | £82 |
| Cat spay | £118 |
| Rabbit castration | £95 |
| Rabbit spay | £145 |
| Dog castration | from £265 (depends on weight) |
| Dog spay | from £340 (depends on weight) |

Keyhole (laparoscopic) spays for dogs are available with Dr Okafor for an extra £150. Smaller wounds, quicker recovery – ask us if you're interested.`,
  },
  {
    title: 'Out of hours and emergencies',
    category: 'Emergencies',
    content: `When we're closed, our out-of-hours emergency cover is provided by Severn Pet Emergency, Unit 3, Eastern Avenue, Gloucester GL4 3BX. Ring our normal number and the answerphone message will put you through, or call them directly on 01452 880411. It's about a 25-minute drive from Stroud, so please phone before you set off so they're ready for you.

Severn Pet Emergency is a separate business and sets its own fees. An out-of-hours consultation there starts at £185, and they take payment on the night. They send us your pet's notes by 9am the next morning and we'll usually call you to arrange any follow-up care back here.

During our opening hours, always ring us first rather than just turning up – the vets may be in surgery. We keep two emergency slots free every weekday morning.`,
  },
  {
    title: 'Hollybrook Pet Health Plan',
    category: 'Pet plans',
    content: `Our Pet Health Plan spreads the cost of your pet's routine care into a monthly Direct Debit. It's not insurance – it doesn't cover illness or accidents – so we still recommend proper pet insurance alongside it.

Monthly prices:
- Dog under 25 kg: £17.95 a month
- Dog 25 kg and over: £22.95 a month
- Cat: £14.25 a month
- Rabbit: £9.75 a month

Every plan includes:
- The annual booster vaccination
- Two health checks a year with a vet (one of them at the booster)
- Flea and worm treatment for the whole year
- Unlimited nurse clinic appointments
- 10% off neutering, dental work and food bought from us

The plan has a minimum term of 12 months. After that you can cancel any time with one month's notice by emailing us. If you cancel within the first 12 months, we'll ask you to pay the difference between what you've paid in and the full price of the care you've already had.`,
  },
  {
    title: 'Payments and insurance – FAQ',
    category: 'Billing',
    content: `**When do I pay?**
Payment is due at the end of every appointment, including for pets that are insured.

**What payment methods do you take?**
Debit and credit cards (Visa, Mastercard and Amex), Apple Pay, Google Pay and cash. We don't accept cheques.

**Will you claim directly from my insurer?**
Yes – for bills over £250 we can send a direct claim to most UK insurers, so you only pay your excess on the day. There's a £20 admin fee per claim. For smaller bills, please pay us and claim it back yourself; we'll fill in the vet's section of your claim form within 5 working days.

**Can I get an estimate before treatment?**
Always. Ask for a written estimate before any procedure, and we'll phone you if the cost is going to go more than £50 over it.

**Do I need to pay a deposit for an operation?**
Yes, we take a 50% deposit at drop-off for any operation estimated at over £400.`,
  },
  {
    title: 'New puppies and kittens',
    category: 'New pets',
    content: `Congratulations on your new arrival! Book a free "new pet" check with one of our nurses within the first 2 weeks of bringing your puppy or kitten home. We'll weigh them, chat about feeding, worming, fleas and insurance, and send you home with a goodie bag with a food sample and a toy.

Microchipping costs £19.50 and can be done at the first vaccination appointment. It's a legal requirement for all dogs, and for cats in England by 20 weeks old.

Puppy socialisation classes run on Wednesday evenings at 7pm in our waiting room. A block of four sessions is £45, and puppies need to have had at least their first vaccination to join.`,
  },
];

export const HOLLYBROOK_CASES: EvalCase[] = [
  // Answerable from the context or one article.
  { question: "hi what's your postcode for the satnav, coming from Nailsworth", facts: ['GL5 1BW'], escalate: false },
  { question: 'I have a bearded dragon called Kevin, can I register him with you?', facts: ['reptiles'], escalate: false },
  {
    question: "Is there anywhere to park at the practice? My dog is very nervous and I don't really want to walk him in from the town centre",
    facts: ['six cars'],
    escalate: false,
  },
  { question: 'what time do you shut on a saturday', facts: ['12.30pm'], escalate: false },
  { question: 'How much is a normal appointment to see a vet?', facts: ['£52'], escalate: false },
  {
    question: 'If I have to bring my dog back for a re-check on the same thing next week do I have to pay for another consult?',
    facts: ['within 10 days'],
    escalate: false,
  },
  { question: 'how much to get my dogs nails clipped by one of the nurses', facts: ['£24'], escalate: false },
  {
    question: 'My dog is on tablets long term and I keep forgetting to reorder. How far ahead do I need to ask for a repeat?',
    facts: ['48 hours'],
    escalate: false,
  },
  { question: 'what happens if i forget to turn up to an appointment, is there a charge?', facts: ['£30'], escalate: false },
  {
    question: 'We picked up our puppy on Saturday and the kids are desperate to take him to the park. When is he allowed out after his jabs?',
    facts: ['1 week'],
    escalate: false,
  },
  { question: 'Price of a yearly booster for a dog?', facts: ['£59'], escalate: false },
  { question: 'Is the kennel cough vaccine an injection? And what does it cost', facts: ['nose drops', '£38'], escalate: false },
  {
    question: "oops our springer's booster is about 4 months late, does that matter or can we just do the normal one",
    facts: ['restart'],
    escalate: false,
  },
  { question: 'which days of the week do you do the neutering ops?', facts: ['Tuesday and Thursday'], escalate: false },
  { question: "My cat is being spayed on Thursday, what's the latest I can feed her the night before?", facts: ['10pm'], escalate: false },
  {
    question: "Our rabbit Biscuit is being castrated next week. Last time our dog had an op we had to starve him - is it the same for rabbits?",
    facts: ['keep eating'],
    escalate: false,
  },
  { question: 'roughly what does it cost to have a labrador castrated', facts: ['£265'], escalate: false },
  { question: 'Who covers your out of hours? Just want to know in advance where I would have to go', facts: ['Severn Pet Emergency'], escalate: false },
  {
    question: 'If I had to take my cat to the night-time emergency vet, what sort of money are we talking just to be seen?',
    facts: ['£185'],
    escalate: false,
  },
  { question: 'How much per month is the health plan for a cat?', facts: ['£14.25'], escalate: false },
  {
    question: 'Does your monthly plan cover it if my dog gets ill, like insurance would?',
    facts: ['not insurance'],
    escalate: false,
  },
  {
    question: "I signed up to the pet plan in March but money's tight, can I stop it now?",
    facts: ['12 months'],
    escalate: false,
  },
  { question: 'can i pay by cheque', facts: ['cheques'], escalate: false },
  {
    question: "My dog is having an operation and the estimate is around £320. Can you bill the insurance company directly so I don't have to pay it all upfront?",
    facts: ['£250'],
    escalate: false,
  },
  { question: 'how much do you charge to microchip a kitten', facts: ['£19.50'], escalate: false },
  {
    question: "Do you run any puppy training/socialisation clases? when and how much",
    facts: ['Wednesday', '£45'],
    escalate: false,
  },
  // Not answerable from the context or articles.
  { question: "Do you do home visits? My mum's cat gets really stressed in the car", unknown: true, escalate: false },
  {
    question: "We're taking our dog to France in the summer. Can you do the animal health certificate and how much is it?",
    unknown: true,
    escalate: false,
  },
  { question: 'does either of the vets speak polish', unknown: true, escalate: false },
  { question: 'Do you offer hydrotherapy for dogs recovering from surgery?', unknown: true, escalate: false },
  { question: 'Is there any discount for pensioners?', unknown: true, escalate: false },
  { question: 'Can you do MRI or CT scans at the practice or would we have to go somewhere else?', unknown: true, escalate: false },
  { question: 'do you have a separate waiting area for cats? mine hates dogs', unknown: true, escalate: false },
  { question: 'Which bus do I get from Stroud station to reach you?', unknown: true, escalate: false },
  { question: 'Do you sell harnesses and leads at reception?', unknown: true, escalate: false },
  { question: "Are you hiring any veterinary nurses at the moment? I qualify in July", unknown: true, escalate: false },
  // Hand-over per the rules.
  { question: 'HELP my spaniel just ate a whole bar of dark chocolate about 20 mins ago what do i do', escalate: true },
  {
    question: "I'm really unhappy with how Dr Okafor treated my cat last week. Nobody explained anything and I want to make a formal complaint.",
    escalate: true,
  },
  {
    question: "The bill for Milo's operation came to £780 and I can't pay it all at once. Can I spread it over a few months?",
    escalate: true,
  },
  {
    question: 'My old collie is 15 and really struggling now. I think it might be time to let him go - how do we arrange that?',
    escalate: true,
  },
];

// ---------------------------------------------------------------------------
// Pedal & Pint Tours (Bristol)
// ---------------------------------------------------------------------------

export const PEDAL_CONTEXT =
  "Pedal & Pint Tours runs small-group guided bike tours around Bristol's independent breweries and taprooms. Every tour starts from our shop at Unit 7, Wapping Wharf, Bristol BS1 4RW, a two-minute walk from the M Shed. Tours run Thursday to Sunday from March to November; the shop and phone line are open Tuesday to Sunday, 9am to 5pm. Call or WhatsApp 0117 496 0832, or email ride@pedalandpint.co.uk. We were set up in 2019 by Tom and Priya Harker, and every tour has two guides and a maximum of 12 riders. Routes are mostly flat and traffic-free, along the Harbourside and the Bristol & Bath Railway Path.";

export const PEDAL_RULES: string[] = [
  'Accident, crash or anyone hurt on a tour → hand over straight away',
  'refund requests over £150 - human pls',
  'groups of more than 12, corporate / team days or anyone needing an invoice -> Priya',
  'hand over if someone complains about a guide or about being refused drinks',
  "damaged or stolen hire bikes — pass to Tom, don't quote repair costs",
  'Press, filming, influencers wanting free tours: hand over',
];

export const PEDAL_ARTICLES: { title: string; category: string; content: string }[] = [
  {
    title: 'Our tours and prices',
    category: 'Tours',
    content: `We run four tours. They all start and finish at the shop, and we ask everyone to arrive 20 minutes early for a bike fitting and a quick safety briefing.

| Tour | When | Length | Distance | Stops | Price per person |
|---|---|---|---|---|---|
| Harbourside Hops | Thu–Sun, 1pm | 3 hours | 9 km | 3 breweries | £59 |
| Railway Path Ramble | Sat & Sun, 10.30am | 5 hours | 24 km | 4 stops incl. a pub lunch | £79 |
| Twilight Taprooms | Fri & Sat, 6pm | 3.5 hours | 11 km | 3 taprooms | £65 |
| Sober Spokes (alcohol-free: coffee roasters, a bakery and a kombucha brewery) | Sun, 10am | 3 hours | 10 km | 3 stops | £45 |

The Railway Path Ramble is our longest ride and goes out as far as Warmley on the old railway line, so you should be happy cycling for about an hour at a time. Twilight Taprooms runs with lights fitted to every bike and finishes after dark from September onwards.`,
  },
  {
    title: "What's included (and what to bring)",
    category: 'Tours',
    content: `Your tour price covers:
- Bike hire (a step-through hybrid sized for you), helmet and hi-vis vest
- Two guides and a mechanic's kit for punctures
- Three third-pint tasters at each brewery
- A soft pretzel and a bag of snacks at the first stop

On the Railway Path Ramble you also get a pie and a drink at the lunch stop.

Not included: any extra drinks beyond your tasters, food on the other tours, and tips for the guides (never expected, always appreciated).

What to bring: flat, closed-toe shoes (no flip-flops or heels), a waterproof jacket and a water bottle. Leave the white jeans at home – the Railway Path can be muddy.`,
  },
  {
    title: 'Age, ID and fitness',
    category: 'Before you ride',
    content: `Our brewery tours are for over-18s only, and everyone is asked for photo ID at the start, even if you're obviously 40 – the breweries insist on it under Challenge 25. The alcohol-free Sober Spokes tour is open to anyone aged 12 and over; under-16s must ride with a paying adult.

You need to be able to ride a bike confidently, including starting and stopping on a slope and signalling with one hand. It isn't a fitness test – we stop often and ride at a gentle pace – but if you haven't been on a bike for years, we'd suggest a short spin on a hire bike beforehand.

Our bikes fit riders from 150 cm to 198 cm tall, and the maximum rider weight is 120 kg.

E-bikes: you can upgrade to an electric bike on any tour for £15 extra. We only have four per tour, so book early.

Our guides can refuse further drinks to anyone who's had too much. If they don't think you're safe to ride, you'll walk the bike back or we'll call you a taxi at your own cost, and there's no refund.`,
  },
  {
    title: 'Bike hire without a tour',
    category: 'Bike hire',
    content: `Don't fancy a guided tour? Hire one of our bikes and explore Bristol on your own.

- Hybrid bike: £18 half day (4 hours), £28 full day
- E-bike: £35 half day, £52 full day
- Child's bike (20" or 24" wheels): £14 half day, £22 full day
- Tag-along or child seat: £9 per day

Every hire comes with a helmet, a D-lock, lights and a route map with our favourite spots marked on it.

We take a £75 deposit as a card pre-authorisation – it isn't charged unless the bike comes back damaged or late. All bikes must be returned by closing time, and late returns are charged at £12 per hour. Riders under 18 can hire as long as a parent or guardian signs the hire form.`,
  },
  {
    title: 'Weather and cancellations',
    category: 'Bookings',
    content: `We ride in most weather – it's Bristol! Light rain doesn't stop us, and we keep ponchos at the shop for anyone who forgets a jacket.

We will cancel a tour if the Met Office issues an amber warning for wind, rain or ice, or if gusts over 40 mph are forecast. If we cancel, you choose between a full refund or a free move to another date, and we'll let you know by 8am on the day by text and email.

If you need to cancel:
- More than 7 days before your tour: full refund
- 3 to 7 days before: 50% refund
- Less than 72 hours before: no refund, but you can move to another date once for a £10 rebooking fee

If you don't arrive within 15 minutes of the start time, the tour leaves without you and it counts as a no-show, with no refund.`,
  },
  {
    title: 'Groups, private tours and stag/hen parties',
    category: 'Groups',
    content: `Booking for a group? Groups of 6 to 12 booking together on a public tour get 10% off automatically at checkout.

Fancy the guides to yourselves? A private Harbourside Hops costs £620 for up to 12 people Monday to Thursday, or £720 Friday to Sunday. On a private tour we can tweak the route, the stops and the start time (anywhere between 11am and 4pm).

Stag and hen parties are welcome on private tours only, not on public ones. Fancy dress is fine as long as nothing can get caught in the wheels. A £200 deposit secures your date and is non-refundable; the balance is due 14 days before the tour.`,
  },
  {
    title: 'Frequently asked questions',
    category: 'FAQ',
    content: `**Can I bring my own bike?**
Yes, as long as it's roadworthy – you'll get £8 off the tour price. The guides check brakes and tyres before we set off.

**Can I bring my dog?**
Sorry, no dogs on tours. The breweries love them, our bikes don't.

**Is there parking?**
We don't have our own parking. The nearest is the pay-and-display car park at Wapping Wharf, or it's about a 20-minute walk from Temple Meads station.

**I'm vegan / gluten-free – will there be something for me?**
All the snacks are vegan. Gluten-free beer is available at two of the three Harbourside Hops stops; just tell us when you book.

**Do you sell gift vouchers?**
Yes, for any amount from £25 or for a specific tour. They're valid for 12 months from purchase and can be used on tours or bike hire.

**Can I drive home afterwards?**
Please don't. The tasters add up more than you'd think.`,
  },
];

export const PEDAL_CASES: EvalCase[] = [
  // Answerable from the context or one article.
  { question: "what's your postcode? getting a taxi from the station", facts: ['BS1 4RW'], escalate: false },
  {
    question: "Hi, we're in Bristol for a long weekend in mid-December. Are you running any tours then?",
    facts: ['March to November'],
    escalate: false,
  },
  { question: 'is the shop open on mondays', facts: ['Tuesday to Sunday'], escalate: false },
  { question: 'How many people do you take on each tour at most?', facts: ['12 riders'], escalate: false },
  { question: 'what time does the harbourside one start?', facts: ['1pm'], escalate: false },
  {
    question: "How far is the railway path ride in total? I haven't cycled much since lockdown and I'm a bit worried about my legs",
    facts: ['24 km'],
    escalate: false,
  },
  {
    question: "My partner is pregnant so won't be drinking - have you got a tour that isn't about beer, and what does it cost?",
    facts: ['£45'],
    escalate: false,
  },
  { question: 'how much is the evening tour on a friday', facts: ['£65'], escalate: false },
  { question: 'What do you actually get to drink at each brewery, is it full pints?', facts: ['third-pint'], escalate: false },
  { question: 'is food included on the long saturday ride or should we bring sandwiches', facts: ['pie'], escalate: false },
  { question: 'What kind of shoes should I wear? I was going to wear sandals', facts: ['closed-toe'], escalate: false },
  { question: 'do we have to tip the guides', facts: ['never expected'], escalate: false },
  { question: 'Can my 13 year old come on one of your tours with me?', facts: ['12 and over'], escalate: false },
  { question: "I'm 6ft 6 - will your bikes actually fit me?", facts: ['198 cm'], escalate: false },
  { question: "I'm 45 and look it, do I really need to bring ID?", facts: ['Challenge 25'], escalate: false },
  { question: 'How much more is it to have an electric bike on the tour instead of a normal one?', facts: ['£15'], escalate: false },
  { question: 'price to rent an ebike for a whole day, not doing a tour just exploring', facts: ['£52'], escalate: false },
  { question: 'How much deposit do you hold when hiring a bike?', facts: ['£75'], escalate: false },
  {
    question: "If we're running late bringing the hire bikes back do we get charged extra? We might lose track of time at the harbour",
    facts: ['£12'],
    escalate: false,
  },
  {
    question: "Forecast for Saturday is looking pretty wild. At what point do you actually cancel a tour because of the weather?",
    facts: ['amber', '40 mph'],
    escalate: false,
  },
  {
    question: 'I need to cancel our booking, the tour is 5 days away. Do I get anything back?',
    facts: ['50%'],
    escalate: false,
  },
  { question: "can't make it tomorrow after all, can we swap to another day instead", facts: ['£10'], escalate: false },
  { question: 'Theres 8 of us coming for a birthday, any group discount?', facts: ['10%'], escalate: false },
  { question: 'can we bring a hen party on one of the normal tours?', facts: ['private tours only'], escalate: false },
  { question: 'Is it cheaper if I bring my own road bike?', facts: ['£8'], escalate: false },
  {
    question: 'I was given one of your gift vouchers for Christmas 2023, is it still ok to use?',
    facts: ['12 months'],
    escalate: false,
  },
  // Not answerable from the context or articles.
  { question: 'Do you run any tours in Cardiff?', unknown: true, escalate: false },
  { question: 'have you got tandems', unknown: true, escalate: false },
  {
    question: 'My brother uses a wheelchair - do you have adapted trikes or handcycles so he can join us?',
    unknown: true,
    escalate: false,
  },
  { question: 'Do you offer a photo package of the day?', unknown: true, escalate: false },
  { question: 'Can the tour be done in Spanish? A few of our group don\'t speak much English', unknown: true, escalate: false },
  { question: 'is there a student discount', unknown: true, escalate: false },
  { question: 'Do you ever sell off your old hire bikes?', unknown: true, escalate: false },
  { question: 'Are the guides first aid trained?', unknown: true, escalate: false },
  {
    question: "We check out of our hotel that morning - can we leave our suitcases at your shop during the tour?",
    unknown: true,
    escalate: false,
  },
  { question: 'Which breweries do you actually go to on the Twilight tour?', unknown: true, escalate: false },
  // Hand-over per the rules.
  {
    question: 'My friend came off her bike on the railway path on Saturday\'s tour and it turns out she\'s broken her wrist. What happens now?',
    escalate: true,
  },
  {
    question: "We're organising a team away day for 25 staff in June and need a VAT invoice in the company name",
    escalate: true,
  },
  {
    question: 'I want a full refund for our booking of 4 on the Railway Path (£316). The guide was rude and rushed us all day.',
    escalate: true,
  },
  { question: 'the hire bike got nicked outside a cafe in clifton even tho i locked it, what do i do', escalate: true },
];
