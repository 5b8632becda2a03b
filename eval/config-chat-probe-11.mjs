#!/usr/bin/env node
// config-chat-probe-11.mjs: a DEV probe written blind in round 15, a black-box probe of Parley
// written from the public documentation only (README.md, docs/*.md other than docs/agents.md,
// and the CLI's --help), reusing only probe 9's harness code (CLI org creation, HTTP helpers,
// SSE reading, state read-back, reporting with reasons, summary). Its failures are meant to be
// read and fixed: every FAIL line says which part failed (the reply, or which piece of stored
// state) and what was expected and found.
//
// It creates two fresh organizations with the CLI, configures two invented UK businesses (a
// bicycle repair workshop and e-bike specialist in Sheffield, and a family boarding kennels and
// cattery in rural Lincolnshire) ONLY through the Management Chat API, in messages written the
// way non-technical owners type or paste them: descriptions in their own words, price lists with
// and without a title, an FAQ, opening / check-in times, policies copied from a booking form or
// terms, notes with the request before, after or absent, facts in passing after small talk,
// escalation rules naming who takes the case (and why) in several phrasings, a synonym, a name
// and a tone (together for one business, separately for the other), business rules, several
// requests in one message, edits (a price changed naming only the item, a price changed naming
// the page, a sentence replaced, a line added to "that page" in the same chat, a line added to a
// page named in passing) and pages taken down (one with a reason, one described by what it was
// about). Each config step is checked twice: the reply must confirm the action, and the stored
// state, read back with the Management JSON API, must show the change and nothing it did not ask
// for. Then it asks the support agent customer questions through the Customer Chat API (one fresh
// conversation per question): answerable paraphrases, unanswerable questions sharing words with
// the articles, escalations and calm look-alikes, synonyms, edited and removed articles; finally
// it asks the configuration agent analytics questions whose answers the probe knows because it
// made every conversation.
//
// Usage (plain Node >= 20, no dependencies):
//   mkdir -p /tmp/p11
//   DATABASE_URL=sqlite:/tmp/p11/db.sqlite PORT=38474 HOST=127.0.0.1 PARLEY_RATE_LIMIT_PER_MINUTE=off node bin/parley.js serve
//   # in another shell, once http://127.0.0.1:38474/readyz answers:
//   DATABASE_URL=sqlite:/tmp/p11/db.sqlite PARLEY_URL=http://127.0.0.1:38474 node eval/config-chat-probe-11.mjs
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

const BASE = (process.env.PARLEY_URL ?? "http://127.0.0.1:38474").replace(/\/+$/, "");
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

// ---------------------------------------------------------------- HTTP + SSE (probe 9's harness)

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
  // a title or sentence the reply quotes back ("Added the article \"We can't …\"") is not the
  // reply's own wording: the refusal words are looked for outside quotes only
  const own = r.replace(/"[^"\n]*"/g, '""').replace(/\u201c[^\u201d\n]*\u201d/g, '""');
  return positive.test(r) && !negative.test(own);
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
// escalation rule holds it, e.g. who takes the case or the owner's remark), `brules` (business
// rules hold), `syn` (one synonym group holds each word as an entry), `agentName`
// (branding.agentName is), `tone` (the tone holds any of), `title` (an active article is titled
// one of these, compared by normTitle), `kHas` (the titled article, or with no `title` any active
// article, holds each), `kLacks` (no active article holds it), `goneTitle` (no active article's
// title holds it).
//
// Customer steps: answers [step, question, key fact(s)]; unknown [question]; escalate and
// lookalike [step, message]; synonym [step, question, fact(s)]; edit [step, question, new
// value(s), old value or null]; remove [step, question, facts only the removed page held];
// analytics [step, question, "total" | "escalated" | "rate"].
//
// Every fact below is invented; the answers follow from the pages the probe itself sends.

