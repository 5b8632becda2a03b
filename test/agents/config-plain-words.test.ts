/**
 * The offline configuration grammar on admin messages written the way admins really write them:
 * articles offered in passing ("here's our returns policy: …", "a new article about X? …"),
 * typos of "article", a terse first sentence as the title, facts about the business stated
 * plainly, "if …, hand them to a person" escalation rules, price changes inside an article, and
 * articles deleted by a word of their title. Then the plans those intents make.
 */
import { describe, expect, it } from 'vitest';
import { composeConfigurationTurn } from '../../src/agents/offline-config/compose.ts';
import { parseCommand, parseCommands } from '../../src/agents/offline-config/grammar.ts';
import { reprice } from '../../src/agents/offline-config/prices.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/settings.ts';

const cases: [string, object][] = [
  ['Could you create a new article about gift cards? Gift cards never expire. They can be used online.', { kind: 'create_article', title: 'Gift cards', content: 'Gift cards never expire. They can be used online.' }],
  ["Here's our delivery policy: We deliver within 5 miles. Delivery is free over £30.", { kind: 'create_article', title: 'Delivery policy', content: 'We deliver within 5 miles. Delivery is free over £30.' }],
  ['This is our privacy notice - We never sell your data.', { kind: 'create_article', title: 'Privacy notice', content: 'We never sell your data.' }],
  ['add an articel on repairs: We repair frames in 3 days.', { kind: 'create_article', title: 'Repairs', content: 'We repair frames in 3 days.' }],
  // Content with no title given: its first sentence names it (round 13: owners often give none).
  ['New article: We ship daily. Orders over £50 ship free.', { kind: 'create_article', title: 'We ship daily', content: 'We ship daily. Orders over £50 ship free.' }],
  ['Create an artical titled Warranty: Two years on frames.', { kind: 'create_article', title: 'Warranty', content: 'Two years on frames.' }],
  ['New article: Gift wrapping. We wrap any purchase for £2. Ribbons come in red or gold.', { kind: 'create_article', title: 'Gift wrapping', content: 'We wrap any purchase for £2. Ribbons come in red or gold.' }],
  ['Add an article about Wi-Fi: The password is on your receipt. Guest-network only.', { kind: 'create_article', title: 'Wi-Fi', content: 'The password is on your receipt. Guest-network only.' }],
  ['Our address is 3 High Street, Leeds LS1 4AB', { kind: 'add_business_fact', fact: 'Our address is 3 High Street, Leeds LS1 4AB.' }],
  ["we're open Monday to Friday 8am to 5pm.", { kind: 'add_business_fact', fact: "We're open Monday to Friday 8am to 5pm." }],
  ['The phone number is 020 7946 0000', { kind: 'add_business_fact', fact: 'The phone number is 020 7946 0000.' }],
  ['If a customer threatens legal action, pass them on to a manager.', { kind: 'add_escalation_rules', rules: ['legal action'] }],
  ['When someone says a child is hurt, escalate', { kind: 'add_escalation_rules', rules: ['a child is hurt'] }],
  ['Hand it over to a human whenever a guest reports a fire or that smoke is coming from a room', { kind: 'add_escalation_rules', rules: ['a fire', 'smoke is coming from a room'] }],
  ['Change the price in Frame Repairs: a wheel truing is now $25', { kind: 'update_article_price', target: 'Frame Repairs', item: 'a wheel truing', price: '$25' }],
  ['update the prices in the Rentals article to €30 for a half day e-bike', { kind: 'update_article_price', target: 'Rentals', item: 'a half day e-bike', price: '€30' }],
  ['Set the price of a basic service in Servicing to £45', { kind: 'update_article_price', target: 'Servicing', item: 'a basic service', price: '£45' }],
  // Round 7, from configure-by-chat probe 3: a help page is an article; a tone of several words.
  ['can you make a help page about delivery and setup? We deliver within 25 miles for £40.', { kind: 'create_article', title: 'Delivery and setup', content: 'We deliver within 25 miles for £40.' }],
  ['delete the page about parking', { kind: 'archive_article', target: 'parking' }],
  ['Make the tone warm and friendly please', { kind: 'set_settings', patch: { tone: 'warm and friendly' } }],
  ['keep your tone professional and to the point', { kind: 'set_settings', patch: { tone: 'professional and to the point' } }],
  ['Please remove the returns article', { kind: 'archive_article', target: 'returns' }],
  ['delete the article on the gift card', { kind: 'archive_article', target: 'gift card' }],
  ['archive our artcle about shipping.', { kind: 'archive_article', target: 'shipping' }],
  // Round 16 (found by `npm run eval:http -- --by-chat`): a title that is a question keeps its mark, and the content named after it is the content.
  ['Add a knowledge article titled How long will my repair take? with content: Most repairs are done the same day.', { kind: 'create_article', title: 'How long will my repair take?', content: 'Most repairs are done the same day.' }],
];

const request = (text: string, extra: object[] = [], settings = DEFAULT_SETTINGS) => ({
  system: '',
  messages: [{ role: 'user' as const, content: text }, ...(extra as never[])],
  context: { kind: 'configuration', command: text, settings },
});
const toolTurn = (name: string, output: unknown, id = 'c1') => [
  { role: 'assistant', content: '', toolCalls: [{ id, name, input: {} }] },
  { role: 'tool', toolCallId: id, name, content: JSON.stringify({ ok: true, output }) },
];

describe('configuration grammar: plain admin wording', () => {
  it.each(cases)('%s', (text, intent) => {
    expect(parseCommand(text)).toEqual(intent);
  });

  it.each([
    // Questions are not facts; "here's our business context" is no article.
    'our hours are?',
    "Here's our business context: we sell bikes.",
    // A price change without a price.
    'update the price in Frame Repairs: the wheel truing is cheaper now',
  ])('does not guess: %s', (text) => {
    const intent = parseCommand(text);
    expect(intent.kind).not.toMatch(/create_article|add_business_fact|update_article_price/);
  });
});

