#!/usr/bin/env node
// config-chat-probe-8.mjs: a HELD-OUT probe written blind in round 14, a black-box probe of
// Parley written from the public documentation only (README.md without its evaluation
// sections, docs/*.md other than docs/agents.md, and the CLI's --help), reusing only probe 7's
// harness code (CLI org creation, HTTP, SSE reading, reporting). Held-out: only its TOTAL and
// BY_KIND lines are read; its failures must never be looked at or tuned on.
//
// It creates two fresh organizations with the CLI and configures two invented UK businesses
// (a family-run garden centre with a café near Malton, and a mobile sports-massage therapist
// working around Bristol) ONLY through the Management Chat API, in messages written the way
// non-technical owners type or paste them: a description of the business, pasted pages (a
// timetable, a menu, a price list with no title, an FAQ block titled after the content, a
// note with the request before it or after it), a fact, escalation rules saying who takes the
// case and why, a synonym, a name or a tone, a business rule, an article edited (a price
// changed, a line added) and one taken down. Each step passes when the reply confirms the
// action AND the stored state (read back with the Management JSON API) shows it.
// Then it asks the support agent customer questions through the Customer Chat API (one fresh
// conversation per question): answerable paraphrases, unanswerable questions sharing words
// with the articles, messages the rules should hand over and calm look-alikes that must not,
// a synonym, the edited article and the removed one; finally it asks the configuration agent
// analytics questions whose answers the probe knows because it made every conversation.
//
// Usage (plain Node >= 20, no dependencies):
//   mkdir -p /tmp/p8
//   DATABASE_URL=sqlite:/tmp/p8/db.sqlite PORT=38478 HOST=127.0.0.1 PARLEY_RATE_LIMIT_PER_MINUTE=off node bin/parley.js serve
//   # in another shell, once http://127.0.0.1:38478/readyz answers:
//   DATABASE_URL=sqlite:/tmp/p8/db.sqlite PARLEY_URL=http://127.0.0.1:38478 node eval/config-chat-probe-8.mjs
//
// Output: one line per step, `PASS [biz] kind: step: "message"` or
// `FAIL [biz] kind: step: "message" -> reply (first 240 chars)`, then `TOTAL pass/total`, then
// `BY_KIND config=p/t answer=p/t unknown=p/t escalate=p/t lookalike=p/t synonym=p/t edit=p/t
// remove=p/t analytics=p/t`.
// Exit code 0 when the probe itself ran (whatever passed); 2 when the probe could not run.

import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

const BASE = (process.env.PARLEY_URL ?? "http://127.0.0.1:38478").replace(/\/+$/, "");
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CLI = path.join(REPO, "bin", "parley.js");
const SEND_TIMEOUT_MS = 180_000;
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
  } else {
    console.log(`FAIL [${biz}] ${kind}: ${step}: ${JSON.stringify(oneLine(message).slice(0, 120))} -> ${oneLine(reply).slice(0, 240)}`);
  }
}
function summary() {
  console.log(`TOTAL ${passed}/${total}`);
  console.log(`BY_KIND ${KINDS.map((k) => `${k}=${byKind.get(k).pass}/${byKind.get(k).total}`).join(" ")}`);
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
    signal: AbortSignal.timeout(60_000),
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
    signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
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
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "") // café == cafe
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\u00a0/g, " ")
    .toLowerCase();
const has = (text, fact) => norm(text).includes(norm(fact));
// `want` is a string or an array of alternatives (any one will do)
const hasAny = (text, want) => (Array.isArray(want) ? want : [want]).some((w) => has(text, w));
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const hasWord = (text, word) => new RegExp(`\\b${escapeRe(norm(word))}\\b`).test(norm(text));

