#!/usr/bin/env node
// config-chat-probe-7.mjs: a DEV probe written blind in round 13, a black-box probe of Parley
// written from the public documentation only (README.md, docs/*.md other than docs/agents.md,
// and the CLI's --help), reusing only probe 4's harness code.
//
// It creates two fresh organizations with the CLI, configures two invented businesses (a
// mobile dog groomer working from a van, and a community swimming pool run by a charity)
// ONLY through the Management Chat API, in messages written the way non-technical owners
// type or paste them (request before or after the content, pasted help pages with headings,
// price lists and FAQ blocks, one-paragraph notes, titles given in different ways or not at
// all, typos, reasons tacked on). Then it asks the support agent customer questions through
// the Customer Chat API (one fresh conversation per question): answerable paraphrases,
// unanswerable questions sharing words with the articles, escalations and calm look-alikes,
// a synonym, an edited article and a removed one; finally it asks the configuration agent
// analytics questions whose answers the probe knows because it made every conversation.
//
// Usage (plain Node >= 20, no dependencies):
//   mkdir -p /tmp/p7
//   DATABASE_URL=sqlite:/tmp/p7/db.sqlite PORT=38477 HOST=127.0.0.1 PARLEY_RATE_LIMIT_PER_MINUTE=off node bin/parley.js serve
//   # in another shell, once http://127.0.0.1:38477/readyz answers:
//   DATABASE_URL=sqlite:/tmp/p7/db.sqlite PARLEY_URL=http://127.0.0.1:38477 node eval/config-chat-probe-7.mjs
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

const BASE = (process.env.PARLEY_URL ?? "http://127.0.0.1:38477").replace(/\/+$/, "");
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
// config steps: `reply` = what the confirmation must name (any of), then the state checks
// (`rulesLack`: no escalation rule holds it, e.g. who takes the case):
// `ctx` (business context holds), `rules` (escalation rules hold, one entry each), `brules`
// (business rules hold), `syn` (one synonym group holds all), `title` (an active article's title
// holds any of), `kHas` / `kLacks` (active articles' text holds / lacks), `goneTitle` (no active
// article's title holds it).

