/**
 * The offline support agent on questions that share no topic word with their answer: "where are
 * you?" from the business context's address, "when do you open?" from its hours; and emergencies
 * told by what happened ("hives", "crashed into", "went overboard") matching the escalation rule
 * that names the situation. Calm questions stay calm.
 */
import { describe, expect, it } from 'vitest';
import { businessFactAnswer } from '../../src/agents/business-facts.ts';
import { extractAnswer } from '../../src/knowledge/extract-answer.ts';
import { ruleMatches } from '../../src/agents/escalation.ts';
import { handoffRequest } from '../../src/agents/handoff-request.ts';
import { asProse, composeSupportTurn } from '../../src/agents/offline-support.ts';
import type { SupportContext } from '../../src/agents/support-prompt.ts';

/** The offline support agent's reply to `question`, for a business with `settings`. */
const replyTo = (question: string, settings: Partial<Pick<SupportContext, 'businessContext' | 'tone' | 'articles'>> = {}) =>
  (composeSupportTurn({
    system: '',
    messages: [{ role: 'user', content: question }],
    context: {
      kind: 'support', agentName: 'Ava', tone: 'friendly', businessContext: '', businessRules: '', escalationRules: [], synonyms: [], articles: [],
      ...settings, customerMessage: question,
    },
  }) as { text: string }).text;

const CONTEXT =
  'Spoke & Chain repairs and rents bikes. Find us at 22 Canal Wharf, Leeds LS1 4BR. Call 0113 496 0000.\nWe are open Monday to Saturday 8am to 5:30pm, closed on Sundays.';

describe('business facts from the context', () => {
  it.each(['where are you?', 'Where are you located?', "What's your address?", 'how do I find you'])('answers a location question: %s', (q) => {
    expect(businessFactAnswer(q, CONTEXT)).toEqual(['Find us at 22 Canal Wharf, Leeds LS1 4BR.']);
  });

  it.each(['what time do you open on saturday?', 'Are you open on Sundays?', 'what are your opening hours'])('answers an hours question: %s', (q) => {
    expect(businessFactAnswer(q, CONTEXT)).toEqual(['We are open Monday to Saturday 8am to 5:30pm, closed on Sundays.']);
  });

  it.each(['where is my order?', 'where are you with my refund?', 'Do you fix e-bikes?'])('leaves other questions alone: %s', (q) => {
    expect(businessFactAnswer(q, CONTEXT)).toEqual([]);
  });

  it('quotes nothing when the context states no address or hours', () => {
    expect(businessFactAnswer('where are you?', 'We repair bikes.')).toEqual([]);
    expect(businessFactAnswer('when do you open?', 'We repair bikes.')).toEqual([]);
  });

  it('is what the offline support agent answers when no sentence shares a word with the question', () => {
    expect(replyTo('where are you?', { businessContext: CONTEXT })).toContain('22 Canal Wharf');
  });
});

describe('emergencies told by what happened', () => {
  it.each([
    ['allergic reactions', 'My daughter broke out in hives after the flapjack'],
    ['allergic reactions', 'his tongue is swelling up, he ate your cookie'],
    ['a collision', 'A van ploughed into my bike outside your shop'],
    ['a guest fell in the water', 'my husband has gone into the river off the pontoon'],
    ['food poisoning', 'We were all throwing up after the buffet'],
  ])('"%s" matches: %s', (rule, message) => {
    expect(ruleMatches(rule, message)).toBe(true);
  });

  it.each([
    ['allergic reactions', 'Does the rash cream come in a bigger size?'],
    ['allergic reactions', 'Do your flapjacks contain nuts?'],
    ['a collision', 'The booking app crashed on my phone'],
    ['a guest fell in the water', 'Is the water warm enough to swim in June?'],
    // A condition the customer already has is no injury in a class (a round-21 search rewrite of
    // "a bad knee" as "injury" made this match; it was taken back).
    ['an injury during a class', 'I have a bad knee, can I still come to the class?'],
  ])('"%s" does not match: %s', (rule, message) => {
    expect(ruleMatches(rule, message)).toBe(false);
  });
});

