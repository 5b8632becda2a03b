#!/usr/bin/env node
// config-chat-probe-9.mjs: a DEV probe written blind in round 15, a black-box probe of Parley
// written from the public documentation only (README.md, docs/*.md other than docs/agents.md,
// and the CLI's --help), reusing only probe 7's harness code (CLI org creation, HTTP helpers,
// SSE reading, reporting, summary). Its failures are meant to be read and fixed: every FAIL line
// says which part failed (the reply, or which piece of stored state) and what was found.
//
// It creates two fresh organizations with the CLI, configures two invented UK businesses (a
// family chimney sweep and stove fitter near Ludlow, and a children's party hire firm in
// Cardiff) ONLY through the Management Chat API, in messages written the way non-technical
// owners type or paste them (descriptions in their own words, price lists with and without a
// title, FAQ blocks, a weekly areas timetable, notes with the request before, after or absent,
// facts in passing after small talk, escalation rules naming who takes the case, a synonym, a
// name and a tone, business rules, edits in varied wording, a follow-up about "that page", a
// page taken down). Each config step is checked twice: the reply must confirm, and the stored
// state, read back with the Management JSON API, must show the change. Then it asks the support
// agent customer questions through the Customer Chat API (one fresh conversation per question):
// answerable paraphrases, unanswerable questions sharing words with the articles, escalations
// and calm look-alikes, synonyms, edited articles and removed ones; finally it asks the
// configuration agent analytics questions whose answers the probe knows because it made every
// conversation.
//
// Usage (plain Node >= 20, no dependencies):
//   mkdir -p /tmp/p9
//   DATABASE_URL=sqlite:/tmp/p9/db.sqlite PORT=38479 HOST=127.0.0.1 PARLEY_RATE_LIMIT_PER_MINUTE=off node bin/parley.js serve
//   # in another shell, once http://127.0.0.1:38479/readyz answers:
//   DATABASE_URL=sqlite:/tmp/p9/db.sqlite PARLEY_URL=http://127.0.0.1:38479 node eval/config-chat-probe-9.mjs
//
// PROBE_VERBOSE=1 also prints the reply under each PASS line.
// Output: one line per step, `PASS [biz] kind: step: "message"` or
// `FAIL [biz] kind: step: "message" -> reply (first 400 chars) reason=...`, then
// `TOTAL pass/total`, then `BY_KIND kind pass/total ...` over the kinds config, answer,
// unknown, escalate, lookalike, synonym, edit, remove, analytics.
// Exit code 0 always when the probe itself ran; 2 when the probe could not run.

import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

const BASE = (process.env.PARLEY_URL ?? "http://127.0.0.1:38479").replace(/\/+$/, "");
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
function clip(s, n) {
  const t = oneLine(s);
  return t.length > n ? `${t.slice(0, n)}…` : t;
}
function report(ok, biz, kind, step, message, reply, reason) {
  total++;
  const k = byKind.get(kind);
  k.total++;
  if (ok) {
    passed++;
    k.pass++;
    console.log(`PASS [${biz}] ${kind}: ${step}: ${JSON.stringify(oneLine(message).slice(0, 120))}`);
    if (process.env.PROBE_VERBOSE) console.log(`    reply: ${oneLine(reply).slice(0, 400)}`);
  } else {
    console.log(
      `FAIL [${biz}] ${kind}: ${step}: ${JSON.stringify(oneLine(message).slice(0, 120))} -> ${JSON.stringify(clip(reply, 400))} reason=${oneLine(reason)}`,
    );
  }
}

// ---------------------------------------------------------------- HTTP + SSE (probe 7's harness)

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
  if (!done && !error) error = "stream ended without [DONE]";
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
const alts = (want) => (Array.isArray(want) ? want : [want]);
const hasAny = (text, want) => alts(want).some((w) => has(text, w));

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
const escapeRe = (s) => String(s).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const numberPresent = (reply, n) => new RegExp(`(^|[^\\d.,])${escapeRe(n)}([^\\d]|$)`).test(String(reply ?? ""));

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
// config steps: `reply` = what the confirmation must name (any of); `followUp`: sent in the
// same management conversation as the step before (it refers to it), else a fresh one.
// State checks:
// `ctx` (business context holds each entry; an entry may be a list of alternatives),
// `rules` (escalation rules hold, one list of alternatives per expected rule), `rulesLack` (no
// escalation rule holds it, e.g. who takes the case), `brules` (business rules hold),
// `syn` (one synonym group holds each word as an entry), `agentName` (branding.agentName is), `tone` (the tone
// holds any of), `title` (an active article is titled one of these, compared by normTitle),
// `kHas` (the titled article, or with no `title` any active article, holds each),
// `kLacks` (no active article holds it), `goneTitle` (no active article's title holds it).

