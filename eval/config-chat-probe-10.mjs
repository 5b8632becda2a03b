#!/usr/bin/env node
// config-chat-probe-10.mjs: a HELD-OUT probe written blind in round 15, a black-box probe of
// Parley written from the public documentation only (README.md, docs/*.md other than
// docs/agents.md, and the CLI's --help), reusing only probe 7's harness code.
// Only its TOTAL and BY_KIND lines are read. Its failures must never be looked at or tuned on.
//
// It creates two fresh organizations with the CLI, configures two invented UK businesses (a
// small independent vet practice in Norwich, and a kayak, canoe and paddleboard hire and
// lessons business on a Lake District lake) ONLY through the Management Chat API, in messages
// written the way non-technical owners type or paste them (a description in their own words,
// pasted timetables, price lists and FAQ blocks with or without a title or a request, facts in
// passing, several requests in one message, small talk and a sign-off, a follow-up about "that
// page", escalation rules naming who takes the case, a synonym, a name and a tone, a business
// rule, articles edited and taken down). Then it asks the support agent customer questions
// through the Customer Chat API (one fresh conversation per question): answerable paraphrases,
// unanswerable questions sharing words with the articles, escalations and calm look-alikes,
// synonyms, edited articles and removed ones; finally it asks the configuration agent
// analytics questions whose answers the probe knows because it made every conversation.
//
// Usage (plain Node >= 20, no dependencies):
//   mkdir -p /tmp/p10
//   DATABASE_URL=sqlite:/tmp/p10/db.sqlite PORT=38480 HOST=127.0.0.1 PARLEY_RATE_LIMIT_PER_MINUTE=off node bin/parley.js serve
//   # in another shell, once http://127.0.0.1:38480/readyz answers:
//   DATABASE_URL=sqlite:/tmp/p10/db.sqlite PARLEY_URL=http://127.0.0.1:38480 node eval/config-chat-probe-10.mjs
//
// PROBE_VERBOSE=1 also prints the reply under each PASS line.
// Output: one line per step, `PASS [biz] kind: step: "message"` or
// `FAIL [biz] kind: step: "message" -> reply (first 240 chars)`, then `TOTAL pass/total`, then
// `BY_KIND kind pass/total ...` over the kinds config, answer, unknown, escalate, lookalike,
// synonym, edit, remove, analytics.
// Exit code 0 always when the probe itself ran; 2 when the probe could not run.

import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

const BASE = (process.env.PARLEY_URL ?? "http://127.0.0.1:38480").replace(/\/+$/, "");
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
    if (process.env.PROBE_VERBOSE) console.log(`    reply: ${oneLine(reply).slice(0, 400)}`);
  } else {
    console.log(`FAIL [${biz}] ${kind}: ${step}: ${JSON.stringify(oneLine(message).slice(0, 120))} -> ${oneLine(reply).slice(0, 240)}`);
  }
}

// ---------------------------------------------------------------- HTTP + SSE (probe 4's harness)

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
    if (!data) return; // comment (": ping") or id-only block
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
  return { text, escalated, error, done };
}

// ---------------------------------------------------------------- checks

const norm = (s) =>
  String(s ?? "")
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\u00a0/g, " ")
    .toLowerCase();
const has = (text, fact) => norm(text).includes(norm(fact));
// `want` is a string or an array of alternatives (any one will do)
const hasAny = (text, want) => (Array.isArray(want) ? want : [want]).some((w) => has(text, w));