describe('repricing an article', () => {
  const cakes = 'Orders need 72 hours notice. A 6-inch cake costs £35 and a 9-inch cake costs £55. A 30% deposit is taken.';
  const boats = 'A motorboat costs £75 for two hours or £140 for a full day. A kayak costs £25 for two hours.';

  it('replaces the amount whose clause names the item', () => {
    expect(reprice(cakes, 'the 9-inch cake', '£60')).toMatchObject({
      content: cakes.replace('£55', '£60'),
      old: '£55',
      sentence: 'A 6-inch cake costs £35 and a 9-inch cake costs £60.',
    });
    expect(reprice(boats, 'full day motorboat', '£150')).toMatchObject({ content: boats.replace('£140', '£150'), old: '£140' });
    expect(reprice(boats, 'kayak', '£30')).toMatchObject({ content: boats.replace('£25', '£30'), old: '£25' });
  });

  it('reads a list item as its own clause: the line after an amount is not part of it (probe 4)', () => {
    const tickets = 'Ticket prices for most shows:\n- Adults: £14\n- Children under 16: £8\n- Family ticket (2 adults and 2 children): £40\n\nPantomime tickets cost £2 more.';
    expect(reprice(tickets, 'a family ticket', '£44')).toMatchObject({
      content: tickets.replace('£40', '£44'),
      old: '£40',
      sentence: '- Family ticket (2 adults and 2 children): £44',
    });
    const asked = reprice(tickets, 'ticket', '£44');
    expect(asked).toHaveProperty('ask');
    expect((asked as { ask: string }).ask).toContain('\n- Adults: £14\n');
  });

  it('asks when no amount, or several amounts equally, fit the item', () => {
    expect(reprice(boats, 'boat', '£99')).toHaveProperty('ask');
    expect(reprice(cakes, 'a cupcake', '£3')).toHaveProperty('ask');
    expect(reprice('We sell bread.', 'bread', '£3')).toHaveProperty('ask');
  });
});

describe('plans for plain admin wording', () => {
  it('adds a stated fact to the business context instead of replacing it', () => {
    const settings = { ...DEFAULT_SETTINGS, businessContext: 'Spoke & Chain repairs bikes in Leeds.' };
    const text = 'Our opening hours are 8am to 5pm on weekdays';
    expect(composeConfigurationTurn(request(text, [], settings))).toEqual({
      toolCalls: [{ name: 'update_settings', input: { businessContext: 'Spoke & Chain repairs bikes in Leeds.\nOur opening hours are 8am to 5pm on weekdays.' } }],
    });
    const done = composeConfigurationTurn(request(text, toolTurn('update_settings', { changes: [] }), settings)) as { text: string };
    expect(done.text).toContain('Added to the business context');
  });

  it('changes a price: looks the article up, updates its content, quotes the new sentence', () => {
    const text = 'update the price in Servicing to £50 for a full service';
    const article = { id: 'a1', title: 'Servicing', content: 'A basic service costs £40. A full service costs £70 and takes a day.' };
    expect(composeConfigurationTurn(request(text))).toEqual({ toolCalls: [{ name: 'list_articles', input: { q: 'Servicing', limit: 5 } }] });
    const listed = toolTurn('list_articles', { articles: [article], total: 1 });
    expect(composeConfigurationTurn(request(text, listed))).toEqual({
      toolCalls: [{ name: 'update_article', input: { id: 'a1', content: 'A basic service costs £40. A full service costs £50 and takes a day.' } }],
    });
    const done = composeConfigurationTurn(request(text, [...listed, ...toolTurn('update_article', article, 'c2')])) as { text: string };
    expect(done.text).toContain('£70 is now £50');
    expect(done.text).toContain('A full service costs £50 and takes a day.');
  });

  it('picks the article whose title holds the words named, among several search hits', () => {
    const hits = {
      articles: [
        { id: 'a1', title: 'Getting here', content: 'Parking is at the station.' },
        { id: 'a2', title: 'Parking', content: 'Pay-and-display parking at the station.' },
      ],
      total: 2,
    };
    const text = 'Please delete the parking article';
    expect(composeConfigurationTurn(request(text, toolTurn('list_articles', hits)))).toEqual({ toolCalls: [{ name: 'archive_article', input: { id: 'a2' } }] });
  });
});

describe('round 6, second probe: facts of a part of the business, tone, times in titles', () => {
  it.each([
    ['The phone number for the site office is 015394 33210', 'The phone number for the site office is 015394 33210.'],
    ['reception is open 8am to 8pm every day', 'Reception is open 8am to 8pm every day.'],
    ['The shop is open on Sundays from 10am.', 'The shop is open on Sundays from 10am.'],
    ['our email address for bookings is stay@example.com', 'Our email address for bookings is stay@example.com.'],
  ])('adds %j to the business context', (message, fact) => {
    expect(parseCommand(message)).toEqual({ kind: 'add_business_fact', fact });
  });

  it('does not take a question about a fact as one, nor replace the context with it', () => {
    expect(parseCommand('The shop is open on Sundays?').kind).toBe('unclear');
  });

  it.each(['Make the tone friendly please', 'keep your tone formal', 'make the tone a bit more playful, thanks'])('sets the tone from %j', (message) => {
    expect(parseCommand(message)).toMatchObject({ kind: 'set_settings', patch: { tone: expect.stringMatching(/^(?:friendly|formal|playful)$/) } });
  });

  it('does not split a title at the colon of a time', () => {
    expect(parseCommand('new article: Late arrivals. The gate closes at 10:30pm; ring the bell after that.')).toEqual({
      kind: 'create_article',
      title: 'Late arrivals',
      content: 'The gate closes at 10:30pm; ring the bell after that.',
    });
  });
});