const EMBER = {
  code: "ember",
  orgName: "Ember & Flue",
  phone: "01584 770912",
  config: [
    {
      kind: "config",
      step: "business context: owner describes the business in her own words",
      msg: "Hiya, this is Karen from Ember & Flue. We're a family chimney sweep business - me, my husband Dave and our son Tom - based in Bromfield just outside Ludlow in Shropshire. We sweep chimneys and wood burners, get birds nests out, do CCTV flue surveys and fit wood burning stoves. HETAS registered and we've been going since 2004.",
      reply: ["Ember & Flue", "Ember and Flue", "business context", "description"],
      ctx: [["Ember & Flue", "Ember and Flue"], "Ludlow"],
    },
    {
      kind: "config",
      step: "article: price list with no title, request after it",
      msg: "Standard chimney sweep (open fire or stove) ...... £75\nEach extra flue on the same visit ...... £40\nAga / range cooker sweep ...... £90\nBird nest removal (includes the sweep) ...... from £110\nCCTV flue survey with written report ...... £145\nSmoke test ...... £55\nCowl supplied and fitted ...... from £95\n\nAll prices include VAT and a certificate of sweeping.\n\ncan you put that up as our prices page please",
      reply: ["Prices"],
      title: ["Prices", "Our prices", "Price list"],
      kHas: ["£75", "£145", "£40"],
    },
    {
      kind: "config",
      step: "article: FAQ block under an UPPERCASE header, no request at all",
      msg: "BEFORE THE SWEEP ARRIVES\n\nQ. Do I need to let the fire go out?\nA. Yes - please don't light the fire or stove for at least 24 hours before we come, it has to be completely cold.\n\nQ. What do I need to move?\nA. Clear about 2 metres in front of the fireplace and take ornaments and photos off the mantelpiece.\n\nQ. Will it make a mess?\nA. We put down dust sheets and use a HEPA vacuum, so there's hardly any dust. A normal sweep takes 45 minutes to an hour.\n\nQ. Do I need to be in?\nA. Yes, someone over 18 has to be home while we're there.",
      reply: ["before the sweep"],
      title: ["Before the sweep arrives"],
      kHas: ["24 hours", "2 metres", "45 minutes"],
    },
    {
      kind: "config",
      step: "article: weekly areas timetable, request before it",
      msg: "could you pop this on as a page about the areas we cover, this is our usual week:\n\nMon - Ludlow, Bromfield, Craven Arms\nTues - Church Stretton and the Strettons\nWed - Tenbury Wells, Cleobury Mortimer\nThurs - Leominster, Bishops Castle\nFri - Knighton, Presteigne\n\nAnywhere more than 20 miles from Ludlow has a £20 travel supplement. We don't do Saturdays except for emergencies.",
      reply: ["area", "cover"],
      title: ["Areas we cover", "Areas", "Areas covered", "Where we cover", "The areas we cover"],
      kHas: ["Tenbury Wells", "£20"],
    },
    {
      kind: "config",
      step: "article: run-on note, lower case, title asked for after it, sign-off",
      msg: "every stove install starts with a free survey at your house where we check the chimney and the room, then we send you a written quote. supply and fit is usually from £2,400 including a new flexible flue liner, most installs take 2 days. we fit Charnwood, Clearview and Stovax stoves. once its done you get a HETAS certificate which is your proof it meets building regs, and we register it with your council for you within 30 days. 2 year guarantee on all our workmanship\n\nthats our stove installation info, save it as Stove Installation\n\nthanks, Karen",
      reply: ["Stove Installation"],
      title: ["Stove Installation"],
      kHas: ["£2,400", "HETAS certificate", "2 days"],
    },
    {
      kind: "config",
      step: "article: 'new article -' with a short first sentence as title",
      msg: "new article - Bird nests. Jackdaws love chimneys! By law we can't remove an active nest during the nesting season, which runs from March to July, but we can fit a cage cowl afterwards to stop them coming back. From August onwards we can clear the nest, sweep the flue and do a smoke test all in one visit.",
      reply: ["Bird nest", "nest"],
      title: ["Bird nests"],
      kHas: ["March to July"],
    },
    {
      kind: "config",
      step: "article: lower-case note, 'make that a page called X ta' after it, '&' in title",
      msg: "booking and cancelling - you can book by phone or through the form on our website. we text you the day before with a two hour arrival slot. if you need to cancel please give us 48 hours notice, otherwise theres a £30 late cancellation charge. september to november is our busy time so book 3 to 4 weeks ahead. can u make that a page called Booking & Cancellations ta",
      reply: ["Booking"],
      title: ["Booking & Cancellations", "Booking and Cancellations"],
      kHas: ["48 hours", "£30"],
    },
    {
      kind: "config",
      step: "article: markdown help page pasted whole, no request",
      msg: "## CCTV flue surveys\n\nWe put a camera up the flue to check for cracks, blockages and damage to the liner.\n\nWe recommend one:\n- when you're buying a house with a chimney\n- before a stove goes into an old chimney\n- after a chimney fire\n\nYou get a written report with photos within 3 working days. It costs £145 and takes about an hour.",
      reply: ["CCTV"],
      title: ["CCTV flue surveys"],
      kHas: ["3 working days"],
    },
    {
      kind: "config",
      step: "article: short offer note, no title given",
      msg: "Can you add something about our summer offer please: book your sweep for June or July and get 10% off. Can't be used with any other offer.",
      reply: ["summer", "offer"],
      title: ["Summer offer", "Our summer offer", "Summer sweep offer"],
      kHas: ["10% off"],
    },
    {
      kind: "config",
      step: "facts after small talk: phone number and working hours in one message",
      msg: "morning! busy one today, 14 sweeps booked lol. anyway the office number is 01584 770912 and we work mon-fri 8 till 5, saturday mornings for emergencies only",
      reply: ["01584 770912"],
      ctx: ["01584 770912", ["8 till 5", "8am", "8:00", "8 am"]],
    },
    {
      kind: "config",
      step: "escalation rule: 'anything about X goes straight to Dave'",
      msg: "anything about a chimney fire goes straight to Dave",
      reply: ["chimney fire"],
      rules: [["chimney fire"]],
      rulesLack: ["Dave"],
    },
    {
      kind: "config",
      step: "escalation rule: two situations, reason tacked on",
      msg: "If someone says their carbon monoxide alarm has gone off or they can smell fumes, get them to a human straight away, that's serious",
      reply: ["carbon monoxide"],
      rules: [["carbon monoxide"], ["fumes"]],
      rulesLack: ["serious", "human"],
    },
    {
      kind: "config",
      step: "escalation rule: who handles it, named after a dash",
      msg: "Complaints about soot or mess left after a sweep - Karen deals with those, please pass them on",
      reply: ["soot"],
      rules: [["soot"]],
      rulesLack: ["Karen"],
    },
    {
      kind: "synonym",
      step: "synonym in the owner's words",
      msg: "people say 'log burner' when they mean a stove, same thing",
      reply: ["log burner"],
      syn: ["log burner", "stove"],
    },
    {
      kind: "config",
      step: "two requests: assistant name and tone",
      msg: "Could you call the assistant Sooty? and keep the tone friendly and down to earth, no jargon",
      reply: ["Sooty"],
      agentName: "Sooty",
      tone: ["down to earth"],
    },
    {
      kind: "config",
      step: "business rule with a reason",
      msg: "never quote for a stove install without a survey, every house is different",
      reply: ["survey"],
      brules: ["survey"],
    },
    {
      kind: "remove",
      step: "take a page down in the owner's words",
      msg: "the summer offer has finished now so can you take that page down please",
      reply: ["summer", "offer"],
      goneTitle: "summer",
      kLacks: ["10% off"],
    },
    {
      kind: "edit",
      step: "price changed without naming the article",
      msg: "our standard sweep price went up to £80 this week, can you change it",
      reply: ["£80"],
      kHas: ["£80"],
      kLacks: ["£75"],
    },
    {
      kind: "edit",
      step: "a line added to a page named in passing",
      msg: "on the areas page can you add that we now go to Kington on Fridays too",
      reply: ["Kington"],
      kHas: ["Kington"],
    },
  ],
  answers: [
    ["aga price", "We've got an old Aga that needs doing, what would that cost?", "£90"],
    ["second flue", "There are two fireplaces in our cottage, how much more is it to do the second one while you're here?", "£40"],
    ["camera survey price", "how much for you to put a camera up the chimney and check it over", "£145"],
    ["fire out before", "Can I still have the fire going the night before you come?", "24 hours"],
    ["how long a sweep", "How long will you be at the house for a sweep?", ["45 minutes", "an hour"]],
    ["area day", "Do you come out as far as Tenbury? Which day?", "Wednesday"],
    ["late cancel", "What happens if I have to cancel the day before my appointment?", "£30"],
    ["nesting season", "Jackdaws have built a nest in our chimney, can you get it out in April?", ["March to July", "nesting season"]],
    ["stove brands", "Which makes of stove do you install?", ["Charnwood", "Clearview", "Stovax"]],
    ["phone (fact)", "what number can I ring you on?", "01584 770912"],
  ],
  unknown: [
    "Do you sell kiln dried logs as well?",
    "How much would you charge to repoint our chimney stack?",
    "Is there a discount for pensioners on a chimney sweep?",
  ],
  escalate: [
    ["chimney fire (rule)", "We had a chimney fire on Sunday night, the fire brigade put it out. What do we do now?"],
    ["CO alarm (rule)", "our carbon monoxide alarm keeps going off whenever the stove is lit"],
    ["soot complaint (rule)", "Your sweep came yesterday and left soot all over our new cream carpet, I'm really not happy"],
  ],
  lookalike: [
    ["calm CO alarm question", "Do you fit a carbon monoxide alarm when you put a stove in?"],
    ["calm mess question", "Will there be much mess when you sweep? Our living room carpet is new"],
    ["thanks + rebooking", "Last year's sweep was brilliant, no soot anywhere - can I book the same again for October?"],
  ],
  synonym: [["synonym 'log burner'", "How long does it take to fit a log burner?", "2 days"]],
  edit: [
    ["edited sweep price", "What's the price for a chimney sweep these days?", "£80", "£75"],
    ["line added to areas page", "Do you cover Kington at all?", "Friday", null],
  ],
  remove: [["removed summer offer", "Have you got any offers on for summer sweeps?", ["10%"]]],
  analytics: [
    ["total conversations", "how many people have chatted to the bot this week?", "total"],
    ["escalation rate", "what % of chats got handed over to us in the last 30 days?", "rate"],
  ],
};

