#!/usr/bin/env node
// config-chat-probe-6.mjs: a blind, black-box probe of Parley, written from the public
// documentation only (README.md, docs/*.md other than docs/agents.md, and the CLI's --help).
//
// HELD-OUT PROBE, written blind in round 13. It measures whether the configure-by-chat agent
// and the support agent generalise to businesses and wordings nobody tuned for. It must NEVER
// be tuned on: do not read its messages while changing the product, do not change the product
// to pass it, and do not edit its messages or expectations after seeing a result (only genuine
// probe bugs — a typo in an expected fact, a misread of the documented API — may be fixed).
//
// It creates two fresh organizations with the CLI, configures two invented businesses (a
// mobile bicycle mechanic who comes to your home, and a small independent bookshop with a
// café and events) ONLY through the Management Chat API, in the words a small-business owner
// would type: the business context, six articles each (price lists with headings, pasted
// paragraphs, titles given in different ways), facts said in passing (phone, hours, address),
// escalation rules in different styles (one naming who handles a kind of case), a synonym, a
// business rule, an edit of one article's fact and the removal of one article. Then it asks
// the support agent customer questions through the Customer Chat API, one fresh conversation
// per question: paraphrased answerable questions, unanswerable ones sharing words with the
// articles, escalations and calm look-alikes, the synonym, the edited fact and the removed
// article. Finally it asks the configuration agent analytics questions whose answers the probe
// knows because it made every conversation.
//
// Usage (plain Node >= 20, no dependencies):
//   mkdir -p /tmp/p6
//   DATABASE_URL=sqlite:/tmp/p6/db.sqlite PORT=38476 HOST=127.0.0.1 PARLEY_RATE_LIMIT_PER_MINUTE=off node bin/parley.js serve
//   # in another shell, after http://127.0.0.1:38476/readyz answers:
//   DATABASE_URL=sqlite:/tmp/p6/db.sqlite PARLEY_URL=http://127.0.0.1:38476 node eval/config-chat-probe-6.mjs
//
// PROBE_VERBOSE=1 also prints the reply under each PASS line.
// Output: one line per step, `PASS [biz] kind: step: "message"` or
// `FAIL [biz] kind: step: "message" -> reply (first 200 chars)`, then `TOTAL pass/total`,
// then `BY_KIND kind=pass/total ...` over the kinds config, answer, unknown, escalate,
// lookalike, synonym, edit, remove, analytics.
// Exit code 0 when the probe itself ran (whatever the score); 2 when it could not run.

import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

const BASE = (process.env.PARLEY_URL ?? "http://127.0.0.1:38476").replace(/\/+$/, "");
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CLI = path.join(REPO, "bin", "parley.js");
if (!process.env.DATABASE_URL) {
  console.error("DATABASE_URL must be set (the same one the server uses)");
  process.exit(2);
}

const KINDS = ["config", "answer", "unknown", "escalate", "lookalike", "synonym", "edit", "remove", "analytics"];
const byKind = new Map(KINDS.map((k) => [k, { pass: 0, total: 0 }]));
let passed = 0;
let total = 0;

function oneLine(s) {
  return String(s ?? "").replace(/\s+/g, " ").trim();
}
function report(ok, biz, kind, step, message, reply) {
  total++;
  const k = byKind.get(kind);
  k.total++;
  if (ok) {
    passed++;
    k.pass++;
    console.log(`PASS [${biz}] ${kind}: ${step}: ${JSON.stringify(oneLine(message).slice(0, 120))}`);
    if (process.env.PROBE_VERBOSE) console.log(`    reply: ${oneLine(reply).slice(0, 300)}`);
  } else {
    console.log(`FAIL [${biz}] ${kind}: ${step}: ${JSON.stringify(oneLine(message).slice(0, 120))} -> ${oneLine(reply).slice(0, 200)}`);
  }
}

// ---------------------------------------------------------------- HTTP + SSE