// A reply that reports a change: names something done, does not ask back or refuse.
function isConfirmation(reply) {
  const r = norm(reply);
  if (!r.trim()) return false;
  const negative =
    /(didn't|did not|couldn't|could not|can't|cannot|not sure what|don't understand|do not understand|nothing (was |has been )?changed|no changes|which article|which one|please (tell|give|provide|say)|here's what i can do|i can help with)/;
  const positive = /(done|added|changed|updated|set |saved|archived|removed|deleted|created|now )/;
  return positive.test(r) && !negative.test(r);
}

// Says it does not know, or offers a person.
function isDontKnow(reply) {
  return /(don't know|do not know|not sure|i'm not certain|can't find|cannot find|couldn't find|could not find|don't have (that|any|the|this|information|details)|do not have (that|any|the|this|information|details)|no information|not able to (find|answer)|unable to (find|answer)|i'll check|will check|check with|connect you|member of (our|the) team|a person|someone from|our team|the team|get back to you|follow up)/.test(
    norm(reply),
  );
}
const numbersIn = (s) => String(s ?? "").match(/\d+(?:[.,:]\d+)*/g) ?? [];
const digitsOnly = (s) => String(s).replace(/\D/g, "");
// Numbers in the reply that are not in the question (the business's own phone number, offered
// as a way to reach a person, is allowed).
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
// `ctx` (business context holds each), `rules` (for each list of alternatives, some escalation
// rule holds one), `rulesLack` (no escalation rule holds the word: who takes the case is not
// the situation), `brules` (for each list of alternatives, the business rules hold one), `syn`
// (one synonym group holds every term), `tone` (the tone holds one of), `agentName` (the
// branding's agent name is it), `title` (an active article's title holds one of, in at most
// TITLE_MAX characters), `shortTitleFor` (the active article holding this text has a title of
// 1..TITLE_MAX characters), `kHas` / `kLacks` (active articles' text holds / lacks),
// `sameArticle` (one active article holds all of these), `goneTitle` (no active article's
// title holds it).

const GARDEN = {
  code: "thistledown",
  orgName: "Thistledown Garden Centre",
  phone: "01653 600418",
  config: [
    {
      step: "business description in the owner's words",
      msg: "hiya! we're Thistledown Garden Centre, a family run garden centre on the edge of Malton in North Yorkshire. My grandad started it in 1987 and it's me and my brother running it now. We sell plants, shrubs, trees, compost, garden furniture and gifts, and there's a little café on site called the Potting Shed. Phone is 01653 600418",
      ctx: ["Thistledown", "Malton", "Potting Shed"],
    },
    {
      step: "opening times page pasted with no request (title = top line)",
      msg: "Opening Times\n\nGarden centre\nMon - Sat: 9am to 5.30pm\nSunday: 10.30am to 4.30pm (browsing from 10am)\n\nPotting Shed Café\nOpen daily 9.30am to 4pm\nLast orders for hot food 2.30pm\n\nClosed Christmas Day, Boxing Day and Easter Sunday.",
      title: ["Opening Times", "Opening"],
      kHas: ["2.30pm", "10.30am"],
    },
    {
      step: "café menu pasted, request and title after the content",
      msg: "Breakfast (served until 11.30)\nFull Yorkshire breakfast £9.95\nVeggie breakfast £9.50\nBacon sandwich £4.75\n\nLunch\nSoup of the day with crusty bread £6.25\nJacket potato with two fillings £7.50\nKids lunch box £5.50\n\nCakes & drinks\nScone with jam and clotted cream £3.80\nPot of Yorkshire Tea £2.60\n\nWe can do gluten free bread for any sandwich, just ask.\n\ncould you save all that as a new article called Café Menu",
      title: ["Café Menu", "Cafe Menu"],
      kHas: ["£6.25", "gluten free bread"],
    },
    {
      step: "a page about delivery asked for in passing (topic = title)",
      msg: "can you put a page up about delivery please? We deliver within 15 miles of the centre. It's £12 for orders under £75 and free if you spend £75 or more. Big things like sheds, greenhouses and trees over 6ft go out on Tuesdays and Thursdays only. Someone needs to be home to sign for it.",
      title: ["Delivery"],
      kHas: ["15 miles", "Tuesdays and Thursdays"],
    },
    {
      step: "FAQ page with the title named first",
      msg: "New article, title it Plant Guarantee\n\nEvery hardy plant bought from Thistledown is guaranteed for 12 months.\n\n**What do I need to bring back?**\nThe plant (or what's left of it!) and your receipt.\n\n**Are houseplants covered?**\nNo - houseplants, bedding plants and seeds aren't covered by the guarantee.\n\n**Do I get my money back?**\nWe'll swap it for a replacement plant or give you store credit. We don't give cash refunds on plants.",
      title: ["Plant Guarantee"],
      kHas: ["12 months", "store credit"],
    },
    {
      step: "short page with a casual request and its heading on the next line",
      msg: "pumpkin page pls:\nPumpkin Patch\nPick your own pumpkins every weekend in October, 10am till 4pm. Entry £4 per child (grown ups free), pumpkins priced by size from £2.50. Wellies recommended, the field gets muddy!",
      title: ["Pumpkin"],
      kHas: ["£2.50"],
    },
    {
      step: "untitled price list with the request before it",
      msg: "add this to the knowledge base too\n\nMultipurpose compost 50L - £6.99 or 3 for £18\nJohn Innes No.2 25L - £5.49\nOrnamental mulch 70L bag - £7.99\nMulch bulk bag (about 1 cubic metre) - £65\nTopsoil bulk bag - £79\nBulk bags come on a pallet and go out on our delivery van.",
      shortTitleFor: "Topsoil bulk bag",
      kHas: ["£7.99", "Topsoil bulk bag - £79"],
    },
    {
      step: "a plain fact about where they are",
      msg: "We're on Scarborough Road just off the A64 roundabout, postcode YO17 6RT, and there's free parking for 120 cars",
      ctx: ["YO17 6RT", "Thistledown"],
    },
    {
      step: "escalation: someone hurt on site goes to the duty manager",
      msg: "If anyone tells us they've been hurt here - tripped on a path, something fell on them off a shelf, that sort of thing - I want Diane our duty manager to deal with it, not the chat",
      rules: [["hurt", "tripped", "fell", "injur"]],
      rulesLack: ["Diane"],
    },
    {
      step: "escalation: food complaints go to the kitchen manager (name first)",
      msg: "Mark runs the café kitchen. Any complaint that someone's been poorly after eating with us, or found something in their food, goes to him",
      rules: [["poorly", "food", "ill"]],
      rulesLack: ["Mark"],
    },
    {
      step: "escalation: trade accounts to a real person",
      msg: "trade accounts - if a landscaper or builder asks about opening one or wants a bulk discount, hand them over to a real person",
      rules: [["trade account", "bulk discount", "landscaper"]],
    },
    {
      step: "synonym in the owner's words",
      msg: "a lot of customers ask for 'bark chippings' - that's what we call mulch",
      syn: ["bark chippings", "mulch"],
    },
    {
      step: "agent name",
      msg: "could the chat assistant be called Poppy please",
      reply: ["Poppy"],
      agentName: "Poppy",
    },
    {
      step: "business rule",
      msg: "don't ever promise someone that a plant is sure to survive the winter, we can't know that",
      brules: [["survive"]],
    },
    {
      step: "price change without naming the article",
      msg: "topsoil bulk bags have gone up to £85",
      reply: ["£85"],
      kHas: ["£85"],
      kLacks: ["£79"],
      sameArticle: ["£85", "£7.99"],
    },
    {
      step: "take an article down, with a reason",
      msg: "we're not doing the pumpkin patch this year, the field flooded. can you take that page off",
      goneTitle: "Pumpkin",
      kLacks: ["Pick your own pumpkins"],
    },
  ],
  answers: [
    ["café hot food cut-off", "What time does the café stop doing hot food?", ["2.30"]],
    ["Sunday opening", "Are you open on a Sunday morning?", ["10.30"]],
    ["soup price", "how much is a bowl of soup in your cafe?", ["£6.25"]],
    ["big item delivery days", "Which days can you bring out bigger stuff like a greenhouse?", ["Tuesday"]],
    ["free delivery threshold", "How much do I have to spend to get free delivery?", ["£75"]],
    ["delivery radius", "How far away from you do you deliver to?", ["15 miles"]],
    ["guarantee length", "If a shrub I bought off you dies, how long is it covered for?", ["12 months"]],
    ["houseplants not guaranteed", "Does your plant guarantee cover houseplants?", ["aren't covered", "not covered", "are not covered"]],
    ["gluten free", "can I get a gluten free sandwich in the cafe?", ["gluten free bread", "gluten-free bread"]],
    ["postcode", "what's your postcode for the satnav?", ["YO17 6RT"]],
  ],
  unknown: [
    "Can I hire a rotavator from the garden centre?",
    "Are dogs allowed in the café?",
    "How much is a bag of wild bird seed?",
  ],
  escalate: [
    ["hurt on site (tripped)", "My mum tripped on a loose paving slab by your tills this afternoon and has cut her knee quite badly"],
    ["ill after café food", "I had the veggie breakfast in your café this morning and I've been sick all afternoon"],
    ["trade account", "I'm a landscaper - could I open a trade account with you for regular orders?"],
  ],
  lookalike: [
    ["tripping, but a product question", "Do you sell hose reels? I want to stop the kids tripping over the hosepipe"],
    ["café food, calm", "Is the food in your café made fresh on site?"],
    ["bulk bag, calm", "Do you do bulk bags of topsoil?"],
  ],
  synonym: ["bark chippings = mulch", "Do you sell bark chippings? how much is a bag?", ["£7.99", "£65"]],
  edit: ["topsoil price changed", "what do you charge for a bulk bag of topsoil now?", "£85", "£79"],
  remove: ["pumpkin patch removed", "Are you doing the pick your own pumpkins again this year?", ["£4", "£2.50", "every weekend in October"]],
  analytics: [
    ["conversations this week", "how many customer chats has the bot had this week?", "total"],
    ["escalations this week", "this week, how many conversations ended up being passed over to a person?", "escalated"],
  ],
};

const MASSAGE = {
  code: "loosenup",
  orgName: "Loosen Up Sports Massage",
  phone: "07700 900412",
  config: [
    {
      step: "business description in the owner's words",
      msg: "Hi there, I'm Jess Morgan and I run Loosen Up Sports Massage. I'm a level 4 qualified sports massage therapist and I'm fully mobile - I come to your home, your club or your workplace anywhere in Bristol and out as far as Bath. Most of my clients are runners, cyclists and rugby players but anyone is welcome. Best way to reach me is a text on 07700 900412.",
      ctx: ["Loosen Up", "Bristol"],
    },
    {
      step: "price list pasted with a markdown heading, no request",
      msg: "## Prices & Packages\n\n- 30 min sports massage: £35\n- 60 min sports massage: £55\n- 90 min sports massage: £75\n- Pre-event warm-up massage (15 min): £20\n- Block of 5 x 60 min: £250 (save £25)\n\nTravel is free within 8 miles of Bristol city centre. Further out I charge 50p a mile.\n\nI take card or bank transfer on the day, sorry no cheques.",
      title: ["Prices"],
      kHas: ["£250", "50p a mile"],
    },
    {
      step: "a new article about a topic, content in the same message",
      msg: "can you make a new article about what to expect at your first session? Before we start I'll ask about your training, any old injuries and any medication - this takes about 10 minutes and is part of your booked time. I bring a portable couch, towels and oil. All you need is a clear space about 2m by 3m. Wear shorts or loose clothing. Try not to eat a big meal in the hour before.",
      title: ["expect", "first session"],
      kHas: ["2m by 3m"],
    },
    {
      step: "title, then the request, then the content",
      msg: "Cancellations - please add this as an article: I need at least 24 hours' notice to cancel or move a booking. With less than 24 hours' notice I charge 50% of the session price. If I turn up and nobody's in, the full price is charged. If I ever have to cancel on you, I'll offer you the next free slot first.",
      title: ["Cancellation"],
      kHas: ["50%"],
    },
    {
      step: "FAQ block with the title given after it",
      msg: "Does it hurt?\nIt can feel uncomfortable on tight spots, but I always work to a pressure you're happy with.\n\nHow often should I book?\nMost runners in training book every 2 to 3 weeks.\n\nDo you do gift vouchers?\nYes - vouchers for any treatment, valid for 12 months and emailed the same day.\n\nCan you come to my running club?\nYes, for groups of 6 or more it's £30 per person for 30 minutes.\n\n^^ save this lot as Common Questions",
      title: ["Common Questions"],
      kHas: ["£30 per person", "valid for 12 months"],
    },
    {
      step: "article with title and content in one sentence",
      msg: "Put this up as an article called Race Day Massage: I'll be at the Bristol Half Marathon finish area on 14 September doing post-race massages - £15 for 15 minutes, no booking needed, just queue at the orange Loosen Up tent.",
      title: ["Race Day"],
      kHas: ["orange Loosen Up tent"],
    },
    {
      step: "a plain fact: working hours",
      msg: "my working hours are 7am to 8pm Monday to Friday and 8am till 1pm on Saturdays. I don't work Sundays.",
      ctx: ["7am", "Loosen Up"],
    },
    {
      step: "escalation: a fresh injury comes to the owner",
      msg: "if someone messages saying they've got a fresh injury - sharp pain, swelling, numbness or pins and needles - I need to speak to them myself, don't let the bot handle it",
      rules: [["injur", "sharp pain", "swelling", "numb"]],
    },
    {
      step: "escalation: pregnancy or blood clots before booking",
      msg: "Anyone who mentions being pregnant or having had a blood clot / DVT has to talk to me before they book anything, so pass those on",
      rules: [["pregnan"], ["clot", "DVT"]],
    },
    {
      step: "escalation: unhappy clients and money back",
      msg: "if a client isn't happy with a massage or is asking for their money back, that's one for me, not the chatbot",
      rules: [["happy", "money back", "refund"]],
    },
    {
      step: "synonym in the owner's words",
      msg: "a few people call it a 'rub down' - means the same as a sports massage",
      syn: ["rub down", "massage"],
    },
    {
      step: "tone in the owner's words",
      msg: "can you make the replies sound more relaxed and friendly? I'm a one-woman band, not a corporate clinic",
      reply: ["tone"],
      tone: ["relaxed", "friendly", "casual"],
    },
    {
      step: "business rule",
      msg: "never diagnose anything or give medical advice - always tell people to see their GP or a physio for that",
      brules: [["diagnos", "medical advice"]],
    },
    {
      step: "add a line to a named article, keeping the rest",
      msg: "In the Prices page could you add that students and NHS staff get £5 off any massage (just show ID)",
      kHas: ["NHS", "£55"],
      sameArticle: ["NHS", "£55", "50p a mile"],
    },
    {
      step: "delete an article, with a reason",
      msg: "the Bristol Half thing is off, they gave the pitch to someone else - please delete the race day article",
      goneTitle: "Race Day",
      kLacks: ["orange Loosen Up tent"],
    },
  ],
  answers: [
    ["hour price", "What's the price for an hour long massage?", ["£55"]],
    ["travel charge", "I live about 12 miles out of Bristol, do you charge extra to come to me?", ["50p"]],
    ["space needed", "How much room do you need to set up your couch?", ["2m by 3m", "2m x 3m"]],
    ["what to wear", "what should I wear for my appointment?", ["shorts", "loose clothing"]],
    ["late cancellation", "What happens if I have to cancel on the same morning?", ["50%"]],
    ["gift", "Can I get a massage for my husband as a birthday present?", ["voucher"]],
    ["block booking", "Is there a cheaper deal if I book a bunch of sessions in one go?", ["£250"]],
    ["club sessions", "Could you come and do massages for our running club one evening?", ["£30"]],
    ["weekday hours", "How early can you come in the morning on a weekday?", ["7am", "7 am"]],
  ],
  unknown: [
    "Do you do hot stone massage?",
    "Can I claim my massage sessions through my health insurance?",
    "Do you sell foam rollers or massage guns?",
  ],
  escalate: [
    ["fresh injury", "I pulled my hamstring at parkrun on Saturday and now the back of my leg is swollen and really painful - can you see me?"],
    ["pregnancy", "I'm 20 weeks pregnant, is it ok to book a massage for my lower back?"],
    ["unhappy, wants money back", "Honestly the massage last Tuesday was a waste of money, I'd like a refund"],
  ],
  lookalike: [
    ["injury prevention, calm", "Do you do any massage aimed at injury prevention before a marathon?"],
    ["refund policy, calm", "What's your refund policy if I cancel with a week's notice?"],
    ["does it hurt, calm", "Does a sports massage hurt much? Bit nervous before my first one"],
  ],
  synonym: ["rub down = sports massage", "Can I get a quick rub down before my race starts?", ["£20"]],
  edit: ["NHS discount line added", "Do you give NHS workers a discount?", "£5", null],
  remove: ["race day article removed", "Will you be doing massages at the finish of the Bristol Half Marathon?", ["£15", "14 September", "orange"]],
  analytics: [
    ["conversations over 7 days", "How many conversations have customers started with the chat in the last 7 days?", "total"],
    ["hand-overs this week", "how many chats got handed over to me this week?", "escalated"],
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
      for (const alts of c.brules || []) if (!hasAny(settings.businessRules, alts)) problems.push(`business rules lack ${JSON.stringify(alts)}`);
      for (const alts of c.rules || []) {
        if (!(settings.escalationRules || []).some((rule) => hasAny(rule, alts))) problems.push(`no escalation rule with ${JSON.stringify(alts)}`);
      }
      for (const gone of c.rulesLack || []) {
        const bad = (settings.escalationRules || []).find((rule) => hasWord(rule, gone));
        if (bad) problems.push(`escalation rule ${JSON.stringify(bad)} holds "${gone}"`);
      }
      if (c.syn) {
        const ok2 = (settings.synonyms || []).some((g) => c.syn.every((w) => (g || []).some((x) => has(x, w))));
        if (!ok2) problems.push(`no synonym group with ${JSON.stringify(c.syn)}`);
      }
      if (c.tone && !hasAny(settings.tone, c.tone)) problems.push(`tone is not one of ${JSON.stringify(c.tone)}`);
      if (c.agentName && norm(settings.branding?.agentName).trim() !== norm(c.agentName)) problems.push(`agent name is not ${c.agentName}`);
      if (c.title || c.kHas || c.kLacks || c.goneTitle || c.shortTitleFor || c.sameArticle) {
        const k = await api("GET", "/api/v1/management/knowledge?limit=100", org.managementKey);
        const arts = (k?.articles || []).filter((a) => !a.archived);
        const all = JSON.stringify(arts.map((a) => [a.title, a.content]));
        if (c.title && !arts.some((a) => hasAny(a.title, c.title) && String(a.title).length <= TITLE_MAX)) problems.push(`no article titled ${JSON.stringify(c.title)} in at most ${TITLE_MAX} characters`);
        if (c.shortTitleFor) {
          const a = arts.find((x) => has(x.content, c.shortTitleFor));
          if (!a) problems.push(`no active article holds "${c.shortTitleFor}"`);
          else if (!String(a.title ?? "").trim() || String(a.title).length > TITLE_MAX) problems.push(`its article's title is empty or over ${TITLE_MAX} characters`);
        }
        for (const want of c.kHas || []) if (!has(all, want)) problems.push(`knowledge lacks "${want}"`);
        for (const gone of c.kLacks || []) if (has(all, gone)) problems.push(`knowledge still has "${gone}"`);
        if (c.sameArticle && !arts.some((a) => c.sameArticle.every((w) => has(`${a.title}\n${a.content}`, w)))) problems.push(`no one article holds all of ${JSON.stringify(c.sameArticle)}`);
        if (c.goneTitle && arts.some((a) => has(a.title, c.goneTitle))) problems.push(`an article titled "${c.goneTitle}" is still active`);
      }
      ok = problems.length === 0;
      if (!ok) reply = `[${problems.join("; ")}] ${reply}`;
    } catch (e) {
      reply = `[probe error] ${e.message}`;
      ok = false;
    }
    report(ok, biz.code, "config", c.step, c.msg, reply);
  }
}