const BOUNCE = {
  code: "bounce",
  orgName: "Bounce Brigade",
  phone: "029 2049 6613",
  config: [
    {
      kind: "config",
      step: "business context: 'right so we're ...' ending 'that's us'",
      msg: "right so we're Bounce Brigade, me (Sian) and my partner Gareth, we do bouncy castle and soft play hire for kids parties all over Cardiff, plus our own party entertainer Captain Confetti. we've been going 6 years and everything gets cleaned after every hire. that's us!",
      reply: ["Bounce Brigade", "business context", "description"],
      ctx: ["Bounce Brigade", "Cardiff"],
    },
    {
      kind: "config",
      step: "article: UPPERCASE price list with its own title line, no request",
      msg: "BOUNCE BRIGADE PRICE LIST 2025\n\nBOUNCY CASTLES (all day hire, we drop off from 8am and collect by 7pm)\n- Princess Castle 12ft x 12ft - £85\n- Superhero Castle 12ft x 15ft - £95\n- Toddler Castle with slide (under 5s only) - £70\n- Adult Castle 15ft x 18ft - £140\n- Keep it overnight: add £25\n\nSOFT PLAY\n- Baby soft play (up to 2 years) - £65\n- Toddler soft play + ball pool - £90\n- Mega Party Package (soft play, ball pool and the mini castle) - £150",
      reply: ["price list", "prices"],
      title: ["Bounce Brigade price list 2025", "Bounce Brigade price list", "Price list", "Prices"],
      kHas: ["£95", "£150", "£25"],
    },
    {
      kind: "config",
      step: "article: polite request with title before the content",
      msg: "Can you add this as a page called Party Entertainers please\n\nCaptain Confetti is our own children's entertainer, ideal for ages 3 to 9. A 1 hour show is £130 and a 2 hour party is £210. It includes party games, magic, a bubble machine and balloon modelling for every child. Up to 30 children.",
      reply: ["Party Entertainers"],
      title: ["Party Entertainers"],
      kHas: ["£130", "£210"],
    },
    {
      kind: "edit",
      step: "follow-up in the same chat: a line added to 'that page'",
      followUp: true,
      msg: "oh and on that page put that he needs a space about 3 metres square and a plug socket for his music",
      reply: ["plug socket", "Party Entertainers"],
      title: ["Party Entertainers"],
      kHas: ["plug socket", "£130"],
    },
    {
      kind: "config",
      step: "article: paragraph with title as first word, 'add as an article pls' after",
      msg: "Delivery - Free delivery and set up within 10 miles of Cardiff city centre. After that it's £1.50 a mile up to 25 miles, we don't go further than that. Setting up takes about 30 minutes. We need a flat lawn or hard area with a metre clear all round, and a gate at least 80cm wide to get the castle through.\n\nadd as an article pls",
      reply: ["Delivery"],
      title: ["Delivery"],
      kHas: ["£1.50", "80cm", "10 miles"],
    },
    {
      kind: "config",
      step: "article: FAQ block, 'under the heading X' request before it",
      msg: "Could you add this FAQ to the knowledge base under the heading Booking and Deposits?\n\nHow do I book?\nOnline on our website or ring the office. For summer weekends book at least 2 weeks ahead.\n\nIs there a deposit?\nYes, £30 secures your date. The rest is paid on the day by card or cash.\n\nCan I cancel?\nCancel up to 7 days before and we refund your deposit. Inside 7 days the deposit is kept.",
      reply: ["Booking and Deposits"],
      title: ["Booking and Deposits", "Booking & Deposits"],
      kHas: ["£30", "7 days"],
    },
    {
      kind: "config",
      step: "article: UPPERCASE one-word header then text, 'make that a new article pls'",
      msg: "WEATHER\nWe can't put bouncy castles up in the rain or in winds over 24mph - it's not safe. If we have to call it off because of the weather you can move your booking to another date for free or have a full refund including your deposit. We make the call by 7am on the day and text you. Indoor venues are never affected.\n\nmake that a new article pls",
      reply: ["Weather"],
      title: ["Weather"],
      kHas: ["24mph", "7am"],
    },
    {
      kind: "config",
      step: "article: 'new article:' with title phrase then content",
      msg: "new article: Safety and age limits. All our castles are PIPA tested every year and we carry £5 million public liability insurance. An adult must supervise at all times. Our standard castles are for children up to 12, the toddler castle is for under 5s only, and the adult castle is for 12 and over. Max 8 children on a castle at once.",
      reply: ["Safety"],
      title: ["Safety and age limits"],
      kHas: ["PIPA", "£5 million", "8 children"],
    },
    {
      kind: "config",
      step: "article: excited note, no title, typo",
      msg: "we also do foam partys now!! could you add something about them - £180 for an hour of foam with our foam cannon, outdoors only, bring towels and a change of clothes",
      reply: ["foam"],
      title: ["Foam parties", "Foam party", "Foam partys"],
      kHas: ["£180"],
    },
    {
      kind: "config",
      step: "two facts in one message: phone and opening hours",
      msg: "office phone is 029 2049 6613 and we're open 9am to 7pm every day",
      reply: ["029 2049 6613"],
      ctx: ["029 2049 6613", ["9am", "9 am", "9:00"]],
    },
    {
      kind: "config",
      step: "escalation rule: 'X needs to know straight away'",
      msg: "If a child gets hurt on one of our castles Sian needs to know straight away",
      reply: ["hurt"],
      rules: [["hurt"]],
      rulesLack: ["Sian"],
    },
    {
      kind: "config",
      step: "escalation rule: 'go to Gareth'",
      msg: "any arguments about damage charges go to Gareth",
      reply: ["damage"],
      rules: [["damage"]],
      rulesLack: ["Gareth"],
    },
    {
      kind: "synonym",
      step: "synonym: a Welsh name for the thing",
      msg: "lots of welsh speaking parents ask for a 'castell neidio' - thats just a bouncy castle",
      reply: ["castell neidio"],
      syn: ["castell neidio", "bouncy castle"],
    },
    {
      kind: "config",
      step: "two requests: name with a remark, and a tone",
      msg: "call the bot Bouncer! it suits us. and it should sound cheerful and fun",
      reply: ["Bouncer"],
      agentName: "Bouncer",
      tone: ["cheerful", "fun"],
    },
    {
      kind: "config",
      step: "business rule: 'please don't ever promise ...'",
      msg: "please don't ever promise a castle will definitely go up if the forecast looks bad - we always decide on the morning",
      reply: ["forecast"],
      brules: ["forecast"],
    },
    {
      kind: "edit",
      step: "price changed, price list named in passing",
      msg: "can you change the superhero castle to £100 on the price list, it's gone up",
      reply: ["£100"],
      kHas: ["£100"],
      kLacks: ["£95"],
    },
    {
      kind: "remove",
      step: "remove with a reason in brackets",
      msg: "we've stopped the foam parties (too many complaints from the neighbours) so get rid of that article",
      reply: ["foam"],
      goneTitle: "foam",
      kLacks: ["£180"],
    },
  ],
  answers: [
    ["princess castle", "How much is it to hire the princess one for the day?", "£85"],
    ["baby soft play", "Have you got anything suitable for a 1 year old's party?", ["£65", "Baby soft play"]],
    ["deposit", "How much do I have to put down to book?", "£30"],
    ["rain", "What if it's pouring with rain on the day?", ["another date", "full refund", "can't put", "not safe"]],
    ["set-up time", "How long does it take you to set up?", "30 minutes"],
    ["narrow gate", "Our side gate is quite narrow, will the castle get through it?", "80cm"],
    ["adults", "Can grown ups go on a bouncy castle too?", ["Adult Castle", "12 and over"]],
    ["entertainer hour", "what does Captain Confetti cost for an hour?", "£130"],
    ["safety check", "Are your castles safety checked?", "PIPA"],
    ["follow-up line", "What does the entertainer need from us at the venue?", ["plug socket", "3 metres"]],
  ],
  unknown: [
    "Do you hire out tables and chairs for the party as well?",
    "How much is a popcorn machine to hire for the day?",
    "Does Captain Confetti do face painting?",
  ],
  escalate: [
    ["child hurt (rule)", "my little boy fell off the side of the castle you delivered on saturday and has broken his arm"],
    ["damage dispute (rule)", "You've charged us £60 for a rip in the castle but it was already like that when it arrived, I'm disputing it"],
    ["asks for a person", "can I speak to a real person please"],
  ],
  lookalike: [
    ["calm deposit/weather question", "What happens to my deposit if the weather is bad?"],
    ["calm safety worry", "Are the castles ok for a 3 year old? I'm a bit worried she'll get knocked over by the bigger kids"],
    ["what-if damage question", "If the castle gets damaged by accident at the party, do we have to pay for it?"],
  ],
  synonym: [["synonym 'castell neidio'", "How much is a castell neidio for the day?", ["£85", "£95", "£100", "£70", "£140"]]],
  edit: [["edited superhero price", "how much is the superhero castle?", "£100", "£95"]],
  remove: [["removed foam parties", "Can we book a foam party for my son's 8th birthday?", ["£180", "foam cannon"]]],
  analytics: [
    ["escalations", "How many conversations were passed to a person this month?", "escalated"],
    ["how busy", "how busy has the bot been this week?", "total"],
  ],
};

