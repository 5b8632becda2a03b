/**
 * Configuration-chat intent evaluation — HELD-OUT set 3. Written blind in round 19 by an author
 * who read only eval/config-intents-types.ts; committed before it is first scored and never tuned
 * on (only totals are read). 150 cases, 25 per business, one owner message each.
 *
 * Businesses and owner voices (all invented, UK):
 *   A. Silver Scissors — mobile hairdresser for care homes (Kent): kindly older owner, long polite
 *      sentences, thanks at the end.
 *   B. Furnace Street Brewing — craft brewery taproom (Manchester): laconic, lowercase, mild
 *      swearing ("bloody"), one-liners.
 *   C. Waggy Walks Bristol — pet-sitting and dog-walking (Bristol): enthusiastic, emoji,
 *      exclamation marks, nicknames for dogs.
 *   D. Tawe Motors — MOT and car servicing garage (Swansea): practical, short sentences, prices,
 *      some typos.
 *   E. Still Point Studio — yoga and pilates studio (Edinburgh): calm, wordy, pastes class
 *      descriptions from the website in quotes.
 *   F. Harrow & Daughters — antiques and house clearance (Norfolk): formal, "Please be so kind
 *      as to…", numbered points.
 */
import type { ConfigIntentCase } from './config-intents-types.ts';

const A = 'Silver Scissors (mobile hairdresser for care homes, Kent)';
const B = 'Furnace Street Brewing (craft brewery taproom, Manchester)';
const C = 'Waggy Walks Bristol (pet-sitting and dog-walking, Bristol)';
const D = 'Tawe Motors (MOT and servicing garage, Swansea)';
const E = 'Still Point Studio (yoga and pilates, Edinburgh)';
const F = 'Harrow & Daughters (antiques and house clearance, Norfolk)';

