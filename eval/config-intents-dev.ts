/**
 * Configuration-chat intent evaluation — DEV set.
 *
 * Written blind in round 13: authored without reading the product source, tests, docs
 * or any other eval file. Each case is one plain-language message an owner might type
 * into the configuration chat, with the single configuration action it should produce.
 * 260 cases over 12 invented small businesses.
 */

export type ExpectedIntent =
  | { kind: 'set_context'; contains: string }
  | { kind: 'add_fact'; contains: string }
  | { kind: 'create_article'; title: string | null; contains: string }
  | { kind: 'update_article'; target: string; contains: string }
  | { kind: 'update_price'; target: string | null; item: string; price: string }
  | { kind: 'archive_article'; target: string }
  | { kind: 'add_escalation_rules'; contains: string[] }
  | { kind: 'add_synonyms'; words: [string, string] }
  | { kind: 'add_business_rule'; contains: string }
  | {
      kind: 'analytics';
      metric:
        | 'conversations'
        | 'messages'
        | 'escalations'
        | 'escalationShare'
        | 'feedbackUp'
        | 'feedbackDown'
        | 'qaAverage'
        | 'summary';
      days: number;
    }
  | { kind: 'set_tone'; tone: string }
  | { kind: 'set_agent_name'; name: string }
  | { kind: 'nothing' };

export interface ConfigIntentCase {
  business: string;
  message: string;
  expect: ExpectedIntent;
}

const DOG = 'Muddy Paws Dog Grooming';
const BAKERY = 'Crumb & Co Bakery';
const PLUMBER = 'FlowRight Plumbing & Heating';
const YOGA = 'Lotus Room Yoga Studio';
const BIKE = 'Spoke & Chain Cycles';
const DENTIST = 'Brightwater Dental Practice';
const VENUE = 'Oakfield Barn Weddings';
const TUTOR = 'Top Marks Tutoring';
const CAMPSITE = 'Heron Lake Campsite';
const PHONE = 'FixIt Mobile Phone Repairs';
const CLEANING = 'Sparkle & Shine Cleaning';
const THEATRE = 'The Kingsway Theatre';