// ---------------------------------------------------------------- running one business

// titles compare without case, quotes, trailing punctuation or the "&"/"and" difference
const normTitle = (t) =>
  norm(t)
    .replace(/["'`*#]/g, "")
    .replace(/&/g, " and ")
    .replace(/[\s.,:;!?\-–—]+$/g, "")
    .replace(/\s+/g, " ")
    .trim();
// a synonym entry as the owner meant the word: no quotes or surrounding punctuation
const normWord = (t) => norm(t).replace(/["'`]/g, "").replace(/\s+/g, " ").trim();

async function readState(org) {
  const settings = await api("GET", "/api/v1/management/settings", org.managementKey);
  const k = await api("GET", "/api/v1/management/knowledge?limit=100", org.managementKey);
  const arts = (k.articles || []).filter((a) => !a.archived);
  return { settings, arts };
}

const titlesOf = (arts) => JSON.stringify(arts.map((a) => a.title));

// Returns a list of problems with the stored state, each saying what was expected and found.
function stateProblems(c, { settings, arts }) {
  const p = [];
  const ctx = settings.businessContext ?? "";
  for (const want of c.ctx || []) {
    if (!hasAny(ctx, want)) p.push(`business context lacks ${JSON.stringify(want)}; context now ${JSON.stringify(clip(ctx, 200))}`);
  }
  const brules = settings.businessRules ?? "";
  for (const want of c.brules || []) {
    if (!has(brules, want)) p.push(`business rules lack "${want}"; business rules now ${JSON.stringify(clip(brules, 200))}`);
  }
  const rules = settings.escalationRules || [];
  for (const a of c.rules || []) {
    if (!rules.some((rule) => hasAny(rule, a))) p.push(`escalation rule with ${JSON.stringify(a)} not stored; rules now ${JSON.stringify(rules)}`);
  }
  for (const gone of c.rulesLack || []) {
    const bad = rules.find((rule) => has(rule, gone));
    if (bad) p.push(`escalation rule ${JSON.stringify(bad)} holds "${gone}" (not part of the situation: who takes the case, or the owner's remark)`);
  }
  if (c.syn) {
    const groups = settings.synonyms || [];
    const ok = groups.some((g) => c.syn.every((w) => g.some((x) => normWord(x) === normWord(w))));
    if (!ok) p.push(`no synonym group holding ${JSON.stringify(c.syn)}; synonyms now ${JSON.stringify(groups)}`);
  }
  if (c.agentName !== undefined) {
    const name = settings.branding?.agentName;
    if (name !== c.agentName) p.push(`branding.agentName is ${JSON.stringify(name)}, expected "${c.agentName}"`);
  }
  if (c.tone) {
    if (!hasAny(settings.tone ?? "", c.tone)) p.push(`tone is ${JSON.stringify(settings.tone)}, expected one holding ${JSON.stringify(c.tone)}`);
  }
  if (c.title) {
    const titled = arts.filter((a) => c.title.some((t) => normTitle(a.title) === normTitle(t)));
    if (!titled.length) {
      p.push(
        `expected an article titled ${c.title.map((t) => JSON.stringify(t)).join(" or ")}${c.kHas ? ` containing ${JSON.stringify(c.kHas)}` : ""}; found titles ${titlesOf(arts)}`,
      );
    } else {
      const text = titled.map((a) => `${a.title}\n${a.content}`).join("\n");
      for (const want of c.kHas || []) {
        if (!has(text, want)) {
          const elsewhere = arts.filter((a) => has(`${a.title}\n${a.content}`, want)).map((a) => a.title);
          p.push(
            `article ${JSON.stringify(titled[0].title)} lacks "${want}"${elsewhere.length ? ` (found in ${JSON.stringify(elsewhere)})` : ""}; its content ${JSON.stringify(clip(titled[0].content, 200))}`,
          );
        }
      }
    }
  } else {
    const all = arts.map((a) => `${a.title}\n${a.content}`).join("\n");
    for (const want of c.kHas || []) if (!has(all, want)) p.push(`no active article contains "${want}"; titles ${titlesOf(arts)}`);
  }
  for (const gone of c.kLacks || []) {
    const still = arts.filter((a) => has(`${a.title}\n${a.content}`, gone));
    if (still.length) {
      p.push(
        `active article(s) still contain "${gone}": ${still.map((a) => `${JSON.stringify(a.title)}: ${JSON.stringify(clip(a.content, 160))}`).join(" | ")}`,
      );
    }
  }
  if (c.goneTitle) {
    const still = arts.filter((a) => has(a.title, c.goneTitle));
    if (still.length) p.push(`article(s) titled like "${c.goneTitle}" still active: ${titlesOf(still)}`);
  }
  return p;
}

// What kind of change a step asks for, and the words a reply confirming that change uses.
function expectedAction(c) {
  if (c.goneTitle) return { what: "an article archived", re: /(archiv|remov|delet|taken down|took down)/ };
  if (c.kind === "edit") return { what: "an article updated", re: /(updat|chang|now reads|it reads|added (a|the) line|added to the article|edited)/ };
  if (c.title) return { what: "an article added", re: /(article|page)/ };
  if (c.rules) return { what: "an escalation rule added", re: /escalat/ };
  if (c.syn) return { what: "a synonym added", re: /synonym/ };
  if (c.brules) return { what: "a business rule added", re: /business rule/ };
  if (c.agentName) return { what: "the agent name set", re: /(agent name|name)/ };
  if (c.ctx) return { what: "the business context changed", re: /(business context|context|description)/ };
  return null;
}

// Stored changes the step did not ask for (e.g. a request appended to the business context).
function sideEffects(c, before, after) {
  const p = [];
  const b = before.settings;
  const a = after.settings;
  if (!c.ctx && (b.businessContext ?? "") !== (a.businessContext ?? "")) {
    const added = (a.businessContext ?? "").startsWith(b.businessContext ?? "") ? (a.businessContext ?? "").slice((b.businessContext ?? "").length) : a.businessContext;
    p.push(`business context changed though the step did not ask for it (now also holds ${JSON.stringify(clip(added, 160))})`);
  }
  if (!c.rules && JSON.stringify(b.escalationRules ?? []) !== JSON.stringify(a.escalationRules ?? [])) {
    p.push(`escalation rules changed though the step did not ask for it: ${JSON.stringify(b.escalationRules)} -> ${JSON.stringify(a.escalationRules)}`);
  }
  if (!c.brules && (b.businessRules ?? "") !== (a.businessRules ?? "")) {
    p.push(`business rules changed though the step did not ask for it: now ${JSON.stringify(clip(a.businessRules, 160))}`);
  }
  if (!c.syn && JSON.stringify(b.synonyms ?? []) !== JSON.stringify(a.synonyms ?? [])) {
    p.push(`synonyms changed though the step did not ask for it: now ${JSON.stringify(a.synonyms)}`);
  }
  const makesArticle = c.kind === "config" && !!c.title;
  const oldIds = new Set(before.arts.map((x) => x.id));
  const created = after.arts.filter((x) => !oldIds.has(x.id));
  if (!makesArticle && created.length) p.push(`created article(s) though the step did not ask for one: ${titlesOf(created)}`);
  if (makesArticle && created.length > 1) p.push(`created ${created.length} articles for one page: ${titlesOf(created)}`);
  return p;
}

async function configure(biz, org) {
  let lastConv = null;
  for (const c of biz.config) {
    let reply = "";
    let reasons = [];
    try {
      const before = await readState(org);
      // a fresh management conversation per request, except a follow-up that refers to the
      // step before it ("that page"), which is sent in the same chat
      const conv = c.followUp && lastConv ? lastConv : await newConversation("management", org.managementKey);
      lastConv = conv;
      const r = await send("management", org.managementKey, conv, c.msg);
      reply = r.text;
      if (r.error) reasons.push(`stream-error (${r.error})`);
      const action = expectedAction(c);
      if (!isConfirmation(r.text)) reasons.push("no-confirmation");
      else if (action && !action.re.test(norm(r.text))) reasons.push(`wrong-action: the reply confirms something other than ${action.what}`);
      else if (c.reply && !hasAny(r.text, c.reply)) reasons.push(`reply-does-not-name ${JSON.stringify(c.reply)}`);
      const state = await readState(org);
      const sp = stateProblems(c, state);
      if (c.goneTitle) {
        // a removal must archive the page it names, and only that one
        const target = before.arts.filter((a) => has(a.title, c.goneTitle) || (c.kLacks || []).some((f) => has(a.content, f)));
        const nowIds = new Set(state.arts.map((a) => a.id));
        const archived = before.arts.filter((a) => !nowIds.has(a.id));
        const wrong = archived.filter((a) => !target.some((t) => t.id === a.id));
        if (!target.length) sp.push(`nothing to remove: no active article titled like "${c.goneTitle}" existed before this step (an earlier step did not create it); titles were ${titlesOf(before.arts)}`);
        if (wrong.length) sp.push(`archived the wrong article(s) ${titlesOf(wrong)}`);
      }
      sp.push(...sideEffects(c, before, state));
      if (sp.length) reasons.push(`state: ${sp.join("; ")}`);
    } catch (e) {
      reasons = [`probe-error ${e.message}`];
    }
    report(reasons.length === 0, biz.code, c.kind, c.step, c.msg, reply, reasons.join(" & "));
  }
}

async function ask(org, stats, message) {
  const conv = await newConversation("customer", org.customerKey);
  stats.conversations++;
  const r = await send("customer", org.customerKey, conv, message);
  if (r.escalated) stats.escalated++;
  return { ...r, conv };
}

async function conversationInfo(org, conv) {
  try {
    const j = await api("GET", `/api/v1/management/conversations/${conv}`, org.managementKey);
    return { status: j?.conversation?.status ?? "?", reason: j?.conversation?.escalationReason ?? null };
  } catch (e) {
    return { status: `? (${e.message})`, reason: null };
  }
}

async function customerSteps(biz, org, stats) {
  for (const [step, q, fact] of biz.answers) {
    const r = await ask(org, stats, q);
    const reasons = [];
    if (r.error) reasons.push(`stream-error (${r.error})`);
    if (!hasAny(r.text, fact)) {
      reasons.push(`missing key fact ${JSON.stringify(fact)}${isDontKnow(r.text) ? " (replied don't-know)" : ""}${r.escalated ? " (escalated)" : ""}`);
    }
    report(reasons.length === 0, biz.code, "answer", step, q, r.text, reasons.join(" & "));
  }
  for (const q of biz.unknown) {
    const r = await ask(org, stats, q);
    const stray = strayNumbers(r.text, q, biz.phone);
    const reasons = [];
    if (r.error) reasons.push(`stream-error (${r.error})`);
    if (!isDontKnow(r.text)) reasons.push("no don't-know (answered a question no article answers)");
    if (stray.length) reasons.push(`stray numbers [${stray.join(", ")}] not in any source for this question`);
    report(reasons.length === 0, biz.code, "unknown", "says it does not know, no number", q, r.text, reasons.join(" & "));
  }
  for (const [step, q] of biz.escalate) {
    const r = await ask(org, stats, q);
    const info = await conversationInfo(org, r.conv);
    const marked = info.status === "escalated";
    const reasons = [];
    if (r.error) reasons.push(`stream-error (${r.error})`);
    if (!r.escalated || !marked) reasons.push(`not handed over: stream escalated=${r.escalated}, conversation status=${info.status}`);
    report(reasons.length === 0, biz.code, "escalate", step, q, r.text, reasons.join(" & "));
  }
  for (const [step, q] of biz.lookalike) {
    const r = await ask(org, stats, q);
    const reasons = [];
    if (r.error) reasons.push(`stream-error (${r.error})`);
    if (r.escalated) {
      const info = await conversationInfo(org, r.conv);
      reasons.push(`escalated a calm question; escalationReason=${JSON.stringify(info.reason)}`);
    }
    if (!r.text.trim()) reasons.push("empty reply");
    report(reasons.length === 0, biz.code, "lookalike", step, q, r.text, reasons.join(" & "));
  }
  for (const [step, q, fact] of biz.synonym) {
    const r = await ask(org, stats, q);
    const reasons = [];
    if (r.error) reasons.push(`stream-error (${r.error})`);
    if (!hasAny(r.text, fact)) reasons.push(`missing key fact ${JSON.stringify(fact)}${isDontKnow(r.text) ? " (replied don't-know)" : ""}`);
    report(reasons.length === 0, biz.code, "synonym", step, q, r.text, reasons.join(" & "));
  }
  for (const [step, q, now, before] of biz.edit) {
    const r = await ask(org, stats, q);
    const reasons = [];
    if (r.error) reasons.push(`stream-error (${r.error})`);
    if (!has(r.text, now)) reasons.push(`missing new value "${now}"`);
    if (before && has(r.text, before)) reasons.push(`still states old value "${before}"`);
    report(reasons.length === 0, biz.code, "edit", step, q, r.text, reasons.join(" & "));
  }
  for (const [step, q, goneFacts] of biz.remove) {
    const r = await ask(org, stats, q);
    const leaked = goneFacts.filter((f) => has(r.text, f));
    const reasons = [];
    if (r.error) reasons.push(`stream-error (${r.error})`);
    if (leaked.length) reasons.push(`answered from the removed article (says ${leaked.join(", ")})`);
    if (r.escalated) reasons.push("escalated");
    if (!r.text.trim()) reasons.push("empty reply");
    report(reasons.length === 0, biz.code, "remove", step, q, r.text, reasons.join(" & "));
  }
}

async function analyticsSteps(biz, org, stats) {
  // cross-check: what the server itself counts (only printed, the expectation is the probe's own count)
  let serverEsc = "?";
  try {
    serverEsc = (await api("GET", "/api/v1/management/conversations?status=escalated&limit=1", org.managementKey)).total;
  } catch {
    /* printed as ? */
  }
  for (const [step, q, what] of biz.analytics) {
    let expected;
    if (what === "total") expected = [String(stats.conversations)];
    else if (what === "escalated") expected = [String(stats.escalated)];
    else {
      const rate = stats.conversations ? (100 * stats.escalated) / stats.conversations : 0;
      expected = [...new Set([String(Math.round(rate)), rate.toFixed(1), rate.toFixed(1).replace(/\.0$/, ""), String(Math.floor(rate))])];
    }
    let reply = "";
    const reasons = [];
    try {
      const conv = await newConversation("management", org.managementKey);
      const r = await send("management", org.managementKey, conv, q);
      reply = r.text;
      if (r.error) reasons.push(`stream-error (${r.error})`);
      if (!expected.some((n) => numberPresent(r.text, n))) {
        reasons.push(
          `expected ${what === "rate" ? `${expected.join(" or ")} %` : expected[0]} (probe made ${stats.conversations} customer conversations, ${stats.escalated} escalated; server lists ${serverEsc} escalated); numbers in reply [${numbersIn(r.text).join(", ")}]`,
        );
      }
    } catch (e) {
      reasons.push(`probe-error ${e.message}`);
    }
    report(reasons.length === 0, biz.code, "analytics", step, q, reply, reasons.join(" & "));
  }
}

// ---------------------------------------------------------------- main

function summary() {
  console.log(`TOTAL ${passed}/${total}`);
  console.log(`BY_KIND ${KINDS.map((k) => `${k} ${byKind.get(k).pass}/${byKind.get(k).total}`).join(", ")}`);
}

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
    for (const biz of [EMBER, BOUNCE]) runs.push([biz, createOrg(`${biz.orgName} ${stamp}`)]);
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
  summary();
  process.exit(0);
}

main().catch((e) => {
  console.error(`probe failed: ${e.stack ?? e.message}`);
  summary();
  process.exit(2);
});
