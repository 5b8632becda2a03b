#!/usr/bin/env node
// Black-box probe #2 of configure-by-chat (independent of eval/config-chat-probe.mjs).
// Two invented businesses (a hair salon and a campsite) are configured ONLY through the
// Management Chat API, in the phrasing an admin would type; after each change a fresh
// Customer Chat API conversation checks that the support agent uses it. Analytics questions
// are checked against the counts of customer conversations this probe itself made.
//
// Usage (server already running, offline model):
//   DATABASE_URL=sqlite:/tmp/probe2/db.sqlite PARLEY_URL=http://127.0.0.1:38473 \
//     node eval/config-chat-probe-2.mjs
// Organizations are created with `node bin/parley.js org create --json` (same DATABASE_URL),
// or read from PROBE_ORGS=<file with two JSON lines from that command> (salon, then campsite).
// Output: one line per step, PASS/FAIL, the message sent, and on FAIL the reply text.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const BASE = process.env.PARLEY_URL ?? 'http://127.0.0.1:38473';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function createOrg(name) {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-') + '-' + Date.now().toString(36);
  const out = execFileSync(process.execPath, [path.join(ROOT, 'bin/parley.js'), 'org', 'create', '--name', name, '--slug', slug, '--json'], { env: process.env, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop());
}

async function sse(res) {
  const text = await res.text();
  let reply = '', escalated = false; const errors = [];
  for (const block of text.split(/\n\n/)) {
    for (const line of block.split('\n')) {
      if (!line.startsWith('data: ')) continue;
      const data = line.slice(6);
      if (data === '[DONE]') continue;
      let ev; try { ev = JSON.parse(data); } catch { continue; }
      if (ev.type === 'delta') reply += ev.text;
      else if (ev.type === 'status' && ev.status === 'escalated') escalated = true;
      else if (ev.type === 'error') errors.push(`${ev.code}: ${ev.message}`);
    }
  }
  return { reply, escalated, errors };
}

