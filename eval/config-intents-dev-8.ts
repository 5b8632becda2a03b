/**
 * Configuration-chat intent evaluation — DEV set 8.
 *
 * Written blind in round 16 by an eighth author who read no product source, tests, docs or other
 * eval files. Each case is one plain message an owner might type into the configuration chat,
 * labelled with the single configuration action it should produce. 150 cases, 25 per business:
 *   - Little Acorns Soft Play (Swindon): harried parent-owner typing between jobs, lowercase, abbreviations, emoji
 *   - Brunel Junction Models (Didcot): retired engineer, formal, writes in numbered points
 *   - Marcia's Kitchen (Chapeltown, Leeds): teenager setting up the Caribbean takeaway for their mum, slangy
 *   - PulseFit 24/7 Reading (Reading): franchise gym manager using corporate jargon
 *   - Talon Ridge Falconry Centre (near Builth Wells): owner who phrases every request as a question
 *   - Hollins Mobile Tyres (Stoke-on-Trent): owner dictating by voice, no punctuation, "full stop" typed out
 */
import type { ConfigIntentCase } from './config-intents-types.ts';

const A = 'Little Acorns Soft Play';
const B = 'Brunel Junction Models';
const C = "Marcia's Kitchen";
const D = 'PulseFit 24/7 Reading';
const E = 'Talon Ridge Falconry Centre';
const F = 'Hollins Mobile Tyres';