describe('round 13, fifth probe: routed cases, context lead-ins, titles named in passing, trailing reasons', () => {
  it.each([
    ['For the business context, put this: Tidewell is a hydrotherapy practice in Harrogate.', { kind: 'set_settings', patch: { businessContext: 'Tidewell is a hydrotherapy practice in Harrogate.' } }],
    ['Please set the business context to the following. Hollybank is an allotment site.', { kind: 'set_settings', patch: { businessContext: 'Hollybank is an allotment site.' } }],
    ["Our phone number's 01423 730215", { kind: 'add_business_fact', fact: "Our phone number's 01423 730215." }],
    ['The site gates are open from 7am until dusk every day', { kind: 'add_business_fact', fact: 'The site gates are open from 7am until dusk every day.' }],
    ['Please add this as an article about vet referrals: Every dog needs a referral form.', { kind: 'create_article', title: 'Vet referrals', content: 'Every dog needs a referral form.' }],
    ['Make a new article and call it Your First Visit. Arrive 10 minutes early.', { kind: 'create_article', title: 'Your First Visit', content: 'Arrive 10 minutes early.' }],
    ['Please put this in the knowledge base under the heading Site Rules: Bonfires only in winter.', { kind: 'create_article', title: 'Site Rules', content: 'Bonfires only in winter.' }],
    ['Anything about a dog with cancer should go to Helen, our clinical director', { kind: 'add_escalation_rules', rules: ['a dog with cancer'] }],
    ['Please make sure complaints about one of our therapists always go to a real person', { kind: 'add_escalation_rules', rules: ['complaints about one of our therapists'] }],
    ['Eviction notices and plot terminations are handled by Margaret, our secretary', { kind: 'add_escalation_rules', rules: ['Eviction notices and plot terminations'] }],
    ['if anyone mentions asbestos, get a committee member involved', { kind: 'add_escalation_rules', rules: ['asbestos'] }],
    ["When members say 'shop' they mean the 'trading hut'", { kind: 'add_synonyms', words: ['shop', 'trading hut'] }],
    ['In Plot Rents and Fees, change the half plot price to £52', { kind: 'update_article_price', target: 'Plot Rents and Fees', item: 'half plot', price: '£52' }],
    ["Please delete the Puppy Splash Club article, we've stopped running it", { kind: 'archive_article', target: 'Puppy Splash Club' }],
    ["get rid of the produce show article, it's been cancelled this year", { kind: 'archive_article', target: 'produce show' }],
    ['How many people have chatted with the assistant in the last 30 days?', { kind: 'analytics', days: 30, metric: 'conversations' }],
    ['How many conversations got handed over to a person in the last 7 days?', { kind: 'analytics', days: 7, metric: 'escalations' }],
  ])('reads %j', (message, intent) => {
    expect(parseCommand(message)).toEqual(intent);
  });

  it.each(['Our deliveries go to Scotland', 'Parcels are handled by Royal Mail', 'Kids go to the small pool', 'The gates are open?'])('does not read %j as a routed case', (message) => {
    expect(parseCommand(message).kind).not.toBe('add_escalation_rules');
  });
});

describe('round 13, seventh probe: requests after the content, reasons and roles after the rule', () => {
  it.each([
    ["oh and our phone number is 07700 900123 if anyone needs it", { kind: 'add_business_fact', fact: 'Our phone number is 07700 900123.' }],
    ["We use an oatmeal shampoo as standard. We can't groom a dog that has fleas.\n\ncould you stick that in the help articles as Shampoos and Skin, loads of people ask", { kind: 'create_article', title: 'Shampoos and Skin', content: "We use an oatmeal shampoo as standard. We can't groom a dog that has fleas." }],
    ["Millbrook Community Pool is a 25 metre indoor pool run by a small local charity.\n\n^ that's us, please use it as the business description", { kind: 'set_settings', patch: { businessContext: 'Millbrook Community Pool is a 25 metre indoor pool run by a small local charity.' } }],
    ["Anything about a safeguarding concern goes straight to Helen, she's our welfare officer", { kind: 'add_escalation_rules', rules: ['a safeguarding concern'] }],
    ["If a neighbour complains about where the van is parked, pass that to me - I'd rather sort those out myself", { kind: 'add_escalation_rules', rules: ['a neighbour complains about where the van is parked'] }],
    ["Donations and gifts in wills are Peter's department, he's our treasurer", { kind: 'add_escalation_rules', rules: ['Donations and gifts in wills'] }],
    ["some of our older swimmers call aqua aerobics 'aquafit' - it's the same class", { kind: 'add_synonyms', words: ['aquafit', 'aqua aerobics'] }],
  ])('reads %j', (message, intent) => {
    expect(parseCommand(message)).toEqual(intent);
  });

  it('names an article about "them" by what the owner started doing', () => {
    const intent = parseCommand("we've started doing pool parties!! can you add something about them: Parties run on Saturdays from 4.30pm to 6pm. It costs £150.");
    expect(intent).toMatchObject({ kind: 'create_article', title: 'Pool parties' });
  });
});

describe('round 13, third dev set: phone-typed requests', () => {
  it.each([
    ['pls add this page, save it as "Birthday & Party Packages"\n\nStandard party - £22 per person\nDeluxe party - £30 per person', { kind: 'create_article', title: 'Birthday & Party Packages', content: 'Standard party - £22 per person\nDeluxe party - £30 per person' }],
    ['add an article -> Title: Arrival time // Body: please arrive 15 mins before your slot', { kind: 'create_article', title: 'Arrival time', content: 'please arrive 15 mins before your slot' }],
    ["I'll deal with anything about payments or direct debits myself", { kind: 'add_escalation_rules', rules: ['payments or direct debits'] }],
    ['if someone says ive broken something or damaged a window text me straight away', { kind: 'add_escalation_rules', rules: ['ive broken something or damaged a window'] }],
    ['round here footie means football obviously', { kind: 'add_synonyms', words: ['footie', 'football'] }],
    ['ditch the birthday parties article, clubhouse is being refurbished', { kind: 'archive_article', target: 'birthday parties' }],
    ['kids need shin pads and a water bottle every session no exceptions', { kind: 'add_business_fact', fact: 'Kids need shin pads and a water bottle every session no exceptions.' }],
  ])('reads %j', (message, intent) => {
    expect(parseCommand(message)).toEqual(intent);
  });

  it.each(['perfect, thanks so much that\'s great', 'hmm let me have a think and come back to you'])('changes nothing for %j', (message) => {
    expect(parseCommand(message).kind).toBe('unclear');
  });
});

