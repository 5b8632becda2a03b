#!/usr/bin/env node
// config-chat-probe-3.mjs: a blind, black-box probe of Parley, written from the public
// documentation only (README.md, the streaming guide and the CLI's --help).
//
// It creates two fresh organizations with the CLI, configures two invented businesses
// (a wedding florist and a bike courier) ONLY through the Management Chat API in plain
// language, then asks the support agent customer questions through the Customer Chat API
// (one fresh conversation per question), checks escalation behaviour, the effect of every
// chat-made change, and finally asks analytics questions whose answers the probe knows
// because it made every conversation.
//
// Usage (plain Node >= 20, no dependencies):
//   mkdir -p /tmp/p3
//   DATABASE_URL=sqlite:/tmp/p3/db.sqlite PORT=38473 PARLEY_RATE_LIMIT_PER_MINUTE=off node bin/parley.js serve
//   # in another shell:
//   DATABASE_URL=sqlite:/tmp/p3/db.sqlite PARLEY_URL=http://127.0.0.1:38473 node eval/config-chat-probe-3.mjs
//
// PROBE_VERBOSE=1 also prints the reply under each PASS line.
// Output: one line per step, `PASS [biz] step: "message"` or
// `FAIL [biz] step: "message" -> reply (first 200 chars)`, then `TOTAL pass/total`.
// Exit code 0 always when the probe itself ran; 2 when the probe could not run.

import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

const BASE = (process.env.PARLEY_URL ?? "http://127.0.0.1:38473").replace(/\/+$/, "");
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