const GROOMER = {
  code: "groomer",
  orgName: "Wag Wagon Mobile Grooming",
  phone: "07700 900123",
  config: [
    {
      kind: "config",
      step: "business context (owner introduces herself)",
      msg: "Hi, I'm Bex and I run Wag Wagon, a mobile dog grooming service. I groom dogs in my converted van parked right outside your house, all around Shrewsbury and Telford. It's one dog at a time so it's calm and stress free for nervous dogs.",
      reply: ["Wag Wagon", "business context", "description"],
      ctx: ["Wag Wagon", "Shrewsbury"],
    },
    {
      kind: "config",
      step: "article: price list pasted, title asked for after it",
      msg: "Grooming prices\n\nSmall dogs (up to 10kg) - full groom £42\nMedium dogs (10-25kg) - full groom £55\nLarge dogs (over 25kg) - full groom £70\nBath & brush only - £30 any size\nNail trim - £10 (free with a full groom)\nMatted coats: £8 per 15 minutes extra, as it takes a lot longer\n\ncan u save that as a new article, title it Grooming Prices",
      reply: ["Grooming Prices"],
      title: ["Grooming Prices"],
      kHas: ["£70", "£8 per 15 minutes"],
    },
    {
      kind: "config",
      step: "article: long help page pasted with headings and FAQ, no request",
      msg: "# How the van works\n\nOur van is fully self-contained: it has its own warm water tank, a hydraulic grooming table and a quiet generator, so all we need from you is a parking space within 20 metres of your front door.\n\n## Before we arrive\n- Take your dog for a short walk so they've been to the toilet\n- Please don't give a big meal in the 2 hours before the groom\n- Keep other pets indoors\n\n## FAQs\n**Do I need to be home?**\nYes, someone over 18 needs to be in for the handover at the start and the end.\n\n**How long does it take?**\nMost grooms take 60 to 90 minutes in the van.\n\n**Is it noisy?**\nThe generator is quieter than a lawnmower, neighbours rarely notice.",
      reply: ["How the van works"],
      title: ["How the van works"],
      kHas: ["20 metres", "60 to 90 minutes"],
    },
    {
      kind: "config",
      step: "article: one-paragraph note, 'add an article about X' before it",
      msg: "pls add an article about cancellations - If you need to cancel, let us know by 5pm the day before. Cancellations after that, or if we turn up and nobody is home, are charged £20. We text a reminder the evening before every appointment.",
      reply: ["cancellation"],
      title: ["cancellation"],
      kHas: ["5pm the day before"],
    },
    {
      kind: "config",
      step: "article: typo 'artcle', title as a short first sentence",
      msg: "new artcle - Puppy's first groom. Puppies can come for their first groom from 12 weeks old, once they've had their second vaccination. The puppy intro session is £25 and lasts about 45 minutes: a gentle bath, a tidy of the face, feet and bottom, and lots of treats so they learn the van is a nice place.",
      reply: ["Puppy"],
      title: ["Puppy"],
      kHas: ["12 weeks"],
    },
    {
      kind: "config",
      step: "article: 'Title:' line then content",
      msg: "Title: Areas we cover\nWe travel to Shrewsbury, Telford, Church Stretton, Much Wenlock and the villages in between.\nOutside those areas there is a travel charge of £1 per mile, counted from Shrewsbury.",
      reply: ["Areas we cover"],
      title: ["Areas we cover"],
      kHas: ["Church Stretton"],
    },
    {
      kind: "config",
      step: "article: content first, heading asked for after, reason tacked on",
      msg: "We use a gentle hypoallergenic oatmeal shampoo as standard. If your dog has a skin condition you can give us the medicated shampoo your vet prescribed and we'll use that instead at no extra charge. We can't groom a dog that has fleas - we'll have to rebook once they've been treated.\n\ncould you stick that in the help articles as Shampoos and Skin, loads of people ask",
      reply: ["Shampoos and Skin"],
      title: ["Shampoos and Skin"],
      kHas: ["oatmeal"],
    },
    {
      kind: "config",
      step: "fact in passing: phone number",
      msg: "oh and our phone number is 07700 900123 if anyone needs it",
      reply: ["07700 900123"],
      ctx: ["07700 900123"],
    },
    {
      kind: "config",
      step: "fact in passing: working days and hours",
      msg: "We work Tuesday to Saturday, 8.30am till 5pm",
      reply: ["Tuesday to Saturday"],
      ctx: ["Tuesday to Saturday"],
    },
    {
      kind: "config",
      step: "fact in passing: payment",
      msg: "fyi we take card or cash on the day, no cheques",
      reply: ["card or cash"],
      ctx: ["card or cash"],
    },
    {
      kind: "config",
      step: "escalation rule: 'I need to hear about it'",
      msg: "if a dog gets nicked or cut during a groom I need to hear about it straight away",
      reply: ["nicked or cut"],
      rules: [["nicked or cut"]],
      rulesLack: ["hear about it"],
    },
    {
      kind: "config",
      step: "escalation rule: who handles it ('go to Bex')",
      msg: "Complaints about how a groom turned out go to Bex",
      reply: ["complaints"],
      rules: [["complaints about how a groom turned out"]],
      rulesLack: ["Bex"],
    },
    {
      kind: "config",
      step: "escalation rules: a list with semicolons",
      msg: "Add escalation rules: a dog that has bitten someone; a customer who wants their money back",
      reply: ["bitten", "money back"],
      rules: [["bitten someone"], ["money back"]],
    },
    {
      kind: "config",
      step: "escalation rule: 'pass that to me', reason tacked on",
      msg: "If a neighbour complains about where the van is parked, pass that to me - I'd rather sort those out myself",
      reply: ["neighbour"],
      rules: [["neighbour complains"]],
      rulesLack: ["pass that to me", "sort those out"],
    },
    {
      kind: "synonym",
      step: "synonym in the owner's words",
      msg: "loads of our customers call a bath and brush a 'spruce up', it's the same thing",
      reply: ["spruce up"],
      syn: ["spruce up", "bath and brush"],
    },
    {
      kind: "config",
      step: "business rule",
      msg: "Never tell a customer their dog will be finished by a particular time - every dog is different",
      reply: ["particular time"],
      brules: ["particular time"],
    },
    {
      kind: "edit",
      step: "edit a price without naming the article",
      msg: "nail trims have gone up to £12 now",
      reply: ["£12"],
      kHas: ["£12"],
      kLacks: ["Nail trim - £10"],
    },
    {
      kind: "remove",
      step: "remove an article in the owner's words",
      msg: "I've stopped doing the puppy intro sessions for now, can you take the puppy page down",
      reply: ["Puppy"],
      goneTitle: "Puppy",
      kLacks: ["12 weeks old"],
    },
  ],
  answers: [
    ["full groom, large dog", "What would a full groom cost for my labrador? She's about 30 kilos", "£70"],
    ["bath & brush", "How much is it just for a wash and a brush, no haircut?", "£30"],
    ["matted coat surcharge", "My cockapoo's coat is badly matted, will that cost extra?", "£8"],
    ["parking distance", "How close to the house does the van have to park?", "20 metres"],
    ["before the groom", "Should I feed my dog before you arrive?", "2 hours"],
    ["someone at home", "Does someone have to stay in while you groom the dog?", ["18", "home"]],
    ["cancellation deadline", "What's the latest I can cancel without being charged?", "5pm"],
    ["area", "Do you come out as far as Much Wenlock?", "Much Wenlock"],
    ["vet shampoo", "My dog has a skin problem and the vet gave us a special shampoo, can you use it?", ["medicated", "no extra charge"]],
    ["phone (fact)", "What number can I ring you on?", "07700 900123"],
    ["working days (fact)", "Which days do you work?", "Tuesday to Saturday"],
  ],
  unknown: [
    "Do you groom rabbits in the van as well?",
    "How much is teeth cleaning for a small dog?",
    "Do you sell the oatmeal shampoo so I can use it at home?",
  ],
  escalate: [
    ["cut during a groom (rule)", "Your groomer nicked my spaniel's ear this morning and it's still bleeding"],
    ["bite (rule)", "My terrier bit your groomer's hand yesterday, I'm so sorry, what happens now?"],
    ["complaint about the groom (rule)", "I'm really unhappy with how the groom turned out, he's got bald patches everywhere and it's not what I asked for"],
  ],
  lookalike: [
    ["calm 'bitten'", "My dog has never bitten anyone but he's wary of strangers, is that ok?"],
    ["calm 'cut'", "Do you cut the fur around the eyes on a full groom?"],
    ["calm parking question", "Can the van park on the road if I don't have a driveway?"],
  ],
  synonym: ["synonym 'spruce up'", "How much is a spruce up?", "£30"],
  edit: ["edited nail trim price", "How much do you charge to clip a dog's nails on their own?", "£12", "£10"],
  remove: ["removed puppy article", "From what age can my puppy have her first groom?", ["12 weeks", "£25", "45 minutes"]],
  analytics: [
    ["total conversations", "how many chats have customers had with the bot this week?", "total"],
    ["escalations", "how many of them got passed to a human in the last 7 days?", "escalated"],
  ],
};