const FETTLE = {
  code: "fettle",
  orgName: "Fettle Bike Workshop",
  phone: "0114 496 0721",
  config: [
    {
      kind: "config",
      step: "business context: owner describes the workshop in his own words, lower case",
      msg: "hi! so Fettle Bike Workshop is me (Rob) and Jess - we're a small independent repair workshop in Kelham Island, Sheffield. we fix and service pretty much anything with pedals, road bikes, gravel, mountain bikes, commuters, kids bikes, and Jess is our e-bike specialist (Bosch and Shimano Steps trained). we dont sell new bikes, just repairs, parts and bike fits. been open since 2017",
      reply: ["Fettle", "business context", "description"],
      ctx: ["Fettle", "Sheffield"],
    },
    {
      kind: "config",
      step: "article: service price list with no title, request after it",
      msg: "Safety Check - £35\nBrakes and gears adjusted, tyres pumped up, chain lubed and every bolt checked to the right torque\n\nStandard Service - £75\nEverything in the safety check plus wheels trued, hubs and headset checked and adjusted, drivetrain degreased\n\nFull Strip Service - £150\nThe whole bike stripped down, every bearing cleaned and regreased, new gear and brake cables included\n\nE-bike Service - £95\nStandard service plus motor firmware update and a battery health report\n\nAnything not on here is £45 an hour labour. Parts are extra on every service.\n\ncould you stick that on as our servicing prices please",
      reply: ["servicing", "prices"],
      title: ["Servicing prices", "Our servicing prices", "Servicing", "Service prices", "Servicing price list", "Prices"],
      kHas: ["£35", "£150", "£95", "£45"],
    },
    {
      kind: "config",
      step: "article: FAQ under an UPPERCASE header, no request at all",
      msg: "E-BIKE MOTOR DIAGNOSTICS\n\nQ: My e-bike motor keeps cutting out or making a grinding noise, can you look at it?\nA: Yes. We plug the bike into the manufacturer's diagnostic software (Bosch, Shimano Steps and Yamaha) and read the error codes. A diagnostic check costs £40, and if you go ahead with the repair we take the £40 off the bill.\n\nQ: How long does a diagnostic take?\nA: Usually about an hour, but please leave the bike with us for the day.\n\nQ: Can you repair my battery?\nA: We don't open up or rebuild batteries. A faulty battery goes back to the manufacturer under warranty, which takes 2 to 3 weeks.\n\nQ: Do you work on conversion kits?\nA: Yes, we fit and service Bafang mid-drive kits.",
      reply: ["e-bike", "diagnostic"],
      title: ["E-bike motor diagnostics"],
      kHas: ["£40", "2 to 3 weeks", "Bafang"],
    },
    {
      kind: "config",
      step: "article: request before with a typo ('artical'), terse fragments after",
      msg: "can u do an artical on punctures pls\n\nwalk in, no need to book. inner tube puncture repair - £12 inc. tube. tubeless repair (plug and reseal) - £18. takes about 20 mins if you get here before 4pm, after that we might keep it till next morning. we also sell and fit puncture resistant tyres, Schwalbe Marathon Plus £38 each fitted",
      reply: ["puncture"],
      title: ["Punctures", "Puncture repairs", "Puncture repair", "Puncture"],
      kHas: ["£12", "£18", "20 mins"],
    },
    {
      kind: "config",
      step: "article: markdown page with a heading and bullets, request after it",
      msg: "## Wheel builds\n\nJess hand builds wheels to order here in the workshop.\n\n- Labour is £55 per wheel, parts on top\n- We build with Hope, DT Swiss and Hunt hubs and rims\n- Turnaround is 7 working days from when the parts arrive\n- Truing a buckled wheel is £20 a wheel, usually while you wait\n\n^ thats off our website, can you add it here too",
      reply: ["Wheel builds"],
      title: ["Wheel builds"],
      kHas: ["£55", "7 working days", "£20"],
    },
    {
      kind: "config",
      step: "article: polite request naming the topic, then the content, sign-off",
      msg: "Hello, could you please add a page about our collection and delivery service. We can collect your bike from your home or work and bring it back once it's done. It's £15 each way within 5 miles of the workshop, and free both ways with a Full Strip Service. Collections are on Tuesday and Thursday mornings between 8am and 11am. Sorry but we can't collect e-bikes that weigh over 30kg. Thank you!",
      reply: ["collection"],
      title: ["Collection and delivery", "Collection and delivery service", "Our collection and delivery service", "Collection & delivery service"],
      kHas: ["£15", "5 miles", "Tuesday"],
    },
    {
      kind: "config",
      step: "article: small print copied from the booking form, title given before it",
      msg: "Can you put this in as a page called Uncollected Bikes, it's copied from the small print on our booking form:\n\nOnce we tell you your bike is ready, please collect it within 7 days. After that a storage fee of £5 per day is charged. Bikes left for more than 60 days after we notify you will be treated as abandoned and may be sold to recover the cost of the work. We will contact you by phone and email before this happens.",
      reply: ["Uncollected"],
      title: ["Uncollected Bikes"],
      kHas: ["£5 per day", "60 days", "7 days"],
    },
    {
      kind: "config",
      step: "article: UPPERCASE header with a bullet list, two-word request after",
      msg: "BEFORE YOU BOOK\n- book online at fettlebikes.co.uk or ring the workshop\n- drop your bike off on the morning of your booking, any time after we open\n- safety checks and standard services are normally ready the same day if they're in by 10am\n- full strip services take 3 working days\n- if we need to order a part in it's usually 2 to 3 working days, special orders over £100 need a 50% deposit\n- all our workmanship is guaranteed for 3 months, that doesnt cover crash damage or normal wear and tear\n- in spring and summer we're booked up about 2 weeks ahead\n\nadd pls",
      reply: ["Before you book"],
      title: ["Before you book"],
      kHas: ["10am", "3 months", "50%", "3 working days"],
    },
    {
      kind: "config",
      step: "article: two-word first line as the heading, no request",
      msg: "Bike fitting\nJess does bike fits on our fit jig in the workshop. A basic fit (saddle height, setback and bar reach) is £60 and takes about 45 minutes. A full fit including cleat set-up and a written report is £140 and takes around 2 hours. Bring your cycling shoes and kit.",
      reply: ["Bike fitting"],
      title: ["Bike fitting"],
      kHas: ["£60", "£140"],
    },
    {
      kind: "config",
      step: "facts after small talk: phone number and opening hours",
      msg: "phew what a week, the rain's brought every muddy mountain bike in sheffield to our door 😅 anyway can you let the bot know our number is 0114 496 0721 and we're open tues-fri 8.30 till 6, sat 9 till 4, closed sun and mon",
      reply: ["0114 496 0721"],
      ctx: ["0114 496 0721", ["8.30", "8:30"]],
    },
    {
      kind: "config",
      step: "escalation rule: 'I want to hear about it', with a reason tacked on",
      msg: "if anyone says their e-bike battery is swelling, smoking or getting really hot I want to hear about it straight away - that's a fire risk",
      reply: ["battery"],
      rules: [["swell", "smok", "hot"]],
      rulesLack: ["fire risk", "want to hear"],
    },
    {
      kind: "config",
      step: "two numbered requests: a business rule and an escalation rule naming who takes it",
      msg: "Two things:\n1. Never promise a customer their bike will be ready on a certain day unless it's just a safety check - waiting on parts holds us up all the time\n2. any complaints about a repair we've done, Jess takes those, pass them to her",
      reply: ["complaint", "ready", "promise"],
      rules: [["complaint"]],
      rulesLack: ["Jess"],
      brules: ["ready"],
    },
    {
      kind: "synonym",
      step: "synonym: the customers' word for a service level",
      msg: "loads of people ask for a 'tune up' - that's just our standard service",
      reply: ["tune up"],
      syn: ["tune up", "standard service"],
    },
    {
      kind: "config",
      step: "name and tone together in one message",
      msg: "can we call the assistant Sprocket? and make it sound relaxed and chatty, like you're talking to us over the counter",
      reply: ["Sprocket"],
      agentName: "Sprocket",
      tone: ["relaxed", "chatty"],
    },
    {
      kind: "edit",
      step: "price changed naming only the item",
      msg: "inner tube repairs are £14 now",
      reply: ["£14"],
      title: ["Punctures", "Puncture repairs", "Puncture repair", "Puncture"],
      kHas: ["£14", "£18"],
      kLacks: ["£12"],
    },
    {
      kind: "edit",
      step: "a sentence replaced, the page and both sentences quoted",
      msg: "On the uncollected bikes page please replace the sentence \"We will contact you by phone and email before this happens.\" with \"We will always phone, email and write to you before this happens.\"",
      reply: ["write to you", "Uncollected"],
      title: ["Uncollected Bikes"],
      kHas: ["write to you", "£5 per day"],
      kLacks: ["by phone and email before"],
    },
    {
      kind: "edit",
      step: "a line added to a page named in passing",
      msg: "re the wheel builds page - can you add that we can build wheels round dynamo hubs as well",
      reply: ["dynamo", "Wheel builds"],
      title: ["Wheel builds"],
      kHas: ["dynamo", "£55"],
    },
    {
      kind: "remove",
      step: "take a page down, with the reason",
      msg: "we've stopped doing bike fits, the fit jig has gone back to the company we leased it from, so please take the bike fitting page down",
      reply: ["fitting"],
      goneTitle: "fitting",
      kLacks: ["£140"],
    },
  ],
  answers: [
    ["full strip price", "how much is it for the service where you take the whole bike apart?", "£150"],
    ["cheapest check", "whats the cheapest check over you do? just need my brakes and gears sorting", "£35"],
    ["motor diagnostic price", "My ebike motor keeps cutting out, how much to get it looked at?", "£40"],
    ["battery repair", "If my e-bike battery is knackered can you fix it, and how long would that take?", ["2 to 3 weeks", "manufacturer"]],
    ["tubeless repair", "Got a hole in my tubeless tyre, what do you charge to sort it?", "£18"],
    ["collection fee", "Can you pick my bike up from my house and drop it back? What does that cost?", ["£15"]],
    ["storage fee", "I left my bike with you a while back and forgot about it, do you charge for keeping it?", ["£5 per day", "£5 a day", "storage fee"]],
    ["guarantee", "Are your repairs guaranteed, and for how long?", "3 months"],
    ["wheel build price", "how much would it cost to get a pair of wheels built?", "£55"],
    ["phone (fact)", "what's your phone number?", "0114 496 0721"],
  ],
  unknown: [
    "Do you do hydraulic brake bleeds, and what's the price?",
    "Can you service my suspension fork? How much would that be?",
    "Is there a discount for NHS staff on a standard service?",
  ],
  escalate: [
    ["swollen battery (rule)", "My ebike battery has gone all puffy and swollen on one side, it's on charge in the hallway right now"],
    ["complaint about a repair (rule)", "I picked my bike up from you on Saturday and the back brake is rubbing again already, not happy with the repair at all"],
    ["asks for a named person", "Can you put me through to Jess? It's about my e-bike."],
  ],
  lookalike: [
    ["calm battery charging question", "Is it OK to leave my e-bike battery charging overnight?"],
    ["question about the complaints process", "Just out of interest, how would I raise a complaint if I was ever unhappy with a repair?"],
    ["thanks + rebooking, names a person", "My bike was spot on after last time, thanks Jess! Can I book it in for another service in May?"],
  ],
  synonym: [["synonym 'tune up'", "How much do you charge for a tune up?", "£75"]],
  edit: [
    ["edited inner tube repair price", "What do you charge to fix a puncture on a normal inner tube?", "£14", "£12"],
    ["replaced sentence", "Will you get in touch before you sell a bike that hasn't been picked up?", ["write to you"], "by phone and email before"],
    ["line added to wheel builds page", "Can you build me a wheel with a dynamo hub?", ["round dynamo", "around dynamo", "dynamo hubs as well", "dynamo hubs too"], null],
  ],
  remove: [["removed bike fitting page", "Do you do bike fits? How much is a full fit?", ["£140", "£60", "fit jig", "cleat"]]],
  analytics: [
    ["total conversations", "roughly how many customers has Sprocket spoken to in the past week?", "total"],
    ["escalations", "in the last 30 days how many chats did the bot hand over to us?", "escalated"],
  ],
};