export const CONFIG_INTENTS_DEV: ConfigIntentCase[] = [
  // ───────────────────────── set_context (16) ─────────────────────────
  { business: DOG, message: "hi! we're Muddy Paws, a small dog grooming salon in Hebden Bridge run by me (Jo) and my sister. we do full grooms, bath & brush, nail clips and puppy intros. small and medium dogs only, no giants sorry. can you use that as our description", expect: { kind: 'set_context', contains: 'dog grooming salon in Hebden Bridge' } },
  { business: BAKERY, message: "Can you replace the description with this: Crumb & Co is a family bakery on Station Road baking sourdough, pastries and celebration cakes fresh every morning since 2009.", expect: { kind: 'set_context', contains: 'family bakery on Station Road' } },
  { business: PLUMBER, message: "new about us text pls - FlowRight Plumbing, Gas Safe registered plumbing and heating engineers covering Leeds and Bradford. boiler installs, servicing, leaks, bathrooms. 24hr emergency callouts", expect: { kind: 'set_context', contains: 'Gas Safe registered' } },
  { business: YOGA, message: "Our business description is out of date. It should say: Lotus Room is a friendly yoga and pilates studio in Clifton offering vinyasa, yin, hot yoga and pregnancy classes for all levels.", expect: { kind: 'set_context', contains: 'yoga and pilates studio in Clifton' } },
  { business: BIKE, message: "rewrite the whole description to: Spoke & Chain - independent bike shop in Bristol. new & used bikes, servicing, repairs, ebike conversions. open 6 days", expect: { kind: 'set_context', contains: 'independent bike shop in Bristol' } },
  { business: DENTIST, message: "Please update what the assistant knows about us. We are Brightwater Dental, an NHS and private dental practice in Reading with 4 dentists and 2 hygienists. We welcome nervous patients.", expect: { kind: 'set_context', contains: 'NHS and private dental practice' } },
  { business: VENUE, message: "scrap the old blurb, here's who we are now:\nOakfield Barn is a restored 18th century barn wedding venue in the Cotswolds, exclusive use, up to 150 guests, with on-site accommodation for 30.", expect: { kind: 'set_context', contains: 'restored 18th century barn' } },
  { business: TUTOR, message: "this is our new description, replace the old one: Top Marks Tutoring - qualified teachers offering 1:1 and small group tuition in maths, english and science from KS2 to A level, online or in your home", expect: { kind: 'set_context', contains: '1:1 and small group tuition' } },
  { business: CAMPSITE, message: "We've changed a lot this year so the intro about us needs redoing completely. Heron Lake is now an adults-only campsite and glamping site on the edge of the Lake District with 40 pitches, 6 bell tents and 2 shepherd huts.", expect: { kind: 'set_context', contains: 'adults-only campsite' } },
  { business: PHONE, message: "description should now read: FixIt Mobile repairs phones, tablets and laptops while you wait in Leicester city centre. Most screen repairs done in 30 mins.", expect: { kind: 'set_context', contains: 'while you wait in Leicester' } },
  { business: CLEANING, message: "hiya can u change our about info to say we are Sparkle & Shine, a domestic and end of tenancy cleaning company covering Manchester and Salford, fully insured, eco friendly products", expect: { kind: 'set_context', contains: 'end of tenancy cleaning' } },
  { business: THEATRE, message: "Replace our business description please. The Kingsway is a 400-seat independent theatre in Norwich showing drama, comedy, music and a family panto every Christmas.", expect: { kind: 'set_context', contains: '400-seat independent theatre' } },
  { business: DOG, message: "actually forget everything i told you before about who we are. we've given up the salon - Muddy Paws is now a mobile dog grooming van that comes to your door across Calderdale", expect: { kind: 'set_context', contains: 'mobile dog grooming van' } },
  { business: BAKERY, message: "The bot keeps describing us as a cafe, we're NOT. New description: Crumb & Co, a takeaway-only artisan bakery in Frome, no seating, just really good bread", expect: { kind: 'set_context', contains: 'takeaway-only artisan bakery' } },
  { business: PHONE, message: "Set the business description to this\n\nFixIt Mobile\nPhone, tablet & console repair shop in Leicester. Apple and Samsung specialists. 90 day warranty on every repair.", expect: { kind: 'set_context', contains: 'Apple and Samsung specialists' } },
  { business: PLUMBER, message: "replace everything in the about the business bit with: we're a one man band, Dave Hollis, local plumber in Otley for 20 yrs, no job too small", expect: { kind: 'set_context', contains: 'local plumber in Otley' } },

  // ───────────────────────── add_fact (24) ─────────────────────────
  { business: DOG, message: "our phone number is 01422 845112", expect: { kind: 'add_fact', contains: '01422 845112' } },
  { business: DOG, message: "pls add that we're closed on bank holidays", expect: { kind: 'add_fact', contains: 'closed on bank holidays' } },
  { business: BAKERY, message: "We open at 7am Tuesday to Saturday, closed Sunday and Monday. Can the bot know that", expect: { kind: 'add_fact', contains: '7am Tuesday to Saturday' } },
  { business: BAKERY, message: "add this: there's free parking behind the shop on Mill Lane", expect: { kind: 'add_fact', contains: 'free parking behind the shop' } },
  { business: PLUMBER, message: "new address for the unit - Unit 4, Canal Wharf, Leeds LS11 5PS", expect: { kind: 'add_fact', contains: 'Unit 4, Canal Wharf' } },
  { business: PLUMBER, message: "we cover up to 25 miles from Leeds, add that", expect: { kind: 'add_fact', contains: '25 miles from Leeds' } },
  { business: YOGA, message: "Just so the bot knows, the studio is on the first floor but there is a lift.", expect: { kind: 'add_fact', contains: 'there is a lift' } },
  { business: YOGA, message: "fyi we have showers and lockers now so people can come straight from work", expect: { kind: 'add_fact', contains: 'showers and lockers' } },
  { business: BIKE, message: "Please add our email: hello@spokeandchain.co.uk", expect: { kind: 'add_fact', contains: 'hello@spokeandchain.co.uk' } },
  { business: BIKE, message: "we're open till 8pm on thursdays now", expect: { kind: 'add_fact', contains: 'till 8pm on thursdays' } },
  { business: DENTIST, message: "Add to the info: we have step free access and a ground floor surgery for wheelchair users.", expect: { kind: 'add_fact', contains: 'step free access' } },
  { business: DENTIST, message: "our out of hours emergency line is 0118 496 0321, add that pls", expect: { kind: 'add_fact', contains: '0118 496 0321' } },
  { business: VENUE, message: "the nearest train station is Kemble, about 10 mins in a taxi", expect: { kind: 'add_fact', contains: 'Kemble' } },
  { business: VENUE, message: "Worth adding that we are licensed for civil ceremonies on site", expect: { kind: 'add_fact', contains: 'licensed for civil ceremonies' } },
  { business: TUTOR, message: "all our tutors are DBS checked - add that pls", expect: { kind: 'add_fact', contains: 'DBS checked' } },
  { business: TUTOR, message: "office hours are mon-fri 9 til 5 if people need to call", expect: { kind: 'add_fact', contains: 'mon-fri 9 til 5' } },
  { business: CAMPSITE, message: "dogs are welcome, max 2 per pitch", expect: { kind: 'add_fact', contains: 'max 2 per pitch' } },
  { business: CAMPSITE, message: "Check-in is from 2pm and check-out by 11am, can you add that to our details", expect: { kind: 'add_fact', contains: 'Check-in is from 2pm' } },
  { business: PHONE, message: "We're at 22 High Street, opposite Boots", expect: { kind: 'add_fact', contains: '22 High Street' } },
  { business: PHONE, message: "add that we take card, cash and apple pay", expect: { kind: 'add_fact', contains: 'card, cash and apple pay' } },
  { business: CLEANING, message: "we're insured up to £5m public liability, pls add", expect: { kind: 'add_fact', contains: '£5m public liability' } },
  { business: CLEANING, message: "our whatsapp number is 07700 900461 - customers can message us there too", expect: { kind: 'add_fact', contains: '07700 900461' } },
  { business: THEATRE, message: "The box office is open 10am to 6pm Monday to Saturday and an hour before every show.", expect: { kind: 'add_fact', contains: '10am to 6pm Monday to Saturday' } },
  { business: THEATRE, message: "add: hearing loop available in the main auditorium", expect: { kind: 'add_fact', contains: 'hearing loop' } },

  // ───────────────────────── create_article (44) ─────────────────────────
  { business: DOG, message: "can you make an article called Puppy Intro - first groom for pups 12-16 weeks, 45 mins, gentle bath, nail trim and lots of treats. £30", expect: { kind: 'create_article', title: 'Puppy Intro', contains: '£30' } },
  { business: DOG, message: "new page: What to bring\n- your dog's lead\n- any medication\n- vaccination card if it's the first visit", expect: { kind: 'create_article', title: 'What to bring', contains: 'vaccination card' } },
  { business: DOG, message: "Add an article about matted coats. If a coat is badly matted we may need to shave it short for the dog's welfare, there's an extra £10 charge for de-matting", expect: { kind: 'create_article', title: 'matted coats', contains: 'extra £10 charge' } },
  { business: DOG, message: "We get asked loads about how often to groom. Most dogs need a full groom every 6-8 weeks, doodles and poodles every 4-6. Can you put that in as a help article", expect: { kind: 'create_article', title: null, contains: 'every 6-8 weeks' } },
  { business: BAKERY, message: "Title: Celebration cakes\nWe make custom cakes for birthdays, weddings and christenings. Please order at least 7 days ahead. Prices start at £45 for a 6 inch.", expect: { kind: 'create_article', title: 'Celebration cakes', contains: 'at least 7 days ahead' } },
  { business: BAKERY, message: "create a price list article heading 'Bread prices'\nWhite sourdough £4.20\nSeeded sourdough £4.80\nRye £4.50\nBaguette £2.10", expect: { kind: 'create_article', title: 'Bread prices', contains: 'Seeded sourdough £4.80' } },
  { business: BAKERY, message: "we now do vegan and gluten free!! gluten free bread on fridays only, vegan brownies every day. make a page for it, call it Dietary options", expect: { kind: 'create_article', title: 'Dietary options', contains: 'gluten free bread on fridays only' } },
  { business: BAKERY, message: "Allergens\n\nAll our products are made in a kitchen that handles nuts, gluten, eggs, milk and sesame. We cannot guarantee anything is allergen free.\n\n^ add this as a new article", expect: { kind: 'create_article', title: 'Allergens', contains: 'We cannot guarantee anything is allergen free' } },
  { business: PLUMBER, message: "can you add something for customers on what to do before we get there if there's a leak: turn off the stopcock (usually under the kitchen sink), switch off the boiler and put a bowl under the drip", expect: { kind: 'create_article', title: null, contains: 'turn off the stopcock' } },
  { business: PLUMBER, message: "New article - Boiler servicing\nAnnual service £85, includes gas safety check and certificate. Landlord gas safety certificate £65.", expect: { kind: 'create_article', title: 'Boiler servicing', contains: 'Annual service £85' } },
  { business: PLUMBER, message: "pls create article 'Callout charges' - daytime callout £60 first hour then £45/hr, evenings & weekends £95 first hour", expect: { kind: 'create_article', title: 'Callout charges', contains: '£45/hr' } },
  { business: PLUMBER, message: "We don't do gas fires or cookers, only boilers and central heating. Make that an article called What we don't do", expect: { kind: 'create_article', title: "What we don't do", contains: 'gas fires or cookers' } },
  { business: YOGA, message: "could you add an article for beginners please? Title: New to yoga?\nNo experience needed. Arrive 10 minutes early, bring water, we provide mats and blocks. Eat lightly 2 hours before.", expect: { kind: 'create_article', title: 'New to yoga?', contains: 'we provide mats and blocks' } },
  { business: YOGA, message: "Class passes\nDrop in £12\n5 class pass £55\n10 class pass £100\nUnlimited monthly £85\n\nmake that a new article pls", expect: { kind: 'create_article', title: 'Class passes', contains: '10 class pass £100' } },
  { business: YOGA, message: "put this in a help article: pregnancy classes are suitable from 14 weeks, thursdays 6:30pm, please get the ok from your midwife first", expect: { kind: 'create_article', title: null, contains: 'suitable from 14 weeks' } },
  { business: YOGA, message: "write up a page under Hot yoga - room heated to 38 degrees, 60 mins, not suitable in pregnancy or with heart conditions, bring a big towel", expect: { kind: 'create_article', title: 'Hot yoga', contains: 'heated to 38 degrees' } },
  { business: BIKE, message: "new article Servicing prices:\nBasic service £45\nFull service £90\nEbike service £110\nprices exclude parts", expect: { kind: 'create_article', title: 'Servicing prices', contains: 'Full service £90' } },
  { business: BIKE, message: "Can you add an article called 'Cycle to Work scheme'? We accept Cyclescheme and Bike2Work vouchers, up to £2000. Bring your certificate into the shop.", expect: { kind: 'create_article', title: 'Cycle to Work scheme', contains: 'Cyclescheme and Bike2Work' } },
  { business: BIKE, message: "heres our hire info, pls make it an article:\nHybrid hire £25/day, ebike hire £45/day, helmet and lock included, ID and £100 deposit needed", expect: { kind: 'create_article', title: null, contains: '£100 deposit' } },
  { business: BIKE, message: "Add help article. Heading: Booking a repair. Text: drop your bike in any weekday before 10am, most repairs ready same day, we'll text you when it's done.", expect: { kind: 'create_article', title: 'Booking a repair', contains: 'ready same day' } },
  { business: DENTIST, message: "Please create a new article titled 'New patient registration'. We are currently accepting new private patients. NHS list is closed. A new patient exam is £65 and includes x-rays.", expect: { kind: 'create_article', title: 'New patient registration', contains: 'NHS list is closed' } },
  { business: DENTIST, message: "add something for patients on teeth whitening - home whitening kits £295 incl trays and gel, results in 2-3 weeks. you need a check up with us first", expect: { kind: 'create_article', title: null, contains: '£295' } },
  { business: DENTIST, message: "Article: Payment plans\nWe offer 0% finance on treatments over £500, spread over 12 months, subject to approval", expect: { kind: 'create_article', title: 'Payment plans', contains: '0% finance' } },
  { business: DENTIST, message: "Could you add an article about our Denplan membership. Plans from £16.50 a month, covers 2 check-ups and 2 hygiene visits a year plus 10% off treatment", expect: { kind: 'create_article', title: 'Denplan membership', contains: '£16.50 a month' } },
  { business: VENUE, message: "new article: Wedding packages\n\nIntimate (up to 50 guests) - £6,500\nClassic (up to 100) - £9,800\nGrand (up to 150) - £12,500\nAll include exclusive use Fri-Sun", expect: { kind: 'create_article', title: 'Wedding packages', contains: 'Classic (up to 100) - £9,800' } },
  { business: VENUE, message: "can u add this as an article - couples can bring their own caterer from our recommended list, using anyone not on the list is a £750 fee", expect: { kind: 'create_article', title: null, contains: '£750 fee' } },
  { business: VENUE, message: "Add an article, call it Accommodation. The main house sleeps 18 and the cottages sleep 12, so 30 in total. Check in Friday 3pm, check out Sunday 11am.", expect: { kind: 'create_article', title: 'Accommodation', contains: 'sleeps 18' } },
  { business: VENUE, message: "Viewings - article please. Show rounds by appointment on Tuesdays and Saturdays, open days every March and September", expect: { kind: 'create_article', title: 'Viewings', contains: 'Tuesdays and Saturdays' } },
  { business: TUTOR, message: "Create article 'How our tuition works'\n1. Free 20 min consultation\n2. We match you with a tutor\n3. First lesson, then weekly sessions\nLessons are 1 hour, £40 online or £45 in person", expect: { kind: 'create_article', title: 'How our tuition works', contains: 'Free 20 min consultation' } },
  { business: TUTOR, message: "we're running GCSE revision bootcamps in the easter holidays, 3 days, 10am-3pm, £150 for maths or english. can u make an article for it", expect: { kind: 'create_article', title: null, contains: '£150' } },
  { business: TUTOR, message: "add an article titled 11+ preparation - we prepare kids for the Kent and Bucks grammar tests, starting year 4 or early year 5, includes mock exams", expect: { kind: 'create_article', title: '11+ preparation', contains: 'mock exams' } },
  { business: TUTOR, message: "Cancellation policy:\nPlease give 24 hours notice to cancel a lesson or it will be charged in full.\n\ncould you save that as an article", expect: { kind: 'create_article', title: 'Cancellation policy', contains: '24 hours notice' } },
  { business: CAMPSITE, message: "can you add a new help article called Pitch prices\nGrass pitch £22/night\nHardstanding with hook up £32/night\nBell tent £95/night (sleeps 4)", expect: { kind: 'create_article', title: 'Pitch prices', contains: 'Bell tent £95/night' } },
  { business: CAMPSITE, message: "make an article about campfires: fire pits available to hire for £8 a night, fires in the fire pits only, never on the grass, and out by 11pm", expect: { kind: 'create_article', title: 'campfires', contains: 'out by 11pm' } },
  { business: CAMPSITE, message: "Facilities\nHot showers (free), washing up area, laundry room with washer £4, drying room, small shop for milk bread and gas\n\nnew article pls", expect: { kind: 'create_article', title: 'Facilities', contains: 'drying room' } },
  { business: CAMPSITE, message: "Put up an article on quiet hours, we're strict about it: quiet from 10:30pm to 8am, no music, no groups of more than 6", expect: { kind: 'create_article', title: 'quiet hours', contains: '10:30pm to 8am' } },
  { business: PHONE, message: "New article Screen repair prices\niPhone 13 £129\niPhone 14 £149\nSamsung S23 £169\nall with 90 day warranty", expect: { kind: 'create_article', title: 'Screen repair prices', contains: 'iPhone 14 £149' } },
  { business: PHONE, message: "pls add this as an article - if your phone gets wet switch it off, don't charge it, DONT put it in rice, bring it in asap. diagnostic £20, refunded if we fix it", expect: { kind: 'create_article', title: null, contains: 'diagnostic £20' } },
  { business: PHONE, message: "Add a help page titled 'Data & privacy' saying we never look at your photos or messages, and we only need your passcode to test after the repair", expect: { kind: 'create_article', title: 'Data & privacy', contains: 'never look at your photos' } },
  { business: PHONE, message: "we buy old phones now! make an article - Sell your phone. we give cash or store credit, price depends on model and condition, bring ID", expect: { kind: 'create_article', title: 'Sell your phone', contains: 'cash or store credit' } },
  { business: CLEANING, message: "Create an article: End of tenancy cleans\n1 bed flat £180\n2 bed £240\n3 bed £310\nOven clean included. If your landlord isn't happy we come back free.", expect: { kind: 'create_article', title: 'End of tenancy cleans', contains: '2 bed £240' } },
  { business: CLEANING, message: "can we have a new article - we bring all products and equipment, customers just need to give us access, running water and electricity", expect: { kind: 'create_article', title: null, contains: 'we bring all products and equipment' } },
  { business: CLEANING, message: "Heading: Regular cleaning\nWeekly or fortnightly cleans, same cleaner every time where possible, £18 per hour, minimum 2 hours\n(new article)", expect: { kind: 'create_article', title: 'Regular cleaning', contains: '£18 per hour' } },
  { business: THEATRE, message: "Please add a new article called Access. Wheelchair spaces in row A, free companion tickets, relaxed performances monthly, BSL interpreted shows are marked on the website.", expect: { kind: 'create_article', title: 'Access', contains: 'free companion tickets' } },

  // ───────────────────────── update_article (16) ─────────────────────────
  { business: DOG, message: "the puppy intro article is wrong, replace it with: first groom for pups up to 20 weeks, 1 hour, bath, face trim and nails. £35", expect: { kind: 'update_article', target: 'puppy intro', contains: 'up to 20 weeks' } },
  { business: BAKERY, message: "Rewrite the celebration cakes page: we now need 10 days notice for all custom cakes and a £20 non-refundable deposit", expect: { kind: 'update_article', target: 'celebration cakes', contains: '10 days notice' } },
  { business: PLUMBER, message: "update the callout charges article to say: flat £75 callout including the first hour, any time of day", expect: { kind: 'update_article', target: 'callout charges', contains: 'flat £75 callout' } },
  { business: YOGA, message: "Change the text of 'New to yoga?' to: Beginners welcome at any class marked Level 1. Please arrive 15 mins early to fill in a health form.", expect: { kind: 'update_article', target: 'New to yoga?', contains: 'health form' } },
  { business: BIKE, message: "the cycle to work one needs redoing, we only take Cyclescheme now not bike2work, and the limit is £3000", expect: { kind: 'update_article', target: 'cycle to work', contains: '£3000' } },
  { business: DENTIST, message: "Please replace the content of our New patient registration article. We are now accepting new NHS patients for children under 18 only. Private new patient exam £70.", expect: { kind: 'update_article', target: 'New patient registration', contains: 'children under 18 only' } },
  { business: VENUE, message: "accommodation page is out of date - replace with: main house sleeps 20, 3 cottages sleep 16, 36 total", expect: { kind: 'update_article', target: 'accommodation', contains: '36 total' } },
  { business: TUTOR, message: "hi, the cancellation policy text needs replacing with this: 48 hours notice needed, otherwise the lesson is charged at 50%", expect: { kind: 'update_article', target: 'cancellation policy', contains: '48 hours notice' } },
  { business: CAMPSITE, message: "redo the facilities article pls - showers and laundry are now both free and we've added a dog wash and EV charging", expect: { kind: 'update_article', target: 'facilities', contains: 'dog wash' } },
  { business: PHONE, message: "The data & privacy article should now say: we don't need your passcode. If we need to test, we ask you to unlock it in front of us.", expect: { kind: 'update_article', target: 'data & privacy', contains: 'unlock it in front of us' } },
  { business: CLEANING, message: "update regular cleaning article → weekly, fortnightly or monthly cleans, £20/hr, min 3 hours, same cleaner guaranteed", expect: { kind: 'update_article', target: 'regular cleaning', contains: '£20/hr' } },
  { business: THEATRE, message: "Can you overwrite the Access article with the new info: all wheelchair spaces are now in the stalls row C, companions go free, relaxed shows every second Sunday", expect: { kind: 'update_article', target: 'Access', contains: 'row C' } },
  { business: DOG, message: "what to bring page - change it to just: lead, poo bags, and your vet's details. we don't need vaccination cards anymore", expect: { kind: 'update_article', target: 'what to bring', contains: 'poo bags' } },
  { business: CAMPSITE, message: "The campfires article is wrong now cos of the fire risk. New text: no open fires at all this summer, BBQs must be raised off the ground", expect: { kind: 'update_article', target: 'campfires', contains: 'no open fires at all' } },
  { business: BAKERY, message: "allergens page pls replace w/ this - we now have a separate nut free kitchen but still handle gluten, eggs, milk and sesame", expect: { kind: 'update_article', target: 'allergens', contains: 'separate nut free kitchen' } },
  { business: THEATRE, message: "Replace the text in the 'Group bookings' article with: groups of 10+ get 15% off, and one free ticket for the organiser for groups of 20+", expect: { kind: 'update_article', target: 'Group bookings', contains: '15% off' } },

  // ───────────────────────── update_price (22) ─────────────────────────
  { business: BIKE, message: "full service is now £95", expect: { kind: 'update_price', target: null, item: 'full service', price: '£95' } },
  { business: BIKE, message: "in the servicing prices article, ebike service should be £120 not £110", expect: { kind: 'update_price', target: 'servicing prices', item: 'ebike service', price: '£120' } },
  { business: PHONE, message: "iPhone 14 screens have gone up to £159", expect: { kind: 'update_price', target: null, item: 'iPhone 14', price: '£159' } },
  { business: PHONE, message: "can u change samsung S23 in screen repair prices to £179 pls", expect: { kind: 'update_price', target: 'screen repair prices', item: 'samsung S23', price: '£179' } },
  { business: CLEANING, message: "2 bed end of tenancy is £260 now", expect: { kind: 'update_price', target: 'end of tenancy', item: '2 bed', price: '£260' } },
  { business: CLEANING, message: "1 bed flat price should be £195", expect: { kind: 'update_price', target: null, item: '1 bed flat', price: '£195' } },
  { business: YOGA, message: "drop in price is going up to £13 from next month", expect: { kind: 'update_price', target: null, item: 'drop in', price: '£13' } },
  { business: YOGA, message: "Please change the 5 class pass to £58 on the class passes page", expect: { kind: 'update_price', target: 'class passes', item: '5 class pass', price: '£58' } },
  { business: BAKERY, message: "seeded sourdough is £5 now", expect: { kind: 'update_price', target: null, item: 'seeded sourdough', price: '£5' } },
  { business: BAKERY, message: "In Bread prices please update the baguette to £2.30, flour costs have gone mad", expect: { kind: 'update_price', target: 'Bread prices', item: 'baguette', price: '£2.30' } },
  { business: CAMPSITE, message: "Bell tents are now £110 a night", expect: { kind: 'update_price', target: null, item: 'Bell tent', price: '£110' } },
  { business: CAMPSITE, message: "pitch prices - grass pitch should be £24/night this season", expect: { kind: 'update_price', target: 'pitch prices', item: 'grass pitch', price: '£24' } },
  { business: VENUE, message: "The Classic package has gone up to £10,200", expect: { kind: 'update_price', target: null, item: 'Classic', price: '£10,200' } },
  { business: VENUE, message: "update wedding packages: Intimate is now £6,900", expect: { kind: 'update_price', target: 'wedding packages', item: 'Intimate', price: '£6,900' } },
  { business: PLUMBER, message: "annual service price is £90 from now on", expect: { kind: 'update_price', target: null, item: 'annual service', price: '£90' } },
  { business: PLUMBER, message: "landlord gas safety certificate is £70 from 1st april, pls change it in the boiler servicing article", expect: { kind: 'update_price', target: 'boiler servicing', item: 'landlord gas safety certificate', price: '£70' } },
  { business: TUTOR, message: "online lessons are £42 an hour now", expect: { kind: 'update_price', target: null, item: 'online', price: '£42' } },
  { business: DENTIST, message: "home whitening kits are £325 now", expect: { kind: 'update_price', target: null, item: 'home whitening', price: '£325' } },
  { business: DENTIST, message: "new patient exam price → £75", expect: { kind: 'update_price', target: null, item: 'new patient exam', price: '£75' } },
  { business: DOG, message: "small dog full groom £48 now (was £45)", expect: { kind: 'update_price', target: null, item: 'small dog full groom', price: '£48' } },
  { business: DOG, message: "Can you update the grooming prices article, de-matting is now £15 per 15 mins", expect: { kind: 'update_price', target: 'grooming prices', item: 'de-matting', price: '£15' } },
  { business: THEATRE, message: "Under-16 tickets in the ticket prices article are now £12", expect: { kind: 'update_price', target: 'ticket prices', item: 'Under-16 tickets', price: '£12' } },

  // ───────────────────────── archive_article (20) ─────────────────────────
  { business: DOG, message: "we don't do cat grooming any more, can you take that page down", expect: { kind: 'archive_article', target: 'cat grooming' } },
  { business: BAKERY, message: "remove the Christmas orders article, christmas is over lol", expect: { kind: 'archive_article', target: 'Christmas orders' } },
  { business: PLUMBER, message: "pls delete the bathroom fitting article, we've stopped doing bathrooms", expect: { kind: 'archive_article', target: 'bathroom fitting' } },
  { business: YOGA, message: "Hot yoga is finished (the heater broke and we're not replacing it) so please get rid of that article", expect: { kind: 'archive_article', target: 'Hot yoga' } },
  { business: BIKE, message: "take down bike hire pls", expect: { kind: 'archive_article', target: 'bike hire' } },
  { business: DENTIST, message: "Please archive the 'Summer whitening offer' article as the offer has ended.", expect: { kind: 'archive_article', target: 'Summer whitening offer' } },
  { business: VENUE, message: "open day page can go now, it's been and gone", expect: { kind: 'archive_article', target: 'open day' } },
  { business: TUTOR, message: "We've stopped offering the 11+ stuff so remove the 11+ preparation article", expect: { kind: 'archive_article', target: '11+ preparation' } },
  { business: CAMPSITE, message: "the shepherd huts article needs to come down, we sold them", expect: { kind: 'archive_article', target: 'shepherd huts' } },
  { business: PHONE, message: "delete 'Sell your phone', not buying phones anymore", expect: { kind: 'archive_article', target: 'Sell your phone' } },
  { business: CLEANING, message: "get rid of the carpet cleaning page we dont have the machine anymore", expect: { kind: 'archive_article', target: 'carpet cleaning' } },
  { business: THEATRE, message: "The 'Summer youth theatre' article should be removed, the course won't be running again", expect: { kind: 'archive_article', target: 'Summer youth theatre' } },
  { business: DOG, message: "hide the covid article please, totally out of date", expect: { kind: 'archive_article', target: 'covid' } },
  { business: BAKERY, message: "we closed the seating area so the afternoon tea article isn't needed any more", expect: { kind: 'archive_article', target: 'afternoon tea' } },
  { business: BIKE, message: "No more ebike conversions sadly — remove that article", expect: { kind: 'archive_article', target: 'ebike conversions' } },
  { business: CAMPSITE, message: "Can you archive the easter egg hunt one", expect: { kind: 'archive_article', target: 'easter egg hunt' } },
  { business: PHONE, message: "remove console repairs page", expect: { kind: 'archive_article', target: 'console repairs' } },
  { business: VENUE, message: "Please take the 2024 price list off, the new one is already up", expect: { kind: 'archive_article', target: '2024 price list' } },
  { business: THEATRE, message: "panto article can be deleted now till next year", expect: { kind: 'archive_article', target: 'panto' } },
  { business: DENTIST, message: "we no longer open on Saturdays, delete the Saturday appointments article", expect: { kind: 'archive_article', target: 'Saturday appointments' } },

  // ───────────────────────── add_escalation_rules (36) ─────────────────────────
  { business: DOG, message: "if someone says their dog has been hurt or cut I want to know about it straight away", expect: { kind: 'add_escalation_rules', contains: ['hurt'] } },
  { business: DOG, message: "hand over to a human if anyone is complaining about a groom", expect: { kind: 'add_escalation_rules', contains: ['complain'] } },
  { business: DOG, message: "send anything about aggressive dogs to Jo", expect: { kind: 'add_escalation_rules', contains: ['aggressive', 'Jo'] } },
  { business: BAKERY, message: "Allergic reactions → always pass to a person", expect: { kind: 'add_escalation_rules', contains: ['allergic reaction'] } },
  { business: BAKERY, message: "wedding cake enquiries should go to a human, and also any big orders over 50 items", expect: { kind: 'add_escalation_rules', contains: ['wedding cake', '50'] } },
  { business: BAKERY, message: "if someone's asking for a refund get me involved", expect: { kind: 'add_escalation_rules', contains: ['refund'] } },
  { business: PLUMBER, message: "if anyone mentions a gas smell get a real person on it immediately", expect: { kind: 'add_escalation_rules', contains: ['gas smell'] } },
  { business: PLUMBER, message: "Escalate: flooding, no heating for elderly customers, carbon monoxide alarm going off", expect: { kind: 'add_escalation_rules', contains: ['flooding', 'no heating', 'carbon monoxide'] } },
  { business: PLUMBER, message: "if a customer disputes an invoice pass it to Karen in the office", expect: { kind: 'add_escalation_rules', contains: ['invoice', 'Karen'] } },
  { business: YOGA, message: "if anyone mentions an injury or a medical condition pls pass them to a teacher", expect: { kind: 'add_escalation_rules', contains: ['injury', 'medical condition'] } },
  { business: YOGA, message: "Membership cancellations and freezes should be handled by a real person", expect: { kind: 'add_escalation_rules', contains: ['cancel', 'freeze'] } },
  { business: BIKE, message: "if someone had an accident on a bike we sold or serviced, get a human", expect: { kind: 'add_escalation_rules', contains: ['accident'] } },
  { business: BIKE, message: "warranty claims go to Tom", expect: { kind: 'add_escalation_rules', contains: ['warranty', 'Tom'] } },
  { business: BIKE, message: "hand off stolen bike stuff to staff", expect: { kind: 'add_escalation_rules', contains: ['stolen'] } },
  { business: DENTIST, message: "Anyone in pain, swelling or bleeding that won't stop should be passed to reception immediately", expect: { kind: 'add_escalation_rules', contains: ['pain', 'swelling', 'bleeding'] } },
  { business: DENTIST, message: "complaints about treatment go to the practice manager, Priya", expect: { kind: 'add_escalation_rules', contains: ['complaint', 'Priya'] } },
  { business: DENTIST, message: "when people ask about their bill or NHS charges get a human", expect: { kind: 'add_escalation_rules', contains: ['bill', 'NHS charges'] } },
  { business: VENUE, message: "i want to personally deal with anyone asking about dates in 2026, send those to me", expect: { kind: 'add_escalation_rules', contains: ['2026'] } },
  { business: VENUE, message: "Escalate cancellations and postponements to Emma", expect: { kind: 'add_escalation_rules', contains: ['cancellation', 'postpone', 'Emma'] } },
  { business: VENUE, message: "if anyone wants to haggle on price or asks for a discount, that's for a person not the bot", expect: { kind: 'add_escalation_rules', contains: ['discount'] } },
  { business: TUTOR, message: "Safeguarding concerns must always go to a human, no exceptions", expect: { kind: 'add_escalation_rules', contains: ['safeguarding'] } },
  { business: TUTOR, message: "if a parent is unhappy with their tutor, send to Mrs Patel", expect: { kind: 'add_escalation_rules', contains: ['unhappy', 'Patel'] } },
  { business: TUTOR, message: "SEN / special needs enquiries - pass on pls", expect: { kind: 'add_escalation_rules', contains: ['special needs'] } },
  { business: CAMPSITE, message: "Any group bookings over 3 pitches need a human", expect: { kind: 'add_escalation_rules', contains: ['group'] } },
  { business: CAMPSITE, message: "if someone reports a problem on site like a blocked toilet or noisy neighbours at night, pass to the warden", expect: { kind: 'add_escalation_rules', contains: ['blocked toilet', 'noisy neighbours', 'warden'] } },
  { business: CAMPSITE, message: "lost property → human", expect: { kind: 'add_escalation_rules', contains: ['lost property'] } },
  { business: PHONE, message: "if a phone comes back with the same fault under warranty, I want to deal with it myself", expect: { kind: 'add_escalation_rules', contains: ['warranty'] } },
  { business: PHONE, message: "data recovery jobs need a person", expect: { kind: 'add_escalation_rules', contains: ['data recovery'] } },
  { business: PHONE, message: "business customers wanting 10+ repairs, send to Ali", expect: { kind: 'add_escalation_rules', contains: ['business', 'Ali'] } },
  { business: CLEANING, message: "if something gets broken or damaged during a clean, escalate to me", expect: { kind: 'add_escalation_rules', contains: ['damage'] } },
  { business: CLEANING, message: "pass on to staff: anything about keys, lost keys or key safes", expect: { kind: 'add_escalation_rules', contains: ['key'] } },
  { business: CLEANING, message: "Complaints that the cleaner was late or didn't show should go to Lisa asap", expect: { kind: 'add_escalation_rules', contains: ['late', 'Lisa'] } },
  { business: THEATRE, message: "anything about access needs or wheelchair bookings should go to the box office team", expect: { kind: 'add_escalation_rules', contains: ['wheelchair'] } },
  { business: THEATRE, message: "Refunds and exchanges for cancelled shows - human please", expect: { kind: 'add_escalation_rules', contains: ['refund', 'exchange'] } },
  { business: THEATRE, message: "If someone wants to hire the theatre for an event, send it to Mark", expect: { kind: 'add_escalation_rules', contains: ['hire', 'Mark'] } },
  { business: THEATRE, message: "if people get rude or abusive with the bot just hand them over", expect: { kind: 'add_escalation_rules', contains: ['abusive'] } },

  // ───────────────────────── add_synonyms (18) ─────────────────────────
  { business: DOG, message: "people say 'haircut' when they mean a full groom", expect: { kind: 'add_synonyms', words: ['haircut', 'full groom'] } },
  { business: DOG, message: "customers call it a pedicure, we call it a nail clip", expect: { kind: 'add_synonyms', words: ['pedicure', 'nail clip'] } },
  { business: BAKERY, message: "round here people say bap when they mean a bread roll", expect: { kind: 'add_synonyms', words: ['bap', 'bread roll'] } },
  { business: BAKERY, message: "customers sometimes say birthday cake when they mean celebration cake", expect: { kind: 'add_synonyms', words: ['birthday cake', 'celebration cake'] } },
  { business: PLUMBER, message: "a lot of people call the stopcock the 'water tap under the sink', same thing", expect: { kind: 'add_synonyms', words: ['water tap under the sink', 'stopcock'] } },
  { business: CLEANING, message: "when people say 'move out clean' they mean end of tenancy", expect: { kind: 'add_synonyms', words: ['move out clean', 'end of tenancy'] } },
  { business: YOGA, message: "Customers say 'mat class' meaning pilates", expect: { kind: 'add_synonyms', words: ['mat class', 'pilates'] } },
  { business: YOGA, message: "when someone says membership they mean the unlimited monthly", expect: { kind: 'add_synonyms', words: ['membership', 'unlimited monthly'] } },
  { business: BIKE, message: "when people say 'tune up' they mean a basic service", expect: { kind: 'add_synonyms', words: ['tune up', 'basic service'] } },
  { business: BIKE, message: "people say flat tyre, we say puncture. same thing", expect: { kind: 'add_synonyms', words: ['flat tyre', 'puncture'] } },
  { business: DENTIST, message: "patients say 'scale and polish' when they mean a hygiene appointment", expect: { kind: 'add_synonyms', words: ['scale and polish', 'hygiene appointment'] } },
  { business: DENTIST, message: "braces = orthodontics, patients mostly say braces", expect: { kind: 'add_synonyms', words: ['braces', 'orthodontics'] } },
  { business: VENUE, message: "people often say 'sit down meal' - we call that the wedding breakfast", expect: { kind: 'add_synonyms', words: ['sit down meal', 'wedding breakfast'] } },
  { business: TUTOR, message: "parents say 'lessons', we call them 'sessions'", expect: { kind: 'add_synonyms', words: ['lessons', 'sessions'] } },
  { business: CAMPSITE, message: "When people say EHU they mean electric hook up", expect: { kind: 'add_synonyms', words: ['EHU', 'electric hook up'] } },
  { business: CAMPSITE, message: "'glamping' means our bell tents", expect: { kind: 'add_synonyms', words: ['glamping', 'bell tents'] } },
  { business: PHONE, message: "when ppl say smashed screen its a screen repair", expect: { kind: 'add_synonyms', words: ['smashed screen', 'screen repair'] } },
  { business: THEATRE, message: "when customers say 'the christmas show' they mean the panto", expect: { kind: 'add_synonyms', words: ['christmas show', 'panto'] } },

  // ───────────────────────── add_business_rule (16) ─────────────────────────
  { business: DOG, message: "never promise a specific finish time, grooms take as long as the dog needs", expect: { kind: 'add_business_rule', contains: 'finish time' } },
  { business: BAKERY, message: "always mention that everything sells out fast on saturdays so come early", expect: { kind: 'add_business_rule', contains: 'sells out' } },
  { business: PLUMBER, message: "Don't give quotes in the chat, say we need to see the job first", expect: { kind: 'add_business_rule', contains: 'quotes' } },
  { business: YOGA, message: "the bot should always recommend a beginners class to someone new", expect: { kind: 'add_business_rule', contains: 'beginners class' } },
  { business: BIKE, message: "never tell people a bike is in stock, stock changes every day, tell them to ring the shop", expect: { kind: 'add_business_rule', contains: 'in stock' } },
  { business: DENTIST, message: "Never give dental advice over chat. Always suggest they book an appointment.", expect: { kind: 'add_business_rule', contains: 'dental advice' } },
  { business: VENUE, message: "don't confirm any date is available, only the office can do that", expect: { kind: 'add_business_rule', contains: 'available' } },
  { business: TUTOR, message: "always say the first consultation is free", expect: { kind: 'add_business_rule', contains: 'consultation is free' } },
  { business: CAMPSITE, message: "please make sure the bot never promises a specific pitch number", expect: { kind: 'add_business_rule', contains: 'pitch number' } },
  { business: PHONE, message: "never guarantee a repair time for water damaged phones", expect: { kind: 'add_business_rule', contains: 'water damaged' } },
  { business: CLEANING, message: "Always ask for their postcode before saying anything about availability", expect: { kind: 'add_business_rule', contains: 'postcode' } },
  { business: THEATRE, message: "don't ever tell people a show is sold out, tell them to check for returns with the box office", expect: { kind: 'add_business_rule', contains: 'returns' } },
  { business: DOG, message: "Always remind people to walk their dog before the appointment", expect: { kind: 'add_business_rule', contains: 'walk their dog' } },
  { business: BAKERY, message: "Don't take orders in the chat, orders have to be placed by phone or in the shop", expect: { kind: 'add_business_rule', contains: 'by phone or in the shop' } },
  { business: CAMPSITE, message: "mention our no-dogs-on-the-beach rule whenever someone asks about bringing a dog", expect: { kind: 'add_business_rule', contains: 'no-dogs-on-the-beach' } },
  { business: THEATRE, message: "When people ask about parking always mention the Chapelfield car park discount", expect: { kind: 'add_business_rule', contains: 'Chapelfield' } },

  // ───────────────────────── analytics (24) ─────────────────────────
  { business: DOG, message: "how busy has the bot been this month?", expect: { kind: 'analytics', metric: 'conversations', days: 30 } },
  { business: PLUMBER, message: "how many chats did we have to pass on to a person last week?", expect: { kind: 'analytics', metric: 'escalations', days: 7 } },
  { business: BAKERY, message: "how many conversations today?", expect: { kind: 'analytics', metric: 'conversations', days: 1 } },
  { business: YOGA, message: "what % of chats got handed over in the last 30 days", expect: { kind: 'analytics', metric: 'escalationShare', days: 30 } },
  { business: BIKE, message: "how many thumbs up have we had", expect: { kind: 'analytics', metric: 'feedbackUp', days: 7 } },
  { business: DENTIST, message: "any thumbs down recently?", expect: { kind: 'analytics', metric: 'feedbackDown', days: 7 } },
  { business: VENUE, message: "What's the average quality score for the last fortnight?", expect: { kind: 'analytics', metric: 'qaAverage', days: 14 } },
  { business: TUTOR, message: "give me a quick summary of how things went this week", expect: { kind: 'analytics', metric: 'summary', days: 7 } },
  { business: CAMPSITE, message: "how many messages did customers send in the last 3 days", expect: { kind: 'analytics', metric: 'messages', days: 3 } },
  { business: PHONE, message: "can I see a report for the last 90 days", expect: { kind: 'analytics', metric: 'summary', days: 90 } },
  { business: CLEANING, message: "how many people talked to the bot in the last 24 hours", expect: { kind: 'analytics', metric: 'conversations', days: 1 } },
  { business: THEATRE, message: "number of escalations past 2 weeks pls", expect: { kind: 'analytics', metric: 'escalations', days: 14 } },
  { business: DOG, message: "how many customers were unhappy with the bot's answers this month", expect: { kind: 'analytics', metric: 'feedbackDown', days: 30 } },
  { business: BAKERY, message: "how many messages has the assistant handled over the last month?", expect: { kind: 'analytics', metric: 'messages', days: 30 } },
  { business: PLUMBER, message: "how's the bot doing?", expect: { kind: 'analytics', metric: 'summary', days: 7 } },
  { business: YOGA, message: "what proportion of conversations end up with a human, last 60 days", expect: { kind: 'analytics', metric: 'escalationShare', days: 60 } },
  { business: BIKE, message: "how good have the answers been lately, quality wise?", expect: { kind: 'analytics', metric: 'qaAverage', days: 7 } },
  { business: DENTIST, message: "did anyone leave a thumbs up in the last 14 days", expect: { kind: 'analytics', metric: 'feedbackUp', days: 14 } },
  { business: VENUE, message: "How many enquiries came through the chat in the last year?", expect: { kind: 'analytics', metric: 'conversations', days: 365 } },
  { business: TUTOR, message: "how many times did the bot hand over to staff in the past 10 days", expect: { kind: 'analytics', metric: 'escalations', days: 10 } },
  { business: CAMPSITE, message: "stats for last 28 days pls", expect: { kind: 'analytics', metric: 'summary', days: 28 } },
  { business: PHONE, message: "how many chats this week", expect: { kind: 'analytics', metric: 'conversations', days: 7 } },
  { business: CLEANING, message: "how many thumbs down in the last 30 days?", expect: { kind: 'analytics', metric: 'feedbackDown', days: 30 } },
  { business: THEATRE, message: "whats the qa score over the last 3 weeks", expect: { kind: 'analytics', metric: 'qaAverage', days: 21 } },

  // ───────────────────────── set_tone (6) ─────────────────────────
  { business: DOG, message: "can the bot be more chatty and fun? our customers love a bit of personality", expect: { kind: 'set_tone', tone: 'chatty and fun' } },
  { business: DENTIST, message: "Please make the assistant's tone professional and reassuring, a lot of our patients are nervous", expect: { kind: 'set_tone', tone: 'professional and reassuring' } },
  { business: PLUMBER, message: "answers should be short and to the point, no waffle", expect: { kind: 'set_tone', tone: 'short and to the point' } },
  { business: THEATRE, message: "tone should be warm and a bit theatrical!", expect: { kind: 'set_tone', tone: 'warm and a bit theatrical' } },
  { business: TUTOR, message: "I'd like replies to sound more formal please, some parents find it too casual", expect: { kind: 'set_tone', tone: 'formal' } },
  { business: CAMPSITE, message: "make it sound relaxed and friendly, like having a chat with the warden", expect: { kind: 'set_tone', tone: 'relaxed and friendly' } },

  // ───────────────────────── set_agent_name (6) ─────────────────────────
  { business: DOG, message: "can we call the bot Biscuit?", expect: { kind: 'set_agent_name', name: 'Biscuit' } },
  { business: BAKERY, message: "I'd like the assistant to introduce itself as Rosie", expect: { kind: 'set_agent_name', name: 'Rosie' } },
  { business: BIKE, message: "rename the assistant to Spokey pls", expect: { kind: 'set_agent_name', name: 'Spokey' } },
  { business: VENUE, message: "Our assistant's name should be Ivy", expect: { kind: 'set_agent_name', name: 'Ivy' } },
  { business: PHONE, message: "call it Fixie from now on", expect: { kind: 'set_agent_name', name: 'Fixie' } },
  { business: CLEANING, message: "the chat helper should be called Sparky, not Assistant", expect: { kind: 'set_agent_name', name: 'Sparky' } },

  // ───────────────────────── nothing (12) ─────────────────────────
  { business: DOG, message: "what can you do?", expect: { kind: 'nothing' } },
  { business: BAKERY, message: "thanks!", expect: { kind: 'nothing' } },
  { business: PLUMBER, message: "is the widget working?", expect: { kind: 'nothing' } },
  { business: YOGA, message: "hello", expect: { kind: 'nothing' } },
  { business: BIKE, message: "how do I put the chat on my website?", expect: { kind: 'nothing' } },
  { business: DENTIST, message: "What articles do we have at the moment?", expect: { kind: 'nothing' } },
  { business: VENUE, message: "perfect, thanks so much that's great", expect: { kind: 'nothing' } },
  { business: TUTOR, message: "what does escalation mean?", expect: { kind: 'nothing' } },
  { business: CAMPSITE, message: "can customers see what I type in here?", expect: { kind: 'nothing' } },
  { business: PHONE, message: "hmm let me have a think and come back to you", expect: { kind: 'nothing' } },
  { business: CLEANING, message: "what's our business description at the moment?", expect: { kind: 'nothing' } },
  { business: THEATRE, message: "ok cool", expect: { kind: 'nothing' } },
];