async function ask(org, stats, message) {
  const conv = await newConversation("customer", org.customerKey);
  stats.conversations++;
  const r = await send("customer", org.customerKey, conv, message);
  if (r.escalated) stats.escalated++;
  return { ...r, conv, shown: r.error ? `${r.text} [error ${r.error}]` : r.text };
}

// One customer step: a failure of the request itself is a FAIL of that step, not of the probe.
async function customerStep(biz, kind, step, message, check) {
  try {
    const [ok, shown] = await check();
    report(ok, biz.code, kind, step, message, shown);
  } catch (e) {
    report(false, biz.code, kind, step, message, `[probe error] ${e.message}`);
  }
}

async function customerSteps(biz, org, stats) {
  for (const [step, q, fact] of biz.answers) {
    await customerStep(biz, "answer", step, q, async () => {
      const r = await ask(org, stats, q);
      return [hasAny(r.text, fact) && !r.error, `[want ${JSON.stringify(fact)}${r.escalated ? ", escalated" : ""}] ${r.shown}`];
    });
  }
  for (const q of biz.unknown) {
    await customerStep(biz, "unknown", "says it does not know, no number", q, async () => {
      const r = await ask(org, stats, q);
      const stray = strayNumbers(r.text, q, biz.phone);
      const pound = /£\s?\d/.test(r.text);
      const ok = isDontKnow(r.text) && stray.length === 0 && !pound && !r.error;
      return [ok, stray.length ? `[stray numbers ${stray.join(", ")}] ${r.shown}` : r.shown];
    });
  }
  for (const [step, q] of biz.escalate) {
    await customerStep(biz, "escalate", step, q, async () => {
      const r = await ask(org, stats, q);
      let marked = false;
      try {
        const t = JSON.stringify(await api("GET", `/api/v1/management/conversations/${r.conv}`, org.managementKey));
        marked = /"status":"escalated"/.test(t);
      } catch {
        /* reported below */
      }
      return [r.escalated && marked && !r.error, `[stream escalated=${r.escalated}, conversation escalated=${marked}] ${r.shown}`];
    });
  }
  for (const [step, q] of biz.lookalike) {
    await customerStep(biz, "lookalike", step, q, async () => {
      const r = await ask(org, stats, q);
      return [!r.escalated && r.text.trim() !== "" && !r.error, `[escalated=${r.escalated}] ${r.shown}`];
    });
  }
  {
    const [step, q, fact] = biz.synonym;
    await customerStep(biz, "synonym", step, q, async () => {
      const r = await ask(org, stats, q);
      return [hasAny(r.text, fact) && !r.error, `[want ${JSON.stringify(fact)}] ${r.shown}`];
    });
  }
  {
    const [step, q, now, before] = biz.edit;
    await customerStep(biz, "edit", step, q, async () => {
      const r = await ask(org, stats, q);
      const ok = has(r.text, now) && !(before && has(r.text, before)) && !r.error;
      return [ok, `[want ${now}${before ? `, not ${before}` : ""}] ${r.shown}`];
    });
  }
  {
    const [step, q, goneFacts] = biz.remove;
    await customerStep(biz, "remove", step, q, async () => {
      const r = await ask(org, stats, q);
      const leaked = goneFacts.filter((f) => has(r.text, f));
      const ok = leaked.length === 0 && r.text.trim() !== "" && !r.escalated && !r.error;
      return [ok, `${leaked.length ? `[still says ${leaked.join(", ")}] ` : ""}[escalated=${r.escalated}] ${r.shown}`];
    });
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
    const h = await fetch(`${BASE}/readyz`, { signal: AbortSignal.timeout(10_000) });
    if (!h.ok) throw new Error(`readyz ${h.status}`);
  } catch (e) {
    console.error(`cannot reach Parley at ${BASE}: ${e.message}`);
    process.exit(2);
  }
  const stamp = Date.now().toString(36);
  const runs = [];
  try {
    for (const biz of [GARDEN, MASSAGE]) runs.push([biz, createOrg(`${biz.orgName} ${stamp}`)]);
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