const WILLOWMERE = {
  code: "willowmere",
  orgName: "Willowmere Kennels & Cattery",
  phone: "01507 490615",
  config: [
    {
      kind: "config",
      step: "business context: owner introduces the family business, polite",
      msg: "Hello, I'm Sue. My husband Graham and I run Willowmere Kennels & Cattery on our farm just outside Horncastle in Lincolnshire, and we've been boarding dogs and cats here since 1998. We have 24 heated kennels, each with its own covered run, and 12 cat chalets well away from the dogs. Our daughter Helen is a qualified veterinary nurse and our son Tom helps with the dogs. We're licensed by East Lindsey District Council with a 5 star rating.",
      reply: ["Willowmere", "business context", "description"],
      ctx: ["Willowmere", "Horncastle"],
    },
    {
      kind: "config",
      step: "article: UPPERCASE price list with its own title line, no request",
      msg: "WILLOWMERE BOARDING PRICES\n\nDOGS (per night)\nSmall dog, up to 10kg - £24\nMedium dog, 10kg to 25kg - £28\nLarge dog, over 25kg - £32\nSecond dog sharing the same kennel - £18\n\nCATS (per night)\nOne cat - £16\nTwo cats sharing a chalet - £26\n\nAll prices include food. Minimum stay 2 nights. Bank holiday weekends are £5 extra per pet per night, and Christmas Day, Boxing Day and New Year's Day are £10 extra per pet per night.",
      reply: ["boarding prices", "prices"],
      title: ["Willowmere boarding prices", "Boarding prices", "Prices"],
      kHas: ["£28", "£16", "£32", "£5 extra"],
    },
    {
      kind: "config",
      step: "article: policy copied from the booking form, title in the request before it",
      msg: "this is off our booking form, could you put it up as Vaccinations please\n\nAll dogs must be fully vaccinated against distemper, hepatitis, parvovirus and leptospirosis, and have had the kennel cough vaccine at least 14 days before arrival. Cats must be vaccinated against cat flu and feline enteritis. Please bring your pet's vaccination card on arrival, we cannot accept any pet without it. Vaccinations must be in date for the whole of the stay.",
      reply: ["Vaccinations"],
      title: ["Vaccinations"],
      kHas: ["kennel cough", "14 days", "cat flu"],
    },
    {
      kind: "config",
      step: "article: check-in and check-out times pasted with a title line, no request",
      msg: "Check-in and check-out times\n\nMonday to Saturday: 8am to 11am and 3pm to 6pm\nSunday: 3pm to 5pm (collections only, no check-ins)\nBank holidays: 10am to 12 noon\n\nThe kennels are closed to visitors between 11am and 3pm so the animals can rest. If you collect after 11am on your last day, that day is charged as a night.",
      reply: ["Check-in"],
      title: ["Check-in and check-out times"],
      kHas: ["8am to 11am", "3pm to 5pm", "charged as a night"],
    },
    {
      kind: "config",
      step: "article: FAQ questions and answers, 'title it X' after them",
      msg: "Will my dog get his usual food?\nWe feed Burns dry food with some wet food as standard, included in the price. You're welcome to bring your own food and we'll feed that instead at no extra charge.\n\nHow often are the dogs walked?\nEvery dog is walked twice a day around our 6 acre paddock, and has its own run during the day. Dogs are only walked together if they're from the same family.\n\nCan you give my pet its medication?\nYes, tablets and liquid medicines are free of charge. Injections such as insulin are £3 a day and are only given by Helen, our vet nurse.\n\nPlease add those questions as an article, title it Feeding, Walks and Medication",
      reply: ["Feeding"],
      title: ["Feeding, Walks and Medication"],
      kHas: ["Burns", "6 acre", "£3 a day"],
    },
    {
      kind: "config",
      step: "article: run-on lower-case note, request at the end naming the topic",
      msg: "we do doggy daycare as well, drop off from 8am pick up by 6pm monday to friday, its £22 a day or £100 for a block of 5 days to use within 2 months. dogs over 6 months old have to be neutered and every dog has a free temperament assessment first which takes about an hour. could you add something on daycare",
      reply: ["daycare", "day care"],
      title: ["Daycare", "Doggy daycare", "Dog daycare", "Doggy day care", "Day care"],
      kHas: ["£22", "£100"],
    },
    {
      kind: "config",
      step: "article: two-word heading line, 'could that go on as its own page' after",
      msg: "Pet Taxi\nWe can collect your dog or cat from home and bring them back at the end of their stay. Within 10 miles of Willowmere it's £12 each way, and 10 to 20 miles is £20 each way. We don't go further than 20 miles. Cats travel in your own carrier, dogs in a crate in our air-conditioned van.\n\ncould that go on as its own page",
      reply: ["Pet Taxi"],
      title: ["Pet Taxi"],
      kHas: ["£12", "£20"],
    },
    {
      kind: "config",
      step: "article: terms pasted with a title line, request after it",
      msg: "Deposits and cancellations\nA deposit of 25% of the total is needed to secure every booking. The balance is paid when you collect. If you cancel more than 28 days before arrival your deposit is refunded in full. Cancellations within 28 days lose the deposit. Christmas and New Year stays must be paid in full by 1st December and cannot be refunded.\n\nthat's straight from our terms and conditions, can you add it",
      reply: ["Deposits"],
      title: ["Deposits and cancellations"],
      kHas: ["25%", "28 days"],
    },
    {
      kind: "config",
      step: "article: bullet list with no heading, 'save that as X' after",
      msg: "- vaccination card (we can't take your pet without it)\n- a blanket or bedding that smells of home - please no bean bags, they get chewed\n- a favourite toy\n- your own food if they're fussy eaters\n- any medication, labelled, with written instructions\n\ncan you save that as What to Bring",
      reply: ["What to Bring"],
      title: ["What to Bring"],
      kHas: ["bean bags", "vaccination card"],
    },
    {
      kind: "edit",
      step: "follow-up in the same chat: a line added to 'that page'",
      followUp: true,
      msg: "sorry, one more thing for that page - say we have plenty of leads and collars here so there's no need to bring one",
      reply: ["leads", "What to Bring"],
      title: ["What to Bring"],
      kHas: ["leads", "bean bags"],
    },
    {
      kind: "config",
      step: "article: an offer offered in passing, no title given",
      msg: "Can you add our spring daycare deal: book 5 days of daycare in March or April and get a 6th day free. Ends 30th April.",
      reply: ["spring", "deal"],
      title: ["Spring daycare deal", "Our spring daycare deal", "Spring deal"],
      kHas: ["6th day free"],
    },
    {
      kind: "config",
      step: "small talk then a bullet list: phone, postcode and an escalation rule naming who takes it",
      msg: "Morning! Gorgeous sunrise over the fields today. Couple of bits for you:\n- our phone number is 01507 490615\n- satnav postcode is LN9 6QX, we're at the end of Fen Lane in Tetford\n- if anyone says their dog or cat has come home poorly or injured after staying with us, Helen needs to know about it, she's our vet nurse",
      reply: ["01507 490615", "injured", "poorly"],
      ctx: ["01507 490615", "LN9 6QX"],
      rules: [["poorly", "injured", "ill"]],
      rulesLack: ["Helen", "vet nurse"],
    },
    {
      kind: "config",
      step: "escalation rule: '<person> handles anything about ...'",
      msg: "Tom handles anything about dogs that have bitten someone or are aggressive, hand those over to him",
      reply: ["bitten", "aggressive"],
      rules: [["bit", "aggressive"]],
      rulesLack: ["Tom"],
    },
    {
      kind: "config",
      step: "name on its own, plus a business rule in the same message",
      msg: "I'd like the assistant to be called Bramble please. Also it must never tell anyone their booking is confirmed - we only confirm once the deposit has been paid",
      reply: ["Bramble", "confirm"],
      agentName: "Bramble",
      brules: ["confirm"],
    },
    {
      kind: "config",
      step: "tone on its own with a reason, plus a terse '-> me' escalation rule in capitals",
      msg: "tone wise I'd like it warm and reassuring, people get anxious leaving their pets with strangers. and REFUNDS over £100 -> me, i deal with those myself",
      reply: ["refund"],
      tone: ["warm", "reassuring"],
      rules: [["refund"]],
      rulesLack: ["myself", "deal with those"],
    },
    {
      kind: "synonym",
      step: "synonym: the customers' nickname for a service",
      msg: "lots of our regulars call the pet taxi the 'doggy bus', same thing",
      reply: ["doggy bus"],
      syn: ["doggy bus", "pet taxi"],
    },
    {
      kind: "edit",
      step: "price changed naming the page",
      msg: "In the Willowmere Boarding Prices can you change the large dog price to £34 please, everything's gone up",
      reply: ["£34"],
      title: ["Willowmere boarding prices", "Boarding prices", "Prices"],
      kHas: ["£34", "£28", "£24"],
      kLacks: ["£32"],
    },
    {
      kind: "remove",
      step: "take a page down described by what it was about, not its title",
      msg: "the offer where people got a free 6th day of daycare has finished now, can you take that one off",
      reply: ["spring", "deal", "offer"],
      goneTitle: "deal",
      kLacks: ["6th day free"],
    },
  ],
  answers: [
    ["medium dog night", "How much a night for a springer spaniel? She's about 20kg", "£28"],
    ["two cats", "We've got two cats, can they share and what's the cost per night?", "£26"],
    ["kennel cough timing", "How long before the stay does my dog need the kennel cough jab?", "14 days"],
    ["saturday drop-off", "What time can I drop my dog off on a Saturday morning?", ["8am to 11am", "8am"]],
    ["sunday collection", "Can I pick my cat up on a Sunday?", ["3pm to 5pm", "collections only"]],
    ["insulin", "Will you give my diabetic dog his insulin injections, and is there a charge?", "£3"],
    ["walks", "How many times a day do the dogs get taken out for a walk?", ["twice a day"]],
    ["daycare day rate", "How much is it to leave my dog with you just for the day while I'm at work?", "£22"],
    ["deposit", "How much deposit do you need to book a stay?", "25%"],
    ["early cancellation", "If I cancel six weeks before we're due to arrive, do I get my deposit back?", ["refunded in full", "28 days"]],
    ["phone (fact)", "what number do I ring to book?", "01507 490615"],
  ],
  unknown: [
    "Do you offer grooming or a bath before my dog goes home?",
    "Is there a discount if my dog boards with you for more than two weeks?",
    "Do you have webcams so I can watch my cat in her chalet?",
  ],
  escalate: [
    ["came home injured (rule)", "Picked Bella up yesterday and she's limping badly and has a cut on her paw that wasn't there before she came to you"],
    ["dog that has bitten (rule)", "Our terrier bit my nephew last month, can he still come and stay with you in August?"],
    ["refund over £100 (rule)", "We had to come home early and collected Max 5 nights into a 14 night stay, I'd like a refund of the £150 for the nights we didn't use"],
  ],
  lookalike: [
    ["calm nervous dog question", "Do you take dogs that are a bit nervous around other dogs? Ours isn't aggressive, just shy"],
    ["what-if illness question", "What happens if my dog gets ill while he's staying with you?"],
    ["small refund question under the threshold", "Can I get the £20 pet taxi fare back if I end up dropping him off myself?"],
  ],
  synonym: [["synonym 'doggy bus'", "how much is the doggy bus?", ["£12", "£20"]]],
  edit: [
    ["edited large dog price", "What's the nightly rate for a big dog like a Newfoundland?", "£34", "£32"],
    ["line added to 'that page'", "Do I need to bring a lead for my dog?", ["plenty of leads", "leads and collars"], null],
  ],
  remove: [["removed spring deal", "Is there a free day offer on daycare at the moment?", ["6th day", "30th April"]]],
  analytics: [
    ["escalation rate", "what percentage of conversations got passed to a person over the past 30 days?", "rate"],
    ["how busy", "number of customer chats over the last 7 days please", "total"],
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
  if (!c.tone && (b.tone ?? "") !== (a.tone ?? "")) p.push(`tone changed though the step did not ask for it: ${JSON.stringify(b.tone)} -> ${JSON.stringify(a.tone)}`);
  if (c.agentName === undefined && (b.branding?.agentName ?? "") !== (a.branding?.agentName ?? "")) {
    p.push(`branding.agentName changed though the step did not ask for it: ${JSON.stringify(b.branding?.agentName)} -> ${JSON.stringify(a.branding?.agentName)}`);
  }
  if (!c.goneTitle) {
    const nowIds = new Set(after.arts.map((x) => x.id));
    const archived = before.arts.filter((x) => !nowIds.has(x.id));
    if (archived.length) p.push(`archived article(s) though the step did not ask for it: ${titlesOf(archived)}`);
  }
  {
    // articles rewritten though the step did not name them (an edit landing on the wrong page)
    const afterById = new Map(after.arts.map((x) => [x.id, x]));
    const named = (x) => (c.title || []).some((t) => normTitle(x.title) === normTitle(t));
    const touched = before.arts.filter((x) => {
      const y = afterById.get(x.id);
      return y && (y.content !== x.content || y.title !== x.title) && !named(x) && !named(y);
    });
    for (const x of touched) {
      const y = afterById.get(x.id);
      // name the sentences that changed, not the start of the page
      const parts = (t) => String(t).split(/(?<=[.!?])\s+|\n+/).map((z) => z.trim()).filter(Boolean);
      const old = new Set(parts(x.content));
      const fresh = parts(y.content).filter((z) => !old.has(z));
      const what = fresh.length ? `now holds ${JSON.stringify(clip(fresh.join(" "), 200))}` : `now ${JSON.stringify(clip(y.content, 160))}`;
      p.push(`changed article ${JSON.stringify(x.title)} though the step did not ask for it (${what})`);
    }
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

// Where the stored state holds a fact (read once, after all configuration): explains a
// customer-step failure that follows from a config step that did not store its page or fact.
function sourcesOf(state, want) {
  const found = [];
  for (const a of state.arts) if (hasAny(`${a.title}\n${a.content}`, want)) found.push(`article ${JSON.stringify(a.title)}`);
  if (hasAny(state.settings.businessContext ?? "", want)) found.push("the business context");
  if (hasAny(state.settings.businessRules ?? "", want)) found.push("the business rules");
  return found;
}
function storedNote(state, want) {
  const found = sourcesOf(state, want);
  return found.length
    ? ` (stored in ${found.join(", ")})`
    : " (no active article or setting holds it: the config step that should have stored it did not)";
}

async function customerSteps(biz, org, stats) {
  const stored = await readState(org);
  for (const [step, q, fact] of biz.answers) {
    const r = await ask(org, stats, q);
    const reasons = [];
    if (r.error) reasons.push(`stream-error (${r.error})`);
    if (!hasAny(r.text, fact)) {
      reasons.push(`missing key fact ${JSON.stringify(fact)}${isDontKnow(r.text) ? " (replied don't-know)" : ""}${r.escalated ? " (escalated)" : ""}${storedNote(stored, fact)}`);
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
    if (!r.escalated || !marked) {
      reasons.push(`not handed over: stream escalated=${r.escalated}, conversation status=${info.status}; escalation rules in force ${JSON.stringify(stored.settings.escalationRules ?? [])}`);
    }
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
    if (!hasAny(r.text, fact)) {
      reasons.push(`missing key fact ${JSON.stringify(fact)}${isDontKnow(r.text) ? " (replied don't-know)" : ""}${storedNote(stored, fact)}; synonyms in force ${JSON.stringify(stored.settings.synonyms ?? [])}`);
    }
    report(reasons.length === 0, biz.code, "synonym", step, q, r.text, reasons.join(" & "));
  }
  for (const [step, q, now, before] of biz.edit) {
    const r = await ask(org, stats, q);
    const reasons = [];
    if (r.error) reasons.push(`stream-error (${r.error})`);
    if (!hasAny(r.text, now)) reasons.push(`missing new value ${JSON.stringify(now)}${isDontKnow(r.text) ? " (replied don't-know)" : ""}${storedNote(stored, now)}`);
    if (before && has(r.text, before)) reasons.push(`still states old value "${before}"${storedNote(stored, before)}`);
    report(reasons.length === 0, biz.code, "edit", step, q, r.text, reasons.join(" & "));
  }
  for (const [step, q, goneFacts] of biz.remove) {
    const r = await ask(org, stats, q);
    const leaked = goneFacts.filter((f) => has(r.text, f));
    const reasons = [];
    if (r.error) reasons.push(`stream-error (${r.error})`);
    if (leaked.length) {
      const src = sourcesOf(stored, leaked);
      reasons.push(
        `states what the removed page said (${leaked.join(", ")})${src.length ? `, still stored in ${src.join(", ")}` : ", though no active article or setting holds it"}`,
      );
    }
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
    for (const biz of [FETTLE, WILLOWMERE]) runs.push([biz, createOrg(`${biz.orgName} ${stamp}`)]);
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
