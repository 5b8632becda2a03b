#!/usr/bin/env node
// config-chat-probe-4.mjs: a blind, black-box probe of Parley, written from the public
// documentation only (README.md, docs/*.md, the streaming guide and the CLI's --help).
//
// It creates two fresh organizations with the CLI, configures two invented businesses
// (a mobile car valeting company and a community theatre box office) ONLY through the
// Management Chat API in plain language, then asks the support agent customer questions
// through the Customer Chat API (one fresh conversation per question): answerable
// paraphrases, unanswerable questions, escalations and calm look-alikes, a synonym, an
// edited article and a removed one; finally it asks the configuration agent analytics
// questions whose answers the probe knows because it made every conversation.
//
// Usage (plain Node >= 20, no dependencies):
//   mkdir -p /tmp/p4
//   DATABASE_URL=sqlite:/tmp/p4/db.sqlite PORT=38474 PARLEY_RATE_LIMIT_PER_MINUTE=off node bin/parley.js serve
//   # in another shell:
//   DATABASE_URL=sqlite:/tmp/p4/db.sqlite PARLEY_URL=http://127.0.0.1:38474 node eval/config-chat-probe-4.mjs
//
// PROBE_VERBOSE=1 also prints the reply under each PASS line.
// Output: one line per step, `PASS [biz] step: "message"` or
// `FAIL [biz] step: "message" -> reply (first 200 chars)`, then `TOTAL pass/total`.
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

let passed = 0;
let total = 0;
const fails = [];