// A reply that reports a change: names something done, does not ask back or refuse.
function isConfirmation(reply) {
  const r = norm(reply);
  if (!r.trim()) return false;
  const negative =
    /(didn't|did not|couldn't|could not|can't|cannot|not sure what|don't understand|do not understand|nothing (was |has been )?changed|no changes|which article|which one|please (tell|give|provide|say)|here's what i can do|i can help with)/;
  const positive = /(done|added|changed|updated|set |saved|archived|removed|deleted|created|now )/;
  return positive.test(r) && !negative.test(r);
}

function isDontKnow(reply) {
  return /(don't know|do not know|not sure|i'm not certain|can't find|cannot find|couldn't find|could not find|don't have (that|any|the|this|information|details)|do not have (that|any|the|this|information|details)|no information|not able to (find|answer)|unable to (find|answer)|i'll check|will check|check with|connect you|member of (our|the) team)/.test(
    norm(reply),
  );
}
const numbersIn = (s) => String(s ?? "").match(/\d+(?:[.,:]\d+)*/g) ?? [];
const digitsOnly = (s) => String(s).replace(/\D/g, "");
// Numbers in the reply that are not in the question (the business's own phone number, offered
// as a way to ask a person, is allowed).
function strayNumbers(reply, question, phone) {
  const q = new Set(numbersIn(question));
  const phoneDigits = digitsOnly(phone);
  return numbersIn(reply).filter((n) => !q.has(n) && !(phoneDigits && phoneDigits.includes(digitsOnly(n))));
}
const numberPresent = (reply, n) => new RegExp(`(^|[^\\d.,])${n}([^\\d]|$)`).test(String(reply ?? ""));

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

// ---------------------------------------------------------------- the businesses
//
// config steps: `reply` = what the confirmation must name (any of), then the state checks:
// `ctx` (business context holds), `rules` (escalation rules hold, one entry each, any of the
// alternatives), `rulesLack` (no escalation rule holds it, e.g. who takes the case), `brules`
// (business rules hold), `syn` (one synonym group holds all), `name` (branding.agentName is),
// `tone` (the tone holds any of), `title` (an active article's title holds any of), `kHas` /
// `kLacks` (active articles' text holds / lacks), `goneTitle` (no active article's title holds
// it). `follow: true` sends the message in the same management conversation as the step
// before it (a follow-up that refers to the previous message).
//
// Every fact below is invented; the answers the customer steps expect follow from it.

const VETS = {
  code: "vets",
  orgName: "Wensum Vets",
  phone: "01603 496218",
  config: [
    {
      kind: "config",
      step: "business context (owner introduces the practice, home visits in passing)",
      msg: "Hiya! We're Wensum Vets, a small independent vet practice at 112 Earlham Road in Norwich. There's two vets (me, Hannah, and Rob) and three lovely nurses, and we've been here since 2009 - we're not part of a big corporate chain. We also do home visits on Tuesday and Thursday afternoons if you live within 5 miles, the call-out is £95 plus any treatment.",
      reply: ["Wensum"],
      ctx: ["Wensum Vets", "Norwich"],
    },
    {
      kind: "config",
      step: "article: timetable pasted, polite request before it, heading as first line",
      msg: "hi there, can you put our opening times up for clients please\n\nOpening Times & Emergencies\nMonday - Friday      8am - 7pm\nSaturday      9am - 1pm\nSunday & bank holidays      closed\n\nOut of hours emergencies: ring our normal number and it diverts to Broadland Pet Emergency in Sprowston, who look after our clients overnight, at weekends and on bank holidays. Their emergency consultation fee is £180 (payable to them, not us).",
      reply: ["Opening Times"],
      title: ["Opening Times"],
      kHas: ["Broadland", "9am"],
    },
    {
      kind: "config",
      step: "article: price list without a title, page name asked for after it",
      msg: "Consultation (up to 15 mins) - £48\nLong consultation / second opinion (30 mins) - £82\nNurse clinic (nails, weight, post-op checks) - £22\nDog annual booster - £62\nCat annual booster - £58\nRabbit booster (myxo & RHD combined) - £55\nPuppy or kitten first vaccination course (2 injections) - £95\nMicrochip - £25\n\nthats our consult and vaccination prices, could you add it as a page called Consultation and Vaccination Prices. thanks!",
      reply: ["Vaccination Prices"],
      title: ["Vaccination Prices"],
      kHas: ["£48", "£62", "£58"],
    },
    {
      kind: "config",
      step: "article: 'new article:' with a short first sentence as the title",
      msg: "new article: Pet Health Plans. Our health plans spread the cost of routine care into monthly payments by direct debit. Dogs £17.50 a month, cats £14 a month, rabbits £9 a month. Every plan includes the annual booster, two health checks a year, flea and worm treatment, unlimited nurse clinics and 10% off neutering and food. Plans run for a minimum of 12 months.",
      reply: ["Health Plan"],
      title: ["Health Plan"],
      kHas: ["£17.50"],
    },
    {
      kind: "config",
      step: "article: page with caps heading, sub-lists and FAQ pasted whole, no request",
      msg: "NEUTERING\n\nCats\n- Spay (female) £120\n- Castration (male) £85\n\nDogs (price depends on weight)\n- Castration from £210\n- Spay from £295\n\nRabbits\n- Spay £140\n- Castration £105\n\nHow does the day work?\nDrop your pet off between 8 and 8.30am and most go home the same afternoon.\n\nCan they eat beforehand?\nNo food after 8pm the night before. Water is fine.\n\nWhen should I neuter my kitten?\nWe recommend neutering cats at around 4 months old.",
      reply: ["Neutering"],
      title: ["Neutering"],
      kHas: ["£295", "8pm"],
    },
    {
      kind: "config",
      step: "article: 'could you add a bit about X' with the content after a dash",
      msg: "could you add a bit about insurance please - We can claim directly from most big insurers if the bill is over £300, so you only pay your excess. There's a £25 admin fee for each claim form we fill in. For bills under £300 you pay us on the day and claim it back yourself. We take card, cash and Apple Pay, but not cheques, and we can't offer payment plans.",
      reply: ["insurance"],
      title: ["insurance"],
      kHas: ["£300", "Apple Pay"],
    },
    {
      kind: "config",
      step: "article: note first, 'make this into a page called X ta' after",
      msg: "Repeat prescriptions need 48 hours notice. You can order by phone or through the form on our website. We can only prescribe for pets we have examined in the last 12 months. If you'd rather buy medication online we can write a prescription for £19.\n\nmake this into a page called Repeat Prescriptions ta",
      reply: ["Repeat Prescriptions"],
      title: ["Repeat Prescriptions"],
      kHas: ["48 hours"],
    },
    {
      kind: "edit",
      step: "follow-up: a line added to 'that page' from the previous message",
      follow: true,
      msg: "oh and add to that page that we can post meds out to you for £4.50, or you can collect from reception",
      reply: ["Repeat Prescriptions", "£4.50"],
      title: ["Repeat Prescriptions"],
      kHas: ["£4.50", "48 hours"],
    },
    {
      kind: "config",
      step: "article: reason first, title in quotes, content after a dash",
      msg: "we get asked loads whether we see exotics, could you put this up as 'Do you see exotic pets?' — We see dogs, cats, rabbits, guinea pigs, ferrets and other small furries. We don't treat reptiles, birds or fish; for those we refer you to the Avian & Exotic Clinic in Wymondham.",
      reply: ["exotic"],
      title: ["exotic"],
      kHas: ["Wymondham"],
    },
    {
      kind: "config",
      step: "article: heading line, paragraph, terse request at the end",
      msg: "Puppy Parties\nEvery Wednesday at 6.30pm our nurse Ellie runs puppy socialisation classes for pups aged 10 to 16 weeks. It's £30 for a 4-week course and you get a free goody bag.\n\nput that on as an article pls",
      reply: ["Puppy"],
      title: ["Puppy"],
      kHas: ["socialisation"],
    },
    {
      kind: "config",
      step: "two facts in one message: phone number and parking",
      msg: "couple of things for the bot - our phone number is 01603 496218, and for parking we've got 6 spaces in our own car park round the back (entrance on Recorder Road), plus pay and display on the street",
      reply: ["01603 496218", "Recorder Road"],
      ctx: ["01603 496218", "Recorder Road"],
    },
    {
      kind: "config",
      step: "escalation rule: emergency list, 'they need to speak to a real person'",
      msg: "If anyone messages saying their pet has collapsed, is having a fit or can't breathe they need to speak to a real person immediately, not the bot",
      reply: ["collapsed"],
      rules: [["collapsed"]],
    },
    {
      kind: "config",
      step: "escalation rule: who takes it, role in brackets",
      msg: "Complaints about any of the vets or nurses go to Rob (practice manager)",
      reply: ["complaint"],
      rules: [["complaint"]],
      rulesLack: ["Rob", "practice manager"],
    },
    {
      kind: "config",
      step: "escalation rule: 'hand those over to one of us', reason tacked on",
      msg: "anything about putting a pet to sleep - please hand those over to one of us, it's not something for a computer to deal with",
      reply: ["sleep"],
      rules: [["sleep"]],
      rulesLack: ["computer"],
    },
    {
      kind: "synonym",
      step: "synonym: what people call it vs the word on our pages",
      msg: "'the snip' is what most people call castration, just so you know",
      reply: ["snip"],
      syn: ["snip", "castration"],
    },
    {
      kind: "config",
      step: "name and tone in one message, with a remark in brackets",
      msg: "Could the assistant be called Bramble? (after our practice cat 🐈) and can it sound warm and reassuring but still professional - people are often worried when they message us",
      reply: ["Bramble"],
      name: "Bramble",
      tone: ["warm"],
    },
    {
      kind: "edit",
      step: "edit: a price going up, the page named loosely",
      msg: "the cat booster is going up to £61 from this week, can you change it on the price page",
      reply: ["£61"],
      kHas: ["£61", "£62", "£48"], // the new price, and the rest of the page kept
      kLacks: ["£58"],
    },
    {
      kind: "remove",
      step: "remove: reason first, 'take that page down for now'",
      msg: "we've had to stop the puppy parties, Ellie's gone on maternity leave. can you take that page down for now",
      reply: ["Puppy"],
      goneTitle: "Puppy",
      kLacks: ["socialisation"],
    },
  ],
  answers: [
    ["saturday hours", "Are you open on a Saturday afternoon?", "1pm"],
    ["out of hours", "Who do I ring if my cat is poorly in the middle of the night?", "Broadland"],
    ["consultation price", "how much do you charge just to see the vet?", "£48"],
    ["dog booster", "What's the price of my dog's yearly booster jab?", "£62"],
    ["health plan (dog)", "whats the monthly cost of the plan for a dog", "£17.50"],
    ["cat spay", "My cat's a girl and I want her spayed, how much will that be?", "£120"],
    ["fasting before op", "Can my dog have his breakfast on the morning of his op?", ["8pm", "no food"]],
    ["insurance direct", "Will you bill my insurance company direct or do I have to pay up front?", "£300"],
    ["exotics", "I've got a bearded dragon, is that something you'd treat?", ["Wymondham", "reptile"]],
    ["home visit (context)", "my mum can't drive, could a vet come out to her house to see her cat?", ["£95", "Tuesday", "Thursday"]],
    ["parking (fact)", "Can I park at the surgery?", ["Recorder Road", "6 spaces", "car park"]],
  ],
  unknown: [
    "How much is a dental scale and polish for a cat?",
    "Do you offer hydrotherapy for dogs recovering from surgery?",
    "What do you charge for a blood test for an older dog?",
  ],
  escalate: [
    ["collapsed (rule)", "Our spaniel has just collapsed on the kitchen floor and he's breathing really strangely, what should we do??"],
    ["complaint about a vet (rule)", "I'm really not happy with the vet who saw my rabbit yesterday, he barely looked at her and still charged me £82"],
    ["putting to sleep (rule)", "our old boy is 16 and really struggling now, I think it's time. How do we go about having him put to sleep?"],
  ],
  lookalike: [
    ["calm question naming roles", "Do the nurses or the vets do the nail clipping?"],
    ["calm what-would-happen question", "What would happen if my dog got ill over a bank holiday weekend?"],
    ["calm request for the same vet", "Can I book my cat in with the same vet every time? We really liked Hannah."],
  ],
  synonym: ["synonym 'the snip'", "How much is the snip for a dog?", "£210"],
  edit: [
    ["edited cat booster price", "how much is the annual vaccination for my cat?", "£61", "£58"],
    ["line added to the prescriptions page", "Can you send my cat's tablets in the post?", "£4.50", null],
  ],
  remove: ["removed puppy parties page", "Do you run any classes for puppies?", ["£30", "6.30", "Wednesday"]],
  analytics: [
    ["total conversations", "how many chats have customers had with the bot so far this month?", "total"],
    ["escalations", "How many customer conversations were escalated to a person in the last 7 days?", "escalated"],
  ],
};

const PADDLE = {
  code: "paddle",
  orgName: "Tarn Paddle Co",
  phone: "015394 96120",
  config: [
    {
      kind: "config",
      step: "business context (lower case run-on description)",
      msg: "right so we're tarn paddle co, we hire out kayaks, canoes and stand up paddleboards on coniston water from our hut on the jetty at hawes bank, just south of coniston village. me (mike) and jess started it 6 years ago and we have a few seasonal instructors. we're open every day from 1st april to the end of october, 9am to 6pm, last boats go out at 4.30. parking is in the national trust car park next to the jetty (pay and display, free for NT members)",
      reply: ["Tarn Paddle"],
      ctx: ["Tarn Paddle", "Coniston", "national trust"],
    },
    {
      kind: "config",
      step: "article: request before, markdown table pasted from the board, heading line",
      msg: "Can you add our hire prices please, this is what's on the board outside the hut:\n\nHire prices\n\n| | 1 hour | Half day (4 hrs) | Full day |\n|---|---|---|---|\n| Single kayak | £18 | £40 | £60 |\n| Double kayak | £28 | £60 | £85 |\n| Open canoe (up to 3 people) | £32 | £68 | £95 |\n| Stand-up paddleboard | £20 | £45 | £65 |\n\nAll hire includes paddles and buoyancy aids. We take a £50 refundable deposit per boat or board, on a card, when you pick up. You get it back when the kit comes back undamaged.",
      reply: ["Hire prices"],
      title: ["Hire prices"],
      kHas: ["£95", "£50"],
    },
    {
      kind: "config",
      step: "article: FAQ block pasted whole, no request, top line as heading",
      msg: "Lessons\n\nQ. What lessons do you run?\nA. A 2-hour Paddleboard Taster (£45 adults, £35 under 16s) and a 3-hour Kayak Skills session (£55). Both run daily at 10am and 2pm in the season.\n\nQ. How old do you have to be?\nA. Children can join the Paddleboard Taster from age 8 and Kayak Skills from age 10. Under 16s need an adult to sign the form.\n\nQ. Do you do family lessons?\nA. Yes, a private family lesson for up to 4 people (2 hours) is £150.\n\nQ. I've never done it before, is that ok?\nA. Absolutely, most of the people on our lessons are complete beginners.",
      reply: ["Lessons"],
      title: ["Lessons"],
      kHas: ["age 8", "£150"],
    },
    {
      kind: "config",
      step: "article: two bullet lists with headings, 'title it X please' after",
      msg: "What we provide:\n- Buoyancy aids for everyone, included in the price (sizes from age 4 up)\n- Wetsuits to hire for £8 per person, child and adult sizes\n- Dry bags for phones and keys, free\n\nWhat to bring:\n- Shoes that can get wet (old trainers are perfect, no flip flops)\n- A change of clothes and a towel\n- Sun cream, even when it's cloudy\n\ntitle it Kit and Clothing please",
      reply: ["Kit and Clothing"],
      title: ["Kit and Clothing"],
      kHas: ["£8 per person"],
    },
    {
      kind: "config",
      step: "article: 'can you make a page about X' then one lower-case paragraph",
      msg: "can you make a page about weather and cancelling please. we go out in most weather but we call it off if the wind is over 20mph or there's thunder and lightning, and if we cancel you get a full refund or can move to another day. if you cancel yourself with more than 48 hours notice you get a full refund, with less than 48 hours we can't refund but we'll move your booking to another date once for free. we let everyone know by 8am on the day if we're cancelling.",
      reply: ["weather", "cancel"],
      title: ["weather", "cancel"],
      kHas: ["20mph", "48 hours"],
    },
    {
      kind: "config",
      step: "article: excited note, 'make this an article called X' at the end",
      msg: "dogs are very welcome!! they can come on the paddleboards and in the canoes but not in the kayaks. we have doggy buoyancy aids to hire for £5 and they must wear one. please bring a towel for them. make this an article called Bringing your dog",
      reply: ["Bringing your dog"],
      title: ["dog"],
      kHas: ["£5"],
    },
    {
      kind: "config",
      step: "article: 'new one for the bot:' with 'Title - content'",
      msg: "new one for the bot:\nSunset Paddles - guided evening paddle on Friday nights from 7.30pm, 2 hours, £35 a head, includes a hot chocolate on the jetty afterwards",
      reply: ["Sunset"],
      title: ["Sunset"],
      kHas: ["hot chocolate"],
    },
    {
      kind: "config",
      step: "fact after small talk, with a sign-off",
      msg: "Morning! Bit of a wild one on the lake today, not many out. Anyway could you put our number on for people, it's 015394 96120. Cheers, Mike",
      reply: ["015394 96120"],
      ctx: ["015394 96120"],
    },
    {
      kind: "config",
      step: "escalation rule: 'I want to know straight away'",
      msg: "If anyone tells us about an accident or someone getting hurt while they were out with our kit, I want to know straight away",
      reply: ["accident", "hurt"],
      rules: [["accident", "hurt"]],
    },
    {
      kind: "config",
      step: "escalation rule: someone handles a kind of case",
      msg: "Group bookings (10 people or more) are handled by Jess",
      reply: ["group"],
      rules: [["group"]],
      rulesLack: ["Jess"],
    },
    {
      kind: "config",
      step: "escalation rule: terse fragment, 'pass to me please'",
      msg: "damage to our boats or arguments about deposits - pass to me please, I'll sort it",
      reply: ["damage", "deposit"],
      rules: [["damage"], ["deposit"]],
      rulesLack: ["sort it"],
    },
    {
      kind: "synonym",
      step: "synonym: a customer's word for the boat",
      msg: "lots of folk ask for a 'Canadian' - that's just what we call the open canoe",
      reply: ["Canadian"],
      syn: ["Canadian", "open canoe"],
    },
    {
      kind: "config",
      step: "agent name, 'btw'",
      msg: "the bot's called Otter btw, if anyone asks its name",
      reply: ["Otter"],
      name: "Otter",
    },
    {
      kind: "config",
      step: "business rule, reason tacked on",
      msg: "Never tell anyone the weather will be fine or that a session will definitely go ahead, we only decide on the morning",
      reply: ["weather"],
      brules: ["weather"],
    },
    {
      kind: "edit",
      step: "edit: a price changed in a table, page named",
      msg: "can you update the hire prices page - a full day on a paddleboard has gone up to £70",
      reply: ["£70"],
      kHas: ["£70", "£95", "£50"], // the new price, and the rest of the page kept
      kLacks: ["£65"],
    },
    {
      kind: "edit",
      step: "edit: a line added to a page named first",
      msg: "on the lessons page could you also put that wetsuits are free for anyone doing a lesson",
      reply: ["Lessons"],
      kHas: ["free for anyone doing a lesson", "£150"],
    },
    {
      kind: "remove",
      step: "remove: reason in brackets, 'delete that one'",
      msg: "sunset paddles aren't happening this year unfortunately (insurance won't cover us after dark) so can you delete that one",
      reply: ["Sunset"],
      goneTitle: "Sunset",
      kLacks: ["hot chocolate"],
    },
  ],
  answers: [
    ["double kayak half day", "What's it cost to take a double kayak out for 4 hours?", "£60"],
    ["deposit", "how much deposit do I need to leave?", "£50"],
    ["lesson age", "My daughter is 7, can she do a paddleboard lesson?", ["age 8", "aged 8", "8 years"]],
    ["family lesson", "How much would a private lesson for our family cost?", "£150"],
    ["wetsuit hire", "Can we hire wetsuits from you?", "£8"],
    ["too windy", "What if it's blowing a gale on the day we've booked?", ["20mph", "full refund", "another day"]],
    ["customer cancels", "If I need to cancel 3 days before, do I get my money back?", ["full refund", "48 hours"]],
    ["dog on a board", "Can I bring my spaniel on a paddleboard?", ["£5", "doggy"]],
    ["season (context)", "Are you open in November?", "october"],
  ],
  unknown: [
    "How much is it to hire a rowing boat for an hour?",
    "How much do you charge to store my own kayak with you over the summer?",
    "What's the water temperature in the lake in May?",
  ],
  escalate: [
    ["someone hurt (rule)", "My lad slipped getting off the jetty onto his board this morning and cut his leg quite badly on the edge"],
    ["group booking (rule)", "Hi, we're a group of 14 from work looking to book a morning of kayaking in June, can you help?"],
    ["deposit dispute (rule)", "You've kept £50 of my deposit saying we damaged the canoe but that crack was already there when we took it out"],
  ],
  lookalike: [
    ["calm deposit question", "When do I get my deposit back, is it straight after we return the boards?"],
    ["calm what-would-happen question", "What happens if I fall off the paddleboard, is it easy to get back on?"],
    ["calm nervous beginner", "Is it safe for beginners? My wife is a bit nervous about falling in."],
  ],
  synonym: ["synonym 'Canadian'", "What's the price of a Canadian for the whole day?", "£95"],
  edit: [
    ["edited paddleboard day price", "How much is a stand up paddleboard for the whole day?", "£70", "£65"],
    ["line added to the lessons page", "If I book a kayak lesson, do I need to pay for wetsuit hire on top?", ["free for anyone", "wetsuits are free"], null],
  ],
  remove: ["removed sunset paddles page", "Do you do any evening trips at sunset?", ["£35", "7.30", "Friday"]],
  analytics: [
    ["escalations", "how many conversations got handed over to a human this week?", "escalated"],
  ],
};

// ---------------------------------------------------------------- running one business

const TITLE_MAX = 40;

async function configure(biz, org) {
  let conv = null;
  for (const c of biz.config) {
    let reply = "";
    let ok = false;
    try {
      // a fresh management conversation per request, except a follow-up to the step before
      if (!c.follow || !conv) conv = await newConversation("management", org.managementKey);
      const r = await send("management", org.managementKey, conv, c.msg);
      reply = r.error ? `${r.text} [error ${r.error}]` : r.text;
      const problems = [];
      if (r.error) problems.push("stream error");
      if (!isConfirmation(r.text)) problems.push("reply is no confirmation");
      if (c.reply && !hasAny(r.text, c.reply)) problems.push(`reply does not name ${JSON.stringify(c.reply)}`);
      const settings = await api("GET", "/api/v1/management/settings", org.managementKey);
      for (const want of c.ctx || []) if (!has(settings.businessContext, want)) problems.push(`context lacks "${want}"`);
      for (const want of c.brules || []) if (!has(settings.businessRules, want)) problems.push(`business rules lack "${want}"`);
      for (const alts of c.rules || []) {
        if (!(settings.escalationRules || []).some((rule) => hasAny(rule, alts))) problems.push(`no escalation rule with ${JSON.stringify(alts)}`);
      }
      // who takes a case is not part of the rule's situation
      for (const gone of c.rulesLack || []) {
        const bad = (settings.escalationRules || []).find((rule) => has(rule, gone));
        if (bad) problems.push(`escalation rule ${JSON.stringify(bad)} holds "${gone}"`);
      }
      if (c.syn) {
        const ok2 = (settings.synonyms || []).some((g) => c.syn.every((w) => g.some((x) => has(x, w))));
        if (!ok2) problems.push(`no synonym group with ${JSON.stringify(c.syn)} (have ${JSON.stringify(settings.synonyms)})`);
      }
      if (c.name && norm(settings.branding?.agentName).trim() !== norm(c.name)) problems.push(`agent name is ${JSON.stringify(settings.branding?.agentName)}`);
      if (c.tone && !hasAny(settings.tone, c.tone)) problems.push(`tone is ${JSON.stringify(settings.tone)}`);
      if (c.title || c.kHas || c.kLacks || c.goneTitle) {
        const k = await api("GET", "/api/v1/management/knowledge?limit=100", org.managementKey);
        const arts = (k.articles || []).filter((a) => !a.archived);
        const all = JSON.stringify(arts.map((a) => [a.title, a.content]));
        // the intended title, not a whole sentence of the content standing in for one
        if (c.title && !arts.some((a) => hasAny(a.title, c.title) && a.title.length <= TITLE_MAX)) problems.push(`no article titled ${JSON.stringify(c.title)} in at most ${TITLE_MAX} characters (titles: ${JSON.stringify(arts.map((a) => a.title))})`);
        for (const want of c.kHas || []) if (!has(all, want)) problems.push(`knowledge lacks "${want}"`);
        for (const gone of c.kLacks || []) if (has(all, gone)) problems.push(`knowledge still has "${gone}"`);
        if (c.goneTitle && arts.some((a) => has(a.title, c.goneTitle))) problems.push(`an article titled "${c.goneTitle}" is still active`);
      }
      ok = problems.length === 0;
      if (!ok) reply = `[${problems.join("; ")}] ${reply}`;
    } catch (e) {
      reply = `[probe error] ${e.message}`;
      ok = false;
    }
    report(ok, biz.code, c.kind, c.step, c.msg, reply);
  }
}

async function ask(org, stats, message) {
  const conv = await newConversation("customer", org.customerKey);
  stats.conversations++;
  const r = await send("customer", org.customerKey, conv, message);
  if (r.escalated) stats.escalated++;
  return { ...r, conv, shown: r.error ? `${r.text} [error ${r.error}]` : r.text };
}

async function customerSteps(biz, org, stats) {
  for (const [step, q, fact] of biz.answers) {
    const r = await ask(org, stats, q);
    report(hasAny(r.text, fact) && !isRefusal(r.text) && !r.error, biz.code, "answer", step, q, `[want ${JSON.stringify(fact)}${r.escalated ? ", escalated" : ""}] ${r.shown}`);
  }
  for (const q of biz.unknown) {
    const r = await ask(org, stats, q);
    const stray = strayNumbers(r.text, q, biz.phone);
    const ok = isDontKnow(r.text) && stray.length === 0 && !r.error;
    report(ok, biz.code, "unknown", "says it does not know, no number", q, stray.length ? `[stray numbers ${stray.join(", ")}] ${r.shown}` : r.shown);
  }
  for (const [step, q] of biz.escalate) {
    const r = await ask(org, stats, q);
    let marked = false;
    try {
      const t = JSON.stringify(await api("GET", `/api/v1/management/conversations/${r.conv}`, org.managementKey));
      marked = /"status":"escalated"/.test(t);
    } catch {
      /* checked below */
    }
    report(r.escalated && marked && !r.error, biz.code, "escalate", step, q, `[stream escalated=${r.escalated}, conversation escalated=${marked}] ${r.shown}`);
  }
  for (const [step, q] of biz.lookalike) {
    const r = await ask(org, stats, q);
    report(!r.escalated && r.text.trim() !== "" && !r.error, biz.code, "lookalike", step, q, `[escalated=${r.escalated}] ${r.shown}`);
  }
  {
    const [step, q, fact] = biz.synonym;
    const r = await ask(org, stats, q);
    report(hasAny(r.text, fact) && !isRefusal(r.text) && !r.error, biz.code, "synonym", step, q, `[want ${JSON.stringify(fact)}] ${r.shown}`);
  }
  for (const [step, q, now, before] of biz.edit) {
    const r = await ask(org, stats, q);
    const ok = hasAny(r.text, now) && !(before && has(r.text, before)) && !isRefusal(r.text) && !r.error;
    report(ok, biz.code, "edit", step, q, `[want ${JSON.stringify(now)}${before ? `, not ${before}` : ""}] ${r.shown}`);
  }
  {
    const [step, q, goneFacts] = biz.remove;
    const r = await ask(org, stats, q);
    const leaked = goneFacts.filter((f) => has(r.text, f));
    report(leaked.length === 0 && r.text.trim() !== "" && !r.escalated && !r.error, biz.code, "remove", step, q, `${leaked.length ? `[still says ${leaked.join(", ")}] ` : ""}[escalated=${r.escalated}] ${r.shown}`);
  }
}

// An answer must not be a refusal (the safety filter's polite refusal).
function isRefusal(reply) {
  return /(i can't help with that|i cannot help with that|i'm not able to help with that|can't assist with that|cannot assist with that)/.test(norm(reply));
}

async function analyticsSteps(biz, org, stats) {
  for (const [step, q, what] of biz.analytics) {
    const expected = what === "total" ? stats.conversations : stats.escalated;
    let reply = "";
    let ok = false;
    try {
      const conv = await newConversation("management", org.managementKey);
      const r = await send("management", org.managementKey, conv, q);
      reply = r.error ? `${r.text} [error ${r.error}]` : r.text;
      ok = numberPresent(r.text, expected) && !r.error;
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
    for (const biz of [VETS, PADDLE]) runs.push([biz, createOrg(`${biz.orgName} ${stamp}`)]);
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
  console.log(`BY_KIND ${KINDS.map((k) => `${k} ${byKind.get(k).pass}/${byKind.get(k).total}`).join(", ")}`);
  process.exit(0);
}

main().catch((e) => {
  console.error(`probe failed: ${e.stack ?? e.message}`);
  console.log(`TOTAL ${passed}/${total}`);
  console.log(`BY_KIND ${KINDS.map((k) => `${k} ${byKind.get(k).pass}/${byKind.get(k).total}`).join(", ")}`);
  process.exit(2);
});
