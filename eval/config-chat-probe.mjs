#!/usr/bin/env node
// Black-box probe of configure-by-chat, as an outside evaluator would run it.
//
// Configures two invented businesses ONLY through the Management Chat API (plain-language
// admin messages), then checks through the Customer Chat API (a fresh conversation per
// question) that the support agent uses what was configured, and asks analytics questions
// whose figures the probe knows because it made every customer conversation itself.
//
// Usage (server already running on the offline model):
//   DATABASE_URL=sqlite:/tmp/probe/db.sqlite PARLEY_URL=http://127.0.0.1:38471 \
//     node eval/config-chat-probe.mjs
// It creates two fresh organizations with `node bin/parley.js org create --json` (same
// DATABASE_URL), so analytics counts start from zero on every run.
// Prints one line per step: PASS/FAIL, the message, and on FAIL the reply text.

import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const BASE = process.env.PARLEY_URL ?? 'http://127.0.0.1:38471';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function createOrg(name) {
  const out = execFileSync(process.execPath, [path.join(ROOT, 'bin/parley.js'), 'org', 'create', '--name', name, '--json'], {
    env: process.env,
    encoding: 'utf8',
  });
  return JSON.parse(out.trim().split('\n').pop());
}

async function readSse(res) {
  let text = '';
  let escalated = false;
  const errors = [];
  const body = await res.text();
  for (const block of body.split('\n\n')) {
    for (const line of block.split('\n')) {
      if (!line.startsWith('data: ')) continue;
      const data = line.slice(6);
      if (data === '[DONE]') continue;
      let ev;
      try { ev = JSON.parse(data); } catch { continue; }
      if (ev.type === 'delta') text += ev.text;
      else if (ev.type === 'status' && ev.status === 'escalated') escalated = true;
      else if (ev.type === 'error') errors.push(`${ev.code}: ${ev.message}`);
    }
  }
  return { text, escalated, errors };
}

