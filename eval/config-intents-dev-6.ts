/**
 * Configuration-chat intent evaluation — DEV set 6.
 *
 * Written blind in round 14 by a sixth author: only the type definitions
 * (`ExpectedIntent`, `ConfigIntentCase`) in config-intents-dev.ts were read — no product
 * source, tests, docs, other eval files or git history. Each case is one plain message an
 * owner might type into the configuration chat, labelled with the single configuration
 * action it should produce. 120 cases, 20 per business, over 6 invented small businesses:
 *
 *   - Shieldline Pest Control (Leicester): blunt, lowercase, few capitals, the odd "lol".
 *   - Hartley & Rowe Upholstery (Harrogate): mostly polite full sentences, some reasons given.
 *   - The Folded Page (bookshop with café, Ludlow): friendly, chatty, pastes website blurbs.
 *   - Coastline Cottages (holiday let agency, Northumberland): office-style, precise, pastes policies.
 *   - Ashdown Sweeps (chimney sweep and stove fitter, East Sussex): phone-typed, typos, short.
 *   - Brennan Skip Hire (Bristol): terse, abbreviations, lists, "pls".
 */

import type { ConfigIntentCase } from './config-intents-types.ts';

const PEST = 'Shieldline Pest Control';
const UPHOL = 'Hartley & Rowe Upholstery';
const BOOKS = 'The Folded Page';
const LETS = 'Coastline Cottages';
const SWEEP = 'Ashdown Sweeps';
const SKIPS = 'Brennan Skip Hire';