export const CONFIG_INTENTS_DEV_8: ConfigIntentCase[] = [
  // ── A: Little Acorns Soft Play — harried parent-owner ─────────────────────────────────────────
  { business: A, message: `sorry only got 2 mins. basically we're Little Acorns, an indoor soft play centre and cafe in Swindon for under 8s, with a separate baby zone for crawlers. can you put that as our description`, expect: { kind: 'set_context', contains: 'indoor soft play centre and cafe in Swindon' } },
  { business: A, message: `actually redo the business description pls:
Little Acorns is a soft play and party venue for children aged 0-8, run by two local mums, with a cafe doing proper coffee and toasties`, expect: { kind: 'set_context', contains: 'run by two local mums' } },
  { business: A, message: `something for the bot to remember - we're closed to the public on Tuesday mornings in term time bc of the toddler music group`, expect: { kind: 'add_fact', contains: 'closed to the public on Tuesday mornings' } },
  { business: A, message: `fact: grown-ups must wear socks in the play frame too, not just kids 🧦`, expect: { kind: 'add_fact', contains: 'grown-ups must wear socks' } },
  { business: A, message: `we've got free parking out front btw, about 30 spaces, and a bike rack. just so the bot knows`, expect: { kind: 'add_fact', contains: 'free parking out front' } },
  { business: A, message: `can you make a new page called "Birthday Parties"
Parties run Sat & Sun, 2 hours total - 1hr15 play then 45 min in the party room
Min 10 kids, max 25
Hot food, squash and a party bag for each child
Birthday child gets a free return visit
£14.95 per child, £50 deposit to book`, expect: { kind: 'create_article', title: 'Birthday Parties', contains: 'Birthday child gets a free return visit' } },
  { business: A, message: `need an allergy info page for the cafe, title it Allergy Information. Text: Our kitchen handles nuts, gluten, milk and eggs. We can't guarantee any item is allergen free. Ask at the counter for the allergen folder. Kids' meals can be made dairy free with notice.`, expect: { kind: 'create_article', title: 'Allergy Information', contains: 'Ask at the counter for the allergen folder' } },
  { business: A, message: `Put this up for parents please, not sure what to call it:
Under 1s play free with a paying sibling. Babies must stay in the baby zone. Pushchairs can be left in the buggy park by the entrance - we're not responsible for items left in them.`, expect: { kind: 'create_article', title: null, contains: 'Pushchairs can be left in the buggy park' } },
  { business: A, message: `new article - SEN sessions. We run quiet SEN sessions the first Sunday of every month 9-10.30am, lights down, music off, max 15 families. £4 per child, carers free. Booking essential.`, expect: { kind: 'create_article', title: 'SEN sessions', contains: 'lights down, music off' } },
  { business: A, message: `the Birthday Parties page needs adding to - we now do a dinosaur theme as well as the unicorn and superhero ones 🦕`, expect: { kind: 'update_article', target: 'Birthday Parties', contains: 'dinosaur theme' } },
  { business: A, message: `in the allergy page can you add that our toasties can be done on gluten free bread, just ask`, expect: { kind: 'update_article', target: 'allergy page', contains: 'toasties can be done on gluten free bread' } },
  { business: A, message: `price change! off-peak entry for walkers and up is now £6.50 (was £6)`, expect: { kind: 'update_price', target: null, item: 'off-peak entry', price: '£6.50' } },
  { business: A, message: `party price is going up on the Birthday Parties page, £15.95 per child from 1st March. ugh`, expect: { kind: 'update_price', target: 'Birthday Parties', item: 'party', price: '£15.95' } },
  { business: A, message: `take the Easter holiday club page down please, that's all finished now`, expect: { kind: 'archive_article', target: 'Easter holiday club' } },
  { business: A, message: `if anyone messages about a child getting hurt or an accident in the play frame, get a real person straight away pls`, expect: { kind: 'add_escalation_rules', contains: ['child getting hurt', 'accident in the play frame'] } },
  { business: A, message: `hand over to me or Jade if a parent wants to complain about anything. don't want the bot arguing with anyone`, expect: { kind: 'add_escalation_rules', contains: ['wants to complain'] } },
  { business: A, message: `any group bookings for more than 30 kids (schools, nurseries etc) - pass them to a human, the bot can't sort those`, expect: { kind: 'add_escalation_rules', contains: ['more than 30 kids'] } },
  { business: A, message: `parents say "jungle gym" when they mean the play frame, can the bot get that`, expect: { kind: 'add_synonyms', words: ['jungle gym', 'play frame'] } },
  { business: A, message: `never tell anyone they can just turn up on a Saturday, weekends are booking only`, expect: { kind: 'add_business_rule', contains: 'never tell anyone they can just turn up' } },
  { business: A, message: `always remind people to bring socks when they ask about visiting!! so many people forget`, expect: { kind: 'add_business_rule', contains: 'always remind people to bring socks' } },
  { business: A, message: `can the bot be a bit more bubbly? it's a kids place not a bank 😂`, expect: { kind: 'set_tone', tone: 'bubbly' } },
  { business: A, message: `the kids voted and the chat helper is going to be called Squirrel 🐿️`, expect: { kind: 'set_agent_name', name: 'Squirrel' } },
  { business: A, message: `how many chats did the bot have this week? just curious if parents are actually using it`, expect: { kind: 'analytics', metric: 'conversations', days: 7 } },
  { business: A, message: `thank you so much, you're a lifesaver`, expect: { kind: 'nothing' } },
  { business: A, message: `sorry gotta run, school pickup. back later`, expect: { kind: 'nothing' } },

  // ── B: Brunel Junction Models — retired engineer, numbered points ─────────────────────────────
  { business: B, message: `Description of business, for your records:
1. Brunel Junction Models is an independent model railway shop in Didcot, established 1998.
2. We stock OO, N and O gauge, new and second-hand.
3. We also service and repair locomotives in our workshop.
Please set this as the business description.`, expect: { kind: 'set_context', contains: 'independent model railway shop in Didcot' } },
  { business: B, message: `Please replace the business description with the following, which is more accurate:
"Model railway specialists in Didcot selling new and pre-owned OO and N gauge, with a repair workshop for locomotives and DCC decoder fitting."`, expect: { kind: 'set_context', contains: 'repair workshop for locomotives and DCC decoder fitting' } },
  { business: B, message: `Point of information: the shop is closed on Sundays and Mondays. Please note this.`, expect: { kind: 'add_fact', contains: 'closed on Sundays and Mondays' } },
  { business: B, message: `For the assistant's knowledge: we are an approved Hornby and Bachmann stockist.`, expect: { kind: 'add_fact', contains: 'approved Hornby and Bachmann stockist' } },
  { business: B, message: `Note: step-free access is via the side door on Station Road. There is one step at the front entrance.`, expect: { kind: 'add_fact', contains: 'step-free access is via the side door' } },
  { business: B, message: `New article. Title: Locomotive Servicing.
1. A standard service comprises cleaning, lubrication and a test run on our rolling road.
2. Turnaround is normally 10 working days.
3. Locomotives must be packed in their original box or adequately protected.
4. We do not accept locomotives fitted with smoke units for servicing.`, expect: { kind: 'create_article', title: 'Locomotive Servicing', contains: 'test run on our rolling road' } },
  { business: B, message: `Please create a page titled "DCC Decoder Fitting" with this content:
1. We fit decoders to OO and N gauge locomotives.
2. Customer-supplied decoders are accepted, but we cannot warrant them.
3. Sound fitting includes a speaker and a test on our programming track.`, expect: { kind: 'create_article', title: 'DCC Decoder Fitting', contains: 'Customer-supplied decoders are accepted' } },
  { business: B, message: `Another article is required, on part exchange. Title: Part Exchange and Second-Hand Stock.
1. We buy collections, large or small.
2. Valuations are done in the shop by appointment only.
3. Part exchange value is credited against new stock.`, expect: { kind: 'create_article', title: 'Part Exchange and Second-Hand Stock', contains: 'Valuations are done in the shop by appointment only' } },
  { business: B, message: `Please add a help page about postage. Title: Mail Order.
1. We post within the UK only.
2. Orders are dispatched within 2 working days via Royal Mail Tracked.
3. Items over £150 are sent Special Delivery at no extra cost.`, expect: { kind: 'create_article', title: 'Mail Order', contains: 'dispatched within 2 working days' } },
  { business: B, message: `Amendment to the Locomotive Servicing article. Point 2 should now read: "Turnaround is now normally 15 working days, owing to demand."`, expect: { kind: 'update_article', target: 'Locomotive Servicing', contains: 'Turnaround is now normally 15 working days' } },
  { business: B, message: `To the Mail Order page please add a further point:
4. Returns must be made within 14 days in the original packaging.`, expect: { kind: 'update_article', target: 'Mail Order', contains: 'Returns must be made within 14 days' } },
  { business: B, message: `Price revision: a standard locomotive service is now £35. Effective immediately.`, expect: { kind: 'update_price', target: null, item: 'standard locomotive service', price: '£35' } },
  { business: B, message: `On the DCC Decoder Fitting page, the fitting charge for a sound decoder has risen to £48.50.`, expect: { kind: 'update_price', target: 'DCC Decoder Fitting', item: 'sound decoder', price: '£48.50' } },
  { business: B, message: `Please withdraw the article "Christmas Opening Hours 2023". It is out of date.`, expect: { kind: 'archive_article', target: 'Christmas Opening Hours 2023' } },
  { business: B, message: `The Swapmeet page should be removed. We no longer host the swapmeet.`, expect: { kind: 'archive_article', target: 'Swapmeet' } },
  { business: B, message: `Conditions under which the assistant should refer the customer to a member of staff:
1. A locomotive has been damaged in our workshop.
2. A customer wishes to sell a collection valued over £1,000.`, expect: { kind: 'add_escalation_rules', contains: ['damaged in our workshop', 'collection valued over £1,000'] } },
  { business: B, message: `Further escalation: any query regarding an order lost in the post should go to a human.`, expect: { kind: 'add_escalation_rules', contains: ['order lost in the post'] } },
  { business: B, message: `Where a customer requests a spare part not listed on the website, the assistant should hand over to staff so that we may check with the supplier.`, expect: { kind: 'add_escalation_rules', contains: ['spare part not listed'] } },
  { business: B, message: `Customers frequently say "engine" when they mean "locomotive". Please treat them as equivalent.`, expect: { kind: 'add_synonyms', words: ['engine', 'locomotive'] } },
  { business: B, message: `Rule: the assistant must never give a valuation for a collection over chat.`, expect: { kind: 'add_business_rule', contains: 'never give a valuation' } },
  { business: B, message: `Standing instruction: always ask the customer which gauge they model in before recommending anything.`, expect: { kind: 'add_business_rule', contains: 'always ask the customer which gauge' } },
  { business: B, message: `The tone should be courteous. No exclamation marks, please, and no emoji.`, expect: { kind: 'set_tone', tone: 'courteous' } },
  { business: B, message: `The assistant shall be named "Stationmaster".`, expect: { kind: 'set_agent_name', name: 'Stationmaster' } },
  { business: B, message: `Query: how many times has the assistant passed customers on to staff over the last 30 days?`, expect: { kind: 'analytics', metric: 'escalations', days: 30 } },
  { business: B, message: `Understood. Thank you for your assistance.`, expect: { kind: 'nothing' } },

  // ── C: Marcia's Kitchen — teenager helping their mum ─────────────────────────────────────────
  { business: C, message: `hi im doing this for my mum lol. ok so the description: Marcia's Kitchen is a Caribbean takeaway in Chapeltown, Leeds doing jerk chicken, curry goat, oxtail and patties, family run since 2009`, expect: { kind: 'set_context', contains: 'Caribbean takeaway in Chapeltown, Leeds' } },
  { business: C, message: `mum read it and wants the description changed to this instead: "Home-style Jamaican cooking in Chapeltown, Leeds. Everything's made fresh by Marcia every morning - collection and local delivery."`, expect: { kind: 'set_context', contains: "Everything's made fresh by Marcia every morning" } },
  { business: C, message: `fyi for the bot, we're cash only for orders under £5 (card machine fees are mad)`, expect: { kind: 'add_fact', contains: 'cash only for orders under £5' } },
  { business: C, message: `also we're shut mondays. every monday. mum goes to the cash and carry`, expect: { kind: 'add_fact', contains: 'shut mondays' } },
  { business: C, message: `oh yeah the bot should know the curry goat has bones in it, people always ask`, expect: { kind: 'add_fact', contains: 'curry goat has bones in it' } },
  { business: C, message: `ok can u make a menu page, just call it Menu
Jerk chicken (small/large) £7 / £10
Curry goat £11
Oxtail £13.50
Beef or veg patty £2.50
Rice & peas, plantain, coleslaw, mac cheese - all £3 sides`, expect: { kind: 'create_article', title: 'Menu', contains: 'Oxtail £13.50' } },
  { business: C, message: `new page for delivery pls - title "Delivery Area"
We deliver within 3 miles of Chapeltown Road, Thurs-Sun 5pm-9pm
£2.50 delivery, free over £30
Order by phone or through Just Eat`, expect: { kind: 'create_article', title: 'Delivery Area', contains: 'free over £30' } },
  { business: C, message: `mum wants a page called Sunday Dinner. she said: "Sunday dinner plates served 1pm till sold out. Brown stew chicken or curry goat with rice and peas, macaroni pie, salad and a drink. Come early, it goes fast!"`, expect: { kind: 'create_article', title: 'Sunday Dinner', contains: 'Sunday dinner plates served 1pm till sold out' } },
  { business: C, message: `can you add this as an article, idk what to title it:
We do catering for parties, christenings, funerals and nine nights. Minimum 20 people. Trays of rice & peas, jerk chicken, curry goat and fried dumplings. Give us at least a week's notice.`, expect: { kind: 'create_article', title: null, contains: 'christenings, funerals and nine nights' } },
  { business: C, message: `on the Menu can u add that all the jerk is made with scotch bonnet so it's HOT 🌶️🌶️`, expect: { kind: 'update_article', target: 'Menu', contains: 'made with scotch bonnet' } },
  { business: C, message: `update the Delivery Area page: we now deliver within 5 miles of Chapeltown Road not 3`, expect: { kind: 'update_article', target: 'Delivery Area', contains: 'deliver within 5 miles' } },
  { business: C, message: `mum put the patties up 😭 they're £2.80 now`, expect: { kind: 'update_price', target: null, item: 'patties', price: '£2.80' } },
  { business: C, message: `change oxtail on the Menu to £14`, expect: { kind: 'update_price', target: 'Menu', item: 'oxtail', price: '£14' } },
  { business: C, message: `delete the Carnival Special page, carnival's done`, expect: { kind: 'archive_article', target: 'Carnival Special' } },
  { business: C, message: `if someone says their food never came or the driver didnt turn up, send them to mum`, expect: { kind: 'add_escalation_rules', contains: ['food never came', 'driver didnt turn up'] } },
  { business: C, message: `if anyone has an allergic reaction or says they got ill, get a human asap dont let the bot deal with it`, expect: { kind: 'add_escalation_rules', contains: ['allergic reaction'] } },
  { business: C, message: `catering orders over 50 people need to go to a real person, mum wants to talk to them herself`, expect: { kind: 'add_escalation_rules', contains: ['catering orders over 50 people'] } },
  { business: C, message: `loads of customers write "rice n peas" meaning rice and peas, same thing, make sure the bot gets it`, expect: { kind: 'add_synonyms', words: ['rice n peas', 'rice and peas'] } },
  { business: C, message: `mum says the bot should never say the food is mild. nothing is mild 😂`, expect: { kind: 'add_business_rule', contains: 'never say the food is mild' } },
  { business: C, message: `always tell people delivery times are a guess on fri and sat nights coz its so busy`, expect: { kind: 'add_business_rule', contains: 'always tell people delivery times are a guess' } },
  { business: C, message: `make the bot sound more chill pls, it's way too formal rn`, expect: { kind: 'set_tone', tone: 'chill' } },
  { business: C, message: `mum wants the bot called Auntie M 😂 pls change it`, expect: { kind: 'set_agent_name', name: 'Auntie M' } },
  { business: C, message: `how many messages has the bot had today?`, expect: { kind: 'analytics', metric: 'messages', days: 1 } },
  { business: C, message: `did people give the bot thumbs down much this month? mum's worried`, expect: { kind: 'analytics', metric: 'feedbackDown', days: 30 } },
  { business: C, message: `wait what can this thing actually do`, expect: { kind: 'nothing' } },

  // ── D: PulseFit 24/7 Reading — franchise manager, corporate jargon ───────────────────────────
  { business: D, message: `Hi team — looking to align our business description with brand guidelines. Please set it to: "PulseFit Reading is a 24/7 franchise gym on Oxford Road offering best-in-class strength, cardio and functional training zones, plus a full group exercise timetable." Thanks in advance.`, expect: { kind: 'set_context', contains: '24/7 franchise gym on Oxford Road' } },
  { business: D, message: `Following the Q3 brand refresh we need to swap out the description entirely. New wording:
PulseFit Reading — your 24/7 fitness destination, with no-contract memberships, 150+ stations and a dedicated ladies-only zone.`, expect: { kind: 'set_context', contains: 'your 24/7 fitness destination' } },
  { business: D, message: `Key fact to onboard: the club is staffed 9am-9pm weekdays and 10am-4pm weekends; outside those hours access is via the app only.`, expect: { kind: 'add_fact', contains: 'access is via the app only' } },
  { business: D, message: `Quick data point for the assistant: members get 2 hours' free parking in the Oxford Road car park.`, expect: { kind: 'add_fact', contains: 'free parking in the Oxford Road car park' } },
  { business: D, message: `Flagging for awareness: under-16s aren't permitted in the club at any time, per franchise policy.`, expect: { kind: 'add_fact', contains: "under-16s aren't permitted in the club" } },
  { business: D, message: `Please stand up a new article titled "Membership Options" — copy below:
Flex: no contract, cancel anytime, £29.99/month
Commit 12: 12-month term, £22.99/month
Off-Peak: access 10am-4pm and 8pm-6am, £19.99/month
All memberships include the app, inductions and unlimited classes.`, expect: { kind: 'create_article', title: 'Membership Options', contains: 'All memberships include the app' } },
  { business: D, message: `New KB article needed: "Freezing Your Membership"

Members can freeze for 1-3 months, up to twice per calendar year. A freeze fee of £5/month applies. Requests must be submitted via the app at least 5 days before the next payment date.`, expect: { kind: 'create_article', title: 'Freezing Your Membership', contains: 'up to twice per calendar year' } },
  { business: D, message: `Can we get a guest pass policy live please? Title: Guest Passes
- Flex and Commit 12 members get 2 guest passes per month
- Guests must be 16+ and bring photo ID
- Guests must be accompanied by the member at all times`, expect: { kind: 'create_article', title: 'Guest Passes', contains: 'Guests must be 16+ and bring photo ID' } },
  { business: D, message: `Action item: publish an article on personal training. Title "Personal Training at PulseFit Reading".
Our PTs are self-employed and set their own rates. Book a free 30-minute consultation at reception or through the app. All PTs are Level 3 qualified and insured.`, expect: { kind: 'create_article', title: 'Personal Training at PulseFit Reading', contains: 'All PTs are Level 3 qualified and insured' } },
  { business: D, message: `Small tweak to the Freezing Your Membership article — requests now need to be in 7 days before the next payment date, not 5.`, expect: { kind: 'update_article', target: 'Freezing Your Membership', contains: '7 days before the next payment date' } },
  { business: D, message: `Can we append the following to Guest Passes: "Guest passes do not roll over to the following month."`, expect: { kind: 'update_article', target: 'Guest Passes', contains: 'do not roll over' } },
  { business: D, message: `Membership Options needs a refresh — please add a line saying the Student membership is available with a valid NUS or university ID.`, expect: { kind: 'update_article', target: 'Membership Options', contains: 'Student membership is available with a valid NUS or university ID' } },
  { business: D, message: `Pricing update effective 1 Jan: Flex moves to £31.99/month.`, expect: { kind: 'update_price', target: null, item: 'Flex', price: '£31.99' } },
  { business: D, message: `In Membership Options, Off-Peak is repriced to £17.99 — part of the January acquisition campaign.`, expect: { kind: 'update_price', target: 'Membership Options', item: 'Off-Peak', price: '£17.99' } },
  { business: D, message: `Please sunset the "Summer Shred Challenge" article — the campaign has concluded.`, expect: { kind: 'archive_article', target: 'Summer Shred Challenge' } },
  { business: D, message: `Escalation path: any member requesting a cancellation should be routed to a team member, not handled by the bot.`, expect: { kind: 'add_escalation_rules', contains: ['requesting a cancellation'] } },
  { business: D, message: `Also escalate any reports of injury on the gym floor or a medical issue — that's a duty-of-care thing.`, expect: { kind: 'add_escalation_rules', contains: ['injury on the gym floor', 'medical issue'] } },
  { business: D, message: `Payment disputes or failed Direct Debits → hand off to a human colleague please.`, expect: { kind: 'add_escalation_rules', contains: ['payment disputes', 'failed direct debits'] } },
  { business: D, message: `Heads up: members use "DD" to mean "direct debit". Worth the assistant knowing.`, expect: { kind: 'add_synonyms', words: ['dd', 'direct debit'] } },
  { business: D, message: `Non-negotiable: the assistant must never quote PT rates, as they're set by the individual trainers.`, expect: { kind: 'add_business_rule', contains: 'never quote PT rates' } },
  { business: D, message: `Best practice going forward — always signpost members to the app for bookings and freezes.`, expect: { kind: 'add_business_rule', contains: 'always signpost members to the app' } },
  { business: D, message: `Re tone of voice: the brand book says upbeat. Current responses feel a bit flat.`, expect: { kind: 'set_tone', tone: 'upbeat' } },
  { business: D, message: `Brand has signed off a name for the assistant: "Pulse". Please action.`, expect: { kind: 'set_agent_name', name: 'Pulse' } },
  { business: D, message: `Can I get a high-level overview of assistant performance for the past fortnight? Need it for the regional call.`, expect: { kind: 'analytics', metric: 'summary', days: 14 } },
  { business: D, message: `Great, appreciate the quick turnaround 👍`, expect: { kind: 'nothing' } },

  // ── E: Talon Ridge Falconry Centre — owner who asks everything as a question ───────────────────
  { business: E, message: `Could our description say that we're "a family-run bird of prey centre near Builth Wells with over 40 owls, hawks and falcons, offering flying displays and hands-on experiences"?`, expect: { kind: 'set_context', contains: 'family-run bird of prey centre near Builth Wells' } },
  { business: E, message: `Can we change the business description to: "Talon Ridge is a falconry and owl sanctuary in mid Wales, home to rescued and captive-bred birds, open to visitors March to October"?`, expect: { kind: 'set_context', contains: 'falconry and owl sanctuary in mid Wales' } },
  { business: E, message: `Can the bot say that dogs are welcome in the car park but dogs aren't allowed in the centre itself?`, expect: { kind: 'add_fact', contains: "dogs aren't allowed in the centre itself" } },
  { business: E, message: `Could it know that the flying displays are at 12pm and 3pm every day we're open?`, expect: { kind: 'add_fact', contains: 'flying displays are at 12pm and 3pm' } },
  { business: E, message: `Is it possible for the bot to know that the café and toilets are fully wheelchair accessible?`, expect: { kind: 'add_fact', contains: 'fully wheelchair accessible' } },
  { business: E, message: `Can you create an article called "Owl Encounter"? Here's what it should say:
A one-hour session where you meet, handle and fly three of our owls with one of our falconers. Suitable for ages 8+. Under 16s must be with an adult. £45 per person.`, expect: { kind: 'create_article', title: 'Owl Encounter', contains: 'meet, handle and fly three of our owls' } },
  { business: E, message: `Could we have a new page titled Hawk Walk?
"Take a Harris hawk for a walk through the woods above the centre. 90 minutes, max 4 people per walk, sturdy footwear essential."`, expect: { kind: 'create_article', title: 'Hawk Walk', contains: 'Take a Harris hawk for a walk' } },
  { business: E, message: `Would it be possible to add a Gift Vouchers page with this text?

Vouchers are valid for 12 months from purchase and can be used for any experience. They're sent by email or post (post is £1.50 extra). They can't be exchanged for cash.`, expect: { kind: 'create_article', title: 'Gift Vouchers', contains: 'valid for 12 months from purchase' } },
  { business: E, message: `Can we put this up somewhere as a help page? I'm not sure what the heading should be.
"If the weather is too wet or windy to fly the birds safely, we'll contact you on the morning to rearrange. We never fly in heavy rain."`, expect: { kind: 'create_article', title: null, contains: 'too wet or windy to fly the birds safely' } },
  { business: E, message: `Can you make one more article, "Adopt a Bird"?
For £30 a year you can adopt one of our birds. You get a certificate, photo, fact sheet and a free entry ticket. All money goes towards food and vet bills.`, expect: { kind: 'create_article', title: 'Adopt a Bird', contains: 'All money goes towards food and vet bills' } },
  { business: E, message: `Can you add to the Hawk Walk page that children must be 12 or over?`, expect: { kind: 'update_article', target: 'Hawk Walk', contains: 'children must be 12 or over' } },
  { business: E, message: `Could the Gift Vouchers article also mention that vouchers can't be used on bank holiday weekends?`, expect: { kind: 'update_article', target: 'Gift Vouchers', contains: "can't be used on bank holiday weekends" } },
  { business: E, message: `Can general admission for adults be £12.50 now instead of £11?`, expect: { kind: 'update_price', target: null, item: 'general admission for adults', price: '£12.50' } },
  { business: E, message: `On the Adopt a Bird page, can the adoption be £35 a year instead?`, expect: { kind: 'update_price', target: 'Adopt a Bird', item: 'adoption', price: '£35' } },
  { business: E, message: `Can we take down the "Winter Opening" page? We're not opening in winter any more.`, expect: { kind: 'archive_article', target: 'Winter Opening' } },
  { business: E, message: `Could you hide the Meet the Vultures article for now? Our vulture has gone to another centre.`, expect: { kind: 'archive_article', target: 'Meet the Vultures' } },
  { business: E, message: `If someone says a bird has injured them, can the bot pass them straight to one of us?`, expect: { kind: 'add_escalation_rules', contains: ['bird has injured them'] } },
  { business: E, message: `Can the bot hand over to a person if someone finds an injured wild bird and wants to bring it in?`, expect: { kind: 'add_escalation_rules', contains: ['injured wild bird'] } },
  { business: E, message: `Can the bot understand that when people say "birdshow" they mean the "flying display"?`, expect: { kind: 'add_synonyms', words: ['birdshow', 'flying display'] } },
  { business: E, message: `Can you make sure the bot never promises a particular bird will be at an experience?`, expect: { kind: 'add_business_rule', contains: 'never promises a particular bird' } },
  { business: E, message: `Could it always remind people to wear clothes they don't mind getting a bit mucky?`, expect: { kind: 'add_business_rule', contains: 'always remind people to wear clothes' } },
  { business: E, message: `Can it sound a bit more gentle? Some of our visitors are quite nervous around the birds.`, expect: { kind: 'set_tone', tone: 'gentle' } },
  { business: E, message: `Could we call the assistant Hoot?`, expect: { kind: 'set_agent_name', name: 'Hoot' } },
  { business: E, message: `What percentage of conversations got handed over to us this month?`, expect: { kind: 'analytics', metric: 'escalationShare', days: 30 } },
  { business: E, message: `What sort of things can I set up in here?`, expect: { kind: 'nothing' } },

  // ── F: Hollins Mobile Tyres — dictated by voice ─────────────────────────────────────────────
  { business: F, message: `right so the description for the business is hollins mobile tyres we're a mobile tyre fitting service covering stoke on trent and newcastle under lyme we come to your home or work and fit new tyres on the driveway full stop put that in as the description`, expect: { kind: 'set_context', contains: 'mobile tyre fitting service covering stoke on trent' } },
  { business: F, message: `change the business description to say we are a family run mobile tyre and puncture repair service covering all of north staffordshire 7 days a week with two fully equipped vans`, expect: { kind: 'set_context', contains: 'covering all of north staffordshire' } },
  { business: F, message: `the bot needs to know we carry budget mid range and premium tyres in the van so most sizes we can do same day`, expect: { kind: 'add_fact', contains: 'most sizes we can do same day' } },
  { business: F, message: `another thing for it to remember we cant fit run flat tyres on low profile alloys over 19 inch full stop`, expect: { kind: 'add_fact', contains: 'cant fit run flat tyres' } },
  { business: F, message: `just so you know we take card cash or bank transfer on the day no deposit needed`, expect: { kind: 'add_fact', contains: 'no deposit needed' } },
  { business: F, message: `can you make a new article called puncture repairs and in it put we repair punctures in the main tread area to british standard if the puncture is in the sidewall or shoulder the tyre has to be replaced full stop a repair takes about 30 minutes and we come to you`, expect: { kind: 'create_article', title: 'puncture repairs', contains: 'in the sidewall or shoulder' } },
  { business: F, message: `new page title how to find your tyre size then the text look on the side of your tyre for a number like 205 55 R16 the first number is the width the second is the profile and the R16 is the wheel size full stop send us a photo if you're not sure`, expect: { kind: 'create_article', title: 'how to find your tyre size', contains: 'the first number is the width' } },
  { business: F, message: `new article title call out area it should say we cover stoke newcastle kidsgrove leek and stone anywhere further out please ring us first and we'll see what we can do`, expect: { kind: 'create_article', title: 'call out area', contains: 'anywhere further out please ring us first' } },
  { business: F, message: `do us an article called locking wheel nuts and say if your car has locking wheel nuts please make sure the key is in the car before we arrive usually it's in the glovebox or the boot full stop if we cant find it we cant take the wheel off and there will be a wasted call out charge`, expect: { kind: 'create_article', title: 'locking wheel nuts', contains: 'make sure the key is in the car' } },
  { business: F, message: `on the puncture repairs article add that we can also fix slow punctures caused by corroded rims full stop`, expect: { kind: 'update_article', target: 'puncture repairs', contains: 'slow punctures caused by corroded rims' } },
  { business: F, message: `update the call out area page to add cheadle and biddulph to the list`, expect: { kind: 'update_article', target: 'call out area', contains: 'cheadle and biddulph' } },
  { business: F, message: `puncture repair is now £25 full stop it used to be 20 but everything's gone up`, expect: { kind: 'update_price', target: null, item: 'puncture repair', price: '£25' } },
  { business: F, message: `on the locking wheel nuts page change the wasted call out charge to £30`, expect: { kind: 'update_price', target: 'locking wheel nuts', item: 'wasted call out charge', price: '£30' } },
  { business: F, message: `get rid of the winter tyre offer page that finished in march`, expect: { kind: 'archive_article', target: 'winter tyre offer' } },
  { business: F, message: `if a customer says the wheel came loose or anything about a tyre we fitted failing pass them straight on to me on the phone that's urgent`, expect: { kind: 'add_escalation_rules', contains: ['wheel came loose', 'tyre we fitted failing'] } },
  { business: F, message: `if anyone is broken down on the motorway or the hard shoulder the bot needs to hand them to a person straight away we might not be able to get there`, expect: { kind: 'add_escalation_rules', contains: ['broken down on the motorway'] } },
  { business: F, message: `a lot of customers say flat when they mean puncture so can the bot know that`, expect: { kind: 'add_synonyms', words: ['flat', 'puncture'] } },
  { business: F, message: `the bot should never give a fitting time to the exact minute just give a two hour window full stop`, expect: { kind: 'add_business_rule', contains: 'never give a fitting time to the exact minute' } },
  { business: F, message: `always ask for the registration number and the tyre size before giving a quote`, expect: { kind: 'add_business_rule', contains: 'always ask for the registration number' } },
  { business: F, message: `can the bot be a bit more down to earth it sounds like a solicitor at the minute`, expect: { kind: 'set_tone', tone: 'down to earth' } },
  { business: F, message: `call the bot Tyrone ha ha my wife came up with that`, expect: { kind: 'set_agent_name', name: 'Tyrone' } },
  { business: F, message: `how many thumbs up has the bot had this week`, expect: { kind: 'analytics', metric: 'feedbackUp', days: 7 } },
  { business: F, message: `whats the average qa score been for the last month`, expect: { kind: 'analytics', metric: 'qaAverage', days: 30 } },
  { business: F, message: `cheers mate`, expect: { kind: 'nothing' } },
  { business: F, message: `hang on I'm just pulling into a job I'll carry on in a bit`, expect: { kind: 'nothing' } },
];