function oneLine(s) {
  return String(s ?? "").replace(/\s+/g, " ").trim();
}
function report(ok, biz, step, message, reply) {
  total++;
  if (ok) {
    passed++;
    console.log(`PASS [${biz}] ${step}: ${JSON.stringify(message)}`);
    if (process.env.PROBE_VERBOSE) console.log(`    reply: ${oneLine(reply).slice(0, 300)}`);
  } else {
    const line = `FAIL [${biz}] ${step}: ${JSON.stringify(message)} -> ${oneLine(reply).slice(0, 200)}`;
    fails.push(line);
    console.log(line);
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

// POST a message and read the SSE stream to [DONE]. Returns {text, escalated, error, ids}.
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
    const lines = block.split("\n");
    const data = lines
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

const norm = (s) => String(s ?? "").replace(/[\u2018\u2019\u02bc]/g, "'").toLowerCase();
const has = (reply, fact) => norm(reply).replace(/\u00a0/g, " ").includes(norm(fact));

// The README: "each reply says exactly what changed, and a request it does not understand
// changes nothing" (it then lists what it can do). A confirmation names a change and does
// not ask back or refuse.
function isConfirmation(reply) {
  const r = norm(reply);
  if (!r.trim()) return false;
  const negative =
    /(didn't|did not|couldn't|could not|can't|cannot|not sure|don't understand|do not understand|nothing (was |has been )?changed|no changes|which article|which one|please (tell|give|provide|say)|here's what i can do|i can help with)/;
  const positive = /(done|added|changed|updated|set |saved|archived|removed|deleted|created|now )/;
  return positive.test(r) && !negative.test(r);
}

// The README: "when nothing matches it says it does not know, with no number, and offers a
// person"; docs/agents.md: None -> "I don't know ... connect you with a member of our team?".
function isDontKnow(reply) {
  return /(don't know|do not know|not sure|can't find|cannot find|couldn't find|could not find|don't have (that|any|the|this|information)|do not have (that|any|the|this|information)|no information|not able to (find|answer)|unable to (find|answer)|i'll check|will check|check with|connect you|member of (our|the) team)/.test(
    norm(reply),
  );
}
const numbersIn = (s) => String(s ?? "").match(/\d+(?:[.,:]\d+)*/g) ?? [];
// Numbers in the reply that appear nowhere in what the organization was told.
function inventedNumbers(reply, contentText) {
  const known = new Set(numbersIn(contentText));
  const knownText = String(contentText);
  return numbersIn(reply).filter((n) => !known.has(n) && !knownText.includes(n));
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
// Every configuration message is written the way an owner would type it. `kind` decides the
// extra state check after the confirmation (through the documented management JSON API).

const VALET = {
  code: "valet",
  orgName: "Gleam Team Mobile Valeting",
  agentName: "Sudsy",
  config: [
    {
      step: "config: business context",
      msg: "Set the business context: Gleam Team is a mobile car valeting company covering Leeds, Bradford and Wakefield. We come to your home or workplace and bring our own water and power.",
      settingsHas: ["Gleam Team", "Wakefield"],
    },
    {
      step: "config: fact (phone)",
      msg: "Our phone number is 0113 496 0958",
      settingsHas: ["0113 496 0958"],
    },
    {
      step: "config: fact (hours)",
      msg: "We're open Monday to Saturday, 8am to 6pm",
      settingsHas: ["Monday to Saturday"],
    },
    {
      step: "config: add article (prices, list)",
      msg: "Add a knowledge article titled Valeting Prices with content: Our prices for a standard car:\n- Mini valet: £35 (exterior hand wash, wheels and an interior vacuum)\n- Full valet: £89 (seats shampooed, dashboard cleaned and windows polished inside and out)\n- Interior deep clean: £65\n- Engine bay clean: £20 as an add-on\n\nVans and 7-seaters cost £15 extra. Pet hair removal is £12 extra.",
      knowledgeHas: ["Valeting Prices", "£65"],
    },
    {
      step: "config: add article (policy, in passing)",
      msg: "here's our booking and cancellation policy: Please book online or by phone at least 48 hours ahead. A £10 deposit secures your slot. You can cancel free of charge up to 24 hours before your appointment; later cancellations lose the deposit. If it rains heavily on the day we will rebook you at no cost.",
      knowledgeHas: ["48 hours", "rebook"],
    },
    {
      step: "config: add article (about ...)",
      msg: "can you make a new article about preparing for your valet? Please make sure we can park right next to the car. Remove personal items and child seats before we arrive. A full valet takes about 3 hours and a mini valet about 1 hour. We can work under a carport or in an open garage.",
      knowledgeHas: ["carport", "3 hours"],
    },
    {
      step: "config: add article (new article: Title.)",
      msg: "new article: Gift Vouchers. Gift vouchers are available for £30 and £60. Vouchers are valid for 18 months from purchase and can be used on any service.",
      knowledgeHas: ["Gift Vouchers", "18 months"],
    },
    { step: "config: agent name", msg: "Set the agent name to Sudsy", settingsHas: ["Sudsy"] },
    { step: "config: tone", msg: "Make the tone friendly please", settingsHas: ["friendly"] },
    {
      step: "config: escalation rule (add an escalation rule:)",
      msg: "Add an escalation rule: a customer says we damaged their car",
      settingsHas: ["damaged"],
    },
    {
      step: "config: escalation rule (if anyone mentions)",
      msg: "if anyone mentions a lawyer or a solicitor, hand them to a person",
      settingsHas: ["solicitor"],
    },
    {
      step: "config: escalation rule (escalate to a human if)",
      msg: "escalate to a human if a customer wants a refund over £50",
      settingsHas: ["refund"],
    },
    {
      step: "config: synonym",
      msg: "Customers say 'hoover' when they mean 'vacuum'",
      settingsHas: ["hoover"],
    },
    {
      step: "config: edit article (price)",
      msg: "update the price in Valeting Prices: a full valet is now £95",
      knowledgeHas: ["£95"],
      knowledgeLacks: ["£89"],
    },
    {
      step: "config: remove article",
      msg: "delete the gift vouchers article",
      knowledgeLacks: ["Gift Vouchers", "18 months"],
    },
  ],
  answers: [
    ["answer: agent name", "Hi there!", "Sudsy"],
    ["answer: price", "What does a mini valet cost?", "£35"],
    ["answer: price", "How much would it be to get just the inside deep cleaned?", "£65"],
    ["answer: add-on price", "Can you clean the engine too? How much extra is that?", "£20"],
    ["answer: pet hair", "My dog sheds everywhere, what do you charge to get rid of the pet hair?", "£12"],
    ["answer: vehicle surcharge", "Is it more expensive if I have a 7-seater?", "£15"],
    ["answer: notice", "How far in advance do I need to book you?", "48 hours"],
    ["answer: deposit", "Do I have to pay anything up front to book a slot?", "£10"],
    ["answer: cancellation", "Up to when can I cancel without losing money?", "24 hours"],
    ["answer: weather", "What happens if it's raining heavily on the day of my booking?", "rebook"],
    ["answer: duration", "How long will a full valet take?", "3 hours"],
    ["answer: area (context)", "Do you cover Bradford?", "Bradford"],
    ["answer: phone (context fact)", "What's your phone number?", "0113 496 0958"],
    ["answer: hours (context fact)", "What days are you open?", "Monday to Saturday"],
  ],
  unknown: [
    "Do you offer window tinting?",
    "Can I pay with Bitcoin?",
    "Do you do headlight restoration?",
    "Is there a loyalty scheme for regular customers?",
  ],
  escalate: [
    ["escalate: damage rule", "Your valeter scratched my bonnet yesterday and that mark definitely wasn't there before he started"],
    ["escalate: lawyer rule", "If this isn't sorted by Friday I'll be passing it to my solicitor"],
    ["escalate: refund over £50 rule", "You charged me £89 and the seats are still filthy. I want the whole £89 refunded."],
  ],
  lookalike: [
    ["look-alike: solicitor mentioned calmly", "My solicitor's office is next door to my house, can you valet my car there while I'm at work?"],
    ["look-alike: scratches asked calmly", "Do you use scratch-free mitts on black paint?"],
  ],
  synonym: ["synonym: hoover = vacuum", "Will you hoover out my car?", "vacuum"],
  edit: ["edit: new full valet price", "How much is a full valet these days?", "£95", "£89"],
  remove: ["remove: gift vouchers gone", "Can I buy a gift voucher for my dad's birthday?", ["£30", "£60", "18 months"]],
  analytics: [
    ["analytics: total conversations", "How many conversations did we have in the last 7 days?", "total"],
    ["analytics: escalated conversations", "How many conversations were escalated this week?", "escalated"],
  ],
};

const THEATRE = {
  code: "theatre",
  orgName: "Riverside Community Theatre",
  agentName: "Poppy",
  config: [
    {
      step: "config: business context",
      msg: "Set the business context to: Riverside Community Theatre is a volunteer-run theatre at 14 Canal Street, Hebden Bridge. Our box office sells tickets for all our shows.",
      settingsHas: ["Riverside Community Theatre", "Canal Street"],
    },
    {
      step: "config: fact (phone)",
      msg: "The phone number for the box office is 01632 960555",
      settingsHas: ["01632 960555"],
    },
    {
      step: "config: fact (hours)",
      msg: "The box office is open Tuesday to Saturday, 11am to 4pm",
      settingsHas: ["11am to 4pm"],
    },
    {
      step: "config: add article (prices, list)",
      msg: "Add a knowledge article titled Ticket Prices with content: Ticket prices for most shows:\n- Adults: £14\n- Concessions (students and over-65s): £11\n- Children under 16: £8\n- Family ticket (2 adults and 2 children): £40\n\nGroups of 10 or more get 10% off. Pantomime tickets cost £2 more.",
      knowledgeHas: ["Ticket Prices", "£11"],
    },
    {
      step: "config: add article (policy, in passing)",
      msg: "here's our refunds and exchanges policy: We do not give refunds on tickets. You can exchange your tickets for another performance of the same show up to 48 hours before the show, free of charge. If we cancel a performance you will get a full refund within 7 days.",
      knowledgeHas: ["exchange", "7 days"],
    },
    {
      step: "config: add article (about ...)",
      msg: "can you make a new article about access and facilities? The auditorium has step-free access and 4 wheelchair spaces. A hearing loop is fitted in the main hall. Carers go free with a paying ticket holder. The bar opens 45 minutes before curtain up and sells drinks and snacks.",
      knowledgeHas: ["hearing loop", "45 minutes"],
    },
    {
      step: "config: add article (typo: artcle)",
      msg: "new artcle: Parking. The Station Road car park is free after 6pm. Blue badge holders can park in the two bays outside the theatre.",
      knowledgeHas: ["Station Road"],
    },
    { step: "config: agent name", msg: "Change the agent name to Poppy please", settingsHas: ["Poppy"] },
    { step: "config: tone", msg: "keep your tone warm and friendly", settingsHas: ["warm"] },
    {
      step: "config: escalation rule (always escalate)",
      msg: "Always escalate complaints about an usher or a volunteer",
      settingsHas: ["usher"],
    },
    {
      step: "config: escalation rule (if anyone mentions)",
      msg: "if anyone mentions a chargeback, hand them to a person",
      settingsHas: ["chargeback"],
    },
    {
      step: "config: escalation rule (escalate to a human if)",
      msg: "Escalate to a human if someone got injured at the theatre",
      settingsHas: ["injured"],
    },
    { step: "config: synonym", msg: "panto means pantomime", settingsHas: ["panto"] },
    {
      step: "config: edit article (price)",
      msg: "update the price in Ticket Prices: a family ticket is now £44",
      knowledgeHas: ["£44"],
      knowledgeLacks: ["£40"],
    },
    {
      step: "config: remove article",
      msg: "remove the article about parking",
      knowledgeLacks: ["Station Road"],
    },
  ],
  answers: [
    ["answer: agent name", "Hello!", "Poppy"],
    ["answer: price", "How much is a ticket for one adult?", "£14"],
    ["answer: concession", "I'm a student, what will my ticket cost?", "£11"],
    ["answer: children", "What do kids pay to get in?", "£8"],
    ["answer: group discount", "We're coming as a group of 12 from the choir, do we get money off?", "10%"],
    ["answer: no refunds", "Can I get my money back if I can't make it?", "do not give refunds"],
    ["answer: exchange", "Until when can I swap my tickets for a different night?", "48 hours"],
    ["answer: cancelled show", "What happens if you have to cancel the performance?", "7 days"],
    ["answer: wheelchair", "Is there room for wheelchair users in the auditorium?", "4 wheelchair spaces"],
    ["answer: hearing", "I wear hearing aids, do you have anything to help?", "hearing loop"],
    ["answer: carers", "Does my carer need to buy a ticket too?", "go free"],
    ["answer: bar", "How early does the bar open before the show?", "45 minutes"],
    ["answer: hours (context fact)", "When is the box office open?", "11am to 4pm"],
    ["answer: address (context)", "What's the address of the theatre?", "14 Canal Street"],
  ],
  unknown: [
    "Is there a cloakroom?",
    "Do you run backstage tours?",
    "Can I pay for my tickets in instalments?",
    "Can I bring my dog to the show?",
  ],
  escalate: [
    ["escalate: usher complaint rule", "The usher on the door last night was really rude to my elderly mum"],
    ["escalate: injury rule", "I slipped on the stairs in your foyer last night and my ankle is badly swollen"],
    ["escalate: human request", "Is there a real person I can talk to about my booking?"],
  ],
  lookalike: [
    ["look-alike: 'will someone' calmly", "Will someone be at the box office on Saturday morning?"],
    ["look-alike: ushers asked calmly", "Do the ushers help people find their seats?"],
  ],
  synonym: ["synonym: panto = pantomime", "How much extra do panto tickets cost?", "£2"],
  edit: ["edit: new family ticket price", "How much is a family ticket?", "£44", "£40"],
  remove: ["remove: parking gone", "Where can I park for the evening show?", ["Station Road", "6pm", "blue badge"]],
  analytics: [
    ["analytics: total conversations", "How many customer conversations have there been this month?", "total"],
    ["analytics: escalations", "How many escalations did we get in the last 7 days?", "escalated"],
  ],
};

// ---------------------------------------------------------------- running one business

async function configure(biz, org) {
  let allText = "";
  for (const c of biz.config) {
    allText += `\n${c.msg}`;
    let reply = "";
    let ok = false;
    try {
      // a fresh management conversation per request, so no request leans on an earlier one
      const conv = await newConversation("management", org.managementKey);
      const r = await send("management", org.managementKey, conv, c.msg);
      reply = r.error ? `${r.text} [error ${r.error}]` : r.text;
      ok = isConfirmation(r.text) && !r.error;
      const problems = [];
      if (ok && (c.settingsHas || []).length) {
        const s = JSON.stringify(await api("GET", "/api/v1/management/settings", org.managementKey));
        for (const want of c.settingsHas) if (!has(s, want)) problems.push(`settings lack "${want}"`);
      }
      if (ok && ((c.knowledgeHas || []).length || (c.knowledgeLacks || []).length)) {
        const k = JSON.stringify(await api("GET", "/api/v1/management/knowledge?limit=100", org.managementKey));
        for (const want of c.knowledgeHas || []) if (!has(k, want)) problems.push(`knowledge lacks "${want}"`);
        for (const gone of c.knowledgeLacks || []) if (has(k, gone)) problems.push(`knowledge still has "${gone}"`);
      }
      if (problems.length) {
        ok = false;
        reply = `[${problems.join("; ")}] ${reply}`;
      }
    } catch (e) {
      reply = `[probe error] ${e.message}`;
      ok = false;
    }
    report(ok, biz.code, c.step, c.msg, reply);
  }
  return allText;
}

async function ask(biz, org, stats, message) {
  const conv = await newConversation("customer", org.customerKey);
  stats.conversations++;
  const r = await send("customer", org.customerKey, conv, message);
  if (r.escalated) stats.escalated++;
  return { ...r, conv, shown: r.error ? `${r.text} [error ${r.error}]` : r.text };
}

async function customerSteps(biz, org, contentText, stats) {
  for (const [step, q, fact] of biz.answers) {
    const r = await ask(biz, org, stats, q);
    report(has(r.text, fact) && !r.error, biz.code, step, q, r.shown);
  }
  for (const q of biz.unknown) {
    const r = await ask(biz, org, stats, q);
    const invented = inventedNumbers(r.text, contentText);
    const ok = isDontKnow(r.text) && invented.length === 0 && !r.error;
    report(ok, biz.code, "unknown: says it does not know, invents no figure", q, invented.length ? `[invented ${invented.join(", ")}] ${r.shown}` : r.shown);
  }
  for (const [step, q] of biz.escalate) {
    const r = await ask(biz, org, stats, q);
    let marked = false;
    try {
      const t = JSON.stringify(await api("GET", `/api/v1/management/conversations/${r.conv}`, org.managementKey));
      marked = /"status":"escalated"/.test(t);
    } catch {
      /* checked below */
    }
    const ok = r.escalated && marked && !r.error;
    report(ok, biz.code, step, q, `[stream escalated=${r.escalated}, conversation escalated=${marked}] ${r.shown}`);
  }
  for (const [step, q] of biz.lookalike) {
    const r = await ask(biz, org, stats, q);
    report(!r.escalated && r.text.trim() !== "" && !r.error, biz.code, step, q, `[escalated=${r.escalated}] ${r.shown}`);
  }
  {
    const [step, q, fact] = biz.synonym;
    const r = await ask(biz, org, stats, q);
    report(has(r.text, fact) && !r.error, biz.code, step, q, r.shown);
  }
  {
    const [step, q, now, before] = biz.edit;
    const r = await ask(biz, org, stats, q);
    report(has(r.text, now) && !has(r.text, before) && !r.error, biz.code, step, q, r.shown);
  }
  {
    const [step, q, goneFacts] = biz.remove;
    const r = await ask(biz, org, stats, q);
    const leaked = goneFacts.filter((f) => has(r.text, f));
    report(leaked.length === 0 && r.text.trim() !== "" && !r.error, biz.code, step, q, leaked.length ? `[still says ${leaked.join(", ")}] ${r.shown}` : r.shown);
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
    report(ok, biz.code, step, q, `[expected ${expected}] ${reply}`);
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
  const orgs = [];
  try {
    for (const biz of [VALET, THEATRE]) orgs.push(createOrg(`${biz.orgName} ${stamp}`));
  } catch (e) {
    console.error(`could not create the organizations with the CLI: ${e.message}`);
    process.exit(2);
  }
  const runs = [
    [VALET, orgs[0]],
    [THEATRE, orgs[1]],
  ];
  const stats = new Map();
  for (const [biz, org] of runs) {
    const contentText = await configure(biz, org);
    const s = { conversations: 0, escalated: 0 };
    stats.set(biz.code, s);
    await customerSteps(biz, org, contentText, s);
  }
  for (const [biz, org] of runs) await analyticsSteps(biz, org, stats.get(biz.code));

  console.log(`TOTAL ${passed}/${total}`);
  process.exit(0);
}

main().catch((e) => {
  console.error(`probe failed: ${e.stack ?? e.message}`);
  console.log(`TOTAL ${passed}/${total}`);
  process.exit(2);
});