describe('round 13: the owner musing is not a fact', () => {
  it.each(['i need to update the opening hours at some point', 'I wonder how many chats we had'])('changes nothing for %j', (message) => {
    expect(parseCommand(message).kind).not.toBe('add_business_fact');
  });
});

describe('round 13: what is not a fact about the business, and no article named', () => {
  it.each(['the bot said something weird to a customer yesterday', 'I have a question about billing', 'delete everything'])('changes nothing for %j', (message) => {
    expect(parseCommand(message).kind).toBe('unclear');
  });
});

describe('round 14: a fourth author (terse, non-native, formal, dictated)', () => {
  it.each([
    ['loads of people ask for a "trim" when they mean a dry cut, I call it a dry cut on my list', { kind: 'add_synonyms', words: ['trim', 'dry cut'] }],
    ['people often ask for a "deep tissue" massage, which is what we call a sports massage', { kind: 'add_synonyms', words: ['deep tissue', 'sports massage'] }],
    ['Please understand "stick shift" = "manual gearbox", is same.', { kind: 'add_synonyms', words: ['stick shift', 'manual gearbox'] }],
    ["Let's call the assistant \"Fern\" — it suits a garden centre!", { kind: 'set_settings', patch: { branding: { agentName: 'Fern' } } }],
    ["Can we rename the assistant to Kneady? 😂 I think it's funny", { kind: 'set_settings', patch: { branding: { agentName: 'Kneady' } } }],
    ['I should like the assistant to be called "Mrs Hudson" — our guests would find it charming.', { kind: 'set_settings', patch: { branding: { agentName: 'Mrs Hudson' } } }],
    ['The "Whitby Regatta 2023" page is no longer relevant. Please withdraw it.', { kind: 'archive_article', target: 'Whitby Regatta 2023' }],
    ["Sorry, been meaning to say this for ages - we're on the first floor above the Co-op and there's no lift. Can you add that?", { kind: 'add_business_fact', fact: "We're on the first floor above the Co-op and there's no lift." }],
    ['morning! absolutely chucking it down today anyway can you tell the bot all our drivers are DBS checked, thx', { kind: 'add_business_fact', fact: 'All our drivers are DBS checked.' }],
    ['group bookings of 3 rooms or more need to come to me, the bot shouldn\'t handle those', { kind: 'add_escalation_rules', rules: ['group bookings of 3 rooms or more'] }],
  ])('reads %j', (message, intent) => {
    expect(parseCommand(message)).toEqual(intent);
  });

  it('adds a line to the page an owner names in passing, keeping the rest', () => {
    expect(parseCommand('With regard to the parking page, could you add that we now have an electric vehicle charging point in space 4.')).toMatchObject({ kind: 'update_article', target: 'parking', append: true, patch: { content: expect.stringContaining('electric vehicle charging point in space 4') } });
    expect(parseCommand('pass plus page - add a line that the motorway part is done on the M5 and M4 pls')).toMatchObject({ kind: 'update_article', target: 'pass plus', append: true });
  });

  it('reads a price whose condition and old value are named beside it', () => {
    expect(parseCommand('delivery under £75 now £9.50 not £8.95 thx')).toMatchObject({ kind: 'update_article_price', price: '£9.50' });
    expect(parseCommand('From 1st April the 1 hour lesson is £42, please change in price page.')).toMatchObject({ kind: 'update_article_price', price: '£42' });
  });

  it('takes the business introduced however it is led in', () => {
    const intent = parseCommand('Good afternoon. By way of introduction, Little Acorns is an Ofsted-rated Outstanding day nursery in Eaton, Norwich, caring for children from 6 months to 5 years.');
    expect(intent).toMatchObject({ kind: 'set_settings', patch: { businessContext: expect.stringMatching(/^Little Acorns is an Ofsted-rated Outstanding day nursery/) } });
  });

  it.each(["omg that's so good thank u!! 😍"])('changes nothing for %j', (message) => {
    expect(parseCommand(message).kind).toBe('unclear');
  });
});

describe('round 14: pages dictated or pasted with the request around them', () => {
  it('reads a page dictated in one breath, its title given or its topic named', () => {
    expect(parseCommand('new page please title it How To Book A Collection and say you can book online or ring the office, and for same day you need to book before 2pm')).toMatchObject({
      kind: 'create_article',
      title: 'How To Book A Collection',
      content: expect.stringContaining('book before 2pm'),
    });
    expect(parseCommand("ok so I'd like a new article called Meals and Snacks please so all our meals are cooked fresh on site by our cook Linda")).toMatchObject({
      kind: 'create_article',
      title: 'Meals and Snacks',
      content: expect.stringContaining('cooked fresh on site'),
    });
    expect(parseCommand('right new page please about the Goth Weekend because we get a lot of questions um the Goth Weekend happens twice a year and we have a three night minimum stay')).toMatchObject({
      kind: 'create_article',
      title: 'Goth Weekend',
      content: expect.stringContaining('three night minimum stay'),
    });
  });

  it('keeps an apostrophe inside a quoted title, and drops "w/ this" after one', () => {
    expect(parseCommand('New help page: "Santa\'s Grotto 2024"\n- Open weekends from 30 Nov\n- Tickets must be booked online, no walk-ins')).toMatchObject({ kind: 'create_article', title: "Santa's Grotto 2024" });
    expect(parseCommand('make a page called Guitar Setups w/ this:\n\nA proper setup makes a cheap guitar play like an expensive one. We adjust the truss rod.')).toMatchObject({ kind: 'create_article', title: 'Guitar Setups' });
  });
});

