import type { EscalationBusiness } from './escalation-types.ts';

/**
 * Escalation DEV set, round 10 (second set, "b").
 *
 * Written in round 10 without reading the agent's code or prompts. This is a DEV set:
 * it WILL be tuned on, so do not report scores on it as held-out results.
 *
 * Four businesses (window/door/conservatory installer, three-day music festival,
 * bridal boutique, kitchen design and fitting), 24 cases each:
 *   - 6 hand-off requests (escalate: true)
 *   - 10 messages where an escalation rule or the named-person sentence applies, told in the
 *     customer's own words (8 true; 2 refund requests below the threshold, false)
 *   - 8 calm look-alikes that share a rule's words or mention a person/role (false)
 * => 14 true / 10 false per business.
 */
export const ROUND10B_ESCALATION_DEV: EscalationBusiness[] = [
  {
    name: "Brightside Windows & Conservatories",
    businessContext:
      "We supply and install uPVC and aluminium windows, composite doors and conservatories across Kent and East Sussex. Customers contact us about quotes, fitting dates and aftercare.",
    escalationRules: [
      "Always escalate if someone says a window or door won't lock or close properly",
      "refund requests over £250",
      "cancelling a signed contract or disputing the deposit - pass to a person",
      "leaks / water coming in",
      "a fitter has damaged something in the customer's home",
    ],
    businessRules:
      "Surveys are free and we send a written quote within 3 working days. We take a 25% deposit when the contract is signed and the balance is due on completion; fitting dates can be moved with 48 hours' notice. Guarantee claims on anything we've fitted are dealt with by Priya in our aftercare office.",
    cases: [
      // Hand-off requests: varied forms (sentence, two words, typos, named person + call back, angry, question).
      { message: "Can I speak to someone in the office, please?", escalate: true },
      { message: "real person", escalate: true },
      { message: "can i tlak to a real persn pls", escalate: true },
      { message: "Could Priya give me a ring back this afternoon? I'm on 07700 900412.", escalate: true },
      { message: "I am sick of these automated replies. Get me a manager on the phone, NOW.", escalate: true },
      { message: "Is there a human I could chat with about my order instead of this?", escalate: true },

      // Rules applied in the customer's own words (two refunds below £250 are false).
      { message: "The new back door - you have to slam it and even then the key won't turn. We're going away on Friday and can't leave the house like this.", escalate: true },
      { message: "bedroom window wont shut", escalate: true },
      { message: "You charged us for six windows but only fitted five because the sixth was the wrong size and we cancelled it. That's £620 I want back.", escalate: true },
      { message: "The letterbox we paid extra for (£45) never got fitted on the composite door. Can I just have the £45 back rather than waiting for another visit?", escalate: false },
      { message: "We were charged £80 for taking away the old frames but we ended up taking them to the tip ourselves. Could you pay that back please?", escalate: false },
      { message: "We signed up last week but my husband's just been made redundant and we can't go ahead with the conservatory. What happens to the £3,000 we put down?", escalate: true },
      { message: "Every time it rains there's a puddle on the sill under the lounge bay you put in back in March.", escalate: true },
      { message: "After the storm last night the conservatory roof was dripping onto the sofa.", escalate: true },
      { message: "Your lads took out the old patio door yesterday and there's now a big gouge in our oak floor and the plaster round the frame has come away.", escalate: true },
      { message: "One of the double-glazed panels you fitted four years ago has gone misty inside, between the two panes of glass. Is that covered?", escalate: true },

      // Calm look-alikes: policy questions, hypotheticals, named person availability, resolved issues, praise.
      { message: "How long is the guarantee on the sealed units?", escalate: false },
      { message: "If we sign the contract, how much deposit do you need and when's the balance due?", escalate: false },
      { message: "Is Priya working on Saturdays? I just want to know when I can pop in to collect my guarantee certificate.", escalate: false },
      { message: "The leak around the kitchen window you came back to fix in January has been bone dry all winter - just wanted to say thanks.", escalate: false },
      { message: "Dan and his apprentice were brilliant, they put dust sheets down everywhere and didn't leave a mark. Please pass on our thanks.", escalate: false },
      { message: "Do your composite doors come with multi-point locks as standard?", escalate: false },
      { message: "How much notice do you need if we want to move our fitting date?", escalate: false },
      { message: "Out of interest, if the windows arrived in the wrong colour, would I get my money back or would you remake them?", escalate: false },
    ],
  },
  {
    name: "Meadowlark Festival",
    businessContext:
      "A three-day music festival held every August on farmland near Shrewsbury, with weekend and day tickets, campsites and campervan pitches. People contact us about tickets, camping, accessibility and lost property.",
    escalationRules: [
      "Always escalate if a customer says their tickets never arrived or were rejected at the gate",
      "refund requests over £150",
      "lost phones, wallets or ID - pass to a person",
      "double charged / payment taken twice",
      "complaints about security staff or stewards",
    ],
    businessRules:
      "Tickets can only be resold through our official resale window, which closes two weeks before the festival. Campsites open at 10am on the Friday, glass is not allowed anywhere on site, and under-16s must be accompanied by an adult over 18. Questions about accessibility? That's Jo's department.",
    cases: [
      // Hand-off requests: varied forms (sentence, one word, text-speak, named person + call back, angry, typos).
      { message: "Can I talk to someone from the festival team?", escalate: true },
      { message: "agent", escalate: true },
      { message: "need 2 speak 2 a real person asap", escalate: true },
      { message: "Could Jo ring me back please? 07700 900881", escalate: true },
      { message: "Three emails and not one answer. I want a proper human to deal with this TODAY, not a chatbot.", escalate: true },
      { message: "hi is ther anyone i can actualy speak to", escalate: true },

      // Rules applied in the customer's own words (two refunds below £150 are false).
      { message: "Bought two weekend passes in March and the email said they'd be sent a month before. The festival is in 9 days and there's still nothing in my inbox or spam.", escalate: true },
      { message: "We're at the entrance right now and the scanner keeps saying our QR code is invalid. The steward told us to message you.", escalate: true },
      { message: "I've broken my leg and can't come. I paid £389 for two weekend camping tickets - can I get that back?", escalate: true },
      { message: "I bought a Sunday day ticket for £69 but the headliner's pulled out. Can I have my money back?", escalate: false },
      { message: "The £25 car parking pass I bought - we're coming by coach now, so I'd like a refund on it.", escalate: false },
      { message: "left my iphone in the main stage toilets saturday night, black case with stickers on, please tell me someone handed it in", escalate: true },
      { message: "lost wallet", escalate: true },
      { message: "My bank statement shows £194.50 going out twice on the same day for one order. I only bought one ticket!", escalate: true },
      { message: "The security guy at the arena entrance grabbed my daughter's arm and shouted at her over a vape. She's 17 and was really shaken. That is not OK.", escalate: true },
      { message: "My son uses a wheelchair and gets overwhelmed in crowds. Is there somewhere he can watch the bands from, and can his support worker come in free?", escalate: true },

      // Calm look-alikes: policy questions, hypotheticals, named person availability, resolved issues, praise.
      { message: "When do the e-tickets usually get sent out?", escalate: false },
      { message: "Is there a lost property tent on site, and where is it?", escalate: false },
      { message: "Last year a steward found my daughter's purse and it was back with us within the hour - amazing. Just wanted to say thanks.", escalate: false },
      { message: "Will Jo be at the accessibility tent all weekend? My mum would love to say hello, she helped us so much last year.", escalate: false },
      { message: "What happens if I buy a ticket and then can't make it - can I get a refund or resell it?", escalate: false },
      { message: "Can I bring glass bottles into the campsite?", escalate: false },
      { message: "I thought I'd been charged twice but it was just a pending payment that dropped off. All sorted! What time do the campsites open on Friday?", escalate: false },
      { message: "Are under-16s allowed in without an adult?", escalate: false },
    ],
  },
  {
    name: "Ivy & Lace Bridal",
    businessContext:
      "An independent bridal boutique in Harrogate selling designer and sample wedding dresses, veils and accessories, with in-house alterations and fittings by appointment.",
    escalationRules: [
      "Always escalate if the wedding is less than 3 weeks away and the dress hasn't arrived or isn't finished",
      "refund requests over £200",
      "wrong size or wrong colour ordered - pass to a person",
      "a seamstress has damaged or marked a dress",
      "complaints about how a bride was treated at an appointment",
    ],
    businessRules:
      "Dresses are made to order and take 4-6 months to arrive, and the 50% deposit is non-refundable once the order is placed. Alterations are charged separately and we recommend the first fitting about 8 weeks before the wedding. Our head seamstress Sam takes all redesign work, such as adding sleeves or changing a neckline.",
    cases: [
      // Hand-off requests: varied forms (sentence, two words, named person + call back, text-speak, angry, typos).
      { message: "Please can I speak to someone at the shop?", escalate: true },
      { message: "Talk to person", escalate: true },
      { message: "Can Sam ring me when she's free? It's about my hem.", escalate: true },
      { message: "can u get sum1 to call me back pls x", escalate: true },
      { message: "This is my WEDDING we're talking about. I want the owner on the phone right now, not a robot.", escalate: true },
      { message: "is thre a real person i can speek to?", escalate: true },

      // Rules applied in the customer's own words (two refunds below £200 are false).
      { message: "We get married on the 14th - that's 16 days away - and I've just been told my dress is still 'in transit' from the designer. I'm panicking.", escalate: true },
      { message: "My final fitting was meant to be yesterday but it got cancelled and the hem still isn't done. The wedding is a week on Saturday!!", escalate: true },
      { message: "The designer has discontinued my dress and you've offered me a different one that I don't like. I want my £850 back.", escalate: true },
      { message: "I bought a £65 hair vine last week and the gold doesn't go with my dress. Can I return it for a refund? It's unworn with the tags still on.", escalate: false },
      { message: "Can I get my £120 back for the cathedral veil? My mum has decided to lend me hers.", escalate: false },
      { message: "The dress has come in and it's ivory, but I'm sure I chose the champagne one - I've got photos from the appointment.", escalate: true },
      { message: "When I picked my dress up after the alterations there was a little brown mark on the bodice that definitely wasn't there before, and one of the beads is hanging off.", escalate: true },
      { message: "I came in with my sisters on Saturday and the stylist kept making comments about my weight and rolled her eyes when I asked for a bigger size. I left in tears.", escalate: true },
      { message: "I love my dress but I'd really like to add little cap sleeves and lower the back a touch - is that something you can do?", escalate: true },
      { message: "dress came in 2 sizes too big", escalate: true },

      // Calm look-alikes: policy questions, hypotheticals, named person availability, resolved issues, praise.
      { message: "How far ahead of the wedding should I book my first fitting?", escalate: false },
      { message: "Is Sam available for a fitting on the 3rd of May, around 11?", escalate: false },
      { message: "Sam did the most amazing job on my bustle - I danced all night and it didn't budge. Please tell her thank you!", escalate: false },
      { message: "If I ordered a size that turned out wrong, could it be altered or would you have to reorder?", escalate: false },
      { message: "Is the deposit refundable if I change my mind later?", escalate: false },
      { message: "How long do dresses take to come in after I order?", escalate: false },
      { message: "There was a tiny mark on my sample dress when I bought it, but your team steamed it out straight away and it's perfect now. Do you sell garment bags too?", escalate: false },
      { message: "Do you charge for alterations on top of the dress price?", escalate: false },
    ],
  },
  {
    name: "Oakridge Kitchens",
    businessContext:
      "We design, supply and fit kitchens from our showroom in Leeds, from the first design visit through worktop templating to final installation.",
    escalationRules: [
      "Always escalate if someone can smell gas or has water leaking after a fit",
      "refund requests over £500",
      "units delivered damaged or missing - pass to a person",
      "chipped worktop / cracked worktop",
      "the final invoice is higher than the quote",
    ],
    businessRules:
      "Design visits are free within 20 miles of the showroom. We take a 30% deposit to order and the balance is due when the fit is finished; worktops are templated once the base units are in and stone tops take about two weeks to make. Refer anything about moving gas or electrics to Ravi, our site manager.",
    cases: [
      // Hand-off requests: varied forms (sentence, one word, named person + call back, short, angry, typos).
      { message: "I'd like to speak to a member of staff please.", escalate: true },
      { message: "operator", escalate: true },
      { message: "Can Ravi give me a bell back? It's about the Harrogate Road job.", escalate: true },
      { message: "speak to someone pls", escalate: true },
      { message: "I've asked THREE times for somebody to sort this out. Stop fobbing me off and get me your manager.", escalate: true },
      { message: "is it posible to talk to a human being insted?", escalate: true },

      // Rules applied in the customer's own words (two refunds below £500 are false).
      { message: "Since your fitters connected the new hob yesterday there's a faint eggy smell in the kitchen.", escalate: true },
      { message: "The cupboard under the sink is soaking and the base board is starting to swell. I think something's dripping from the new tap.", escalate: true },
      { message: "We've decided against the stone tops after all and want laminate instead - please refund the £1,800 difference.", escalate: true },
      { message: "You charged £35 for delivering the plinth heater but it came with the main order anyway. Can I have that back?", escalate: false },
      { message: "We sent back the spare wall unit that wasn't needed (£140) - can that go back on my card?", escalate: false },
      { message: "Delivery came this morning - two of the drawer fronts are scratched and there's no corner base unit at all.", escalate: true },
      { message: "There's a chunk out of the edge of the quartz next to the hob. Noticed it when I wiped down last night.", escalate: true },
      { message: "Quote said £14,200 all in. The bill's just arrived for £15,650 and nobody mentioned any extras to us.", escalate: true },
      { message: "We'd love the hob on the island instead of against the wall, but the gas pipe is on the other side of the room. Can that be done?", escalate: true },
      { message: "worktop split", escalate: true },

      // Calm look-alikes: policy questions, hypotheticals, named person availability, resolved issues, praise.
      { message: "How long after the units go in do you template the worktops?", escalate: false },
      { message: "Is Ravi around on Wednesday afternoon? We'd like to book the pre-fit site check for then.", escalate: false },
      { message: "Ravi sorted out our extractor wiring last month and it's been perfect - could you let him know we're really pleased?", escalate: false },
      { message: "What's the deposit to place an order, and when is the rest due?", escalate: false },
      { message: "If a unit turns up damaged, how quickly can you usually get a replacement?", escalate: false },
      { message: "Are quartz worktops less likely to chip than granite?", escalate: false },
      { message: "Our final bill was a bit higher than the quote, but that was the extra pan drawers we added on the day - all fine. Do you sell matching handles for a utility room?", escalate: false },
      { message: "Do you do free design visits in Wakefield?", escalate: false },
    ],
  },
];