function isConfirmation(reply) {
  const r = norm(reply);
  const negative =
    /(didn't|did not|couldn't|could not|not sure|don't understand|do not understand|nothing (was )?changed|no changes|which article|please (tell|give|provide))/;
  const positive = /\b(done|added|updated|changed|archived|removed|deleted|saved|set|created)\b/;
  return positive.test(r) && !negative.test(r);
}

function isDontKnow(reply) {
  const r = norm(reply);
  return /(don't know|do not know|not sure)/.test(r) && !/\d/.test(r);
}

// Escalation is what the stream reports: a {"type":"status","status":"escalated"} event
// before [DONE] (README "The stream"). Reply wording is NOT used: a don't-know reply that
// merely offers "a member of our team" is not a hand-off.
function looksEscalated(res) {
  return res.escalated;
}

function containsAll(reply, facts) {
  const r = norm(reply);
  return facts.every((f) => r.includes(norm(f)));
}

function containsNone(reply, facts) {
  const r = norm(reply);
  return facts.every((f) => !r.includes(norm(f)));
}

// ---------------------------------------------------------------- organizations

function createOrg(name) {
  const out = execFileSync(process.execPath, [CLI, "org", "create", "--name", name, "--json"], {
    env: process.env,
    encoding: "utf8",
  });
  const last = out.trim().split("\n").filter(Boolean).pop();
  const j = JSON.parse(last);
  if (!j.customerKey || !j.managementKey) throw new Error(`org create gave no keys: ${last}`);
  return j;
}

// ---------------------------------------------------------------- businesses

const stamp = Date.now().toString(36);

const FLORIST = {
  tag: "florist",
  orgName: `Thistle and Bloom ${stamp}`,
  config: [
    ["context", "Set the business context: Thistle & Bloom is a small wedding florist in Leeds. We design bridal bouquets, buttonholes, ceremony arches and table flowers for weddings across West Yorkshire. Our studio is at 14 Canal Row, Leeds LS1 4AB."],
    ["hours", "Our opening hours are Tuesday to Saturday 9am to 5:30pm, we're closed on Sundays and Mondays."],
    ["article-called", "Add an article called Bridal Bouquets: Our hand-tied bridal bouquet costs £145. Bridesmaid bouquets are £65 each. Buttonholes are £12 each. We use seasonal British flowers wherever we can."],
    ["article-policy", "here's our cancellation policy: A non-refundable deposit of £150 secures your wedding date. If you cancel more than 60 days before the wedding we refund everything you have paid except the deposit. Within 60 days of the wedding the full balance is due and cannot be refunded."],
    ["article-help-page", "can you make a help page about delivery and setup? We deliver to venues within 25 miles of Leeds for £40. Venues further away are charged 90p per extra mile. Our team arrives at least 3 hours before the ceremony, and setting up usually takes about 2 hours."],
    ["article-new", "new article: Consultations. Free 45-minute consultations are held at our studio on Thursdays by appointment. Please bring photos of your dress and fabric swatches of your colour scheme."],
    ["article-faq", "Add a knowledge article titled Flower FAQ with content: **Can we keep the vases?** Vases and jars are on loan and must be returned within 7 days, otherwise we charge £5 per vase. **Do you do dried flowers?** Yes, dried and preserved bouquets start at £95. **Can you match our colour scheme?** Yes, send us a fabric swatch and we will match the flowers to it."],
    ["article-to-delete", "Please add an artical called Gift Vouchers: Gift vouchers are available from £25 and are valid for 12 months from purchase."],
    ["tone", "Make the tone warm and friendly please"],
    ["escalation-1", "Escalate to a human if the flowers arrive wilted or damaged"],
    ["escalation-2", "if anyone asks for a refund over £200, hand them to a person"],
    ["escalation-3", "Always escalate when someone has an allergic reaction to our flowers"],
    ["synonym", "Customers say 'boutonniere' when they mean 'buttonhole'"],
    ["update-price", "update the price in Bridal Bouquets: the bridal bouquet is now £160"],
    ["delete-article", "delete the gift vouchers article"],
  ],
  facts: [
    ["bridesmaid-price", "what do the bridesmaids bouquets cost?", ["65"]],
    ["deposit", "do I have to pay something upfront to book our date??", ["150"]],
    ["cancel-refund", "If we call it off 3 months before, do we get our money back?", ["60 days"]],
    ["delivery-cost", "Do you bring the flowers to the venue? Ours is about 15 miles out of Leeds", ["40"]],
    ["arrival-time", "what time will your team get to the venue on the day", ["3 hours"]],
    ["consultation", "can i come in and chat through ideas with you first?", ["Thursday", "free"]],
    ["consult-bring", "What should I bring along to the consultation?", ["swatch"]],
    ["vases", "do we get to keep the vases afterwards", ["7 days"]],
    ["dried", "do u do dried flowers", ["95"]],
    ["colour-match", "our bridesmaids are wearing sage green, can the flowers match that?", ["swatch"]],
    ["address", "where abouts is your studio?", ["Canal Row"]],
    ["hours", "are you open on a saturday?", ["Saturday"]],
  ],
  unknown: [
    ["unknown-parking", "Is there a car park I can use when I visit you?"],
    ["unknown-klarna", "can I pay in instalments with Klarna?"],
    ["unknown-wheelchair", "My grandad uses a wheelchair, is there step-free access to get in?"],
  ],
  escalate: [
    ["escalate-wilted", "The bouquets turned up this morning and half the roses are drooping and brown at the edges, the ceremony is in 3 hours!"],
    ["escalate-refund", "We paid £520 for the flowers and they were completely the wrong colour. I want every penny of it back."],
    ["escalate-allergy", "My maid of honour held the lily bouquet and now her eyes have swollen shut and she can't stop sneezing"],
    ["escalate-human", "can i talk to a real person please"],
  ],
  calm: [
    ["calm-damaged", "Just wondering, can flowers get damaged by frost if our wedding is in December?"],
    ["calm-refund", "Quick question, is the deposit refundable at all?"],
  ],
  changes: [
    // [step, question, mustContain, mustNotContain]
    ["changed-price", "how much is a bridal bouquet?", ["160"], ["145"]],
    ["deleted-article", "Do you sell gift vouchers? Would make a lovely present for my sister", [], ["£25", "12 months"]],
    ["synonym-used", "how much is a boutonniere for the groom?", ["12"], []],
  ],
  thumbsDown: 2,
};

const COURIER = {
  tag: "courier",
  orgName: `Sprocket Couriers ${stamp}`,
  config: [
    ["context", "Set the business context: Sprocket Couriers is a bicycle courier service in Bristol. Our riders deliver parcels, documents and hot food across the city by cargo bike. Our depot is at 7 Wapping Wharf Arches, Bristol BS1 6UD."],
    ["hours", "We're open Monday to Friday 7:30am to 7pm and Saturday 9am to 2pm."],
    ["article-called", "add an article called Delivery Rates: A standard same-day delivery within the city centre zone costs £8.50. Express delivery within 60 minutes costs £15. Each extra mile outside the zone is £1.20. Parcels must weigh under 15kg."],
    ["article-policy", "here's our lost and damaged parcels policy: Every parcel is covered up to £250 at no extra charge. Claims must be made within 14 days of delivery, with photos of the damage. Extra cover up to £1,000 costs £3 per parcel."],
    ["article-help-page", "can you make a help page about business accounts? Businesses that send more than 20 parcels a month can open an account. Accounts are invoiced monthly with 30-day payment terms and get 10% off standard rates."],
    ["article-new", "new article: Things we can't carry. We do not carry cash, live animals, alcohol or anything over 15kg. Hot food must be packed in a sealed insulated bag."],
    ["article-faq", "Add an article titled Courier FAQ: **How do I track my parcel?** Every booking gets a text message with a live tracking link. **Can I book in advance?** Yes, bookings open up to 7 days ahead. **What if nobody is in?** The rider tries a neighbour first, then brings the parcel back to our depot, where you can collect it until 7pm."],
    ["article-to-delete", "Add a new article called Cargo Bike Hire: We rent out our spare cargo bikes at weekends for £35 a day, helmet and lock included."],
    ["tone", "keep your tone professional and to the point"],
    ["escalation-1", "If one of our riders has been in a road accident, escalate to a person straight away"],
    ["escalation-2", "escalate to a human if a customer reports that a parcel was stolen"],
    ["escalation-3", "Add an escalation rule: invoice disputes over £100"],
    ["synonym", "Customers say 'insurance' when they mean 'cover'"],
    ["update-price", "update the price in Delivery Rates: express delivery is now £18"],
    ["delete-article", "remove the article about cargo bike hire"],
  ],
  facts: [
    ["standard-price", "how much to send a small parcel across the city centre today?", ["8.50"]],
    ["max-weight", "whats the heaviest thing you'll take", ["15kg"]],
    ["alcohol", "can your riders take a crate of wine to my mum's?", ["alcohol"]],
    ["damage-claim", "my parcel arrived crushed, what do i need to do?", ["14 days"]],
    ["extra-cover", "I'm sending an expensive laptop, can I get more cover on it?", ["£3"]],
    ["account-discount", "We send about 50 parcels a month, is there a discount if we open an account?", ["10%"]],
    ["payment-terms", "how long do we get to pay on a business account", ["30"]],
    ["tracking", "how do i see where my delivery is", ["tracking link"]],
    ["advance-booking", "can I book a pickup for next week already?", ["7 days"]],
    ["not-home", "what happens if im out when the rider turns up", ["neighbour"]],
    ["address", "Where is your depot?", ["Wapping Wharf"]],
    ["hot-food", "do you deliver takeaway food? it'll be hot", ["insulated"]],
  ],
  unknown: [
    ["unknown-paypal", "Can I pay you with PayPal?"],
    ["unknown-dbs", "Are your riders DBS checked?"],
    ["unknown-jobs", "are you hiring riders at the moment? my son is looking for work"],
  ],
  escalate: [
    ["escalate-accident", "Your rider just got knocked off his bike by a van outside my shop, he's sitting on the kerb holding his arm"],
    ["escalate-stolen", "Tracking says delivered but there's nothing on my doorstep. Someone's nicked it."],
    ["escalate-invoice", "This month's invoice charges us £340 for jobs we never booked, I'm not paying that"],
    ["escalate-human", "is there someone I can actually speak to?"],
  ],
  calm: [
    ["calm-invoice", "When do you send out the invoice on a business account?"],
    ["calm-accident", "Just curious, do your riders wear hi-vis to avoid accidents at night?"],
  ],
  changes: [
    ["changed-price", "I need something there within the hour, how much is that?", ["18"], ["£15"]],
    ["deleted-article", "can I rent one of your cargo bikes for the weekend?", [], ["35"]],
    ["synonym-used", "whats the insurance on a parcel if it gets damaged", ["250"], []],
  ],
  thumbsDown: 2,
};

// ---------------------------------------------------------------- run one business

async function runBusiness(biz) {
  const org = createOrg(biz.orgName);
  const mkey = org.managementKey;
  const ckey = org.customerKey;
  const stats = { conversations: 0, escalated: 0, thumbsDown: 0 };

  // 2. configure through the Management Chat API only
  const mconv = await newConversation("management", mkey);
  for (const [step, message] of biz.config) {
    const res = await send("management", mkey, mconv, message);
    report(!res.error && res.done && isConfirmation(res.text), biz.tag, `config:${step}`, message, res.text + (res.error ? ` [error ${res.error}]` : ""));
  }

  const ask = async (message) => {
    const conv = await newConversation("customer", ckey);
    stats.conversations++;
    const res = await send("customer", ckey, conv, message);
    if (res.escalated) stats.escalated++;
    return { ...res, conv };
  };
  const withErr = (res) => res.text + (res.error ? ` [error ${res.error}]` : "") + (res.escalated ? " [escalated]" : "");

  // 3a. facts
  const factConvs = [];
  for (const [step, q, facts] of biz.facts) {
    const res = await ask(q);
    factConvs.push(res.conv);
    report(!res.error && containsAll(res.text, facts), biz.tag, `fact:${step}`, q, `${withErr(res)} [expected: ${facts.join(", ")}]`);
  }
  // 3b. unknowns
  for (const [step, q] of biz.unknown) {
    const res = await ask(q);
    report(!res.error && isDontKnow(res.text), biz.tag, `dont-know:${step}`, q, withErr(res));
  }
  // 3c. must escalate
  for (const [step, q] of biz.escalate) {
    const res = await ask(q);
    report(!res.error && looksEscalated(res), biz.tag, `escalate:${step}`, q, withErr(res) + (res.escalated ? "" : " [no escalation]"));
  }
  // 3d. calm, must not escalate
  for (const [step, q] of biz.calm) {
    const res = await ask(q);
    report(!res.error && !looksEscalated(res), biz.tag, `no-escalate:${step}`, q, withErr(res));
  }
  // 3e. each chat-made change
  for (const [step, q, must, mustNot] of biz.changes) {
    const res = await ask(q);
    report(
      !res.error && containsAll(res.text, must) && containsNone(res.text, mustNot),
      biz.tag,
      `change:${step}`,
      q,
      `${withErr(res)} [must: ${must.join(", ") || "-"}; must not: ${mustNot.join(", ") || "-"}]`,
    );
  }
  // thumbs-down feedback on known replies (the probe's ground truth for analytics)
  for (const conv of factConvs.slice(0, biz.thumbsDown)) {
    const hist = await api("GET", `/api/v1/customer/conversations/${conv}/messages`, ckey);
    const reply = (hist?.messages ?? []).filter((m) => m.role === "assistant").pop();
    if (!reply) continue;
    await api("POST", `/api/v1/customer/conversations/${conv}/messages/${reply.id}/feedback`, ckey, { rating: "down" });
    stats.thumbsDown++;
  }

  return { org, mkey, stats };
}

// 4. analytics through the Management Chat API
async function analytics(biz, ctx) {
  const { mkey, stats } = ctx;
  const qs = [
    ["analytics:conversations", "how many customer conversations did we have in the last 7 days?", stats.conversations],
    ["analytics:escalations", "How many conversations were escalated this week?", stats.escalated],
    ["analytics:thumbs-down", "how many thumbs down ratings did customers give us in the last 7 days?", stats.thumbsDown],
  ];
  for (const [step, q, expected] of qs) {
    const mconv = await newConversation("management", mkey);
    const res = await send("management", mkey, mconv, q);
    const re = new RegExp(`(^|[^\\d.,])${expected}(?![\\d]|[.,]\\d)`);
    report(!res.error && re.test(res.text), biz.tag, step, q, `${res.text} [expected ${expected}]`);
  }
}

async function main() {
  try {
    const h = await fetch(`${BASE}/healthz`);
    if (!h.ok) throw new Error(`healthz ${h.status}`);
  } catch (e) {
    console.error(`cannot reach Parley at ${BASE}: ${e.message}`);
    process.exit(2);
  }
  const results = [];
  for (const biz of [FLORIST, COURIER]) {
    results.push([biz, await runBusiness(biz)]);
  }
  for (const [biz, ctx] of results) {
    await analytics(biz, ctx);
    console.log(`# [${biz.tag}] ground truth: ${JSON.stringify(ctx.stats)}`);
  }
  console.log(`TOTAL ${passed}/${total}`);
}

main().catch((e) => {
  console.error(`probe error: ${e.stack ?? e}`);
  console.log(`TOTAL ${passed}/${total}`);
  process.exit(2);
});