async function api(key, method, p, body) {
  const res = await fetch(BASE + p, {
    method,
    headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return res;
}

async function newConv(key, kind) {
  const res = await api(key, 'POST', `/api/v1/${kind}/conversations`, kind === 'customer' ? {} : undefined);
  if (res.status !== 201) throw new Error(`create ${kind} conversation: ${res.status} ${await res.text()}`);
  return (await res.json()).conversationId;
}

async function send(key, kind, conv, message) {
  const res = await api(key, 'POST', `/api/v1/${kind}/conversations/${conv}/messages`, { message });
  if (res.status !== 200) return { reply: `HTTP ${res.status} ${await res.text()}`, escalated: false, errors: ['http'] };
  return sse(res);
}

const short = (s, n = 300) => { s = s.replace(/\s+/g, ' ').trim(); return s.length > n ? s.slice(0, n) + '…' : s; };
const results = [];

function report(biz, kind, msg, ok, why, reply) {
  results.push({ biz, kind, msg, ok, why, reply });
  const line = `${ok ? 'PASS' : 'FAIL'} [${biz}] [${kind}] ${JSON.stringify(msg)}`;
  console.log(ok ? line : `${line}\n      why: ${why}\n      reply: ${short(reply)}`);
  if (ok && process.env.VERBOSE) console.log(`      reply: ${short(reply, 400)}`);
}

function checkText(r, { expect = [], reject = [], escalated }) {
  const why = [];
  if (r.errors.length) why.push(`stream errors ${r.errors.join('; ')}`);
  for (const re of expect) if (!re.test(r.reply)) why.push(`missing ${re}`);
  for (const re of reject) if (re.test(r.reply)) why.push(`should not contain ${re}`);
  if (escalated === true && !r.escalated) why.push('expected escalation, none');
  if (escalated === false && r.escalated) why.push('escalated but should not');
  return why;
}

// A run of one business: its own management conversation, fresh customer conversations.
async function runBusiness(biz, org, steps) {
  const mconv = await newConv(org.managementKey, 'management');
  const counts = { convs: 0, escalated: 0 };
  const ctx = { counts };
  for (const step of steps) {
    if (step.admin) {
      const r = await send(org.managementKey, 'management', mconv, step.admin);
      const exp = typeof step.expect === 'function' ? step.expect(ctx) : (step.expect ?? []);
      // Every admin step asks for a change or a report: a "nothing was changed" answer fails it.
      const why = checkText(r, { expect: exp, reject: [...(step.reject ?? []), /Nothing was changed|could not tell/i] });
      if (!r.reply.trim()) why.push('empty reply');
      report(biz, step.kind, step.admin, why.length === 0, why.join('; '), r.reply);
    } else if (step.customer) {
      const conv = await newConv(org.customerKey, 'customer');
      counts.convs++;
      const r = await send(org.customerKey, 'customer', conv, step.customer);
      if (r.escalated) counts.escalated++;
      const why = checkText(r, { expect: step.expect ?? [], reject: step.reject ?? [], escalated: step.escalated });
      if (step.info) {
        console.log(`INFO [${biz}] [control] ${JSON.stringify(step.customer)} -> ${short(r.reply, 160)}${r.escalated ? ' (escalated)' : ''}`);
      } else {
        report(biz, step.kind, step.customer, why.length === 0, why.join('; '), r.reply + (r.escalated ? ' [escalated]' : ''));
      }
    }
  }
  return counts;
}

// Figures: an analytics answer must contain the number asked for.
const num = (n) => new RegExp(`(^|[^0-9.])${n}([^0-9]|$)`);
function rateRes(ctx) {
  const { convs, escalated } = ctx.counts;
  const p = (100 * escalated) / convs;
  const forms = new Set([Math.round(p).toString(), p.toFixed(1), p.toFixed(1).replace(/\.0$/, '')]);
  return [new RegExp(`(${[...forms].map((f) => f.replace('.', '\\.')).join('|')})\\s?%`)];
}

// ---------------------------------------------------------------- Ferncliff Hair Studio
const salon = [
  { kind: 'context', admin: 'Set the business context: Ferncliff Hair Studio is a family-run hair salon in Clifton, Bristol, doing cuts, colour and styling for women, men and children.', expect: [/Ferncliff|context/i] },
  { kind: 'context', customer: 'What kind of services do you offer?', expect: [/cuts|colour|styling/i] },
  { kind: 'context', admin: "We're based at 14 Larch Road, Clifton, Bristol BS8 2QT", expect: [/Larch Road/i] },
  { kind: 'context', customer: 'where are you?', expect: [/14 Larch Road/i] },
  { kind: 'context', admin: 'our phone number is 0117 496 0321', expect: [/0117/] },
  { kind: 'context', customer: "what's your phone number?", expect: [/0117\s?496\s?0321/] },
  { kind: 'context', admin: 'Our hours are Tuesday to Saturday, 9am to 7pm', expect: [/9\s?am/i] },
  { kind: 'context', customer: 'What time do you open on Saturday?', expect: [/9\s?am/i] },
  { kind: 'article', admin: 'Please add an article called Colour Services: A full head of colour costs £85. Highlights cost £95 and take about 2 hours. A patch test is required 48 hours before any colour appointment.', expect: [/"Colour Services"/] },
  { kind: 'article', customer: 'How much is it to get highlights done?', expect: [/£95/], reject: [/£85/] },
  { kind: 'article', customer: 'Do I need to do some kind of test before you dye my hair?', expect: [/patch test|48 hours/i] },
  { kind: 'article', admin: 'can you make a new article about cancellations? We ask for 24 hours notice to cancel an appointment. Late cancellations are charged 50% of the service price.', expect: [/"Cancellations?"/i] },
  { kind: 'article', customer: 'What happens if I cancel my booking at the last minute?', expect: [/50%|24 hours/] },
  { kind: 'article', admin: 'add an artcle titled Kids Cuts: Children under 12 get a haircut for £18. Under-12s must be accompanied by an adult.', expect: [/"Kids Cuts"/i] },
  { kind: 'article', customer: "how much do you charge for my 8 year old son's haircut?", expect: [/£18/] },
  { kind: 'article', admin: "here's our refund policy: If you are unhappy with your cut, tell us within 7 days and we will fix it for free. We do not give cash refunds for services.", expect: [/"Refund policy"/i] },
  { kind: 'article', customer: "Can I get my money back if I don't like how my hair turned out?", expect: [/7 days|fix it|cash refunds/i] },
  { kind: 'article', admin: 'new article: Gift vouchers. Vouchers are available in any amount from £20 and are valid for 12 months.', expect: [/"Gift vouchers"/i] },
  { kind: 'article', customer: 'Does a voucher expire?', expect: [/12 months/] },
  { kind: 'article', customer: 'How long are gift vouchers valid?', expect: [/12 months/] },
  { kind: 'other', admin: 'set the tone to friendly', expect: [/tone.*friendly/i] },
  { kind: 'rule', admin: 'if anyone mentions a lawyer, hand them to a person', expect: [/lawyer/i] },
  { kind: 'rule', customer: 'My solicitor will be in touch about the damage you did to my hair.', escalated: true },
  { kind: 'rule', customer: 'Can I book a trim for this Saturday?', escalated: false },
  { kind: 'rule', admin: 'Escalate to a human if a customer reports a chemical burn or an allergic reaction to hair dye', expect: [/burn|allergic/i] },
  { kind: 'rule', customer: 'Since the dye yesterday my scalp is blistering and my face has swollen up', escalated: true },
  { kind: 'rule', customer: 'Which hair dye brands do you use?', escalated: false },
  { kind: 'synonym', customer: 'How much are foils?', info: true },
  { kind: 'synonym', admin: "customers say 'foils' when they mean 'highlights'", expect: [/foils/i] },
  { kind: 'synonym', customer: 'How much are foils?', expect: [/£95/] },
  { kind: 'update', admin: 'update the price in Colour Services: highlights are now £105', expect: [/£105/] },
  { kind: 'update', customer: 'what do highlights cost?', expect: [/£105/], reject: [/£95/] },
  { kind: 'delete', admin: 'remove the article about gift vouchers', expect: [/Archived the article "Gift vouchers"/i] },
  { kind: 'delete', customer: 'How long are gift vouchers valid?', reject: [/12 months/] },
  { kind: 'other', admin: 'what articles do we have?', expect: [/Colour Services/i, /Kids Cuts/i, /cancellation/i], reject: [/Gift vouchers/i] },
  { kind: 'other', admin: 'show the business context', expect: [/Ferncliff/i, /Larch Road/i, /0117/] },
  { kind: 'rule', customer: 'Can I speak to a real person please?', escalated: true },
  { kind: 'analytics', admin: 'how many conversations this week?', expect: (c) => [num(c.counts.convs)] },
  { kind: 'analytics', admin: 'how many were escalated?', expect: (c) => [num(c.counts.escalated)] },
  { kind: 'analytics', admin: "what's our escalation rate?", expect: rateRes },
];

// ---------------------------------------------------------------- Pinewood Hollow Campsite
const camp = [
  { kind: 'context', admin: 'Set the business context: Pinewood Hollow is a family campsite in the Lake District with tent pitches, campervan pitches with electric hookup and four wooden glamping pods.', expect: [/Pinewood/i] },
  { kind: 'context', admin: 'We are located at Pinewood Hollow Farm, Hawkshead Road, Ambleside LA22 0PL', expect: [/Hawkshead/i] },
  { kind: 'context', customer: 'where are you?', expect: [/Hawkshead Road/i] },
  { kind: 'context', admin: 'The phone number for the site office is 015394 33210', expect: [/015394/] },
  { kind: 'context', customer: "what's your phone number?", expect: [/015394\s?33210/] },
  { kind: 'context', admin: 'reception is open 8am to 8pm every day', expect: [/8\s?am/i] },
  { kind: 'context', customer: 'when does reception open?', expect: [/8\s?am/i] },
  { kind: 'article', admin: 'Please add an article titled Check-in and Check-out: Check-in opens at 2pm. Check-out is by 11am. Late arrivals after 9pm must phone ahead.', expect: [/"Check-in and Check-out"/i] },
  { kind: 'article', customer: 'What time can we arrive and pitch our tent?', expect: [/2\s?pm/i] },
  { kind: 'article', customer: 'by when do we have to leave on the last day?', expect: [/11\s?am/i] },
  { kind: 'article', admin: 'can you make a new article about dogs? Dogs are welcome on all tent pitches for £3 per night. Dogs must be kept on a lead at all times. Dogs are not allowed in the glamping pods.', expect: [/"Dogs"/i] },
  { kind: 'article', customer: 'Is it ok to bring our dog along?', expect: [/£3|lead|welcome/i] },
  { kind: 'article', customer: 'Can our dog sleep in the pod with us?', expect: [/not allowed/i] },
  { kind: 'article', admin: 'add an article: Pitch prices. A tent pitch costs £22 per night for two adults. An electric hookup pitch costs £30 per night. Extra adults cost £6 per night.', expect: [/"Pitch prices"/i] },
  { kind: 'article', customer: 'how much per night for a pitch with electricity for our campervan?', expect: [/£30/] },
  { kind: 'article', admin: "here's our cancellation policy: Cancel up to 14 days before arrival for a full refund. Cancellations within 14 days get a credit note instead of a refund.", expect: [/"Cancellation policy"/i] },
  { kind: 'article', customer: 'If I cancel a week before we arrive, will I get my money back?', expect: [/credit note|14 days/i] },
  { kind: 'article', admin: 'pls add an artical about campfires: Campfires are allowed only in the fire pits we provide. Firewood bundles cost £7 from reception.', expect: [/"campfires"/i] },
  { kind: 'article', customer: 'are we allowed to have a campfire by our tent?', expect: [/fire pits/i] },
  { kind: 'article', admin: 'new article: Quiet hours. Quiet hours are from 10:30pm to 7am. Generators cannot be used during quiet hours.', expect: [/"Quiet hours"/i] },
  { kind: 'article', customer: 'until what time at night can we play music?', expect: [/10:30\s?pm/i] },
  { kind: 'article', customer: 'What are your quiet hours?', expect: [/10:30\s?pm/i] },
  { kind: 'other', admin: 'Make the tone friendly please', expect: [/tone.*friendly/i] },
  { kind: 'rule', admin: 'if anyone mentions a lawyer, hand them to a person', expect: [/lawyer/i] },
  { kind: 'rule', customer: 'I have asked my attorney to look at why you kept our deposit.', escalated: true },
  { kind: 'rule', customer: 'Do you have a washing machine on site?', escalated: false },
  { kind: 'rule', admin: 'Escalate to a human if someone is injured or there is a fire on the site', expect: [/injur|fire/i] },
  { kind: 'rule', customer: 'my son fell off the climbing frame and his arm is bleeding badly', escalated: true },
  { kind: 'rule', customer: 'the tent next to ours has gone up in flames!', escalated: true },
  { kind: 'rule', customer: 'Can we buy firewood at reception?', escalated: false },
  { kind: 'synonym', customer: 'How much is an EHU pitch?', info: true },
  { kind: 'synonym', admin: "Customers say 'EHU' when they mean 'electric hookup'", expect: [/EHU/i] },
  { kind: 'synonym', customer: 'How much is an EHU pitch?', expect: [/£30/] },
  { kind: 'update', admin: 'update the price in Pitch prices to £25 for a tent pitch', expect: [/£25/] },
  { kind: 'update', customer: 'How much does a tent pitch cost per night?', expect: [/£25/], reject: [/£22/] },
  { kind: 'delete', admin: 'delete the quiet hours article', expect: [/Archived the article "Quiet hours/i] },
  { kind: 'delete', customer: 'What are your quiet hours?', reject: [/10:30/] },
  { kind: 'other', admin: 'What articles do we have?', expect: [/Check-in/i, /Pitch prices/i, /dogs/i, /campfire/i, /Cancellation/i], reject: [/Quiet hours/i] },
  { kind: 'other', admin: 'show the business context', expect: [/Pinewood/i, /Hawkshead/i, /015394/] },
  { kind: 'rule', customer: 'Is there someone I can talk to?', escalated: true },
  { kind: 'analytics', admin: 'How many conversations were there this week?', expect: (c) => [num(c.counts.convs)] },
  { kind: 'analytics', admin: 'how many conversations were escalated this week?', expect: (c) => [num(c.counts.escalated)] },
  { kind: 'analytics', admin: "what's the escalation rate?", expect: rateRes },
];

let orgs;
if (process.env.PROBE_ORGS) orgs = readFileSync(process.env.PROBE_ORGS, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
else orgs = [createOrg('Ferncliff Hair Studio'), createOrg('Pinewood Hollow Campsite')];

const s = await runBusiness('salon', orgs[0], salon);
console.log(`     [salon] customer conversations: ${s.convs}, escalated: ${s.escalated}`);
const c = await runBusiness('campsite', orgs[1], camp);
console.log(`     [campsite] customer conversations: ${c.convs}, escalated: ${c.escalated}`);

for (const biz of ['salon', 'campsite']) {
  const r = results.filter((x) => x.biz === biz);
  console.log(`${biz}: ${r.filter((x) => x.ok).length}/${r.length} PASS`);
}
const failed = results.filter((x) => !x.ok).length;
console.log(`total: ${results.length - failed}/${results.length} PASS`);
process.exitCode = failed ? 1 : 0;