describe('round 14: requests made politely, and signed', () => {
  it.each([
    ['Would you mind treating "snaps" as meaning photos? Loads of Irish couples talk about "the snaps".', { kind: 'add_synonyms', words: ['snaps', 'photos'] }],
    ['Would you mind taking down the article about the winter 2024 offer? It\'s well over now.', { kind: 'archive_article', target: 'winter 2024 offer' }],
    ['Would you mind if we changed your name to Niamh? I think couples would like a local name.', { kind: 'set_settings', patch: { branding: { agentName: 'Niamh' } } }],
    ['Please call the assistant Clay from now on. It suits the studio better than Sam.', { kind: 'set_settings', patch: { branding: { agentName: 'Clay' } } }],
    ['Customers very often say "barrel" when they mean a euro cylinder. Please treat the two words as meaning the same thing.\n\nRegards, Pat', { kind: 'add_synonyms', words: ['barrel', 'euro cylinder'] }],
  ])('reads %j', (message, intent) => {
    expect(parseCommand(message)).toEqual(intent);
  });

  it('reads the new price when the old one is named after it', () => {
    expect(parseCommand('Could I get you to update the price of a second shooter to €300? It used to be €250.')).toMatchObject({ kind: 'update_article_price', price: '€300' });
  });

  it('does not take a request to the assistant, or thanks, as a fact about the business', () => {
    expect(parseCommand('We gave up car key cutting some while ago, so please remove the article about car keys. It is quite out of date.').kind).not.toBe('add_business_fact');
    expect(parseCommand("Ah that's grand, thanks a million Sam. You're a star.").kind).toBe('unclear');
    expect(parseCommand('clients use spay and neuter interchangeably, please treat them as meaning the same')).toEqual({ kind: 'add_synonyms', words: ['spay', 'neuter'] });
  });
});

describe('round 14: the article about X', () => {
  it('finds the article named after "article about", but not "for now"', () => {
    expect(parseCommand('We gave up car key cutting some while ago, so please remove the article about car keys. It is quite out of date.')).toEqual({ kind: 'archive_article', target: 'car keys' });
    expect(parseCommand('scrap the allergy article for now, my solicitor wants to check the wording first')).toEqual({ kind: 'archive_article', target: 'allergy' });
  });
});

describe('round 14: the fifth author, continued', () => {
  it('adds a line to the page an owner points at ("on the page about…", "that page about… - add that…", "X page.⏎Add: …")', () => {
    expect(parseCommand('on the page about virus removal add that we also get rid of browser pop ups and fake antivirus scams')).toMatchObject({ kind: 'update_article', target: 'virus removal', append: true, patch: { content: expect.stringContaining('fake antivirus scams') } });
    expect(parseCommand("That page about the café - add that we've got gluten free and vegan options now.")).toMatchObject({ kind: 'update_article', target: 'café', append: true });
    expect(parseCommand('Memberships page.\nAdd: you can freeze your membership for up to 2 months a year.')).toMatchObject({ kind: 'update_article', target: 'Memberships', append: true });
  });

  it('reads tones, rules and facts said plainly', () => {
    expect(parseCommand("Tone's too stiff.\nMake it more laid-back.")).toMatchObject({ kind: 'set_settings', patch: { tone: expect.stringContaining('laid-back') } });
    expect(parseCommand('The AI should never diagnose a problem over chat.')).toMatchObject({ kind: 'add_business_rule' });
    expect(parseCommand('the bot shouldnt ever give a firm price for a repair before weve seen the machine')).toMatchObject({ kind: 'add_business_rule' });
    expect(parseCommand('tell the chat thing we dont do phone or tablet repairs only computers')).toMatchObject({ kind: 'add_business_fact', fact: expect.stringContaining('dont do phone or tablet repairs') });
  });
});

describe('round 14: hand-overs said before the cases, and prices in quid', () => {
  it('reads "pass to me personally any complaint about…" and "also any customer saying … needs to come to me"', () => {
    expect(parseCommand('Please also pass to me personally any complaint about damage to a door or frame following one of our visits.\n\nRegards, Pat')).toEqual({ kind: 'add_escalation_rules', rules: ['complaint about damage to a door or frame following one of our visits'] });
    expect(parseCommand('also any customer saying we broke something or we lost their files needs to come to me straight away')).toMatchObject({ kind: 'add_escalation_rules', rules: [expect.stringContaining('we lost their files')] });
  });
  it('reads "65 quid" as £65', () => {
    expect(parseCommand('ssd upgrade with fitting is 65 quid now it was 55')).toMatchObject({ kind: 'update_article_price', price: '£65' });
  });
});

describe('round 14: the business described the ordinary way (sixth author)', () => {
  it.each([
    ["right so we're Shieldline Pest Control, family firm based in Leicester, been going since 2009. we do rats, mice, wasps and bed bugs.", 'family firm based in Leicester'],
    ['Hi! So The Folded Page is an independent bookshop with a small café upstairs, on Broad Street in Ludlow. New and secondhand books.', 'independent bookshop with a small café upstairs'],
    ['Coastline Cottages manage 38 holiday lets along the Northumberland coast for private owners. Guests book through us.', 'manage 38 holiday lets'],
    ['bit of background for the bot - about 60% of our work is commercial contracts on regular inspections, the rest is domestic.', '60% of our work is commercial contracts'],
    ["just so it knows who it's talking to - it's mostly locals ordering books in, tourists asking if we're open, and parents.", 'mostly locals ordering books in'],
  ])('sets the business context from %j', (message, part) => {
    const intent = parseCommand(message);
    expect(intent.kind).toBe('set_settings');
    expect(intent.kind === 'set_settings' ? intent.patch.businessContext : '').toContain(part);
  });

  it('reads a rule naming a percentage as a rule, and names, tones and synonyms said plainly', () => {
    expect(parseCommand('Always mention the 50% deposit when someone wants to book a slot, we have had a few surprised people')).toMatchObject({ kind: 'add_business_rule' });
    expect(parseCommand('lets call the chatbot Sooty haha')).toEqual({ kind: 'set_settings', patch: { branding: { agentName: 'Sooty' } } });
    expect(parseCommand('bit more casual please, its a skip company lol')).toMatchObject({ kind: 'set_settings', patch: { tone: expect.stringContaining('casual') } });
    expect(parseCommand('folk say log burner but we say woodburner')).toEqual({ kind: 'add_synonyms', words: ['log burner', 'woodburner'] });
  });
});