describe('quoted lines read as prose', () => {
  it('ends a list item or table row with a full stop instead of running it into the next line', () => {
    expect(asProse(['Opening hours:', 'Monday to Friday: 9am to 5pm', 'Saturday: 9am to 4pm'])).toBe(
      'Opening hours: Monday to Friday: 9am to 5pm. Saturday: 9am to 4pm.',
    );
    expect(asProse(['We open at 9am.', 'Is it busy? Not usually!', 'Ask for "the usual."'])).toBe('We open at 9am. Is it busy? Not usually! Ask for "the usual."');
  });

  it('quotes at most three lines in a concise tone, up to five otherwise', () => {
    const article = {
      id: 'a1',
      title: 'Wetsuit hire',
      category: null,
      content: 'Wetsuits are free with every board hire.\nWetsuits come in sizes from age 6 to XXL.\nPlease rinse your wetsuit before returning it.\nWetsuit boots can be hired for £3.\nA lost wetsuit is charged at £80.',
    };
    const reply = (tone: string) => replyTo('Tell me about wetsuits', { tone, articles: [article] });
    expect(reply('friendly')).toContain('A lost wetsuit is charged at £80.');
    expect(reply('concise')).toContain('Wetsuits are free with every board hire.');
    expect(reply('concise')).not.toContain('£80');
  });
});

describe('the number to ring (round 18 dev)', () => {
  const context = 'Loftline is a coworking space in Bristol. Phone 0117 496 0821, email hello@loftline.co.uk. Open 8am to 6pm.';

  it('answers "what number do I ring?" with the business\'s number, whatever story is around it', () => {
    expect(businessFactAnswer('Is there a number I can call to talk to someone before I sign up?', context)).toEqual(['Phone 0117 496 0821, email hello@loftline.co.uk.']);
    expect(businessFactAnswer("I'd rather speak to a person about which desk to get. What number do I ring?", context)).toEqual(['Phone 0117 496 0821, email hello@loftline.co.uk.']);
  });

  it('does not answer "who do I call?" or a question about a phone line with it', () => {
    expect(businessFactAnswer("The van's broken down on the M27. Who do I call?", context)).toEqual([]);
    expect(businessFactAnswer('Can you answer our company phone line and take messages for us?', context)).toEqual([]);
  });

  it('is no request for a hand-over: the customer will ring', () => {
    expect(handoffRequest('Is there a number I can call to talk to someone before I sign up?')).toBeUndefined();
    expect(handoffRequest("I'd rather speak to an actual person about which tent to get. What number do I ring?")).toBeUndefined();
    expect(handoffRequest("I'd rather speak to an actual person about which tent to get.")).toBeDefined();
  });
});

describe('the email address to write to (round 21 dev)', () => {
  const context = 'Pawsworth Vets is a small-animal practice in Harrogate. Phone 01423 555 274, email hello@pawsworthvets.co.uk. Open 8am to 7pm.';

  it('answers "is there an email I can send … to?" with the business\'s address, whatever story is around it', () => {
    expect(businessFactAnswer("I'd rather write than ring - is there an email I can send my dogs details to?", context)).toEqual(['Phone 01423 555 274, email hello@pawsworthvets.co.uk.']);
    expect(businessFactAnswer('Is there an email address I can send my prescription question to rather than phoning?', context)).toEqual(['Phone 01423 555 274, email hello@pawsworthvets.co.uk.']);
    expect(businessFactAnswer('Can I email you to book rather than ring?', context)).toEqual(['Phone 01423 555 274, email hello@pawsworthvets.co.uk.']);
  });

  it('does not answer a question about the customer\'s own email with it', () => {
    expect(businessFactAnswer('I changed my email address, will I still get reminders?', context)).toEqual([]);
    expect(businessFactAnswer("Got the email saying it's been sent but nothing has come", context)).toEqual([]);
  });

  it('answers from an article line holding the address, though it shares no word of the story', () => {
    const page = [{ id: 'c', title: 'Booking a van', text: 'Book online or phone 023 9255 0140. You can also write to bookings@quaysidevans.co.uk and we reply within a working day.' }];
    expect(extractAnswer("Can I email you to book rather than ring? What's the address?", page).map((s) => s.text).join(' ')).toContain('bookings@quaysidevans.co.uk');
  });
});

describe('contact details asked in everyday words (round 18)', () => {
  const context = 'Loftline is a coworking space in Bristol. Find us at 12 Quay Street, Bristol BS1 4AB. Phone 0117 496 0821, email hello@loftline.co.uk.';
  const reply = (q: string) => replyTo(q, { businessContext: context });

  it('answers "what is your email address?" with the email, not the street address', () => {
    expect(reply('What is your email address?')).toContain('hello@loftline.co.uk');
    expect(reply('What is your email address?')).not.toContain('Quay Street');
    expect(reply("What's your address?")).toContain('12 Quay Street');
  });

  it('answers "whats ur number" with the phone line', () => {
    expect(reply('whats ur number')).toContain('0117 496 0821');
  });
});