export const CONFIG_INTENTS_HELDOUT_3: ConfigIntentCase[] = [
  // ───────────── A. Silver Scissors — kindly, long polite sentences, thanks at the end ─────────────
  {
    business: A,
    message: `Good morning. I should like to change the description of my business, if I may, so that it reads as follows: Silver Scissors is a mobile hairdressing service visiting care homes and sheltered housing across Kent, offering washes, sets, cuts and perms for older residents in the comfort of their own home. Thank you ever so much.`,
    expect: { kind: 'set_context', contains: 'mobile hairdressing service visiting care homes' },
  },
  {
    business: A,
    message: `I've been thinking that the description of what we do is rather out of date now that my daughter Claire has joined me. Could you please replace it entirely with this: "We are a mother-and-daughter team of qualified hairdressers who visit residential and nursing homes in Canterbury, Whitstable and Herne Bay every week." Many thanks, dear.`,
    expect: { kind: 'set_context', contains: 'mother-and-daughter team of qualified hairdressers' },
  },
  {
    business: A,
    message: `I thought it might be useful for the assistant to know that both Claire and I hold enhanced DBS certificates, which the care home managers very often ask about. Thank you.`,
    expect: { kind: 'add_fact', contains: 'enhanced DBS certificates' },
  },
  {
    business: A,
    message: `Just so that you are aware, and so that you can tell anyone who asks, we don't work on Sundays or on bank holidays, as that is when I see my grandchildren. Thank you kindly.`,
    expect: { kind: 'add_fact', contains: 'Sundays or on bank holidays' },
  },
  {
    business: A,
    message: `Would you be so good as to add an article called "Preparing for a Hair Appointment" with the following: Please make sure the resident has a chair near a sink and a towel around their shoulders. We bring our own capes, dryers and products, so there is nothing else the home needs to provide. Thank you so much.`,
    expect: { kind: 'create_article', title: 'Preparing for a Hair Appointment', contains: 'our own capes, dryers and products' },
  },
  {
    business: A,
    message: `I wonder if you could write a little piece for families about how they can pay for their mother's or father's appointments. Relatives can pay by bank transfer or cheque, or the care home can add the cost to the resident's monthly bill if they prefer. Thank you.`,
    expect: { kind: 'create_article', title: null, contains: "the resident's monthly bill" },
  },
  {
    business: A,
    message: `Could I please add a new article titled Our Hygiene Standards?

All combs and scissors are disinfected between every resident.
We wear a fresh apron for each visit and wash our hands before and after every appointment.

Thank you, that would be lovely.`,
    expect: { kind: 'create_article', title: 'Our Hygiene Standards', contains: 'disinfected between every resident' },
  },
  {
    business: A,
    message: `Please could you make a new help page about residents living with dementia. We take things slowly and gently, we never rush anyone, and a familiar carer is always welcome to sit with them during the appointment. Thank you, dear.`,
    expect: { kind: 'create_article', title: null, contains: 'familiar carer is always welcome' },
  },
  {
    business: A,
    message: `In the article "Preparing for a Hair Appointment", would you kindly add that the home should also have ready any hair clips or slides the resident likes to wear? Thank you very much.`,
    expect: { kind: 'update_article', target: 'Preparing for a Hair Appointment', contains: 'hair clips or slides' },
  },
  {
    business: A,
    message: `The article called Paying for Appointments needs a small correction, if you don't mind. We no longer accept cheques, I'm afraid, as the bank has made them so difficult, so please have it say that families can pay by bank transfer only. Thank you.`,
    expect: { kind: 'update_article', target: 'Paying for Appointments', contains: 'no longer accept cheques' },
  },
  {
    business: A,
    message: `I'm sorry to say I must put my prices up a little from next month. A wash and set will now be £18 rather than £16. Could you change that in the Price List article, please? Thank you.`,
    expect: { kind: 'update_price', target: 'Price List', item: 'wash and set', price: '£18' },
  },
  {
    business: A,
    message: `Could you please alter the price of a gentleman's dry cut to £10? I believe it says £9 at the moment. Thank you kindly.`,
    expect: { kind: 'update_price', target: null, item: "gentleman's dry cut", price: '£10' },
  },
  {
    business: A,
    message: `I'm afraid we've stopped offering perms because the chemicals were upsetting some of the residents, so would you please take down the article "Perms at Home"? Thank you for your help.`,
    expect: { kind: 'archive_article', target: 'Perms at Home' },
  },
  {
    business: A,
    message: `I should like the assistant to pass people on to me, Margaret, in the following situations:
1. If a relative is unhappy with how a haircut turned out
2. If a care home manager wants to book a regular weekly slot
3. If anyone mentions a resident having an allergic reaction
Thank you ever so much.`,
    expect: {
      kind: 'add_escalation_rules',
      contains: ['unhappy with how a haircut turned out', 'book a regular weekly slot', 'an allergic reaction'],
    },
  },
  {
    business: A,
    message: `If anybody writes in about a lost hearing aid or pair of glasses after one of our visits, please do hand them over to Claire straight away, as she looks after the lost property. Thank you.`,
    expect: { kind: 'add_escalation_rules', contains: ['lost hearing aid or pair of glasses'] },
  },
  {
    business: A,
    message: `One more thing about passing people on, if I may. Should a care home ask about our insurance certificates, or should a manager wish to make a formal complaint, I would like those to come to me directly. Thank you.`,
    expect: { kind: 'add_escalation_rules', contains: ['our insurance certificates', 'make a formal complaint'] },
  },
  {
    business: A,
    message: `Many of the ladies refer to a "roller set" simply as a "set", so would you please make sure the assistant treats those as the same thing? Thank you.`,
    expect: { kind: 'add_synonyms', words: ['set', 'roller set'] },
  },
  {
    business: A,
    message: `Some people write "barber" when what they actually mean is our gentlemen's cut, so could you teach the assistant that barber and gentlemen's cut mean the same? Many thanks.`,
    expect: { kind: 'add_synonyms', words: ['barber', "gentlemen's cut"] },
  },
  {
    business: A,
    message: `Please would you ask the assistant always to check the name of the care home and the resident's room number before confirming any booking. Thank you, dear.`,
    expect: { kind: 'add_business_rule', contains: "resident's room number" },
  },
  {
    business: A,
    message: `I would be grateful if the assistant never gave out my personal mobile number, even if someone says it is urgent; they should be given the email address instead. Thank you.`,
    expect: { kind: 'add_business_rule', contains: 'personal mobile number' },
  },
  {
    business: A,
    message: `I wonder, how many people have spoken to the assistant this week? I'm curious to know whether it is being used at all. Thank you.`,
    expect: { kind: 'analytics', metric: 'conversations', days: 7 },
  },
  {
    business: A,
    message: `Could you tell me how many of the conversations over the past fortnight ended up being handed over to Claire or myself? Thank you so much.`,
    expect: { kind: 'analytics', metric: 'escalations', days: 14 },
  },
  {
    business: A,
    message: `I'd like the assistant to sound gentle and patient, rather like a kindly nurse, because many of the people writing are elderly themselves or worried about a parent. Thank you.`,
    expect: { kind: 'set_tone', tone: 'gentle and patient' },
  },
  {
    business: A,
    message: `Could the assistant please be called Dot? That was my late mother's name, and she started the business back in 1974. Thank you, dear.`,
    expect: { kind: 'set_agent_name', name: 'Dot' },
  },
  {
    business: A,
    message: `That's all for today, I think. Thank you so much for all your help, you've been marvellous.`,
    expect: { kind: 'nothing' },
  },

  // ───────────── B. Furnace Street Brewing — laconic, lowercase, mild swearing ─────────────
  {
    business: B,
    message: `replace the whole business blurb with this: furnace street brewing, small-batch brewery and taproom under the railway arches in ancoats, manchester. 12 lines on tap, open thu-sun.`,
    expect: { kind: 'set_context', contains: 'small-batch brewery and taproom under the railway arches' },
  },
  {
    business: B,
    message: `our description's bloody ancient. new one: taproom and bottle shop in ancoats, brewing hazy ipas and stouts since 2016, no kitchen but street food trucks at weekends.`,
    expect: { kind: 'set_context', contains: 'taproom and bottle shop in ancoats' },
  },
  {
    business: B,
    message: `fyi the taproom's step-free, accessible loo round the back`,
    expect: { kind: 'add_fact', contains: 'accessible loo round the back' },
  },
  {
    business: B,
    message: `card only now. no cash since march`,
    expect: { kind: 'add_fact', contains: 'no cash since march' },
  },
  {
    business: B,
    message: `party kegs are 30 litre, need 48 hours notice. so the bot knows`,
    expect: { kind: 'add_fact', contains: 'party kegs are 30 litre' },
  },
  {
    business: B,
    message: `new article "Private Hire". whole taproom for up to 80 people, £300 minimum bar spend, sunday to wednesday only.`,
    expect: { kind: 'create_article', title: 'Private Hire', contains: '£300 minimum bar spend' },
  },
  {
    business: B,
    message: `stick up a page about brewery tours:

tours every saturday at 1pm
£15 a head, includes 4 third-pint tasters
book online, no walk-ins`,
    expect: { kind: 'create_article', title: null, contains: 'includes 4 third-pint tasters' },
  },
  {
    business: B,
    message: `can you do an article called Gluten Free? we do one gf pale, clearwater, brewed with barley but enzyme treated, tests under 20ppm`,
    expect: { kind: 'create_article', title: 'Gluten Free', contains: 'brewed with barley but enzyme treated' },
  },
  {
    business: B,
    message: `private hire article's wrong. it's up to 100 people now, knocked through into the next arch`,
    expect: { kind: 'update_article', target: 'private hire', contains: 'up to 100 people' },
  },
  {
    business: B,
    message: `update the brewery tours page - extra tour on sundays at 2pm now`,
    expect: { kind: 'update_article', target: 'brewery tours', contains: 'sundays at 2pm' },
  },
  {
    business: B,
    message: `tours going up to £18. bloody energy bills`,
    expect: { kind: 'update_price', target: null, item: 'tours', price: '£18' },
  },
  {
    business: B,
    message: `growler refills now £12 in the bottle shop article`,
    expect: { kind: 'update_price', target: 'bottle shop', item: 'growler refills', price: '£12' },
  },
  {
    business: B,
    message: `get rid of the christmas opening hours article, it's march`,
    expect: { kind: 'archive_article', target: 'christmas opening hours' },
  },
  {
    business: B,
    message: `anyone kicking off about being refused service, send them to me`,
    expect: { kind: 'add_escalation_rules', contains: ['being refused service'] },
  },
  {
    business: B,
    message: `hand over to dan if:
- someone wants to stock our beer in their pub
- they've left something behind
- journalists or press asking questions`,
    expect: {
      kind: 'add_escalation_rules',
      contains: ['stock our beer in their pub', 'left something behind', 'journalists or press'],
    },
  },
  {
    business: B,
    message: `if anyone says they got ill after drinking here, straight to a human. no bloody bots on that one`,
    expect: { kind: 'add_escalation_rules', contains: ['got ill after drinking here'] },
  },
  {
    business: B,
    message: `people say "schooner" meaning a two-thirds pint`,
    expect: { kind: 'add_synonyms', words: ['schooner', 'two-thirds pint'] },
  },
  {
    business: B,
    message: `"big can" = crowler. punters never say crowler`,
    expect: { kind: 'add_synonyms', words: ['big can', 'crowler'] },
  },
  {
    business: B,
    message: `bot's not to promise a beer is on tap, lineup changes daily`,
    expect: { kind: 'add_business_rule', contains: 'promise a beer is on tap' },
  },
  {
    business: B,
    message: `tell anyone booking a group to bring photo id. we do challenge 25`,
    expect: { kind: 'add_business_rule', contains: 'bring photo id' },
  },
  {
    business: B,
    message: `how many chats today`,
    expect: { kind: 'analytics', metric: 'conversations', days: 1 },
  },
  {
    business: B,
    message: `thumbs down count this month?`,
    expect: { kind: 'analytics', metric: 'feedbackDown', days: 30 },
  },
  {
    business: B,
    message: `make it sound less like a bloody bank. dry, bit sarcastic, still friendly`,
    expect: { kind: 'set_tone', tone: 'dry, bit sarcastic' },
  },
  {
    business: B,
    message: `call it Hoppy. yeah i know`,
    expect: { kind: 'set_agent_name', name: 'Hoppy' },
  },
  {
    business: B,
    message: `cheers, that'll do`,
    expect: { kind: 'nothing' },
  },

  // ───────────── C. Waggy Walks Bristol — enthusiastic, emoji, dog nicknames ─────────────
  {
    business: C,
    message: `Hiya!! 🐶 Can we totally redo our business description please? Here goes: Waggy Walks Bristol is a friendly dog-walking and pet-sitting service covering Bishopston, Redland and Cotham, with group walks on the Downs and home visits for cats and small pets! 🐾`,
    expect: { kind: 'set_context', contains: 'dog-walking and pet-sitting service covering Bishopston' },
  },
  {
    business: C,
    message: `Ooh important one!! All our walkers are first-aid trained for pets 🩹🐕 people ask us ALL the time!`,
    expect: { kind: 'add_fact', contains: 'first-aid trained for pets' },
  },
  {
    business: C,
    message: `We max out at 4 dogs per walk!! Never more, promise 🐾`,
    expect: { kind: 'add_fact', contains: '4 dogs per walk' },
  },
  {
    business: C,
    message: `Fun fact for the bot 😄 we've got a van with crates so we can pick pups up and drop them home!`,
    expect: { kind: 'add_fact', contains: 'a van with crates' },
  },
  {
    business: C,
    message: `New article time!!! 🎉 Title: Meet & Greet
Before the first walk we pop round for a free 30-minute meet and greet so your pup can sniff us out 🐶 and we can pick up keys and go through any quirks!`,
    expect: { kind: 'create_article', title: 'Meet & Greet', contains: 'free 30-minute meet and greet' },
  },
  {
    business: C,
    message: `Can you write something up about what happens when it's chucking it down?? ☔ We still walk (it's Bristol lol) but we towel every dog dry before they go back in, and the old timers get a shorter sniffy walk instead!!`,
    expect: { kind: 'create_article', title: null, contains: 'towel every dog dry' },
  },
  {
    business: C,
    message: `Please add an article called "Cat Visits" 🐱 — we do 20 minute drop-ins twice a day, food, fresh water, litter tray and LOTS of chin scratches!!`,
    expect: { kind: 'create_article', title: 'Cat Visits', contains: '20 minute drop-ins twice a day' },
  },
  {
    business: C,
    message: `Could we have a page on puppy visits?! 🐶💕 For pups under 6 months we do short 15 minute toilet-break visits plus a little play, and no group walks until they've had all their jabs!`,
    expect: { kind: 'create_article', title: null, contains: 'toilet-break visits' },
  },
  {
    business: C,
    message: `Can you add to the Meet & Greet article that we'll also need a spare lead and your vet's details?? 🐕 Learned that one the hard way with Sir Barksalot 😅`,
    expect: { kind: 'update_article', target: 'Meet & Greet', contains: 'need a spare lead' },
  },
  {
    business: C,
    message: `The Cat Visits article — please change it to say we can give tablets and insulin injections now!! 💉🐱 Mrs Whiskerson's owner will be thrilled`,
    expect: { kind: 'update_article', target: 'Cat Visits', contains: 'tablets and insulin injections' },
  },
  {
    business: C,
    message: `Price change!! 💷 Solo walks are going up to £16 😬 sorry pups`,
    expect: { kind: 'update_price', target: null, item: 'solo walks', price: '£16' },
  },
  {
    business: C,
    message: `In our Prices article can you make group walks £13 please!! 🐾`,
    expect: { kind: 'update_price', target: 'Prices', item: 'group walks', price: '£13' },
  },
  {
    business: C,
    message: `Byeee to the "Holiday Boarding" article 👋 we've stopped having dogs to stay at ours, Noodle (our own sausage dog 🌭) wasn't a fan lol`,
    expect: { kind: 'archive_article', target: 'Holiday Boarding' },
  },
  {
    business: C,
    message: `If a dog gets hurt or goes missing on a walk, PLEASE get Jess on it immediately!!! 🚨`,
    expect: { kind: 'add_escalation_rules', contains: ['dog gets hurt', 'goes missing on a walk'] },
  },
  {
    business: C,
    message: `Things I want a real human for 🙋‍♀️:
• someone asking about a reactive or aggressive dog
• anyone wanting overnight house sitting
• complaints about one of our walkers`,
    expect: {
      kind: 'add_escalation_rules',
      contains: ['reactive or aggressive dog', 'overnight house sitting', 'complaints about one of our walkers'],
    },
  },
  {
    business: C,
    message: `Oh and if anyone says their pup came home with a limp, straight to me (Lou!) 🐾🐾`,
    expect: { kind: 'add_escalation_rules', contains: ['came home with a limp'] },
  },
  {
    business: C,
    message: `People keep saying "doggy daycare" when they mean our "pack walks" 😂 can the bot know they're the same thing?`,
    expect: { kind: 'add_synonyms', words: ['doggy daycare', 'pack walks'] },
  },
  {
    business: C,
    message: `"pop-in" = "drop-in visit"!! Loads of cat people say pop-in 🐱`,
    expect: { kind: 'add_synonyms', words: ['pop-in', 'drop-in visit'] },
  },
  {
    business: C,
    message: `Please make sure the bot ALWAYS checks the dog is up to date on vaccinations before booking a group walk!! 🐕💉`,
    expect: { kind: 'add_business_rule', contains: 'up to date on vaccinations' },
  },
  {
    business: C,
    message: `Never ever give out our home address please!! Just say we're based in Bishopston 🏡`,
    expect: { kind: 'add_business_rule', contains: 'give out our home address' },
  },
  {
    business: C,
    message: `How many messages has the bot had in the last 30 days?? 📊`,
    expect: { kind: 'analytics', metric: 'messages', days: 30 },
  },
  {
    business: C,
    message: `What % of chats got passed to a human lately? 🤔`,
    expect: { kind: 'analytics', metric: 'escalationShare', days: 7 },
  },
  {
    business: C,
    message: `Make the bot sound super bubbly and fun, like me!! 🎉🐶 Lots of warmth and a sprinkle of emoji`,
    expect: { kind: 'set_tone', tone: 'super bubbly and fun' },
  },
  {
    business: C,
    message: `Ooh can we call the bot Pawla?? 🐾 (like Paula but paws lol)`,
    expect: { kind: 'set_agent_name', name: 'Pawla' },
  },
  {
    business: C,
    message: `You're a superstar, thank you!!! 🐶💕`,
    expect: { kind: 'nothing' },
  },

  // ───────────── D. Tawe Motors — practical, short, prices, some typos ─────────────
  {
    business: D,
    message: `Change our desription to this please. Tawe Motors, family run garage in Swansea, MOTs, servicing, brakes, clutches, tyres. Class 4 and 7 MOTs. Been going since 1988.`,
    expect: { kind: 'set_context', contains: 'family run garage in Swansea' },
  },
  {
    business: D,
    message: `New business info, replace the old one. We are an independant garage in Morriston doing MOT testing and servicing on all makes, vans up to 3.5 tonne.`,
    expect: { kind: 'set_context', contains: 'MOT testing and servicing on all makes' },
  },
  {
    business: D,
    message: `We got free courtesy cars but only 2 so first come first served.`,
    expect: { kind: 'add_fact', contains: 'free courtesy cars' },
  },
  {
    business: D,
    message: `FYI we are a DVSA approved test centre.`,
    expect: { kind: 'add_fact', contains: 'DVSA approved test centre' },
  },
  {
    business: D,
    message: `We work on hybrids but not fully electric cars, dont have the kit.`,
    expect: { kind: 'add_fact', contains: 'not fully electric cars' },
  },
  {
    business: D,
    message: `Make an artical called MOT Retests. Free retest if the car comes back within 10 working days. After that its full price £54.85.`,
    expect: { kind: 'create_article', title: 'MOT Retests', contains: 'within 10 working days' },
  },
  {
    business: D,
    message: `New page on interim vs full service.
Interim service £129 - oil, filter, checks. Every 6 months or 6k miles.
Full service £219 - oil, all filters, plugs, brake fluid. Every 12 months or 12k miles.`,
    expect: { kind: 'create_article', title: null, contains: 'Every 6 months or 6k miles' },
  },
  {
    business: D,
    message: `Add a article Tyres. We stock budget and mid range, premium to order next day. Fitting and balancing included in price.`,
    expect: { kind: 'create_article', title: 'Tyres', contains: 'premium to order next day' },
  },
  {
    business: D,
    message: `Can you put up some info on droping cars off early. Key drop box by the side door, put keys in a envelope with reg and phone number on.`,
    expect: { kind: 'create_article', title: null, contains: 'key drop box by the side door' },
  },
  {
    business: D,
    message: `Tyres article - add that we do puncture repairs on the spot if the tyre is repairable.`,
    expect: { kind: 'update_article', target: 'Tyres', contains: 'puncture repairs on the spot' },
  },
  {
    business: D,
    message: `Update MOT Retests, free retest is only for the same fault, anything new gets charged.`,
    expect: { kind: 'update_article', target: 'MOT Retests', contains: 'only for the same fault' },
  },
  {
    business: D,
    message: `MOT price now £45 not £54.85. Matching the place down the road.`,
    expect: { kind: 'update_price', target: null, item: 'MOT', price: '£45' },
  },
  {
    business: D,
    message: `On the interim vs full service page change full service to £235.`,
    expect: { kind: 'update_price', target: 'interim vs full service', item: 'full service', price: '£235' },
  },
  {
    business: D,
    message: `Take down the Winter Check article, offer finished end of feb.`,
    expect: { kind: 'archive_article', target: 'Winter Check' },
  },
  {
    business: D,
    message: `If a customer says there car broke down after we worked on it pass them to Gareth.`,
    expect: { kind: 'add_escalation_rules', contains: ['broke down after we worked on it'] },
  },
  {
    business: D,
    message: `Hand to me (Rhys) when:
1 - someone disputes a bill
2 - fleet or company accounts
3 - warranty claim on parts we fitted`,
    expect: {
      kind: 'add_escalation_rules',
      contains: ['disputes a bill', 'fleet or company accounts', 'warranty claim on parts'],
    },
  },
  {
    business: D,
    message: `People say tracking when they mean wheel alignment. Same job.`,
    expect: { kind: 'add_synonyms', words: ['tracking', 'wheel alignment'] },
  },
  {
    business: D,
    message: `Customers call the cambelt the "timing belt". Make sure bot knows its the same.`,
    expect: { kind: 'add_synonyms', words: ['timing belt', 'cambelt'] },
  },
  {
    business: D,
    message: `Bot must never quote a price for repairs without us seeing the car first. MOT and service prices are fine to give.`,
    expect: { kind: 'add_business_rule', contains: 'quote a price for repairs' },
  },
  {
    business: D,
    message: `Always get the reg number off people before booking anything in.`,
    expect: { kind: 'add_business_rule', contains: 'the reg number' },
  },
  {
    business: D,
    message: `how many chats last 2 weeks`,
    expect: { kind: 'analytics', metric: 'conversations', days: 14 },
  },
  {
    business: D,
    message: `whats the average QA score`,
    expect: { kind: 'analytics', metric: 'qaAverage', days: 7 },
  },
  {
    business: D,
    message: `Keep it straight talking. No fluff, no waffle.`,
    expect: { kind: 'set_tone', tone: 'straight talking' },
  },
  {
    business: D,
    message: `Name the bot Dai. Its a Welsh thing, trust me.`,
    expect: { kind: 'set_agent_name', name: 'Dai' },
  },
  {
    business: D,
    message: `ok ta, thats all for now. back tomorow with more prices.`,
    expect: { kind: 'nothing' },
  },

  // ───────────── E. Still Point Studio — calm, wordy, pasted website text in quotes ─────────────
  {
    business: E,
    message: `Hello. I've been reflecting on how we describe ourselves and I'd like to start afresh. Please replace our business description with the words from our website: "Still Point Studio is a small, light-filled yoga and pilates space in Leith, offering mindful movement for every body, from first-timers to seasoned practitioners."`,
    expect: { kind: 'set_context', contains: 'light-filled yoga and pilates space in Leith' },
  },
  {
    business: E,
    message: `Our studio has changed quite a lot since we moved to Stockbridge, so the overall description no longer feels true. Could you swap the whole thing for this instead: "A community yoga and reformer pilates studio in Stockbridge, Edinburgh, with small classes of no more than twelve."`,
    expect: { kind: 'set_context', contains: 'community yoga and reformer pilates studio in Stockbridge' },
  },
  {
    business: E,
    message: `Something people often wonder about, and which the assistant might like to know: we provide all mats, blocks, bolsters and blankets, so nobody needs to bring anything except themselves and perhaps a water bottle.`,
    expect: { kind: 'add_fact', contains: 'mats, blocks, bolsters and blankets' },
  },
  {
    business: E,
    message: `Just so it's known, there are showers and a small changing room on the ground floor, which is lovely after an evening class.`,
    expect: { kind: 'add_fact', contains: 'showers and a small changing room' },
  },
  {
    business: E,
    message: `I'd love to add our Yin class. Here's the description from the website, under the title "Yin Yoga":

"A slow, meditative practice in which postures are held for three to five minutes, gently working into the connective tissue. Suitable for all levels. Sundays, 6pm."`,
    expect: { kind: 'create_article', title: 'Yin Yoga', contains: 'held for three to five minutes' },
  },
  {
    business: E,
    message: `Could we have an article for our reformer classes, please? This is what the website says:
"Reformer pilates uses a spring-loaded machine to build strength, length and control. Classes are capped at six, and beginners must complete an introductory session first."`,
    expect: { kind: 'create_article', title: null, contains: 'beginners must complete an introductory session' },
  },
  {
    business: E,
    message: `Please create a page called Pregnancy Yoga, using this text:
"Gentle, supportive classes for anyone from fourteen weeks pregnant onwards. Please let your midwife know you are attending."`,
    expect: { kind: 'create_article', title: 'Pregnancy Yoga', contains: 'from fourteen weeks pregnant onwards' },
  },
  {
    business: E,
    message: `I think it would help newcomers to have something written about what to expect at a first class. Arrive ten minutes early, let the teacher know about any injuries, and try not to eat a heavy meal in the two hours before. Above all, go at your own pace.`,
    expect: { kind: 'create_article', title: null, contains: 'let the teacher know about any injuries' },
  },
  {
    business: E,
    message: `The Yin Yoga article needs a gentle tweak, as we've added a second session: the class now also runs on Wednesday lunchtimes. Could you reflect that?`,
    expect: { kind: 'update_article', target: 'Yin Yoga', contains: 'on Wednesday lunchtimes' },
  },
  {
    business: E,
    message: `In "Pregnancy Yoga", please add the following sentence from our updated website: "Postnatal mums are welcome to return from eight weeks after birth, with baby in tow."`,
    expect: { kind: 'update_article', target: 'Pregnancy Yoga', contains: 'eight weeks after birth' },
  },
  {
    business: E,
    message: `After a great deal of thought we've had to adjust our pricing a little. The ten-class pass will now be £95. I hope our students will understand.`,
    expect: { kind: 'update_price', target: null, item: 'ten-class pass', price: '£95' },
  },
  {
    business: E,
    message: `Within the Memberships and Passes article, the unlimited monthly membership should now read £120 rather than £110.`,
    expect: { kind: 'update_price', target: 'Memberships and Passes', item: 'unlimited monthly membership', price: '£120' },
  },
  {
    business: E,
    message: `With some sadness, our Hot Flow classes have come to an end, as our teacher Isla is moving to Skye. Would you please retire the "Hot Flow" article?`,
    expect: { kind: 'archive_article', target: 'Hot Flow' },
  },
  {
    business: E,
    message: `If someone tells the assistant about an injury or a medical condition they're worried about, I'd much prefer they spoke to one of our teachers rather than being given advice. Please hand those conversations over.`,
    expect: { kind: 'add_escalation_rules', contains: ['an injury or a medical condition'] },
  },
  {
    business: E,
    message: `A few situations where I'd like a real person, ideally Fiona, to step in:
- requests for private one-to-one sessions
- corporate or workplace wellbeing enquiries
- anyone who seems distressed or in crisis`,
    expect: {
      kind: 'add_escalation_rules',
      contains: ['private one-to-one sessions', 'corporate or workplace wellbeing', 'distressed or in crisis'],
    },
  },
  {
    business: E,
    message: `Should a student ask for a refund on a class pass, or mention that they were unhappy with a teacher, please pass them gently to me.`,
    expect: { kind: 'add_escalation_rules', contains: ['refund on a class pass', 'unhappy with a teacher'] },
  },
  {
    business: E,
    message: `Many people write "hot yoga" when they mean our "heated flow" — they're one and the same here, and it would be lovely if the assistant understood that.`,
    expect: { kind: 'add_synonyms', words: ['hot yoga', 'heated flow'] },
  },
  {
    business: E,
    message: `Newcomers sometimes say "machine pilates" when what they mean is "reformer pilates". I'd be grateful if the assistant treated the two as the same.`,
    expect: { kind: 'add_synonyms', words: ['machine pilates', 'reformer pilates'] },
  },
  {
    business: E,
    message: `I'd like the assistant never to give medical advice or suggest particular poses for an injury; instead it can kindly encourage people to speak with their GP or physiotherapist.`,
    expect: { kind: 'add_business_rule', contains: 'give medical advice' },
  },
  {
    business: E,
    message: `When someone books their very first class, could the assistant always remind them to arrive ten minutes early to fill in a health form?`,
    expect: { kind: 'add_business_rule', contains: 'fill in a health form' },
  },
  {
    business: E,
    message: `I'm curious how our students have been feeling about the assistant. How many thumbs up has it received this month?`,
    expect: { kind: 'analytics', metric: 'feedbackUp', days: 30 },
  },
  {
    business: E,
    message: `Could you give me an overall picture of how the assistant has been getting on over the last 10 days?`,
    expect: { kind: 'analytics', metric: 'summary', days: 10 },
  },
  {
    business: E,
    message: `I'd like the assistant to feel like a deep breath: calm, unhurried and warm, never salesy or pushy.`,
    expect: { kind: 'set_tone', tone: 'calm, unhurried and warm' },
  },
  {
    business: E,
    message: `I'd love for the assistant to be called Prana — the Sanskrit word for breath or life force, which feels right for us.`,
    expect: { kind: 'set_agent_name', name: 'Prana' },
  },
  {
    business: E,
    message: `Namaste, and thank you for your patience with all of this. I'll return with more later in the week.`,
    expect: { kind: 'nothing' },
  },

  // ───────────── F. Harrow & Daughters — formal, "Please be so kind as to…", numbered points ─────────────
  {
    business: F,
    message: `Please be so kind as to replace our business description in its entirety with the following: Harrow & Daughters is an antiques dealer and house clearance firm based in Holt, Norfolk, undertaking full and part clearances, probate valuations and the purchase of antique furniture, clocks and silver.`,
    expect: { kind: 'set_context', contains: 'antiques dealer and house clearance firm based in Holt' },
  },
  {
    business: F,
    message: `Further to our recent expansion, I should be obliged if you would substitute the present business description with: "Established 1972. Antiques, collectables and sensitive house clearances throughout Norfolk and north Suffolk, with a showroom at Aylsham."`,
    expect: { kind: 'set_context', contains: 'house clearances throughout Norfolk and north Suffolk' },
  },
  {
    business: F,
    message: `For the assistant's information: we are members of the British Antique Dealers' Association.`,
    expect: { kind: 'add_fact', contains: 'British Antique Dealers' },
  },
  {
    business: F,
    message: `Please be so kind as to note that we hold a waste carrier's licence, sight of which clients frequently request.`,
    expect: { kind: 'add_fact', contains: "waste carrier's licence" },
  },
  {
    business: F,
    message: `Kindly record that the Aylsham showroom has free parking for six cars in the rear courtyard.`,
    expect: { kind: 'add_fact', contains: 'free parking for six cars' },
  },
  {
    business: F,
    message: `Please be so kind as to create an article entitled "Probate Valuations" with the following text: We provide written valuations for probate purposes, prepared by a qualified valuer, typically within ten working days of the visit. Fees are charged by the hour.`,
    expect: { kind: 'create_article', title: 'Probate Valuations', contains: 'within ten working days of the visit' },
  },
  {
    business: F,
    message: `I should be grateful if you would add an article setting out how a house clearance proceeds:
1. We visit the property to assess its contents, free of charge.
2. We provide a fixed quotation, offset against the value of any items we purchase.
3. On the agreed day, the property is cleared and left broom-clean.`,
    expect: { kind: 'create_article', title: null, contains: 'offset against the value of any items' },
  },
  {
    business: F,
    message: `Please add a new article, title "Items We Do Not Buy", as follows: reproduction furniture, flat-pack furniture, upholstered items without fire labels, and electrical goods that have not been PAT tested.`,
    expect: { kind: 'create_article', title: 'Items We Do Not Buy', contains: 'upholstered items without fire labels' },
  },
  {
    business: F,
    message: `Please be so kind as to amend the "Probate Valuations" article so that it states that we are also able to visit care homes and hospitals where necessary.`,
    expect: { kind: 'update_article', target: 'Probate Valuations', contains: 'care homes and hospitals' },
  },
  {
    business: F,
    message: `With regard to the article "Items We Do Not Buy", I should be obliged if you would add that we no longer accept pianos of any kind.`,
    expect: { kind: 'update_article', target: 'Items We Do Not Buy', contains: 'pianos of any kind' },
  },
  {
    business: F,
    message: `Please be so kind as to amend the Clearance Charges article: the minimum charge for a single-room clearance is now £150.`,
    expect: { kind: 'update_price', target: 'Clearance Charges', item: 'single-room clearance', price: '£150' },
  },
  {
    business: F,
    message: `I regret to inform you that our charge for a home valuation visit has risen to £60. I should be obliged if you would reflect this.`,
    expect: { kind: 'update_price', target: null, item: 'home valuation visit', price: '£60' },
  },
  {
    business: F,
    message: `Please be so kind as to withdraw the article "Spring Auction 2023", the event having long since passed.`,
    expect: { kind: 'archive_article', target: 'Spring Auction 2023' },
  },
  {
    business: F,
    message: `I should like enquiries to be passed to a member of staff in the following circumstances:
1. Where the client has recently suffered a bereavement.
2. Where the enquiry concerns items believed to be worth more than £1,000.
3. Where the client wishes to complain about damage caused during a clearance.`,
    expect: {
      kind: 'add_escalation_rules',
      contains: ['suffered a bereavement', 'worth more than £1,000', 'damage caused during a clearance'],
    },
  },
  {
    business: F,
    message: `Please be so kind as to ensure that any enquiry regarding firearms, ivory or other restricted items is directed to Mr Harrow personally.`,
    expect: { kind: 'add_escalation_rules', contains: ['firearms, ivory or other restricted items'] },
  },
  {
    business: F,
    message: `Kindly hand over to Mrs Harrow any client who requests an urgent clearance ahead of a property sale completing within the week.`,
    expect: { kind: 'add_escalation_rules', contains: ['an urgent clearance'] },
  },
  {
    business: F,
    message: `Clients frequently refer to a longcase clock as a "grandfather clock". Please be so kind as to treat these terms as synonymous.`,
    expect: { kind: 'add_synonyms', words: ['grandfather clock', 'longcase clock'] },
  },
  {
    business: F,
    message: `Solicitors and executors tend to write "estate clearance" where we would say "house clearance". I should be obliged if the assistant understood these to be one and the same service.`,
    expect: { kind: 'add_synonyms', words: ['estate clearance', 'house clearance'] },
  },
  {
    business: F,
    message: `Please be so kind as to instruct the assistant never to offer a valuation of any item from a photograph.`,
    expect: { kind: 'add_business_rule', contains: 'valuation of any item from a photograph' },
  },
  {
    business: F,
    message: `I would ask that the assistant always express condolences where a client mentions the death of a relative, before turning to practical matters.`,
    expect: { kind: 'add_business_rule', contains: 'always express condolences' },
  },
  {
    business: F,
    message: `Please be so kind as to inform me what proportion of conversations were handed to staff over the last 30 days, expressed as a percentage.`,
    expect: { kind: 'analytics', metric: 'escalationShare', days: 30 },
  },
  {
    business: F,
    message: `Might I enquire how many messages the assistant has received today?`,
    expect: { kind: 'analytics', metric: 'messages', days: 1 },
  },
  {
    business: F,
    message: `Please be so kind as to adopt a tone that is courteous and discreet, befitting a family firm that frequently deals with the recently bereaved.`,
    expect: { kind: 'set_tone', tone: 'courteous and discreet' },
  },
  {
    business: F,
    message: `I should like the assistant to be known as Mr Pembroke — after my late father's business partner, a most courteous gentleman.`,
    expect: { kind: 'set_agent_name', name: 'Mr Pembroke' },
  },
  {
    business: F,
    message: `Thank you. That will be all for the present.`,
    expect: { kind: 'nothing' },
  },
];