async function api(method, urlPath, key, body) {
  const res = await fetch(BASE + urlPath, {
    method,
    headers: {
      Authorization: `Bearer ${key}`,
      ...(body !== undefined ? { "Content-Type": "application/json" } : {}),
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    /* not JSON */
  }
  if (!res.ok) throw new Error(`${method} ${urlPath} -> ${res.status} ${text.slice(0, 200)}`);
  return json;
}

async function newConversation(kind, key) {
  const j = await api("POST", `/api/v1/${kind}/conversations`, key);
  if (!j?.conversationId) throw new Error(`no conversationId from ${kind} create`);
  return j.conversationId;
}

// POST a message and read the SSE stream to [DONE]. Returns {text, escalated, error, done}.
async function send(kind, key, conversationId, message) {
  const res = await fetch(`${BASE}/api/v1/${kind}/conversations/${conversationId}/messages`, {
    method: "POST",
    headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
    body: JSON.stringify({ message }),
  });
  if (!res.ok) {
    const t = await res.text();
    return { text: `[HTTP ${res.status}] ${t}`, escalated: false, error: `http ${res.status}`, done: false };
  }
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  let text = "";
  let escalated = false;
  let error = null;
  let done = false;
  const handle = (block) => {
    const data = block
      .split("\n")
      .filter((l) => l.startsWith("data:"))
      .map((l) => l.slice(5).replace(/^ /, ""))
      .join("\n");
    if (!data) return; // a comment (": ping") or an id-only block
    if (data === "[DONE]") {
      done = true;
      return;
    }
    let ev;
    try {
      ev = JSON.parse(data);
    } catch {
      return;
    }
    if (ev.type === "delta") text += ev.text ?? "";
    else if (ev.type === "status" && ev.status === "escalated") escalated = true;
    else if (ev.type === "error") error = `${ev.code ?? ""} ${ev.message ?? ""}`.trim();
  };
  while (!done) {
    const { done: eof, value } = await reader.read();
    if (eof) break;
    buffer += decoder.decode(value, { stream: true }).replace(/\r\n/g, "\n");
    let idx;
    while ((idx = buffer.indexOf("\n\n")) !== -1) {
      const block = buffer.slice(0, idx);
      buffer = buffer.slice(idx + 2);
      handle(block);
      if (done) break;
    }
  }
  if (!done && buffer.trim()) handle(buffer);
  try {
    await reader.cancel();
  } catch {
    /* already closed */
  }
  if (!done && !error) error = "stream ended without [DONE]";
  return { text, escalated, error, done };
}

// ---------------------------------------------------------------- checks

const norm = (s) =>
  String(s ?? "")
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/\u00a0/g, " ")
    .replace(/\*\*/g, "")
    .toLowerCase();
const has = (text, fact) => norm(text).includes(norm(fact));
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// A figure such as "15" or "3.20" present as a number of its own (not inside "150" or "13.20").
const figurePresent = (text, n) => new RegExp(`(^|[^\\d.,])${escapeRe(String(n))}(?![\\d]|[.,]\\d)`).test(String(text ?? ""));
// A fact that is a figure is matched as a figure, anything else as text.
const mentions = (text, fact) => (/^£?\d+(?:[.:]\d+)?$/.test(fact) ? figurePresent(text, fact.replace(/^£/, "")) : has(text, fact));

// The README: "each reply says exactly what changed, and a request it does not understand
// changes nothing". A confirmation names a change and neither asks back nor refuses.
function isConfirmation(reply) {
  const r = norm(reply);
  if (!r.trim()) return false;
  const negative =
    /(didn't|did not|couldn't|could not|can't|cannot|not sure|don't understand|do not understand|nothing (was |has been )?changed|no changes|which article|which one|please (tell|give|provide|say)|here's what i can do|i can help with)/;
  const positive = /(done|added|changed|updated|set |saved|archived|removed|deleted|created|now )/;
  return positive.test(r) && !negative.test(r);
}

// The README: "when nothing matches it says it does not know, with no number, and offers a person".
function isDontKnow(reply) {
  return /(don't know|do not know|not sure|can't find|cannot find|couldn't find|could not find|don't have (that|any|the|this|information|details)|do not have (that|any|the|this|information|details)|no information|not able to (find|answer|say)|unable to (find|answer|say)|i'll check|will check|check with|connect you|member of (our|the) team|pass (you|this) to|someone from (our|the) team)/.test(
    norm(reply),
  );
}
const numbersIn = (s) => String(s ?? "").match(/\d+(?:[.,:]\d+)*/g) ?? [];
// Numbers in the reply that are not in the customer's question.
function numbersNotIn(reply, question) {
  const known = new Set(numbersIn(question));
  return numbersIn(reply).filter((n) => !known.has(n) && !String(question).includes(n));
}

// ---------------------------------------------------------------- CLI

function createOrg(name) {
  const out = execFileSync(process.execPath, [CLI, "org", "create", "--name", name, "--json"], {
    env: process.env,
    encoding: "utf8",
    timeout: 60_000,
  });
  const line = out
    .trim()
    .split("\n")
    .reverse()
    .find((l) => l.trim().startsWith("{"));
  const j = JSON.parse(line);
  if (!j.customerKey || !j.managementKey) throw new Error(`org create printed no keys: ${out.slice(0, 200)}`);
  return j;
}

// ---------------------------------------------------------------- state checks (management JSON API)

const getSettings = (org) => api("GET", "/api/v1/management/settings", org.managementKey);
const getArticles = async (org) => (await api("GET", "/api/v1/management/knowledge?limit=100", org.managementKey)).articles ?? [];

// Each returns a list of problems (empty = fine).
const ctxHas = (...facts) => async (org) => {
  const s = await getSettings(org);
  return facts.filter((f) => !has(s.businessContext, f)).map((f) => `business context lacks "${f}"`);
};
// An escalation rule may be stored as an escalation rule or (the README) as a business rule that says to escalate.
const ruleHas = (...alts) => async (org) => {
  const s = await getSettings(org);
  const text = JSON.stringify(s.escalationRules ?? []) + "\n" + String(s.businessRules ?? "");
  return alts.some((a) => has(text, a)) ? [] : [`no escalation rule mentions ${alts.map((a) => `"${a}"`).join(" or ")}`];
};
const bizRuleHas = (...alts) => async (org) => {
  const s = await getSettings(org);
  return alts.some((a) => has(s.businessRules, a)) ? [] : [`business rules lack ${alts.map((a) => `"${a}"`).join(" or ")}`];
};
const synonymGroup = (a, bAlts) => async (org) => {
  const s = await getSettings(org);
  const groups = s.synonyms ?? [];
  const ok = groups.some((g) => g.some((w) => has(w, a)) && g.some((w) => bAlts.some((b) => has(w, b))));
  return ok ? [] : [`no synonym group joins "${a}" and "${bAlts[0]}"`];
};
// An active article whose content has every fact (and, when given, whose title has a word).
const articleHas = (facts, titleAlts) => async (org) => {
  const arts = await getArticles(org);
  const hit = arts.find((a) => facts.every((f) => has(a.content, f)));
  if (!hit) return [`no article holds ${facts.map((f) => `"${f}"`).join(", ")}`];
  if (titleAlts && !titleAlts.some((t) => has(hit.title, t))) return [`article titled "${hit.title}", expected one of ${titleAlts.join(" / ")}`];
  return [];
};
const articleFigure = (present, absent) => async (org) => {
  const arts = await getArticles(org);
  const all = arts.map((a) => a.content).join("\n");
  const p = [];
  if (!figurePresent(all, present)) p.push(`no article says ${present}`);
  if (figurePresent(all, absent)) p.push(`an article still says ${absent}`);
  return p;
};
const articleGone = (...facts) => async (org) => {
  const arts = await getArticles(org);
  const all = arts.map((a) => `${a.title}\n${a.content}`).join("\n");
  return facts.filter((f) => has(all, f)).map((f) => `an active article still has "${f}"`);
};

// ---------------------------------------------------------------- the businesses
//
// config: [kind, step, message, check]; every message is what an owner would type.

const BIKE = {
  code: "bike",
  orgName: "Freewheel Doctor",
  config: [
    ["config", "business context", "Hi! So the bot knows who we are: Freewheel Doctor is me, Kit Marsden. I'm a mobile bike mechanic - I've got a van kitted out as a workshop and I come to your house or your work and fix your bike right there, anywhere in Leeds.", ctxHas("Freewheel Doctor")],
    ["config", "article: price list with headings, title named", `Can you add this as an article called Price list please

## Servicing
- Safety check: £25
- Standard service: £60
- Full strip-down service: £120

## Repairs
- Puncture repair: £15 (inner tube included)
- Brake pads fitted: £20 per wheel plus parts
- Derailleur replacement: £45 plus parts
- Wheel truing: £18

## Call-out
There's a £10 call-out fee on every visit, but I waive it on any job over £50.`, articleHas(["Derailleur replacement", "Full strip-down"], ["price"])],
    ["config", "article: one pasted paragraph, topic as title", "here's how booking works: You book online or send me a text, then pick a two-hour arrival window. I text you when I'm about 20 minutes away. Someone needs to be in to hand the bike over, but you don't have to stay while I work on it. You pay by card or bank transfer once the job's done.", articleHas(["arrival window", "don't have to stay"])],
    ["config", "article: short first sentence as title", "new article: E-bikes. I can service most e-bikes, brakes, gears, tyres and so on, but I don't work on the motor or the battery - those have to go back to the dealer you bought it from. An e-bike service is £80 because they're heavier and fiddlier.", articleHas(["motor or the battery", "£80"], ["e-bike", "ebike", "e bike"])],
    ["config", "article: list of areas, asked for loosely", `Could you write up something on the areas I cover?
Anywhere in Leeds inside the ring road is the normal price. Further out I charge a bit extra for travel:
- Horsforth, Pudsey and Garforth: extra £10
- Otley and Wetherby: extra £20
Anything further than that I'm afraid I don't travel to.`, articleHas(["Otley and Wetherby", "Pudsey"])],
    ["config", "article: title with a dash, for the knowledge base", "Another one for the knowledge base - Guarantee: all my repairs are guaranteed for 3 months. If something I fixed goes wrong in that time I'll come back and sort it for free, parts and labour, as long as the bike hasn't been crashed since.", articleHas(["3 months"])],
    ["config", "article: titled with content", "Add an article titled Winter storage with content: Between November and February I can keep your bike in my lock-up for £8 a week, and it gets a free safety check before it comes back to you.", articleHas(["£8 a week"], ["winter storage"])],
    ["config", "fact in passing: phone", "oh and the mobile number for bookings is 07700 900461", ctxHas("07700 900461")],
    ["config", "fact in passing: hours", "I work 8am to 6pm Monday to Saturday, never on Sundays", ctxHas("Monday to Saturday")],
    ["config", "fact in passing: address", "My lock-up is at Unit 3, Kirkstall Trading Estate, Leeds LS5 3BT", ctxHas("Kirkstall")],
    ["config", "escalation rule: plain instruction", "If anyone tells you they've crashed or been hurt because of something I repaired, don't try to deal with it yourself - get them to me straight away.", ruleHas("crash", "hurt")],
    ["config", "escalation rule: terse arrow", "refunds -> real person please, always", ruleHas("refund")],
    ["config", "escalation rule: names who handles it", "Jo does all our office and business fleet contracts, so send anything like that her way", ruleHas("fleet", "contract")],
    ["config", "escalation rule: hand over", "Hand over anyone who's threatening to go to trading standards or leave us a bad review", ruleHas("trading standards", "bad review")],
    ["synonym", "synonym in own words", "Lots of my customers call the derailleur the 'gear mech' - it's the same thing, can you make sure the bot gets that?", synonymGroup("gear mech", ["derailleur"])],
    ["config", "business rule", "One rule for the assistant: never promise anyone a same-day visit, just say I'll confirm the time by text.", bizRuleHas("same-day", "same day")],
    ["edit", "edit a price in own words", "Puncture repairs are £17 now, not £15 - could you change that on the price list?", articleFigure("17", "15")],
    ["remove", "remove an article in own words", "I've stopped doing the winter storage, can you get rid of that article?", articleGone("£8 a week")],
  ],
  // [step, question, want (all of; arrays are alternatives)]
  answers: [
    ["price of a normal service", "Roughly what would a normal service set me back?", [["60"]]],
    ["outer area surcharge", "do you come out as far as Pudsey?", ["pudsey", ["10"]]],
    ["e-bike battery", "The battery on my electric bike keeps cutting out, is that something you can sort?", [["dealer", "don't work on", "do not work on", "can't work on"]]],
    ["guarantee", "If the thing you fixed breaks again a few weeks later am I covered?", [["3 months", "three months"]]],
    ["staying in", "Do I need to hang around while you do the bike?", [["don't have to stay", "do not have to stay", "don't need to stay", "do not need to stay", "no need to stay"]]],
    ["phone (stated in passing)", "what's the best number to get hold of you on?", ["07700 900461"]],
    ["hours (stated in passing)", "Could you come out on a Sunday?", [["monday to saturday", "never on sunday", "not on sunday", "don't work on sunday", "don't work sunday", "no sunday"]]],
    ["address (stated in passing)", "Whereabouts are you based?", ["kirkstall"]],
  ],
  unknown: [
    "Do you sell second-hand bikes?",
    "How long does the full strip-down service take?",
    "Can you fit a child seat to my bike?",
  ],
  escalate: [
    ["crash after a repair", "I came off my bike on the way to work, the front wheel you fixed on Monday came loose and I've cut my knee open"],
    ["refund", "I want my money back for Tuesday's service, the gears are still jumping all over the place"],
    ["fleet contract (named handler)", "We've got about 30 staff bikes at our office and want someone to look after them regularly - who do I speak to about setting up a contract?"],
  ],
  lookalike: [
    ["question about crash repairs", "Do you fix bikes that have been in a crash, like a buckled wheel?"],
    ["office visit for one bike", "Can you come to my office and fix my bike while I'm at my desk?"],
    ["calm mention of the mechanic", "Will Kit text me before he turns up?"],
  ],
  synonym: ["gear mech price", "How much to put a new gear mech on?", ["45"]],
  edit: ["new puncture price", "What do you charge to sort out a puncture?", "17", "15"],
  remove: ["removed storage article", "Could you keep my bike somewhere over the winter for me?", ["£8", "8 a week"]],
  analytics: [
    ["total conversations", "How many customer chats have we had this week?", "total"],
    ["escalations", "How many times did the bot have to pass someone over to a person in the last 7 days?", "escalated"],
  ],
};

const BOOKS = {
  code: "books",
  orgName: "The Folded Corner",
  config: [
    ["config", "business context", "We're The Folded Corner, a little independent bookshop in Whitby with a café upstairs. We sell new and second-hand books, put on author events and a kids' story time, and we can order in pretty much any book that's in print. I'm Priya, the owner.", ctxHas("Folded Corner")],
    ["config", "article: café with headings and a menu, title in quotes", `Please add an article, title "Café upstairs":

# The café
Upstairs above the shop, 20 seats, dogs welcome.

## Opening times
Mon-Sat 9am-4:30pm, Sunday 10am-3pm

## Menu
- Filter coffee £2.60
- Flat white £3.20
- Pot of tea £2.40
- Cheese scone £2.90
- Soup of the day with bread £5.50

All our cakes are baked by Mrs Ellison down the road and there's always a gluten-free one.`, articleHas(["Soup of the day", "Flat white"], ["café", "cafe"])],
    ["config", "article: one pasted paragraph", "Here's our special orders info - if we haven't got a book in stock we can order it for you, no deposit needed. Most orders arrive in 2-3 working days and we'll text you when it's in. We hold ordered books behind the counter for two weeks.", articleHas(["no deposit", "working days"])],
    ["config", "article: events with a list, title first", `Events - put this up as an article:
We host author talks most months, in the shop after closing.
- Tickets are £6 and include a glass of wine or a soft drink
- The £6 comes off the author's book if you buy it on the night
- Book tickets at the till or on our website
Children's story time is every Saturday at 10:30am, free, for ages 3 to 7.`, articleHas(["story time", "after closing"])],
    ["config", "article: short first sentence as title", "new article: Selling us your books. We buy second-hand books on Tuesday and Thursday mornings only. We pay cash, or 50% more if you take it as shop credit. We don't take textbooks, magazines or damaged books.", articleHas(["Tuesday and Thursday"], ["selling", "sell"])],
    ["config", "article: asked as a question", "can you make an article about gift cards? They come in any amount from £5 to £100, they're valid for 2 years, and they can be spent in the shop or the café but not on the website.", articleHas(["valid for 2 years"], ["gift"])],
    ["config", "article: titled with content", "Add an article titled Posting books to you with content: We post anywhere in the UK for £3.50 per order, free over £30. Parcels go out Monday, Wednesday and Friday by Royal Mail.", articleHas(["Royal Mail"], ["post"])],
    ["config", "fact in passing: phone", "our landline is 01947 602318 btw", ctxHas("01947 602318")],
    ["config", "fact in passing: address", "We're at 12 Flowergate in Whitby, YO21 3BA", ctxHas("Flowergate")],
    ["config", "fact in passing: hours", "The shop is open 9 till 5:30 Monday to Saturday and 11 till 4 on Sundays", ctxHas("11 till 4")],
    ["config", "escalation rule: situation to a human", "If someone says they've had a reaction to food from the café, pass them straight to a human.", ruleHas("reaction")],
    ["config", "escalation rule: names who handles it", "Callum looks after our events - anyone wanting to do a signing, a book launch or a school visit should go to him", ruleHas("callum", "book launch", "signing")],
    ["config", "escalation rule: to the owner", "complaints about staff go to me please (Priya)", ruleHas("staff")],
    ["config", "escalation rule: threshold", "Escalate bulk orders of more than 20 copies (schools, book clubs etc)", ruleHas("20 copies", "bulk")],
    ["synonym", "synonym in own words", "Just so you know, our regulars call the café 'the Nook' - it's the same place.", synonymGroup("nook", ["café", "cafe"])],
    ["config", "business rule", "Rule for the bot: don't ever point people to Amazon or other shops, and never give out staff mobile numbers.", bizRuleHas("amazon")],
    ["edit", "edit a price in own words", "Flat whites have gone up to £3.40, can you change it on the café menu?", articleFigure("3.40", "3.20")],
    ["remove", "remove an article in own words", "We've stopped posting books out, so please take down the article about posting.", articleGone("Royal Mail")],
  ],
  answers: [
    ["soup price", "how much is the soup upstairs?", ["5.50"]],
    ["special order time", "If you haven't got a book in, how quick can you get it?", [["2-3", "2 to 3", "two to three", "2 or 3"]]],
    ["kids on Saturday", "Is there anything on for little ones at the weekend?", [["story time", "10:30"]]],
    ["selling books", "I've got a box of old paperbacks, when can I bring them in to sell?", ["tuesday"]],
    ["gift card validity", "How long is a gift card good for?", [["2 years", "two years"]]],
    ["phone (stated in passing)", "Is there a number I can ring the shop on?", ["01947 602318"]],
    ["address (stated in passing)", "Which street are you on?", ["flowergate"]],
    ["Sunday hours (stated in passing)", "Are you open Sunday afternoons?", [["11 till 4", "11 to 4", "11am", "11 am", "11:00", "10am", "3pm", "till 4", "until 4"]]],
  ],
  unknown: [
    "Is there a car park for the shop?",
    "Do you sell Kindles or e-books?",
    "How much is a slice of cake in the café?",
  ],
  escalate: [
    ["food reaction", "My daughter had a flapjack in your café an hour ago and now her lips are swelling up"],
    ["book launch (named handler)", "I've got a picture book coming out in May - could I do a launch at your shop?"],
    ["complaint about staff", "The lad on the till was really rude to my mum this morning, not on at all"],
  ],
  lookalike: [
    ["calm café food question", "Do you have anything gluten free in the café?"],
    ["event tickets", "Can I buy a ticket for the next author talk at the till?"],
    ["small order under the threshold", "I'd like to order 2 copies of the same book for my twins' birthday"],
  ],
  synonym: ["Nook hours", "What time does the Nook close on a Sunday?", [["3pm", "3 pm", "3:00", "15:00"]]],
  edit: ["new flat white price", "How much for a flat white these days?", "3.40", "3.20"],
  remove: ["removed posting article", "Can you post a book out to my aunt in Cardiff?", ["3.50", "royal mail", "£30"]],
  analytics: [
    ["total conversations", "how busy has the chat been today? how many conversations?", "total"],
    ["escalation rate", "What percentage of chats ended up being handed to a human this month?", "rate"],
  ],
};

// ---------------------------------------------------------------- running one business

async function configure(biz, org) {
  for (const [kind, step, msg, check] of biz.config) {
    let reply = "";
    let ok = false;
    try {
      // a fresh management conversation per request, so no request leans on an earlier one
      const conv = await newConversation("management", org.managementKey);
      const r = await send("management", org.managementKey, conv, msg);
      reply = r.error ? `${r.text} [error ${r.error}]` : r.text;
      ok = isConfirmation(r.text) && !r.error;
      if (ok && check) {
        const problems = await check(org);
        if (problems.length) {
          ok = false;
          reply = `[${problems.join("; ")}] ${reply}`;
        }
      }
    } catch (e) {
      reply = `[probe error] ${e.message}`;
      ok = false;
    }
    report(ok, biz.code, kind, step, msg, reply);
  }
}

async function ask(org, stats, message) {
  const conv = await newConversation("customer", org.customerKey);
  stats.conversations++;
  const r = await send("customer", org.customerKey, conv, message);
  if (r.escalated) stats.escalated++;
  return { ...r, conv, shown: r.error ? `${r.text} [error ${r.error}]` : r.text };
}

async function guarded(biz, kind, step, q, fn) {
  try {
    await fn();
  } catch (e) {
    report(false, biz.code, kind, step, q, `[probe error] ${e.message}`);
  }
}

async function customerSteps(biz, org, stats) {
  for (const [step, q, want] of biz.answers) {
    await guarded(biz, "answer", step, q, async () => {
      const r = await ask(org, stats, q);
      const ok = want.every((w) => (Array.isArray(w) ? w : [w]).some((a) => mentions(r.text, a)));
      report(ok && !r.escalated && !r.error, biz.code, "answer", step, q, `[escalated=${r.escalated}] ${r.shown}`);
    });
  }
  for (const q of biz.unknown) {
    const step = "says it does not know, invents no figure";
    await guarded(biz, "unknown", step, q, async () => {
      const r = await ask(org, stats, q);
      const extra = numbersNotIn(r.text, q);
      const ok = isDontKnow(r.text) && extra.length === 0 && !r.error;
      report(ok, biz.code, "unknown", step, q, extra.length ? `[numbers not in the question: ${extra.join(", ")}] ${r.shown}` : r.shown);
    });
  }
  for (const [step, q] of biz.escalate) {
    await guarded(biz, "escalate", step, q, async () => {
      const r = await ask(org, stats, q);
      const t = await api("GET", `/api/v1/management/conversations/${r.conv}`, org.managementKey);
      const marked = t?.conversation?.status === "escalated";
      report(r.escalated && marked && !r.error, biz.code, "escalate", step, q, `[stream escalated=${r.escalated}, conversation escalated=${marked}] ${r.shown}`);
    });
  }
  for (const [step, q] of biz.lookalike) {
    await guarded(biz, "lookalike", step, q, async () => {
      const r = await ask(org, stats, q);
      report(!r.escalated && r.text.trim() !== "" && !r.error, biz.code, "lookalike", step, q, `[escalated=${r.escalated}] ${r.shown}`);
    });
  }
  {
    const [step, q, want] = biz.synonym;
    await guarded(biz, "synonym", step, q, async () => {
      const r = await ask(org, stats, q);
      const ok = want.every((w) => (Array.isArray(w) ? w : [w]).some((a) => mentions(r.text, a)));
      report(ok && !r.escalated && !r.error, biz.code, "synonym", step, q, `[escalated=${r.escalated}] ${r.shown}`);
    });
  }
  {
    const [step, q, now, before] = biz.edit;
    await guarded(biz, "edit", step, q, async () => {
      const r = await ask(org, stats, q);
      const ok = figurePresent(r.text, now) && !figurePresent(r.text, before) && !r.error;
      report(ok, biz.code, "edit", step, q, r.shown);
    });
  }
  {
    const [step, q, goneFacts] = biz.remove;
    await guarded(biz, "remove", step, q, async () => {
      const r = await ask(org, stats, q);
      const leaked = goneFacts.filter((f) => has(r.text, f));
      const ok = leaked.length === 0 && r.text.trim() !== "" && !r.error;
      report(ok, biz.code, "remove", step, q, leaked.length ? `[still says ${leaked.join(", ")}] ${r.shown}` : r.shown);
    });
  }
}

async function analyticsSteps(biz, org, stats) {
  for (const [step, q, what] of biz.analytics) {
    let reply = "";
    let ok = false;
    let expected = "";
    try {
      const conv = await newConversation("management", org.managementKey);
      const r = await send("management", org.managementKey, conv, q);
      reply = r.error ? `${r.text} [error ${r.error}]` : r.text;
      // a reply that did not understand the question (and lists examples) answers nothing
      const understood = !/(could not tell|couldn't tell|nothing was changed|don't understand|do not understand)/.test(norm(r.text));
      if (what === "rate") {
        const rate = stats.conversations ? (100 * stats.escalated) / stats.conversations : 0;
        expected = `${rate.toFixed(1)}%`;
        // a percentage in the reply within rounding of the true one
        const percents = String(r.text).match(/\d+(?:[.,]\d+)?(?=\s*(?:%|per ?cent))/gi) ?? [];
        ok = percents.some((n) => Math.abs(parseFloat(n.replace(",", ".")) - rate) <= 0.55) && understood && !r.error;
      } else {
        const n = what === "total" ? stats.conversations : stats.escalated;
        expected = String(n);
        const said = figurePresent(r.text, n) || (n === 0 && /\b(no|none|zero|not any)\b/.test(norm(r.text)));
        ok = said && understood && !r.error;
      }
    } catch (e) {
      reply = `[probe error] ${e.message}`;
    }
    report(ok, biz.code, "analytics", step, q, `[expected ${expected}] ${reply}`);
  }
}

// ---------------------------------------------------------------- main

async function main() {
  try {
    const h = await fetch(`${BASE}/readyz`);
    if (!h.ok) throw new Error(`readyz ${h.status}`);
  } catch (e) {
    console.error(`cannot reach Parley at ${BASE}: ${e.message}`);
    process.exit(2);
  }
  const stamp = Date.now().toString(36);
  const runs = [];
  try {
    for (const biz of [BIKE, BOOKS]) runs.push([biz, createOrg(`${biz.orgName} ${stamp}`)]);
  } catch (e) {
    console.error(`could not create the organizations with the CLI: ${e.message}`);
    process.exit(2);
  }
  const stats = new Map();
  for (const [biz, org] of runs) {
    await configure(biz, org);
    const s = { conversations: 0, escalated: 0 };
    stats.set(biz.code, s);
    await customerSteps(biz, org, s);
  }
  for (const [biz, org] of runs) await analyticsSteps(biz, org, stats.get(biz.code));

  console.log(`TOTAL ${passed}/${total}`);
  console.log(`BY_KIND ${KINDS.map((k) => `${k}=${byKind.get(k).pass}/${byKind.get(k).total}`).join(" ")}`);
  process.exit(0);
}

main().catch((e) => {
  console.error(`probe failed: ${e.stack ?? e.message}`);
  console.log(`TOTAL ${passed}/${total}`);
  console.log(`BY_KIND ${KINDS.map((k) => `${k}=${byKind.get(k).pass}/${byKind.get(k).total}`).join(" ")}`);
  process.exit(2);
});