describe('round 15: one greeting reader, one amount of money, every month', () => {
  it('drops a greeting naming the assistant in any case before a polite request', () => {
    for (const greeting of ['Hi Sam,', 'hi sam,', 'Hey Juniper!', 'Morning all.']) {
      expect(parseCommand(`${greeting} would you mind adding that we close at 4pm on Sundays?`)).toMatchObject({ kind: 'add_business_fact', fact: expect.stringContaining('close at 4pm on Sundays') });
    }
  });

  it('ends an amount at a comma that is no thousands separator, and keeps one that is', () => {
    expect(parseCommand('Change the price in Frame Repairs: a wheel truing is now $25, ok')).toMatchObject({ kind: 'update_article_price', target: 'Frame Repairs', price: '$25' });
    expect(parseCommand('full house clearance has gone up to £1,250 on the prices page')).toMatchObject({ kind: 'update_article_price', price: '£1,250' });
  });

  it('reads any month as when a price starts, not as the item', () => {
    for (const month of ['June', 'October', 'March']) {
      expect(parseCommand(`from ${month} the chimney sweep is £75 on the prices page`)).toMatchObject({ kind: 'update_article_price', item: 'chimney sweep', price: '£75' });
    }
  });
});

describe('round 15: what dev probe 9 found (a chimney sweep and a party-hire firm, end to end)', () => {
  const priceList = 'Standard chimney sweep (open fire or stove) ...... £75\nEach extra flue on the same visit ...... £40\nSmoke test ...... £55\n\nAll prices include VAT.';

  it('titles a pasted page by what the request calls it', () => {
    expect(parseCommand(`${priceList}\n\ncan you put that up as our prices page please`)).toMatchObject({ kind: 'create_article', title: 'Prices' });
    expect(parseCommand('could you pop this on as a page about the areas we cover, this is our usual week:\n\nMon - Ludlow, Bromfield\nTues - Church Stretton\nWed - Tenbury Wells\n\nAnywhere more than 20 miles away has a £20 supplement.')).toMatchObject({ kind: 'create_article', title: 'Areas we cover' });
    expect(parseCommand('booking and cancelling - you can book by phone or online. please give us 48 hours notice to cancel. can u make that a page called Booking & Cancellations ta')).toMatchObject({ kind: 'create_article', title: 'Booking & Cancellations' });
    expect(parseCommand("Can you add something about our summer offer please: book your sweep for June or July and get 10% off. Can't be used with any other offer.")).toMatchObject({ kind: 'create_article', title: 'Summer offer' });
    expect(parseCommand("Delivery - Free delivery and set up within 10 miles of Cardiff city centre. After that it's £1.50 a mile.\n\nadd as an article pls")).toMatchObject({ kind: 'create_article', title: 'Delivery', content: expect.stringMatching(/^Free delivery/) });
    expect(parseCommand('we also do foam partys now!! could you add something about them - £180 for an hour of foam with our foam cannon, outdoors only')).toMatchObject({ kind: 'create_article', title: 'Foam partys', content: expect.stringContaining('£180') });
    // Not "as a new article" read as the title "New".
    expect(parseCommand('Grooming prices\n\nSmall dogs - full groom £42\nMedium dogs - full groom £55\nLarge dogs - full groom £70\n\ncan u save that as a new article, title it Grooming Prices')).toMatchObject({ kind: 'create_article', title: 'Grooming Prices' });
  });

  it('takes down the page a message says is over or stopped', () => {
    expect(parseCommand('the summer offer has finished now so can you take that page down please')).toEqual({ kind: 'archive_article', target: 'summer offer' });
    expect(parseCommand("we've stopped the foam parties (too many complaints from the neighbours) so get rid of that article")).toEqual({ kind: 'archive_article', target: 'foam parties' });
  });

  it('keeps a rule to its situation: no remark, no one who deals with it; "Sian needs to know" hands over', () => {
    expect(parseCommand("If someone says their carbon monoxide alarm has gone off or they can smell fumes, get them to a human straight away, that's serious")).toEqual({ kind: 'add_escalation_rules', rules: ['their carbon monoxide alarm has gone off or they can smell fumes'] });
    expect(parseCommand('Complaints about soot or mess left after a sweep - Karen deals with those, please pass them on')).toEqual({ kind: 'add_escalation_rules', rules: ['Complaints about soot or mess left after a sweep'] });
    expect(parseCommand('If a child gets hurt on one of our castles Sian needs to know straight away')).toEqual({ kind: 'add_escalation_rules', rules: ['a child gets hurt on one of our castles'] });
    expect(parseCommand('Customers need to know that we close at 5 on Sundays')).not.toMatchObject({ kind: 'add_escalation_rules' });
  });

  it('reads a synonym without its quotes or "just", and a name and a tone asked for together', () => {
    expect(parseCommand("lots of welsh speaking parents ask for a 'castell neidio' - thats just a bouncy castle")).toEqual({ kind: 'add_synonyms', words: ['castell neidio', 'bouncy castle'] });
    expect(parseCommand('Could you call the assistant Sooty? and keep the tone friendly and down to earth, no jargon')).toEqual({ kind: 'set_settings', patch: { branding: { agentName: 'Sooty' }, tone: 'friendly and down to earth' } });
    expect(parseCommand('call the bot Bouncer! it suits us. and it should sound cheerful and fun')).toEqual({ kind: 'set_settings', patch: { branding: { agentName: 'Bouncer' }, tone: 'cheerful and fun' } });
  });

  it('reprices an item named without the article, on a price list with dot leaders', () => {
    expect(parseCommand('our standard sweep price went up to £80 this week, can you change it')).toEqual({ kind: 'update_article_price', target: '', item: 'standard sweep', price: '£80' });
    expect(reprice(priceList, 'standard sweep', '£80')).toMatchObject({ old: '£75', sentence: 'Standard chimney sweep (open fire or stove) ...... £80' });
  });

  it('reads "that page" as the article the conversation last named', () => {
    const earlier = [
      { role: 'user', content: 'Can you add this as a page called Party Entertainers please' },
      { role: 'assistant', content: 'Added the article "Party Entertainers" (id 01a24155-ccb9-71d3-ad11-2430bcb320af). The support agent uses it from now on.' },
    ];
    const text = 'oh and on that page put that he needs a plug socket for his music';
    const req = { system: '', messages: [...earlier, { role: 'user' as const, content: text }], context: { kind: 'configuration', command: text, settings: DEFAULT_SETTINGS } };
    expect(composeConfigurationTurn(req as never)).toEqual({ toolCalls: [{ name: 'list_articles', input: { q: 'Party Entertainers', limit: 5 } }] });
  });
});