export const CONFIG_INTENTS_DEV_6: ConfigIntentCase[] = [
  // ───────────────────────── Shieldline Pest Control ─────────────────────────
  {
    business: PEST,
    message: `right so we're Shieldline Pest Control, family firm based in Leicester, been going since 2009. we do rats, mice, wasps, bed bugs, moles, birds and commercial contracts for restaurants and warehouses. cover all of Leicestershire and Rutland. most people messaging will be homeowners whove just seen a rat in the garden and are panicking lol`,
    expect: { kind: 'set_context', contains: 'family firm based in Leicester' },
  },
  {
    business: PEST,
    message: `bit of background for the bot - about 60% of our work is commercial contracts (takeaways, pubs, food factories) on regular inspections, the rest is domestic callouts. domestic is what people will mostly be asking about on here`,
    expect: { kind: 'set_context', contains: '60% of our work is commercial contracts' },
  },
  {
    business: PEST,
    message: `people ask this a lot - we're BPCA members and all techs are RSPH level 2 qualified`,
    expect: { kind: 'add_fact', contains: 'all techs are RSPH level 2 qualified' },
  },
  {
    business: PEST,
    message: `fyi our vans are unmarked so the neighbours wont know youve got mice. customers worry about that more than you'd think`,
    expect: { kind: 'add_fact', contains: 'our vans are unmarked' },
  },
  {
    business: PEST,
    message: `Office hours are 8-6 mon-fri and 9-1 sat but the emergency line runs til 10pm every day incl sundays`,
    expect: { kind: 'add_fact', contains: 'emergency line runs til 10pm' },
  },
  {
    business: PEST,
    message: `New page please, call it "Preparing for a bed bug treatment":

Before your technician arrives:
- Strip all bedding and wash at 60°C
- Empty wardrobes and drawers near the bed into sealed bags
- Vacuum carpets and along skirting boards
- Keep pets and children out of treated rooms for 4 hours afterwards
You will usually need two treatments, 14 days apart.`,
    expect: {
      kind: 'create_article',
      title: 'Preparing for a bed bug treatment',
      contains: 'two treatments, 14 days apart',
    },
  },
  {
    business: PEST,
    message: `can you add something about moles. we use traps only, no poison or gas. garden visit first, set the traps, come back after 3-4 days to check. usually sorted in 1-2 weeks`,
    expect: { kind: 'create_article', title: null, contains: 'we use traps only' },
  },
  {
    business: PEST,
    message: `Grey squirrels in the loft? They chew wiring and insulation and can be a real fire risk. We survey the roof space, proof entry points with galvanised mesh and remove the squirrels humanely. Proofing is guaranteed for 12 months.

^ copied that off the website, stick it on a page about squirrels`,
    expect: {
      kind: 'create_article',
      title: null,
      contains: 'proof entry points with galvanised mesh',
    },
  },
  {
    business: PEST,
    message: `Add an article titled Commercial Contracts - we offer monthly or 8-weekly inspection visits for food businesses, with a full logbook for your EHO inspection, bait stations checked every visit and unlimited callouts between visits.`,
    expect: {
      kind: 'create_article',
      title: 'Commercial Contracts',
      contains: 'full logbook for your EHO inspection',
    },
  },
  {
    business: PEST,
    message: `the wasps page is out of date, we dont charge extra for a second nest at the same address anymore. 2nd nest is now included`,
    expect: { kind: 'update_article', target: 'wasps', contains: '2nd nest is now included' },
  },
  {
    business: PEST,
    message: `On the rats FAQ can you change the bit about how many visits, its now usually 3 visits over 3 weeks not 2`,
    expect: { kind: 'update_article', target: 'rats', contains: 'usually 3 visits over 3 weeks' },
  },
  {
    business: PEST,
    message: `wasp nest treatment is £75 now, update it pls`,
    expect: { kind: 'update_price', target: null, item: 'wasp nest treatment', price: '£75' },
  },
  {
    business: PEST,
    message: `On the prices page mouse treatment (3 visits) should say £140`,
    expect: { kind: 'update_price', target: 'prices', item: 'mouse treatment', price: '£140' },
  },
  {
    business: PEST,
    message: `take down the covid safety page, nobody needs that anymore`,
    expect: { kind: 'archive_article', target: 'covid safety' },
  },
  {
    business: PEST,
    message: `if someone says theres rats in a restaurant kitchen or food premises, or anyone mentions being bitten, pass them straight to me. dont try and handle it`,
    expect: {
      kind: 'add_escalation_rules',
      contains: ['restaurant kitchen or food premises', 'mentions being bitten'],
    },
  },
  {
    business: PEST,
    message: `Landlords or letting agents asking about multiple properties need a human, thats a contract quote. Also any complaints about a technician`,
    expect: {
      kind: 'add_escalation_rules',
      contains: ['asking about multiple properties', 'complaints about a technician'],
    },
  },
  {
    business: PEST,
    message: `customers keep calling it "fumigation" when we say "treatment" - same thing`,
    expect: { kind: 'add_synonyms', words: ['fumigation', 'treatment'] },
  },
  {
    business: PEST,
    message: `never recommend DIY poison or shop bought bait to anyone, its a safety thing with pets and kids. just say we'd rather come and have a look`,
    expect: { kind: 'add_business_rule', contains: 'never recommend DIY poison' },
  },
  {
    business: PEST,
    message: `how many chats did we get this week?`,
    expect: { kind: 'analytics', metric: 'conversations', days: 7 },
  },
  {
    business: PEST,
    message: `cheers thats great`,
    expect: { kind: 'nothing' },
  },

  // ───────────────────────── Hartley & Rowe Upholstery ─────────────────────────
  {
    business: UPHOL,
    message: `Hello. We are Hartley & Rowe, a two-person upholstery workshop in Harrogate. We reupholster sofas, armchairs, dining chairs and headboards, do both traditional horsehair and modern foam work, and sell fabric by the metre. Most jobs take 4-6 weeks.`,
    expect: { kind: 'set_context', contains: 'two-person upholstery workshop in Harrogate' },
  },
  {
    business: UPHOL,
    message: `Some context that might help: a lot of our customers are older people with a chair that belonged to a parent, so it's sentimental and they're not bargain hunting. They want reassurance more than a cheap price.`,
    expect: { kind: 'set_context', contains: 'chair that belonged to a parent' },
  },
  {
    business: UPHOL,
    message: `We collect and deliver free within 15 miles of Harrogate.`,
    expect: { kind: 'add_fact', contains: 'free within 15 miles of Harrogate' },
  },
  {
    business: UPHOL,
    message: `The workshop is open for visits Tues-Sat 9.30-4, we're closed Sunday and Monday`,
    expect: { kind: 'add_fact', contains: 'open for visits Tues-Sat 9.30-4' },
  },
  {
    business: UPHOL,
    message: `We've got about 400 fabric samples in the showroom and we can post up to 5 samples free, could you make sure the assistant knows that please`,
    expect: { kind: 'add_fact', contains: 'post up to 5 samples free' },
  },
  {
    business: UPHOL,
    message: `New article please: Caring for velvet

Velvet pile can crush with use - this is normal and not a fault. Brush gently in the direction of the pile with a soft brush once a week. Keep out of direct sunlight to avoid fading. For spills, blot with a clean white cloth, never rub, and call us if it stains.`,
    expect: {
      kind: 'create_article',
      title: 'Caring for velvet',
      contains: 'Brush gently in the direction of the pile',
    },
  },
  {
    business: UPHOL,
    message: `Could you do a page explaining the difference between reupholstery and recovering? Recovering is just new fabric over the existing padding, so it's cheaper and quicker. Reupholstery means stripping it back to the frame, checking the springs and webbing and replacing the filling - takes longer but the chair is basically like new.`,
    expect: { kind: 'create_article', title: null, contains: 'stripping it back to the frame' },
  },
  {
    business: UPHOL,
    message: `add a page "Using your own fabric" - yes you can supply your own, we need it 2 weeks before your slot and we'll tell you how many metres. We can't guarantee fabrics that aren't made for upholstery, e.g. curtain fabric.`,
    expect: {
      kind: 'create_article',
      title: 'Using your own fabric',
      contains: 'we need it 2 weeks before your slot',
    },
  },
  {
    business: UPHOL,
    message: `On the lead times page can you change it to say the current waiting time is 6-8 weeks. We've been really busy since we were on Look North!`,
    expect: {
      kind: 'update_article',
      target: 'lead times',
      contains: 'current waiting time is 6-8 weeks',
    },
  },
  {
    business: UPHOL,
    message: `The foam page needs updating please, we've switched to CMHR fire retardant foam only, no standard foam for anything any more.`,
    expect: { kind: 'update_article', target: 'foam', contains: 'CMHR fire retardant foam only' },
  },
  {
    business: UPHOL,
    message: `dining chair seat pads are £55 each now (were 45)`,
    expect: { kind: 'update_price', target: null, item: 'dining chair seat pads', price: '£55' },
  },
  {
    business: UPHOL,
    message: `Please update the price list - wing back armchair full reupholster is £650, labour only.`,
    expect: {
      kind: 'update_price',
      target: 'price list',
      item: 'wing back armchair',
      price: '£650',
    },
  },
  {
    business: UPHOL,
    message: `Please remove the page about the Christmas sale, it's finished now. Thank you`,
    expect: { kind: 'archive_article', target: 'Christmas sale' },
  },
  {
    business: UPHOL,
    message: `Anything about antique or listed furniture, or insurance claims for damaged furniture, needs to come to me or Mike rather than the assistant.`,
    expect: {
      kind: 'add_escalation_rules',
      contains: ['antique or listed furniture', 'insurance claims for damaged furniture'],
    },
  },
  {
    business: UPHOL,
    message: `If a customer is unhappy with a finished job, please get a real person on it. Same if it's a commercial job like pub seating or a restaurant fit-out.`,
    expect: {
      kind: 'add_escalation_rules',
      contains: ['unhappy with a finished job', 'commercial job like pub seating'],
    },
  },
  {
    business: UPHOL,
    message: `when people say couch they mean sofa, can you make sure it understands that`,
    expect: { kind: 'add_synonyms', words: ['couch', 'sofa'] },
  },
  {
    business: UPHOL,
    message: `Please don't give quotes over chat for full sofas, we really need to see it. Ask them to send 3 photos - front, side and back - to the email address.`,
    expect: { kind: 'add_business_rule', contains: 'Ask them to send 3 photos' },
  },
  {
    business: UPHOL,
    message: `Always mention the 50% deposit when someone wants to book a slot, we've had a few surprised people`,
    expect: { kind: 'add_business_rule', contains: 'mention the 50% deposit' },
  },
  {
    business: UPHOL,
    message: `Can we call the assistant Mabel? After my nan, she taught me the trade`,
    expect: { kind: 'set_agent_name', name: 'Mabel' },
  },
  {
    business: UPHOL,
    message: `How many times did it pass people over to us last month?`,
    expect: { kind: 'analytics', metric: 'escalations', days: 30 },
  },

  // ───────────────────────── The Folded Page ─────────────────────────
  {
    business: BOOKS,
    message: `Hi! So The Folded Page is an independent bookshop with a small café upstairs, on Broad Street in Ludlow. New and secondhand books, a big children's section, a monthly book club and author events. The café does coffee, cakes and soup at lunchtime. Dogs welcome :)`,
    expect: {
      kind: 'set_context',
      contains: 'independent bookshop with a small café upstairs',
    },
  },
  {
    business: BOOKS,
    message: `just so it knows who it's talking to - it's mostly locals ordering books in, tourists asking if we're open, and parents asking about story time`,
    expect: { kind: 'set_context', contains: 'mostly locals ordering books in' },
  },
  {
    business: BOOKS,
    message: `We can order in pretty much any book that's in print, it usually arrives in 2-3 working days`,
    expect: { kind: 'add_fact', contains: 'usually arrives in 2-3 working days' },
  },
  {
    business: BOOKS,
    message: `the café is up a flight of stairs, no lift I'm afraid. we'll happily bring things down to a table in the shop though`,
    expect: { kind: 'add_fact', contains: 'café is up a flight of stairs' },
  },
  {
    business: BOOKS,
    message: `gift vouchers can be used in the shop and café and they're valid for 2 years`,
    expect: { kind: 'add_fact', contains: 'can be used in the shop and café' },
  },
  {
    business: BOOKS,
    message: `Pasting the book club blurb from our site, can you make it a page:

Book Club meets on the last Thursday of every month at 7pm in the café. £5 includes a drink and a slice of cake, and members get 10% off the book of the month. No need to book, just turn up! The current read is on the noticeboard by the till.`,
    expect: {
      kind: 'create_article',
      title: null,
      contains: 'last Thursday of every month at 7pm',
    },
  },
  {
    business: BOOKS,
    message: `new page called Story Time - Saturdays 10.30am in the children's corner, for under 5s, free, grown ups have to stay with their little ones`,
    expect: {
      kind: 'create_article',
      title: 'Story Time',
      contains: "Saturdays 10.30am in the children's corner",
    },
  },
  {
    business: BOOKS,
    message: `can we have something on selling us your books? we buy secondhand books but only in good condition - no textbooks, no Reader's Digest. bring them in Mon-Wed and we'll look while you wait. we pay cash or store credit (store credit is worth 50% more)`,
    expect: {
      kind: 'create_article',
      title: null,
      contains: 'buy secondhand books but only in good condition',
    },
  },
  {
    business: BOOKS,
    message: `Update the opening hours page please - from May we're open till 7 on Fridays`,
    expect: { kind: 'update_article', target: 'opening hours', contains: 'open till 7 on Fridays' },
  },
  {
    business: BOOKS,
    message: `the bit about events needs changing, author events now need booking in advance through Eventbrite (link's on our instagram)`,
    expect: {
      kind: 'update_article',
      target: 'events',
      contains: 'booking in advance through Eventbrite',
    },
  },
  {
    business: BOOKS,
    message: `flat white is £3.40 now, can you change it on the cafe menu`,
    expect: { kind: 'update_price', target: 'cafe menu', item: 'flat white', price: '£3.40' },
  },
  {
    business: BOOKS,
    message: `delete the page about the summer reading challenge please, it's done for this year`,
    expect: { kind: 'archive_article', target: 'summer reading challenge' },
  },
  {
    business: BOOKS,
    message: `If someone wants to book the café for a private party, or asks about a large school order, give it to a person`,
    expect: {
      kind: 'add_escalation_rules',
      contains: ['café for a private party', 'large school order'],
    },
  },
  {
    business: BOOKS,
    message: `hand over to me for: lost property, complaints about food, and anyone saying they had an allergic reaction`,
    expect: {
      kind: 'add_escalation_rules',
      contains: ['lost property', 'complaints about food', 'had an allergic reaction'],
    },
  },
  {
    business: BOOKS,
    message: `customers ask for "used books" - we call them secondhand books`,
    expect: { kind: 'add_synonyms', words: ['used books', 'secondhand books'] },
  },
  {
    business: BOOKS,
    message: `please dont tell people a book is in stock, our stock system isn't linked to this. just say we'll check and get back to them`,
    expect: { kind: 'add_business_rule', contains: 'dont tell people a book is in stock' },
  },
  {
    business: BOOKS,
    message: `If anyone asks for a recommendation, point them to the staff picks table and our monthly newsletter - don't make up recommendations`,
    expect: { kind: 'add_business_rule', contains: "don't make up recommendations" },
  },
  {
    business: BOOKS,
    message: `can it sound a bit warmer and chattier? it's a bookshop, not a solicitors`,
    expect: { kind: 'set_tone', tone: 'warm' },
  },
  {
    business: BOOKS,
    message: `Let's call it Folio!`,
    expect: { kind: 'set_agent_name', name: 'Folio' },
  },
  {
    business: BOOKS,
    message: `how many thumbs down have we had today?`,
    expect: { kind: 'analytics', metric: 'feedbackDown', days: 1 },
  },

  // ───────────────────────── Coastline Cottages ─────────────────────────
  {
    business: LETS,
    message: `Coastline Cottages manage 38 holiday lets along the Northumberland coast for private owners (Bamburgh, Seahouses, Alnmouth, Craster). Guests book through us and we handle cleaning, keys and any problems during the stay. Owners also contact us about letting their property with us.`,
    expect: {
      kind: 'set_context',
      contains: 'manage 38 holiday lets along the Northumberland coast',
    },
  },
  {
    business: LETS,
    message: `Check in is 4pm and check out 10am at all properties.`,
    expect: { kind: 'add_fact', contains: 'Check in is 4pm' },
  },
  {
    business: LETS,
    message: `Around half of the cottages take dogs. It's marked with a paw icon on each listing.`,
    expect: { kind: 'add_fact', contains: 'marked with a paw icon' },
  },
  {
    business: LETS,
    message: `Every property has a keysafe, the code gets sent 2 days before arrival by email and text.`,
    expect: { kind: 'add_fact', contains: 'code gets sent 2 days before arrival' },
  },
  {
    business: LETS,
    message: `Cancel more than 8 weeks before arrival: full refund minus the booking fee.
Cancel 4-8 weeks before arrival: 50% refund.
Less than 4 weeks: no refund unless we can rebook the dates.
We strongly recommend taking out holiday insurance.

Please add the above as our Cancellation Policy page.`,
    expect: {
      kind: 'create_article',
      title: 'Cancellation Policy',
      contains: 'no refund unless we can rebook the dates',
    },
  },
  {
    business: LETS,
    message: `We need a page for owners thinking of letting with us. We take 18% commission which covers marketing, bookings, changeovers, laundry and guest support 7 days a week. No joining fee, and we'll do a free valuation visit.`,
    expect: { kind: 'create_article', title: null, contains: 'We take 18% commission' },
  },
  {
    business: LETS,
    message: `Create a "Getting here" page. Nearest train station is Alnmouth on the East Coast main line, a taxi from there to Bamburgh is about 30 mins. Most cottages have one parking space. There's no bus on Sundays in winter.`,
    expect: {
      kind: 'create_article',
      title: 'Getting here',
      contains: 'Nearest train station is Alnmouth',
    },
  },
  {
    business: LETS,
    message: `Could you write up a bit on what's provided in the cottages? Bedding and towels are included, there's a starter pack of tea, coffee, loo roll and washing up liquid. Bring your own beach towels.`,
    expect: { kind: 'create_article', title: null, contains: 'Bring your own beach towels' },
  },
  {
    business: LETS,
    message: `Can you change the bit about parking in Seahouses - the council car park is pay and display now and guests will need coins or the RingGo app.`,
    expect: {
      kind: 'update_article',
      target: 'parking',
      contains: 'council car park is pay and display',
    },
  },
  {
    business: LETS,
    message: `Please update the FAQ on late check-out: we now allow late check-out till 12 if nobody is arriving that day, guests just need to ask the office the day before.`,
    expect: { kind: 'update_article', target: 'late check-out', contains: 'late check-out till 12' },
  },
  {
    business: LETS,
    message: `The booking fee is going up to £60.`,
    expect: { kind: 'update_price', target: null, item: 'booking fee', price: '£60' },
  },
  {
    business: LETS,
    message: `The dog charge on the pets page should be £35 per dog now`,
    expect: { kind: 'update_price', target: 'pets', item: 'dog charge', price: '£35' },
  },
  {
    business: LETS,
    message: `Sea Breeze Cottage has left us, the owner sold up. Please remove its page.`,
    expect: { kind: 'archive_article', target: 'Sea Breeze Cottage' },
  },
  {
    business: LETS,
    message: `get rid of the Easter offers page pls`,
    expect: { kind: 'archive_article', target: 'Easter offers' },
  },
  {
    business: LETS,
    message: `Anything that's an emergency during a stay - no heating, a water leak, locked out - has to go to the on-call person, not the assistant.`,
    expect: {
      kind: 'add_escalation_rules',
      contains: ['no heating', 'a water leak', 'locked out'],
    },
  },
  {
    business: LETS,
    message: `If an owner messages about their statement or payments, or a guest wants to make a complaint about cleanliness, pass it to the office team please.`,
    expect: {
      kind: 'add_escalation_rules',
      contains: ['their statement or payments', 'complaint about cleanliness'],
    },
  },
  {
    business: LETS,
    message: `Don't confirm availability for any dates. Always send people to the booking calendar on the website, the assistant can't see live bookings.`,
    expect: { kind: 'add_business_rule', contains: "Don't confirm availability for any dates" },
  },
  {
    business: LETS,
    message: `Max guests is whatever the listing says. No extra people on sofas or airbeds - if anyone asks, the answer is no.`,
    expect: { kind: 'add_business_rule', contains: 'No extra people on sofas or airbeds' },
  },
  {
    business: LETS,
    message: `Please keep it fairly professional, a lot of our owners use the chat too and I don't want it being jokey.`,
    expect: { kind: 'set_tone', tone: 'professional' },
  },
  {
    business: LETS,
    message: `What % of conversations get handed over to the team?`,
    expect: { kind: 'analytics', metric: 'escalationShare', days: 7 },
  },

  // ───────────────────────── Ashdown Sweeps ─────────────────────────
  {
    business: SWEEP,
    message: `Ashdown Sweeps - chimney sweeping, bird nest removal, CCTV chimney surveys and woodburner installs across East Sussex and West Kent. its me (Tom) and my son. HETAS registered`,
    expect: { kind: 'set_context', contains: 'chimney sweeping, bird nest removal' },
  },
  {
    business: SWEEP,
    message: `a sweep takes about an hour and we leave the room how we found it, we use dust sheets and a vacuum`,
    expect: { kind: 'add_fact', contains: 'use dust sheets and a vacuum' },
  },
  {
    business: SWEEP,
    message: `u get a certificate after every sweep which most house insurers want to see`,
    expect: { kind: 'add_fact', contains: 'certificate after every sweep' },
  },
  {
    business: SWEEP,
    message: `we're fully booked sept to nov every year so tell ppl to book in the summer`,
    expect: { kind: 'add_fact', contains: 'fully booked sept to nov' },
  },
  {
    business: SWEEP,
    message: `Can you make a page out of this from our leaflet

Soot and tar build up inside your flue every time you burn. A blocked chimney can cause carbon monoxide to leak into your home, and tar deposits are the main cause of chimney fires. We recommend sweeping at least once a year for wood, twice if you burn a lot.`,
    expect: { kind: 'create_article', title: null, contains: 'main cause of chimney fires' },
  },
  {
    business: SWEEP,
    message: `new article - Woodburner installation. free survey first, then the install usually takes 1-2 days including the liner. all installs HETAS certified and signed off with building control. we fit Charnwood, Woodwarm and Stovax`,
    expect: {
      kind: 'create_article',
      title: 'Woodburner installation',
      contains: 'we fit Charnwood, Woodwarm and Stovax',
    },
  },
  {
    business: SWEEP,
    message: `pls add a page on birds nests. jackdaws nest in chimneys march to june. its ilegal to remove an active nest so we can only take it out once the birds have gone, usually from august. then we fit a cowl so it doesnt happen again`,
    expect: { kind: 'create_article', title: null, contains: 'remove an active nest' },
  },
  {
    business: SWEEP,
    message: `on the before your sweep page change it to dont light the fire for 24 hours before we arrive (says 12 at the mo)`,
    expect: {
      kind: 'update_article',
      target: 'before your sweep',
      contains: 'dont light the fire for 24 hours',
    },
  },
  {
    business: SWEEP,
    message: `CCTV survey page - add that we now give you the video on a USB stick to keep`,
    expect: { kind: 'update_article', target: 'CCTV survey', contains: 'video on a USB stick' },
  },
  {
    business: SWEEP,
    message: `standard sweep is £70 now`,
    expect: { kind: 'update_price', target: null, item: 'standard sweep', price: '£70' },
  },
  {
    business: SWEEP,
    message: `change the cowl fitting price on the prices page to £95 suppled and fitted`,
    expect: { kind: 'update_price', target: 'prices', item: 'cowl fitting', price: '£95' },
  },
  {
    business: SWEEP,
    message: `get rid of the oil tank page, we stopped doing those`,
    expect: { kind: 'archive_article', target: 'oil tank' },
  },
  {
    business: SWEEP,
    message: `if anyone mentions smelling smoke in another room, a chimney fire or their CO alarm going off tell them to ring 999 and flag it to me straight away`,
    expect: {
      kind: 'add_escalation_rules',
      contains: ['smelling smoke in another room', 'a chimney fire', 'CO alarm going off'],
    },
  },
  {
    business: SWEEP,
    message: `landlords needing certificates for lots of properties and anyone asking about thatched roofs, send those to me`,
    expect: {
      kind: 'add_escalation_rules',
      contains: ['certificates for lots of properties', 'thatched roofs'],
    },
  },
  {
    business: SWEEP,
    message: `folk say log burner but we say woodburner`,
    expect: { kind: 'add_synonyms', words: ['log burner', 'woodburner'] },
  },
  {
    business: SWEEP,
    message: `never give a date for a sweep in the chat, Tom does the diary himself. just take their name, number and postcode`,
    expect: { kind: 'add_business_rule', contains: 'never give a date for a sweep' },
  },
  {
    business: SWEEP,
    message: `less corporate please, plain and friendly like how id talk on the phone`,
    expect: { kind: 'set_tone', tone: 'friendly' },
  },
  {
    business: SWEEP,
    message: `lets call the chatbot Sooty haha`,
    expect: { kind: 'set_agent_name', name: 'Sooty' },
  },
  {
    business: SWEEP,
    message: `give me a quick summary of how the chat's been doing this past week`,
    expect: { kind: 'analytics', metric: 'summary', days: 7 },
  },
  {
    business: SWEEP,
    message: `hang on phones ringing, back in a min`,
    expect: { kind: 'nothing' },
  },

  // ───────────────────────── Brennan Skip Hire ─────────────────────────
  {
    business: SKIPS,
    message: `Brennan Skip Hire, Bristol & North Somerset. Skips from 2 yard mini to 12 yard builders, plus grab lorry. Family run, 3 lorries. We recycle about 90% of what we collect at our yard in Avonmouth.`,
    expect: { kind: 'set_context', contains: '2 yard mini to 12 yard builders' },
  },
  {
    business: SKIPS,
    message: `context for u - most enquiries are householders doing a house clearance or a kitchen refit, plus some small builders. people usually have no idea what size they need`,
    expect: { kind: 'set_context', contains: 'house clearance or a kitchen refit' },
  },
  {
    business: SKIPS,
    message: `plasterboard has to be bagged separately, we cant take it mixed in with general waste`,
    expect: { kind: 'add_fact', contains: 'plasterboard has to be bagged separately' },
  },
  {
    business: SKIPS,
    message: `hire is 14 days as standard, can extend if they ring us`,
    expect: { kind: 'add_fact', contains: '14 days as standard' },
  },
  {
    business: SKIPS,
    message: `deliveries 7am-4pm mon-fri + sat mornings. we cant give exact times, just AM or PM`,
    expect: { kind: 'add_fact', contains: 'just AM or PM' },
  },
  {
    business: SKIPS,
    message: `Add a page called Skip permits. If the skip goes on the road (not your drive) you need a council permit. We apply for it for you, allow 3 working days. Skips on the road need lights and cones, we provide them.`,
    expect: { kind: 'create_article', title: 'Skip permits', contains: 'allow 3 working days' },
  },
  {
    business: SKIPS,
    message: `can u do an FAQ page on what cant go in a skip: no fridges, tvs, tyres, paint, gas bottles, batteries, or plasterboard mixed with other waste. if in doubt ask us`,
    expect: { kind: 'create_article', title: null, contains: 'no fridges, tvs, tyres, paint' },
  },
  {
    business: SKIPS,
    message: `new page "Which size skip do I need?" paste below

4 yard (midi) - small bathroom or garden clear out, about 35-45 bin bags
6 yard (builders) - kitchen refit or small house clearance, 55-65 bags
8 yard - bigger clearances and building work, 70-80 bags
Not sure? Send us a photo and we'll tell you.`,
    expect: {
      kind: 'create_article',
      title: 'Which size skip do I need?',
      contains: 'kitchen refit or small house clearance',
    },
  },
  {
    business: SKIPS,
    message: `the asbestos page - update it to say we can now take small amounts if its double wrapped, by arrangement only`,
    expect: {
      kind: 'update_article',
      target: 'asbestos',
      contains: 'double wrapped, by arrangement only',
    },
  },
  {
    business: SKIPS,
    message: `6 yard skip is now £240 inc VAT`,
    expect: { kind: 'update_price', target: null, item: '6 yard skip', price: '£240' },
  },
  {
    business: SKIPS,
    message: `pls remove the wait and load page, we dont do that anymore (sold the lorry)`,
    expect: { kind: 'archive_article', target: 'wait and load' },
  },
  {
    business: SKIPS,
    message: `hand to a person if: commercial accounts, or someone says the skip damaged their drive`,
    expect: {
      kind: 'add_escalation_rules',
      contains: ['commercial accounts', 'skip damaged their drive'],
    },
  },
  {
    business: SKIPS,
    message: `if someones skip hasn't been collected on the day we said, or the driver left a mess, get a human to deal with it please`,
    expect: {
      kind: 'add_escalation_rules',
      contains: ["skip hasn't been collected", 'driver left a mess'],
    },
  },
  {
    business: SKIPS,
    message: `some customers say dumpster (american i guess) - thats a skip`,
    expect: { kind: 'add_synonyms', words: ['dumpster', 'skip'] },
  },
  {
    business: SKIPS,
    message: `No prices for anything over 8 yard over chat. get their details and ill ring them`,
    expect: { kind: 'add_business_rule', contains: 'No prices for anything over 8 yard' },
  },
  {
    business: SKIPS,
    message: `Always ask for the postcode before anything else, we only cover certain areas`,
    expect: { kind: 'add_business_rule', contains: 'ask for the postcode before anything else' },
  },
  {
    business: SKIPS,
    message: `whats the average QA score been over the last 30 days`,
    expect: { kind: 'analytics', metric: 'qaAverage', days: 30 },
  },
  {
    business: SKIPS,
    message: `how many ppl gave the bot a thumbs up this month?`,
    expect: { kind: 'analytics', metric: 'feedbackUp', days: 30 },
  },
  {
    business: SKIPS,
    message: `bit more casual please, its a skip company lol`,
    expect: { kind: 'set_tone', tone: 'casual' },
  },
  {
    business: SKIPS,
    message: `thanks, thats everything for today`,
    expect: { kind: 'nothing' },
  },
];