const POOL = {
  code: "pool",
  orgName: "Millbrook Community Pool",
  phone: "01632 960447",
  config: [
    {
      kind: "config",
      step: "business context (content first, request after)",
      msg: "Millbrook Community Pool is a 25 metre indoor pool owned and run by the Millbrook Pool Trust, a small local charity. Volunteers saved it from closure in 2014 and every penny we take goes back into keeping it open.\n\n^ that's us, please use it as the business description",
      reply: ["Millbrook", "business context", "description"],
      ctx: ["Millbrook Pool Trust"],
    },
    {
      kind: "config",
      step: "article: timetable pasted, 'called X' asked before it",
      msg: "Please add this as an article called Swim Timetable:\n\nPUBLIC SWIM\nMonday to Friday 7am-9am and 12pm-1.30pm\nSaturday and Sunday 9am-4pm\n\nADULTS ONLY\nTuesday and Thursday 8pm-9.30pm\n\nFAMILY FUN SESSION (with inflatables)\nSunday 2pm-4pm\n\nAQUA AEROBICS\nWednesday 10am and Friday 6pm",
      reply: ["Swim Timetable"],
      title: ["Swim Timetable"],
      kHas: ["8pm-9.30pm", "Wednesday 10am"],
    },
    {
      kind: "config",
      step: "article: price list pasted, \"save it as 'X'\" after it",
      msg: "Adult swim £5.20\nJunior (under 16) £3.10\nOver 65s £3.80\nFamily swim (2 adults + 2 kids) £14\nAqua aerobics class £6.50\n\nMonthly membership: unlimited swims for £29 a month, or £19 for concessions. No joining fee.\n\nsave it as 'Prices and memberships'",
      reply: ["Prices and memberships"],
      title: ["Prices and memberships"],
      kHas: ["£29 a month", "£3.10"],
    },
    {
      kind: "config",
      step: "article: FAQ block pasted whole, no request, top line as heading",
      msg: "Swimming Lessons\n\nQ: What age can children start?\nA: From 4 years old in our Starfish group. Under 4s can come to the parent and baby sessions.\n\nQ: How long is a term?\nA: Terms run for 10 weeks and cost £65, paid upfront.\n\nQ: Do you teach adults?\nA: Yes! Adult beginner lessons are on Monday evenings at 7pm, in small groups of 4.\n\nQ: What if my child misses a lesson?\nA: We can't refund missed lessons, but you can swap to another day in the same week if there's space.",
      reply: ["Swimming Lessons"],
      title: ["Swimming Lessons"],
      kHas: ["Starfish", "10 weeks"],
    },
    {
      kind: "config",
      step: "article: paragraph first, 'make that a page called X' after, reason tacked on",
      msg: "Children under 8 must be in the water with an adult at all times, and each adult can look after a maximum of two under 8s. Children aged 8 and over can swim on their own if they can swim a width of the pool. Could you make that a page called Child Supervision Rules, the lifeguards keep getting asked",
      reply: ["Child Supervision Rules"],
      title: ["Child Supervision Rules"],
      kHas: ["two under 8s"],
    },
    {
      kind: "config",
      step: "article: typo 'artical', topic as the title",
      msg: "can you make a new artical about accessibility? We have a pool hoist and a ramp into the shallow end, plus a fully accessible changing room with a shower bench. Carers go free when they come with a disabled swimmer. Please ring ahead if you'd like the hoist set up.",
      reply: ["accessibility"],
      title: ["accessibility"],
      kHas: ["hoist"],
    },
    {
      kind: "config",
      step: "article: excited note, no title given",
      msg: "we've started doing pool parties!! can you add something about them: Birthday pool parties run on Saturday afternoons from 4.30pm to 6pm for up to 20 children. It costs £150 including the inflatables and a lifeguard. You bring your own food and we provide the party room. A £50 deposit secures the date.",
      reply: ["part"],
      title: ["part"],
      kHas: ["£150"],
    },
    {
      kind: "config",
      step: "fact in passing: reception phone",
      msg: "The reception phone number is 01632 960447",
      reply: ["01632 960447"],
      ctx: ["01632 960447"],
    },
    {
      kind: "config",
      step: "fact in passing: address with parking",
      msg: "We're on Station Road in Millbrook, MB4 2QT, and there's free parking behind the building",
      reply: ["Station Road"],
      ctx: ["Station Road"],
    },
    {
      kind: "config",
      step: "escalation rule: who handles it (welfare officer by name)",
      msg: "Anything about a safeguarding concern goes straight to Helen, she's our welfare officer",
      reply: ["safeguarding"],
      rules: [["safeguarding"]],
      rulesLack: ["Helen", "welfare officer"],
    },
    {
      kind: "config",
      step: "escalation rule: 'escalate if'",
      msg: "escalate if someone has been hurt or injured at the pool",
      reply: ["hurt"],
      rules: [["hurt or injured"]],
    },
    {
      kind: "config",
      step: "escalation rule: 'that needs to come to me'",
      msg: "If a member wants to cancel their membership, that needs to come to me",
      reply: ["cancel"],
      rules: [["cancel their membership"]],
    },
    {
      kind: "config",
      step: "escalation rule: someone's department",
      msg: "Donations and gifts in wills are Peter's department, he's our treasurer",
      reply: ["donations"],
      rules: [["donations"]],
      rulesLack: ["Peter", "treasurer"],
    },
    {
      kind: "synonym",
      step: "synonym in the owner's words",
      msg: "some of our older swimmers call aqua aerobics 'aquafit' - it's the same class",
      reply: ["aquafit"],
      syn: ["aquafit", "aqua aerobics"],
    },
    {
      kind: "config",
      step: "business rule",
      msg: "Please never promise anyone a place in a lesson group, they always have to be confirmed by the office",
      reply: ["place in a lesson"],
      brules: ["place in a lesson"],
    },
    {
      kind: "edit",
      step: "edit a price in the owner's words",
      msg: "Juniors are £3.40 now, not £3.10 - prices went up in April",
      reply: ["£3.40"],
      kHas: ["£3.40"],
      kLacks: ["£3.10"],
    },
    {
      kind: "remove",
      step: "remove an article in the owner's words",
      msg: "we're not doing the pool parties any more, could you get rid of that page",
      reply: ["part"],
      goneTitle: "part",
      kLacks: ["£150"],
    },
  ],
  answers: [
    ["weekend times", "When can I go swimming on a Saturday?", "9am"],
    ["adults only", "Is there a session that's just for grown-ups, no children?", ["Tuesday", "Thursday"]],
    ["over 65 price", "I'm 70, how much would a swim cost me?", "£3.80"],
    ["membership", "Do you have a monthly pass, and how much is it?", "£29"],
    ["lesson age", "How old does my son have to be to start lessons?", "4"],
    ["term length", "How many weeks is a block of lessons?", "10 weeks"],
    ["supervision", "Can my 6 year old go in the pool on her own?", "adult"],
    ["hoist", "My brother uses a wheelchair - is there a way to get him into the water?", "hoist"],
    ["carers", "Do carers have to pay to come in?", "free"],
    ["phone (fact)", "what's the number for reception?", "01632 960447"],
    ["address (fact)", "Where are you?", "Station Road"],
  ],
  unknown: [
    "What temperature is the pool water kept at?",
    "Do you sell goggles or swim caps at reception?",
    "How much does it cost to hire a lane for a private swimming session?",
  ],
  escalate: [
    ["injury (rule)", "My daughter slipped on the wet tiles by the pool this morning and split her chin open, she needed stitches"],
    ["cancel membership (rule)", "I want to cancel my monthly membership please"],
    ["gift in a will (rule)", "I'd like to leave some money to the pool trust in my will, who should I speak to?"],
  ],
  lookalike: [
    ["calm membership question", "Is there a minimum term on the monthly membership?"],
    ["calm lifeguard question", "Is there always a lifeguard on duty during the family session?"],
    ["calm old injury", "I'm swimming to get my shoulder strong again after an old injury, is the adults only session quiet?"],
  ],
  synonym: ["synonym 'aquafit'", "What days is aquafit on?", ["Wednesday", "Friday"]],
  edit: ["edited junior price", "How much is a swim for a junior?", "£3.40", "£3.10"],
  remove: ["removed party article", "Can I book a birthday party at the pool for my son?", ["£150", "£50", "4.30"]],
  analytics: [
    ["total conversations", "How many customer conversations have we had this month?", "total"],
    ["escalations", "how many chats were handed over to a person in the last 30 days?", "escalated"],
  ],
};