describe('round 15: what dev probe 11 found (a bike workshop and a boarding kennels, end to end)', () => {
  it('reads an owner introducing the business in the first person', () => {
    for (const [message, part] of [
      ["hi! so Fettle Bike Workshop is me (Rob) and Jess - we're a small independent repair workshop in Kelham Island, Sheffield. we fix pretty much anything with pedals. been open since 2017", 'small independent repair workshop'],
      ["Hello, I'm Sue. My husband Graham and I run Willowmere Kennels & Cattery on our farm just outside Horncastle in Lincolnshire, and we've been boarding dogs and cats here since 1998.", 'Willowmere Kennels & Cattery'],
    ] as const) {
      const intent = parseCommand(message);
      expect(intent.kind).toBe('set_settings');
      expect(intent.kind === 'set_settings' ? intent.patch.businessContext : '').toContain(part);
    }
  });

  it('titles pages as the request names them, and finds pages with no request', () => {
    expect(parseCommand('Safety Check - £35\nBrakes and gears adjusted\n\nStandard Service - £75\nEverything in the safety check plus wheels trued\n\ncould you stick that on as our servicing prices please')).toMatchObject({ kind: 'create_article', title: 'Servicing prices' });
    expect(parseCommand('this is off our booking form, could you put it up as Vaccinations please\n\nAll dogs must be fully vaccinated against distemper, hepatitis, parvovirus and leptospirosis, and have had the kennel cough vaccine at least 14 days before arrival.')).toMatchObject({ kind: 'create_article', title: 'Vaccinations' });
    expect(parseCommand("Deposits and cancellations\nA deposit of 25% of the total is needed to secure every booking. The balance is paid when you collect. If you cancel more than 28 days before arrival your deposit is refunded in full. Cancellations within 28 days lose the deposit. Christmas and New Year stays must be paid in full by 1st December and cannot be refunded.\n\nthat's straight from our terms and conditions, can you add it")).toMatchObject({ kind: 'create_article', title: 'Deposits and cancellations' });
    expect(parseCommand('## Wheel builds\n\nJess hand builds wheels to order.\n\n- Labour is £55 per wheel\n- Turnaround is 7 working days\n\n^ thats off our website, can you add it here too')).toMatchObject({ kind: 'create_article', title: 'Wheel builds' });
    expect(parseCommand('- vaccination card\n- a blanket that smells of home\n- a favourite toy\n\ncan you save that as What to Bring')).toMatchObject({ kind: 'create_article', title: 'What to Bring' });
    expect(parseCommand('can u do an artical on punctures pls\n\nwalk in, no need to book. inner tube puncture repair - £12 inc. tube. tubeless repair - £18.')).toMatchObject({ kind: 'create_article', title: 'Punctures' });
    expect(parseCommand('Bike fitting\nJess does bike fits on our fit jig in the workshop. A basic fit is £60 and takes about 45 minutes. A full fit with a written report is £140.')).toMatchObject({ kind: 'create_article', title: 'Bike fitting' });
    expect(parseCommand('Check-in and check-out times\n\nMonday to Saturday: 8am to 11am and 3pm to 6pm\nSunday: 3pm to 5pm (collections only)\nBank holidays: 10am to 12 noon')).toMatchObject({ kind: 'create_article', title: 'Check-in and check-out times' });
    expect(parseCommand('Can you add our spring daycare deal: book 5 days of daycare in March or April and get a 6th day free. Ends 30th April.')).toMatchObject({ kind: 'create_article', title: 'Spring daycare deal' });
    // A header over one bullet still says what to do.
    expect(parseCommand('REMOVE\n• The article on Summer Junior Camp – we are no longer running it for under-16s')).toMatchObject({ kind: 'archive_article' });
  });

  it('reads facts after small talk, rules led by who takes them, remarks, and lines for a page named in passing', () => {
    expect(parseCommand("phew what a week 😅 anyway can you let the bot know our number is 0114 496 0721 and we're open tues-fri 8.30 till 6")).toMatchObject({ kind: 'add_business_fact', fact: expect.stringContaining('0114 496 0721') });
    expect(parseCommand('Tom handles anything about dogs that have bitten someone or are aggressive, hand those over to him')).toEqual({ kind: 'add_escalation_rules', rules: ['dogs that have bitten someone or are aggressive'] });
    expect(parseCommand('if anyone says their e-bike battery is swelling, smoking or getting really hot I want to hear about it straight away - fire risk')).toEqual({ kind: 'add_escalation_rules', rules: ['their e-bike battery is swelling, smoking or getting really hot'] });
    expect(parseCommand("lots of our regulars call the pet taxi the 'doggy bus', same thing")).toEqual({ kind: 'add_synonyms', words: ['doggy bus', 'pet taxi'] });
    expect(parseCommand('re the wheel builds page - can you add that we can build wheels round dynamo hubs as well')).toMatchObject({ kind: 'update_article', target: 'wheel builds', append: true });
    expect(parseCommand("sorry, one more thing for that page - say we have plenty of leads and collars here so there's no need to bring one")).toMatchObject({ kind: 'update_article', target: 'that', append: true });
    expect(parseCommand("In the Willowmere Boarding Prices can you change the large dog price to £34 please, everything's gone up")).toEqual({ kind: 'update_article_price', target: 'Willowmere Boarding Prices', item: 'large dog', price: '£34' });
    expect(parseCommand('the offer where people got a free 6th day of daycare has finished now, can you take that one off')).toMatchObject({ kind: 'archive_article' });
  });

  it('reprices the article whose priced line names the most of the item', () => {
    const punctures = { id: 'p', title: 'Punctures', content: 'inner tube puncture repair - £12 inc. tube. tubeless repair - £18.', category: null };
    const motors = { id: 'm', title: 'E-BIKE MOTOR DIAGNOSTICS', content: 'A diagnostic check is £40, taken off any repairs we then do.', category: null };
    const text = 'inner tube repairs are £14 now';
    const found = [{ role: 'assistant', content: '', toolCalls: [{ id: 'c1', name: 'list_articles', input: {} }] }, { role: 'tool', toolCallId: 'c1', name: 'list_articles', content: JSON.stringify({ ok: true, output: { articles: [motors, punctures] } }) }];
    const turn = composeConfigurationTurn(request(text, found)) as { toolCalls: { name: string; input: { id: string } }[] };
    expect(turn.toolCalls[0]).toMatchObject({ name: 'update_article', input: { id: 'p' } });
  });
});