describe('everyday questions against a plain business context (round 18)', () => {
  const context = "Hartley's Tyres is a family-run garage in Kettering. You will find us at Unit 4, Pytchley Road Industrial Estate, Kettering NN15 6JQ. We take card, cash and Apple Pay.";
  const reply = (q: string) => replyTo(q, { businessContext: context });

  it('answers "Do you accept Apple Pay?" from "We take … Apple Pay", and still not what no line names', () => {
    expect(reply('Do you accept Apple Pay?')).toContain('Apple Pay');
    expect(reply('Do you accept American Express?')).toMatch(/don't know/);
  });

  it('answers a bare "address?"', () => {
    expect(reply('address?')).toContain('NN15 6JQ');
  });
});

describe('everyday questions against a plain bike shop (round 19 probes)', () => {
  const articles = [
    { id: 'a1', title: 'Servicing and repairs', category: null, content: 'A basic service costs £45 and includes brake and gear adjustment. Most services are done within 2 working days.' },
    { id: 'a2', title: 'Bike hire', category: null, content: 'We hire hybrid bikes for £20 a day. You need photo ID and a £100 deposit, refunded when the bike comes back undamaged.' },
  ];
  const reply = (q: string) => replyTo(q, { articles });

  it('reads "how quick" as asking for a duration', () => {
    expect(reply('How quick is a service?')).toContain('within 2 working days');
  });

  it('reads "leave" in "leave a deposit" as phrasing, and still knows nothing of leaving a bike', () => {
    expect(reply('Do I need to leave a deposit?')).toContain('£100 deposit');
    expect(reply('Can I leave my bike overnight?')).toMatch(/don't know/);
  });
});

describe('everyday questions against a plain bakery (round 19 probes)', () => {
  const reply = (q: string) => replyTo(q, {
    businessContext: 'The Daily Crumb is a bakery and café in Ludlow. Dogs are welcome in the café.',
    articles: [{ id: 'b4', title: 'Wholesale', category: null, content: 'We supply bread and pastries to cafés and shops. Wholesale orders must be placed by 2pm the day before. Contact us for a price list.' }],
  });

  it('answers "allowed" from "welcome", "inside" being where, not what', () => {
    expect(reply('Are dogs allowed inside?')).toContain('Dogs are welcome');
    expect(reply('Are children allowed upstairs?')).toMatch(/don't know/);
  });

  it('reads "a price list" as a thing asked for, not an amount', () => {
    expect(reply('Can I get a price list for my cafe?')).toContain('Contact us for a price list');
  });
});

describe('everyday questions against a plain cleaning firm (round 19 probes)', () => {
  const reply = (q: string) => replyTo(q, {
    articles: [{ id: 'c1', title: 'Regular cleaning', category: null, content: 'Our regular clean is £18 an hour with a minimum of 2 hours per visit. You can book weekly or fortnightly. Your cleaner will be the same person each visit wherever possible.' }],
  });

  it('reads "every other week" as fortnightly', () => {
    expect(reply('Can you come every other week?')).toContain('weekly or fortnightly');
  });

  it('reads "every" as phrasing, not the thing asked about', () => {
    expect(reply('Will I get the same cleaner every time?')).toContain('the same person each visit');
  });
});

describe('a boarding kennels configured by chat (round 20, dev probe 11)', () => {
  const deposits = { id: 'k1', title: 'Deposits and cancellations', category: null, content: 'A deposit of 25% of the total is needed to secure every booking. The balance is paid when you collect. If you cancel more than 28 days before arrival your deposit is refunded in full.' };
  // "free" in another article makes "how much" ask for an amount some source holds.
  const deal = { id: 'k2', title: 'Spring daycare deal', category: null, content: 'Book 5 days of daycare in March or April and get a 6th day free.' };

  it('answers "how much deposit" with the share of the total', () => {
    expect(replyTo('How much deposit do you need to book a stay?', { articles: [deposits, deal] })).toContain('25% of the total');
  });

  it('reads "pick my cat up" as collecting the cat', () => {
    const times = { id: 'k3', title: 'Check-in and check-out times', category: null, content: 'Monday to Saturday: 8am to 11am and 3pm to 6pm\nSunday: 3pm to 5pm (collections only, no check-ins)' };
    const prices = { id: 'k4', title: 'Boarding prices', category: null, content: 'One cat - £16\nTwo cats sharing a chalet - £26\nBank holiday weekends are £5 extra per pet per night.' };
    expect(replyTo('Can I pick my cat up on a Sunday?', { articles: [prices, times] })).toContain('collections only');
  });

  it('quotes the price from a page typed in lower case, one sentence at a time (a bike workshop)', () => {
    const punctures = { id: 'p1', title: 'Punctures', category: null, content: 'walk in, no need to book. inner tube puncture repair - £14 inc. tube. tubeless repair (plug and reseal) - £18. takes about 20 mins if you get here before 4pm.' };
    const services = { id: 'p2', title: 'Servicing prices', category: null, content: 'Safety Check - £35\nStandard Service - £75\nBrakes and gears adjusted, tyres pumped up, chain lubed.' };
    const reply = replyTo('Got a hole in my tubeless tyre, what do you charge to sort it?', { articles: [services, punctures] });
    expect(reply).toContain('tubeless repair (plug and reseal) - £18');
    // Read one sentence at a time: the paragraph's first sentence, two before the answer, is not quoted.
    expect(reply).not.toContain('walk in, no need to book');
  });

  it('does not take a share of a price for the price of something else', () => {
    const articles = [
      { id: 't1', title: 'Cancelling or moving a lesson', category: null, content: "24 hours' notice or more: no charge.\nLess than 24 hours' notice: we charge 50% of the lesson price (or take half an hour off your package)." },
      { id: 't2', title: 'Maths tutoring', category: null, content: 'We tutor maths for GCSE and A level students.' },
    ];
    expect(replyTo('How much for maths tutoring for a Year 8?', { articles })).toMatch(/don't know/);
  });
});

describe('a bike workshop configured by chat (round 20, dev probe 11)', () => {
  const diagnostics = { id: 'e1', title: 'E-BIKE MOTOR DIAGNOSTICS', category: null, content: "Q: My e-bike motor keeps cutting out or making a grinding noise, can you look at it?\nA: Yes. We plug the bike into the manufacturer's diagnostic software and read the error codes. A diagnostic check costs £40, and if you go ahead with the repair we take the £40 off the bill.\nQ: Can you repair my battery?\nA: We don't open up or rebuild batteries. A faulty battery goes back to the manufacturer under warranty, which takes 2 to 3 weeks." };
  const collection = { id: 'e2', title: 'Collection and delivery service', category: null, content: "We can collect your bike from your home or work and bring it back once it's done. It's £15 each way within 5 miles of the workshop. Collections are on Tuesday and Thursday mornings." };
  const services = { id: 'e3', title: 'Servicing prices', category: null, content: 'Safety Check - £35\nStandard Service - £75\nAnything not on here is £45 an hour labour.' };
  const articles = [diagnostics, collection, services];

  it('answers a customer who asks one of the two cases an FAQ question names ("ebike" for "e-bike")', () => {
    expect(replyTo('My ebike motor keeps cutting out, how much to get it looked at?', { articles })).toContain('costs £40');
  });

  it('reads "knackered" said of a thing as faulty', () => {
    const reply = replyTo('If my e-bike battery is knackered can you fix it, and how long would that take?', { articles });
    expect(reply).toContain('2 to 3 weeks');
  });

  it('finds the price in the sentence the answer continues into, and does not answer "What does that cost?" on its own', () => {
    const reply = replyTo('Can you pick my bike up from my house and drop it back? What does that cost?', { articles });
    expect(reply).toContain("It's £15 each way");
    expect(reply).not.toContain('Safety Check');
  });
});

describe('a bouncy castle hire firm configured by chat (round 20, dev probe 9)', () => {
  const entertainers = { id: 'c1', title: 'Party Entertainers', category: null, content: "Captain Confetti is our own children's entertainer, ideal for ages 3 to 9. A 1 hour show is £130 and a 2 hour party is £210. It includes party games and magic." };
  const booking = { id: 'c2', title: 'Booking and Deposits', category: null, content: 'How do I book?\nOnline on our website or ring the office.\nIs there a deposit?\nYes, £30 secures your date. The rest is paid on the day by card or cash.' };
  const prices = { id: 'c3', title: 'Price list', category: null, content: 'Princess Castle 12ft x 12ft - £85\nSuperhero Castle 12ft x 15ft - £100' };
  const articles = [entertainers, booking, prices];

  it('reads the sentences after a paragraph that opens with a name as about that name', () => {
    expect(replyTo('what does Captain Confetti cost for an hour?', { articles })).toContain('A 1 hour show is £130');
  });

  it('reads "how much do I have to put down" as the deposit', () => {
    expect(replyTo('How much do I have to put down to book?', { articles })).toContain('£30 secures your date');
  });
});

describe('a chimney sweep configured by chat (round 20, dev probe 9)', () => {
  const areas = { id: 's1', title: 'Areas we cover', category: null, content: 'Mon - Ludlow, Bromfield, Craven Arms\nWed - Tenbury Wells, Cleobury Mortimer\nFri - Knighton, Presteigne' };
  const before = { id: 's2', title: 'Before the sweep arrives', category: null, content: "Q. Do I need to let the fire go out?\nA. Yes - please don't light the fire for at least 24 hours before we come." };

  it('reads a day written short ("Wed - Tenbury Wells") as the day asked for, coming out being how', () => {
    expect(replyTo('Do you come out as far as Tenbury? Which day?', { articles: [areas, before] })).toContain('Wed - Tenbury Wells');
  });
});

describe('a mobile dog groomer configured by chat (round 20, dev probe 7)', () => {
  const before = { id: 'g1', title: 'Before we arrive', category: null, content: "- Take your dog for a short walk so they've been to the toilet\n- Please don't give a big meal in the 2 hours before the groom\n- Keep other pets indoors" };
  const prices = { id: 'g2', title: 'Grooming Prices', category: null, content: 'Small dogs (up to 10kg) - full groom £42\nBath & brush only - £30 any size' };

  it('reads feeding the dog as giving it a meal', () => {
    expect(replyTo('Should I feed my dog before you arrive?', { articles: [prices, before] })).toContain('2 hours before the groom');
  });
});

describe('a community theatre configured by chat (round 20, dev probe 4)', () => {
  const prices = { id: 't1', title: 'Ticket Prices', category: null, content: 'Ticket prices for most shows:\n- Adults: £14\n- Concessions (students and over-65s): £11\n\nGroups of 10 or more get 10% off. Pantomime tickets cost £2 more.' };
  const access = { id: 't2', title: 'Access and facilities', category: null, content: 'The auditorium has step-free access and 4 wheelchair spaces. A hearing loop is fitted in the main hall.' };
  const articles = [prices, access];

  it('reads "10% off" as a discount ("do we get money off?")', () => {
    expect(replyTo("We're coming as a group of 12 from the choir, do we get money off?", { articles })).toContain('Groups of 10 or more get 10% off');
  });

  it('reads "room for wheelchair users" as space for wheelchairs', () => {
    expect(replyTo('Is there room for wheelchair users in the auditorium?', { articles })).toContain('4 wheelchair spaces');
  });
});

describe('work asked for on a thing of the customer named nowhere (round 20, dev probe 11)', () => {
  const services = { id: 'w1', title: 'Servicing prices', category: null, content: 'Standard Service - £75\nFull Strip Service - £150\nE-bike Service - £95' };

  it('says it does not know, with no price, when no article names the thing', () => {
    expect(replyTo('Can you service my suspension fork? How much would that be?', { articles: [services] })).toMatch(/don't know/);
    expect(replyTo('Can you service my ebike?', { articles: [services] })).toContain('E-bike Service - £95');
  });
});

describe('a café with a loyalty card (round 22, dev)', () => {
  const loyalty = { id: 'c1', title: 'Takeaway & Loyalty Card', category: null, content: 'Ask for a loyalty card at the till. Collect 8 stamps, 9th hot drink free.' };
  const menu = { id: 'c2', title: 'Menu', category: null, content: 'Always at least one gluten-free cake.\nCoffee roasted for us by a local roaster.' };

  it('reads a coffee as a hot drink: "how many coffees before one is free?"', () => {
    expect(replyTo('How many coffees do I need to buy before I get one free?', { articles: [menu, loyalty] })).toContain('Collect 8 stamps, 9th hot drink free');
  });

  it('does not offer the hot-drink stamp card for a sandwich', () => {
    expect(replyTo('How many sandwiches do I need to buy before I get one free?', { articles: [menu, loyalty] })).not.toContain('hot drink');
  });
});

describe('who does the work, named after its role (round 22, dev)', () => {
  const mot = { id: 'm1', title: 'MOT Testing', category: null, content: "We're a DVSA-approved Class 4 MOT station, so we can test cars and vans up to 3,000kg.\nOur MOT tester is Karen Hartley.\nMOT .... £45" };

  it('answers "who does the MOTs?" with the line naming the tester', () => {
    expect(replyTo('Who actually does the MOTs at yours?', { articles: [mot] })).toContain('Our MOT tester is Karen Hartley.');
  });

  it('reads a weekday after "is" as no person', () => {
    const day = { id: 'm2', title: 'Tyre storage', category: null, content: 'Our winter tyre changeover is Monday.' };
    expect(replyTo('Who does the winter tyre changeover?', { articles: [day] })).toMatch(/don't know/);
  });
});

describe('asking permission to bring something (round 22, dev)', () => {
  const faq = { id: 'f1', title: 'FAQ', category: null, content: 'Well-behaved dogs welcome in the courtyard, at the two tables by the front window.\nWe have a portable ramp - ring the bell and we will bring it out.' };

  it('reads "welcome" as the answer to "Can I bring my spaniel?"', () => {
    expect(replyTo('Can I bring my cocker spaniel in with me?', { articles: [faq] })).toContain('Well-behaved dogs welcome in the courtyard');
  });

  it('does not read "welcome" as bringing anything else', () => {
    expect(replyTo('Can I bring my own cake?', { articles: [faq] })).not.toContain('dogs welcome');
  });
});

describe('reduced rates are a discount (round 22, dev)', () => {
  const plans = { id: 'p1', title: 'Plans and pricing', category: null, content: 'Team: £6 per user a month.\nRegistered charities and schools get 50% off Team and Business plans.' };

  it('answers "any reduced rates?" with the discount', () => {
    expect(replyTo("We're a small registered charity running on a shoestring, any reduced rates?", { articles: [plans] })).toContain('get 50% off Team and Business plans');
  });
});

describe('a thing dropped or brought back is returned (round 22, dev)', () => {
  const tents = { id: 't1', title: 'Tent hire', category: null, content: 'Collect from our store from 2pm the day before.\nReturn the tent by 12 noon on the day your hire ends.' };

  it('answers "what time do we drop the rented tent back?" with the return time', () => {
    expect(replyTo('What time do we have to drop the rented tent back on the last day?', { articles: [tents] })).toContain('Return the tent by 12 noon');
  });

  it('does not read "get back to me" as a return', () => {
    expect(replyTo('Can you bring your manager back to me about the tent?', { articles: [tents] })).not.toContain('Return the tent');
  });
});

describe('who the assistant is, against who works for the business (round 23 dev)', () => {
  const team = [{ id: 't', title: 'Our team', category: null, content: 'Our sports massage therapists are Priya Shah and Tom Ellis.' }];

  it('answers "Who are your massage therapists?" from the articles, not with its own name', () => {
    expect(replyTo('Who are your massage therapists?', { articles: team })).toContain('Priya Shah');
  });

  it('reads a staff list written "Name – Role" as naming people', () => {
    const list = [{ id: 'm', title: 'Meet our practitioners', category: null, content: 'Helen Marsh – Clinic Lead Physiotherapist.\nTom Bradley – Sports Massage Therapist.\nMassage is given by our two sports massage therapists.' }];
    expect(replyTo('Who are your massage therapists?', { articles: list })).toContain('Tom Bradley');
  });

  it('still gives its name to "Who are you?" and "Are you a bot or a human?"', () => {
    expect(replyTo('Who are you?', { articles: team })).toContain("I'm Ava");
    expect(replyTo('who are you exactly?', { articles: team })).toContain("I'm Ava");
    expect(replyTo('Are you a bot or a human?', { articles: team })).toContain("I'm Ava");
  });
});

describe('missing an appointment in other words (round 23 dev)', () => {
  const articles = [{ id: 'book', title: 'Appointments', category: null, content: 'You can book an eye test online or by phone.\nIf you miss a private appointment without letting us know, we charge a £15 missed appointment fee.' }];

  it('reads "not turning up" as missing it, and "tomorrow" as when, not what', () => {
    expect(replyTo("What happens if I don't turn up tomorrow for my appointment?", { articles })).toContain('£15 missed appointment fee');
  });

  it('reads a penalty as the fee', () => {
    expect(replyTo('Is there a penalty for not turning up?', { articles })).toContain('£15 missed appointment fee');
  });
});

describe('a guitar shop in its customers\' words (round 23 dev)', () => {
  it('reads "covered if something goes wrong" as the warranty', () => {
    const articles = [{ id: 'u', title: 'Buying a second-hand guitar', category: null, content: 'Every used instrument goes through our workshop first.\nWarranty: used guitars and basses come with our 6-month workshop warranty.' }];
    expect(replyTo('Are your used guitars covered if something goes wrong?', { articles })).toContain('6-month workshop warranty');
  });

  it('reads a teacher listed "Ellie Marsh - acoustic, classical and ukulele" as naming a person', () => {
    const articles = [{ id: 'l', title: 'Guitar lessons', category: null, content: 'We teach all levels, one-to-one, upstairs.\nTom Reed - electric, rock and blues\nEllie Marsh - acoustic, fingerstyle, classical and ukulele' }];
    expect(replyTo('Who would teach me ukulele?', { articles })).toContain('Ellie Marsh');
  });
});

describe('who runs a session, in a timetable line (round 23 dev)', () => {
  it('reads "with Auntie Bev" and "led by Marcus" as naming a person', () => {
    const articles = [{ id: 't', title: 'Toddler Mornings', category: null, content: 'Every Tuesday during term time, 9:30am to 12 noon.\nSingalong and story time at 11:15am with Auntie Bev\nMessy play at 10am, led by Marcus' }];
    expect(replyTo('Who does the story time at the toddler mornings?', { articles })).toContain('Auntie Bev');
    expect(replyTo('Who runs the messy play?', { articles })).toContain('Marcus');
  });
});

describe('a hot-tub hire firm in its customers\' words (round 24 dev)', () => {
  const rules = [{ id: 'r', title: 'Hot tub rules & safety', category: null, content: 'Under-16s must be supervised by an adult at all times.\nNo children under 5 in the tub.\nNo glass anywhere near the tub.\nKeep sessions to 20 minutes at a time and drink plenty of water.\nNo pets in the tub - claws puncture the inflatables.' }];

  it('reads "we were going to use" and "nice" as phrasing, not topic words', () => {
    expect(replyTo("We've got some nice prosecco glasses we were going to use in the tub, is that ok or do we need something else?", { articles: [...rules, { id: 'h', title: 'Heating up', category: null, content: 'Q: What temperature can it go up to?\nA: The maximum is 40°C.' }] })).toContain('No glass anywhere near the tub');
  });

  it('reads dressing gowns as the robes a price list names', () => {
    const extras = [{ id: 'x', title: 'Add-ons to your hire', category: null, content: '- LED mood lights - £10\n- Towelling robes - £5 each\n- Fire pit with a bag of logs - £25' }];
    expect(replyTo('How much are the dressing gowns to hire?', { articles: extras })).toContain('£5 each');
  });

  const prices = [{ id: 'p', title: 'Hire prices 2024', category: null, content: '| Tub | Weekend | Full week |\n|---|---|---|\n| Coast 4 - inflatable, 2-4 people | £160 | £230 |\n| Coast 6 - inflatable, 4-6 people | £185 | £265 |\n\n**Extra nights** on the end of a hire: £30 per night for the Coast tubs.' }];
  const delivery = [{ id: 'd', title: 'Delivery, setup and what you need', category: null, content: "We deliver free within 15 miles of our yard in Aylsham. From 15 to 25 miles it's £1.50 per mile each way. Sorry, we don't deliver beyond 25 miles.\n\n**What you need at your end:**\n- a flat, level, solid area: 3m x 3m for the Coast tubs\n- an outside tap within 25 metres" }];

  it('reads "we don\'t deliver beyond 25 miles" as saying which area is served', () => {
    expect(replyTo("Do you deliver to King's Lynn? it's about 35 miles from you", { articles: [...delivery, ...prices] })).toContain('beyond 25 miles');
  });

  it('prices "the bigger blow-up tub" as the dearest inflatable', () => {
    const reply = replyTo("There's 6 of us staying in a cottage for a whole week in July - what would the bigger blow-up tub cost?", { articles: [...prices, ...delivery] });
    expect(reply).toContain('£265');
  });

  it('reads "keep it another night" as an extra night', () => {
    const cancelling = [{ id: 'c', title: 'Cancellations', category: null, content: 'Between 14 and 28 days before, we keep the £50 booking deposit and refund the rest.' }];
    expect(replyTo('can we keep it another night? how much?', { articles: [...prices, ...cancelling] })).toContain('£30 per night');
  });

  it('answers "how much space" with a floor area ("3m x 3m")', () => {
    expect(replyTo('How much space do I need for the Coast 6?', { articles: [...prices, ...delivery] })).toContain('3m x 3m');
  });
});

describe('an escape-room venue in its customers\' words (round 24 dev)', () => {
  const games = [{ id: 'g', title: 'Our games', category: null, content: "# Our games\n\n## The Clockmaker's Study\nA gentle first game. The old clockmaker has vanished.\n- Players: 2-6\n- Time: 60 minutes\n\n## The Vault at Corn Street\nA bank heist with a laser corridor and a real 400kg safe door. Our hardest and biggest room.\n- Players: 4-8\n- Time: 75 minutes" }];

  it('reads the whole paragraph a list follows as what its items are about ("the bank heist game" → "Time: 75 minutes")', () => {
    expect(replyTo('how long do you get in the bank heist game?', { articles: games })).toContain('75 minutes');
  });

  it('reads flashing lights as the strobe an article names', () => {
    const access = [{ id: 'a', title: 'Accessibility', category: null, content: "Lights Out uses strobe lighting in one scene, so it isn't suitable for anyone with photosensitive epilepsy.\nThe other two rooms have no strobe." }];
    expect(replyTo('I have epilepsy - are there any flashing lights in your rooms?', { articles: [...access, ...games] })).toContain('strobe lighting');
  });
});

describe('a chimney sweep in its customers\' words (round 24 dev)', () => {
  const prices = [{ id: 'p', title: 'Price list', category: null, content: 'Standard sweep - open fire, wood burner or multi-fuel stove: price £70\nSecond flue swept on the same visit: price £40\nAga / range cooker sweep: price £95' }];
  const booking = [{ id: 'b', title: 'Booking', category: null, content: 'We confirm every booking by text.\nBusy season: September to November is mad - book 3 to 4 weeks ahead.\nIn summer we can usually come within a week.' }];

  it('reads "woodburner" as the "wood burner" a price list writes', () => {
    expect(replyTo('hi how much do u charge to do a woodburner?', { articles: [...booking, ...prices] })).toContain('£70');
  });

  it('reads cleaning a flue as sweeping it', () => {
    expect(replyTo("What's the price for cleaning out the flue on our Aga?", { articles: [...prices, ...booking] })).toContain('£95');
  });

  it('finds October inside "September to November"', () => {
    expect(replyTo('how far in advance do i need to book for late october?', { articles: [...booking, ...prices] })).toContain('3 to 4 weeks ahead');
  });
});

describe('an alterations shop in its customers\' words (round 24 dev)', () => {
  it('reads "can I just turn up" as a walk-in, and "a pair of" as no topic', () => {
    const prices = [{ id: 'p', title: 'Alterations price list', category: null, content: 'Trouser / jeans hem (plain): price £12\nTaper trouser legs: price £22' }];
    const context = 'Needle & Thread is an alterations shop in Bristol. Walk-ins welcome for everyday alterations; bridal and made-to-measure are by appointment only.';
    expect(replyTo('Do I have to book or can I just turn up with a pair of trousers?', { articles: prices, businessContext: context })).toContain('Walk-ins welcome');
  });

  it('still reads a customer not turning up as a no-show', () => {
    const articles = [{ id: 'a', title: 'Appointments', category: null, content: 'If you miss a fitting without letting us know, we charge a £10 missed appointment fee.' }];
    expect(replyTo("What happens if I don't turn up for my fitting?", { articles })).toContain('£10 missed appointment fee');
  });
});

describe('forgetting to collect (round 24 dev)', () => {
  it('reads "if I forget to pick my stuff up" as what a help centre calls uncollected', () => {
    const articles = [{ id: 'c', title: 'Collecting your alterations', category: null, content: "- We text you when your item is ready to collect.\n- Someone else can collect for you as long as they bring the ticket.\n- Uncollected items: we keep finished items for 60 days after the \"ready\" text." }];
    expect(replyTo('What happens if I forget to pick my stuff up for a few months?', { articles })).toContain('60 days');
  });
});

describe('opening hours asked for a holiday the context does not name (round 27 dev)', () => {
  const context = 'Cipher & Key is an escape-room venue on Baldwin Street, Bristol. Open Wed & Thu 12pm-9pm, Fri 12pm-10:30pm, Sat 10am-10:30pm, Sun 10am-7pm.';

  it('"Do your opening hours change over Christmas and New Year?" is not answered with the usual hours', () => {
    expect(businessFactAnswer('Do your opening hours change over Christmas and New Year?', context)).toEqual([]);
    expect(businessFactAnswer('What are your opening hours?', context)).toEqual(['Open Wed & Thu 12pm-9pm, Fri 12pm-10:30pm, Sat 10am-10:30pm, Sun 10am-7pm.']);
  });

  it('a context that names the holiday still answers', () => {
    const withIt = `${context} Over Christmas we open 12pm-6pm and close on 25 and 26 December.`;
    expect(businessFactAnswer('Are you open over Christmas?', withIt).join(' ')).toContain('Over Christmas we open');
  });
});