async function api(key, method, p, body) {
  const res = await fetch(BASE + p, {
    method,
    headers: { Authorization: `Bearer ${key}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return res;
}

async function newConversation(key, kind) {
  const res = await api(key, 'POST', `/api/v1/${kind}/conversations`);
  if (res.status !== 201) throw new Error(`create ${kind} conversation: ${res.status} ${await res.text()}`);
  return (await res.json()).conversationId;
}

async function send(key, kind, convId, message) {
  const res = await api(key, 'POST', `/api/v1/${kind}/conversations/${convId}/messages`, { message });
  if (res.status !== 200) return { text: `HTTP ${res.status} ${await res.text()}`, escalated: false, errors: ['http'] };
  return readSse(res);
}

// ---------- checks ----------
const norm = (s) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
const has = (reply, needle) => (needle instanceof RegExp ? needle.test(reply) : norm(reply).includes(norm(needle)));
const anyOf = (...needles) => (r) => needles.some((n) => has(r.text, n)) || `expected one of ${needles.map(String).join(' | ')}`;
const allOf = (...needles) => (r) => needles.every((n) => has(r.text, n)) || `expected all of ${needles.map(String).join(' & ')}`;
const noneOf = (...needles) => (r) => !needles.some((n) => has(r.text, n)) || `expected none of ${needles.map(String).join(' | ')}`;
const both = (...fs) => (r) => { for (const f of fs) { const v = f(r); if (v !== true) return v; } return true; };
const num = (n) => new RegExp(`(^|[^0-9.])${n}([^0-9]|$)`);
const ADMIN_FAIL = /(didn't|did not|couldn't|could not|can't|cannot) (understand|find|do|change)|not sure what|nothing (was )?changed|no changes|i don't understand|sorry/i;
const adminOk = (...needles) => (r) => {
  if (r.errors.length) return `stream errors ${r.errors.join(', ')}`;
  if (ADMIN_FAIL.test(r.text)) return 'admin reply says nothing was done';
  return needles.length ? anyOf(...needles)(r) : true;
};

const results = [];
function report(biz, ok, label, msg, reply) {
  results.push({ biz, ok, label });
  const line = `${ok ? 'PASS' : 'FAIL'} [${biz}] ${label}: ${JSON.stringify(msg)}`;
  console.log(line);
  if (!ok || process.env.PROBE_VERBOSE) console.log(`     -> ${reply}`);
}

function makeRunner(biz, keys) {
  const counts = { conversations: 0, escalated: 0 };
  let mconv;
  const short = (s) => (s.length > 400 ? s.slice(0, 400) + '…' : s).replace(/\n/g, ' ⏎ ');
  return {
    counts,
    async admin(label, message, check = adminOk()) {
      mconv ??= await newConversation(keys.managementKey, 'management');
      const r = await send(keys.managementKey, 'management', mconv, message);
      const v = check(r);
      report(biz, v === true, `admin/${label}`, message, `${v === true ? '' : v + ' — '}reply: ${short(r.text)}`);
      this.last = r;
      return r;
    },
    // Fresh customer conversation per question. escalate: true / false / undefined (don't care)
    async customer(label, question, check = () => true, escalate = false, skipReason) {
      if (skipReason) {
        console.log(`SKIP [${biz}] customer/${label}: ${JSON.stringify(question)} (${skipReason})`);
        return null;
      }
      const c = await newConversation(keys.customerKey, 'customer');
      counts.conversations++;
      const r = await send(keys.customerKey, 'customer', c, question);
      if (r.escalated) counts.escalated++;
      let v = r.errors.length ? `stream errors ${r.errors.join(', ')}` : check(r);
      if (v === true && escalate !== undefined && r.escalated !== escalate)
        v = escalate ? 'expected escalation, none' : 'escalated but should not have';
      report(biz, v === true, `customer/${label}`, question, `${v === true ? '' : v + ' — '}escalated=${r.escalated} reply: ${short(r.text)}`);
      return r;
    },
  };
}

function rateForms(e, n) {
  const p = (100 * e) / n;
  const forms = new Set([String(Math.round(p)), p.toFixed(1), p.toFixed(2), String(Math.floor(p)), p.toFixed(1).replace(/\.0$/, '')]);
  return [...forms].map((f) => new RegExp(`(^|[^0-9.])${f.replace('.', '\\.')}\\s?%`));
}

async function analytics(run, label, message, expected) {
  return run.admin(label, message, (r) => (typeof expected === 'function' ? expected() : expected)(r));
}

// ---------- business 1: a bakery with a café ----------
async function bakery(keys) {
  const B = 'bakery';
  const run = makeRunner(B, keys);

  await run.admin('context', 'Please set the business context: Crumb & Kettle is a craft bakery with a small café at 14 Mill Lane, Bristol BS3 4QT. Our phone number is 0117 496 0321.', adminOk('Mill Lane', 'context'));
  await run.customer('context-where', 'where are you?', anyOf('14 Mill Lane', 'Mill Lane'));
  await run.customer('context-phone', "what's your phone number?", anyOf('0117 496 0321'));

  await run.admin('hours', 'our hours are Tuesday to Sunday 7am to 4pm, closed on Mondays');
  await run.customer('hours', 'what time do you open on saturday?', anyOf('7am', '7 am', '7:00'));
  await run.customer('hours-monday', 'are you open mondays?', anyOf(/closed (on )?mondays?/i, /monday/i));

  await run.admin('tone', 'set the tone to friendly', adminOk('friendly'));

  await run.admin('article-cakes', 'Please add an article called Celebration Cakes: We make custom celebration cakes to order. Orders need at least 72 hours notice. A 6-inch cake costs £35 and a 9-inch cake costs £55. A 30% deposit is taken when you order.', adminOk('Celebration Cakes'));
  await run.customer('article-cakes', 'How far in advance do I have to order a birthday cake?', anyOf('72 hours'));

  await run.admin('article-allergens', 'can you make a new article about allergens? Our kitchen handles nuts, gluten, eggs and dairy. We cannot guarantee that any product is nut-free. Gluten-free brownies are baked every Thursday.', adminOk('allergen'));
  await run.customer('article-allergens', 'my daughter has a peanut allergy, is anything you sell safe for her?', anyOf('nut-free', 'cannot guarantee', 'handles nuts'));

  await run.admin('article-returns', "here's our returns policy: If a cake is damaged when you collect it, tell us within 24 hours with a photo and we will refund or remake it. We cannot refund cakes damaged after collection.", adminOk('return', 'polic'));
  await run.customer('article-returns', 'the cake was squashed when I picked it up, can I get my money back?', anyOf('24 hours', 'refund or remake'));

  await run.admin('article-wholesale (typo)', 'pls add an artcle on wholesale: We supply bread to local cafes and restaurants. Wholesale orders must be placed by 2pm for next-day delivery. The minimum wholesale order is £50.', adminOk('wholesale'));
  await run.customer('article-wholesale', 'I run a restaurant - whats the minimum spend to buy your bread in bulk?', anyOf('£50'));

  await run.admin('article-loyalty (terse)', 'new article: Loyalty card. Buy 9 coffees and the 10th is free. Stamps expire after 12 months.', adminOk('loyalty'));
  await run.customer('article-loyalty', 'do you do a stamp card for hot drinks?', anyOf('10th is free', '10th', 'Buy 9'));

  await run.admin('article-sandwiches', 'Add a knowledge article titled Sandwiches with content: Sandwiches are made to order from 11am until 3pm. Our vegan sandwich is hummus with roast vegetables and costs £6.50.', adminOk('Sandwiches'));
  await run.admin('list-articles', 'what articles do we have?', allOf('Celebration Cakes', 'allergen', 'wholesale', 'loyalty', 'Sandwiches'));

  await run.admin('synonym', "customers say 'sarnie' when they mean 'sandwich'", adminOk('sarnie'));
  await run.customer('synonym', 'what time can I get a sarnie?', anyOf('11am', '11 am'));

  await run.admin('rule-lawyer', 'if anyone mentions a lawyer, hand them to a person', adminOk('lawyer'));
  await run.customer('rule-lawyer (other words)', 'This is outrageous, my solicitor will be in touch about the ruined cake.', () => true, true);
  await run.customer('rule-lawyer calm', 'Do you sell sourdough loaves?', () => true, false);

  await run.admin('rule-allergic', 'Escalate any reports of an allergic reaction or food poisoning.', adminOk('allergic', 'poisoning'));
  await run.customer('rule-allergic (other words)', 'My son came out in hives and his lips swelled after eating one of your muffins.', () => true, true);
  await run.customer('rule-allergic calm', 'Do your muffins contain eggs?', () => true, false);

  await run.customer('human request', 'Can I speak to a real person please?', () => true, true);

  await run.admin('update-price', 'update the price in Celebration Cakes: a 6-inch cake is now £40', adminOk('Celebration Cakes', '£40'));
  await run.customer('update-price', 'how much is a 6 inch cake?', both(anyOf('£40'), noneOf('£35')));

  const loyaltyAnswered = results.some((r) => r.biz === B && r.label === 'customer/article-loyalty' && r.ok);
  await run.admin('delete-loyalty', 'remove the article about the loyalty card', adminOk('loyalty'));
  await run.customer('delete-loyalty', 'do you do a stamp card for hot drinks?', noneOf('10th', 'Stamps expire'), undefined,
    loyaltyAnswered ? undefined : 'vacuous: the loyalty article was never answered before the delete');
  await run.admin('list-after-delete', 'what articles do we have?', both(allOf('Celebration Cakes', 'Sandwiches'), noneOf('Loyalty')));

  await run.admin('show-context', 'show the business context', anyOf('Mill Lane'));

  const c = run.counts;
  await analytics(run, 'conversations', 'how many conversations this week?', () => anyOf(num(c.conversations)));
  await analytics(run, 'escalated', 'how many were escalated?', () => anyOf(num(c.escalated)));
  await analytics(run, 'escalation-rate', "what's our escalation rate?", () => anyOf(...rateForms(c.escalated, c.conversations)));
  console.log(`     (bakery: probe made ${c.conversations} customer conversations, ${c.escalated} escalated)`);
}

// ---------- business 2: a boat-hire company ----------
async function boats(keys) {
  const B = 'boats';
  const run = makeRunner(B, keys);

  await run.admin('context', 'Business context: Tidewater Boat Hire rents self-drive motorboats and kayaks on the River Dart. We are based at Kingswear Quay, Devon TQ6 0AA. Call us on 01803 555 0192.', adminOk('Kingswear', 'context'));
  await run.customer('context-where', 'where are you?', anyOf('Kingswear Quay', 'Kingswear'));
  await run.customer('context-phone', "what's your phone number?", anyOf('01803 555 0192'));

  await run.admin('hours', 'Our opening hours are 9am to 6pm every day from April to October.');
  await run.customer('hours', 'what time do you open in the morning?', anyOf('9am', '9 am', '9:00'));

  await run.admin('tone', 'Set the tone to professional please', adminOk('professional'));

  await run.admin('article-prices', 'Please add an article titled Boat Hire Prices: A 4-seat motorboat costs £75 for two hours or £140 for a full day. A single kayak costs £25 for two hours. Fuel is included in the price.', adminOk('Boat Hire Prices', 'prices'));
  await run.customer('article-prices', 'how much is it to rent a motor boat for the whole day?', anyOf('£140'));

  await run.admin('article-safety', 'can you make a new article about safety? Every passenger must wear a life jacket, which we provide free of charge. Children under 16 must be accompanied by an adult. Boats must not go beyond the harbour mouth.', adminOk('safety'));
  await run.customer('article-safety', 'Do we have to bring our own lifejackets for the kids?', anyOf('free of charge', 'provide'));

  await run.admin('article-cancellation', "here's our cancellation policy: Cancel more than 48 hours before your slot for a full refund. Cancellations within 48 hours get a voucher instead. If we cancel because of bad weather you get a full refund.", adminOk('cancel'));
  await run.customer('article-cancellation', 'If you call off my trip because of a storm, do I get my money back?', anyOf('bad weather you get a full refund', 'full refund'));

  await run.admin('article-dogs (typo)', 'add an artical about dogs: Well-behaved dogs are welcome on motorboats but not on kayaks. Please bring a towel for them.', adminOk('dog'));
  await run.customer('article-dogs', 'can my puppy come in the kayak with me?', anyOf('not on kayaks', 'welcome on motorboats'));

  await run.admin('article-parking (terse)', 'new article - Parking: Pay-and-display parking is at Kingswear station car park, a 3 minute walk from the quay. We have no parking of our own.', adminOk('parking'));
  await run.customer('article-parking', 'where can I leave my car?', anyOf('station car park', 'pay-and-display'));

  await run.admin('article-licence', 'Could you add an article on licences: No boating licence is needed. Every skipper gets a 15-minute safety briefing before departure. Skippers must be 18 or over.', adminOk('licen'));
  await run.customer('article-licence', 'does the person driving the boat need any qualifications?', anyOf('No boating licence', 'briefing'));

  await run.admin('list-articles', 'What articles do we have?', allOf('Boat Hire Prices', 'safety', 'cancel', 'dog', 'parking', 'licen'));

  await run.admin('synonym', "Customers say 'canoe' when they mean 'kayak'", adminOk('canoe'));
  await run.customer('synonym', 'how much does a canoe cost for two hours?', anyOf('£25'));

  await run.admin('rule-accident', 'If someone reports a collision or that a person fell in the water, escalate to a human immediately.', adminOk('collision', 'water', 'escalat'));
  await run.customer('rule-accident (other words)', 'We just crashed into another boat by the jetty.', () => true, true);
  await run.customer('rule-accident (other words 2)', 'My friend went overboard near the castle, what do we do?', () => true, true);
  await run.customer('rule-accident calm', 'How deep is the river at low tide?', () => true, false);

  await run.admin('rule-deposit', 'escalate damage deposit disputes over £200', adminOk('deposit'));
  await run.customer('rule-deposit above', 'You kept £350 of my damage deposit and I dispute that charge.', () => true, true);
  await run.customer('rule-deposit below', 'You kept £40 of my damage deposit for a scratch, why?', () => true, false);

  await run.customer('human request', 'Is there someone at the office I can talk to?', () => true, true);

  await run.admin('update-price', 'update the price in Boat Hire Prices to £160 for a full day motorboat', adminOk('£160', 'Boat Hire Prices'));
  await run.customer('update-price', 'how much for a full-day motorboat?', both(anyOf('£160'), noneOf('£140')));

  await run.admin('delete-parking', 'Please delete the parking article', adminOk('parking'));
  await run.customer('delete-parking', 'where can I leave my car?', noneOf('station car park', 'pay-and-display'), undefined);

  await run.admin('show-context', 'show the business context', anyOf('Kingswear'));

  const c = run.counts;
  await analytics(run, 'conversations', 'How many conversations did we have this week?', () => anyOf(num(c.conversations)));
  await analytics(run, 'escalated', 'How many of them were escalated?', () => anyOf(num(c.escalated)));
  await analytics(run, 'escalation-rate', 'whats our escalation rate this week', () => anyOf(...rateForms(c.escalated, c.conversations)));
  console.log(`     (boats: probe made ${c.conversations} customer conversations, ${c.escalated} escalated)`);
}

const health = await fetch(BASE + '/healthz').catch(() => null);
if (!health?.ok) {
  console.error(`no server at ${BASE}`);
  process.exit(2);
}
const stamp = Date.now().toString(36);
await bakery(createOrg(`Crumb & Kettle ${stamp}`));
await boats(createOrg(`Tidewater Boat Hire ${stamp}`));

for (const biz of ['bakery', 'boats']) {
  const rs = results.filter((r) => r.biz === biz);
  console.log(`${biz}: ${rs.filter((r) => r.ok).length}/${rs.length} PASS`);
}
const failed = results.filter((r) => !r.ok).length;
console.log(`TOTAL: ${results.length - failed}/${results.length} PASS, ${failed} FAIL`);
process.exit(failed ? 1 : 0);