describe('round 15: several requests in one message (probe 11)', () => {
  it('reads a numbered or bulleted list of requests, and requests joined by "Also"', () => {
    expect(parseCommands("Two things:\n1. Never promise a customer their bike will be ready on a certain day unless it's just a safety check\n2. any complaints about a repair we've done, Jess takes those, pass them to her")).toEqual([
      { kind: 'add_business_rule', rule: expect.stringContaining('Never promise a customer their bike will be ready') },
      { kind: 'add_escalation_rules', rules: ["complaints about a repair we've done"] },
    ]);
    expect(parseCommands("I'd like the assistant to be called Bramble please. Also it must never tell anyone their booking is confirmed - we only confirm once the deposit has been paid")).toEqual([
      { kind: 'set_settings', patch: { branding: { agentName: 'Bramble' } } },
      { kind: 'add_business_rule', rule: expect.stringContaining('never tell anyone their booking is confirmed') },
    ]);
    expect(parseCommands("tone wise I'd like it warm and reassuring, people get anxious leaving their pets with strangers. and REFUNDS over £100 -> me, i deal with those myself")).toEqual([
      { kind: 'set_settings', patch: { tone: 'warm and reassuring' } },
      { kind: 'add_escalation_rules', rules: ['REFUNDS over £100'] },
    ]);
  });

  it('keeps one request whole: a pasted list, a list of cases carried on with "Also"', () => {
    expect(parseCommands('What to bring:\n- vaccination card\n- a blanket that smells of home\n- a favourite toy\n\ncan you save that as What to Bring')).toHaveLength(1);
    expect(parseCommands('Landlords or letting agents asking about multiple properties need a human, thats a contract quote. Also any complaints about a technician')).toHaveLength(1);
    expect(parseCommands('Our phone number is 01507 490615. Also we are open every day from 8am.')).toHaveLength(1);
  });

  it('carries out each request in turn and confirms them all', () => {
    const text = "I'd like the assistant to be called Bramble please. Also it must never tell anyone their booking is confirmed";
    const first = composeConfigurationTurn(request(text)) as { toolCalls: { name: string; input: unknown }[] };
    expect(first.toolCalls[0]).toEqual({ name: 'update_settings', input: { branding: { agentName: 'Bramble' } } });
    const second = composeConfigurationTurn(request(text, toolTurn('update_settings', { changes: [] }))) as { toolCalls: { name: string; input: { businessRules: string } }[] };
    expect(second.toolCalls[0]!.name).toBe('update_settings');
    expect(second.toolCalls[0]!.input.businessRules).toContain('never tell anyone their booking is confirmed');
    const done = composeConfigurationTurn(request(text, [...toolTurn('update_settings', { changes: [] }), ...toolTurn('update_settings', { changes: [] }, 'c2')])) as { text: string };
    expect(done.text.split('\n').length).toBeGreaterThanOrEqual(2);
  });
});

describe('round 15: one quoted passage of an article for another (probe 11)', () => {
  const page = { id: 'u', title: 'Uncollected Bikes', content: 'Please collect your bike within 7 days. We will contact you by phone and email before this happens. Bikes left 60 days may be sold.', category: null };
  const text = 'On the uncollected bikes page please replace the sentence "We will contact you by phone and email before this happens." with "We will always phone, email and write to you before this happens."';

  it('reads the page, the old passage and the new one', () => {
    expect(parseCommand(text)).toEqual({ kind: 'replace_text', target: 'uncollected bikes', from: 'We will contact you by phone and email before this happens.', to: 'We will always phone, email and write to you before this happens.' });
    expect(parseCommand('change "£5 a day" to "£6 a day" in the storage article')).toEqual({ kind: 'replace_text', target: 'storage', from: '£5 a day', to: '£6 a day' });
    expect(parseCommand('replace "open 9 till 5" with "open 8 till 6"')).toEqual({ kind: 'replace_text', target: '', from: 'open 9 till 5', to: 'open 8 till 6' });
  });

  it('swaps that passage and keeps the rest of the article', () => {
    const found = [{ role: 'assistant', content: '', toolCalls: [{ id: 'c1', name: 'list_articles', input: {} }] }, { role: 'tool', toolCallId: 'c1', name: 'list_articles', content: JSON.stringify({ ok: true, output: { articles: [page] } }) }];
    const turn = composeConfigurationTurn(request(text, found)) as { toolCalls: { name: string; input: { id: string; content: string } }[] };
    expect(turn.toolCalls[0]!.name).toBe('update_article');
    expect(turn.toolCalls[0]!.input.content).toBe('Please collect your bike within 7 days. We will always phone, email and write to you before this happens. Bikes left 60 days may be sold.');
    const missing = composeConfigurationTurn(request('On the uncollected bikes page replace "we text you" with "we ring you"', found)) as { text: string };
    expect(missing.text).toMatch(/does not say "we text you"\. Nothing was changed/);
  });
});