// ---------------------------------------------------------------- running one business

const TITLE_MAX = 40;

async function configure(biz, org) {
  for (const c of biz.config) {
    let reply = "";
    let ok = false;
    try {
      // a fresh management conversation per request, so no request leans on an earlier one
      const conv = await newConversation("management", org.managementKey);
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
        const ok2 = (settings.synonyms || []).some((g) => c.syn.every((w) => g.some((x) => has(x, w.replace(/ and /, " ")) || has(x, w) || has(x, w.replace(" and ", " & ")))));
        if (!ok2) problems.push(`no synonym group with ${JSON.stringify(c.syn)} (have ${JSON.stringify(settings.synonyms)})`);
      }
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
    report(hasAny(r.text, fact) && !r.error, biz.code, "answer", step, q, `[want ${JSON.stringify(fact)}${r.escalated ? ", escalated" : ""}] ${r.shown}`);
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
    report(hasAny(r.text, fact) && !r.error, biz.code, "synonym", step, q, `[want ${JSON.stringify(fact)}] ${r.shown}`);
  }
  {
    const [step, q, now, before] = biz.edit;
    const r = await ask(org, stats, q);
    report(has(r.text, now) && !has(r.text, before) && !r.error, biz.code, "edit", step, q, `[want ${now}, not ${before}] ${r.shown}`);
  }
  {
    const [step, q, goneFacts] = biz.remove;
    const r = await ask(org, stats, q);
    const leaked = goneFacts.filter((f) => has(r.text, f));
    report(leaked.length === 0 && r.text.trim() !== "" && !r.escalated && !r.error, biz.code, "remove", step, q, `${leaked.length ? `[still says ${leaked.join(", ")}] ` : ""}[escalated=${r.escalated}] ${r.shown}`);
  }
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
    for (const biz of [GROOMER, POOL]) runs.push([biz, createOrg(`${biz.orgName} ${stamp}`)]);
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
