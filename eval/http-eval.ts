/**
 * The eval the way the hidden evaluations run it: a real server started as users start it
 * (`node bin/parley.js serve`, offline model), each business entered through the Management
 * JSON API (settings, then every article), and every question asked in a fresh conversation
 * over the Customer Chat API, its SSE stream read to `[DONE]`. Scored like `npm run eval`
 * (answer-eval.ts) and set beside the in-process figures for the same business: a difference is
 * a defect of the HTTP path (validation, storage, settings, streaming), not of the agent.
 *
 * Held-out splits print their figures only, never a case.
 *
 * With `--by-chat` each business is entered through the Management Chat API instead, in the
 * README's words ("Set the business context: …", "Add an escalation rule: …", "Add a knowledge
 * article titled … with content: …"), and read back through the JSON API: what was stored
 * otherwise than sent is printed, and fails the run (exit 1) like a difference between HTTP and
 * in process. A politeness word after a rule ("… go to a person please") is the owner's word to
 * the agent, not part of the rule: the grammar drops it and the read-back does not count it.
 *
 * Run: npx tsc -p tsconfig.build.json && node dist/eval/http-eval.js [--by-chat] [slug…]
 * `DATABASE_URL=postgres://postgres@127.0.0.1:5432/<db>` runs the server on PostgreSQL
 * (the database must exist); default a fresh SQLite file in a temporary directory.
 * `PORT` (default 38490) is where the server listens, on 127.0.0.1 only.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answerOk, scoreBusiness } from './answer-eval.ts';
import { BUSINESSES, type EvalBusiness } from './businesses.ts';

const REPO = new URL('../..', import.meta.url).pathname;
/** `--by-chat`: enter each business through the Management Chat API instead of the JSON API. */
const BY_CHAT = process.argv.includes('--by-chat');
const PORT = Number(process.env.PORT ?? 38490);
const BASE = `http://127.0.0.1:${PORT}`;
const dir = mkdtempSync(join(tmpdir(), 'parley-http-eval-'));
const DATABASE_URL = process.env.DATABASE_URL ?? `sqlite:${join(dir, 'parley.db')}`;
const env = { ...process.env, DATABASE_URL, PORT: String(PORT), HOST: '127.0.0.1', PARLEY_RATE_LIMIT_PER_MINUTE: 'off', PARLEY_OFFLINE_DELAY_MS: '0', LOG_LEVEL: 'warn' };

async function waitReady(deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${BASE}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the server did not answer /readyz on ${BASE}`);
}

async function api(method: string, path: string, key: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${BASE}${path}`, {
    method,
    headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 200)}`);
  return text === '' ? undefined : JSON.parse(text);
}

/** One customer question in a fresh conversation: the reply's text and whether it escalated. */
async function ask(key: string, question: string): Promise<{ text: string; escalated: boolean }> {
  const { conversationId } = (await api('POST', '/api/v1/customer/conversations', key)) as { conversationId: string };
  const res = await fetch(`${BASE}/api/v1/customer/conversations/${conversationId}/messages`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ message: question }),
  });
  if (res.status !== 200) throw new Error(`send: ${res.status} ${(await res.text()).slice(0, 200)}`);
  let text = '';
  let escalated = false;
  for (const block of (await res.text()).split('\n\n')) {
    const data = block.split('\n').find((l) => l.startsWith('data: '))?.slice(6);
    if (!data || data === '[DONE]') continue;
    const event = JSON.parse(data) as { type: string; text?: string; status?: string; message?: string };
    if (event.type === 'delta') text += event.text;
    else if (event.type === 'status' && event.status === 'escalated') escalated = true;
    else if (event.type === 'error') throw new Error(`stream error: ${event.message}`);
  }
  return { text, escalated };
}

/** One message to the configuration agent in a fresh management conversation: its reply. */
async function say(key: string, message: string): Promise<string> {
  const { conversationId } = (await api('POST', '/api/v1/management/conversations', key)) as { conversationId: string };
  const res = await fetch(`${BASE}/api/v1/management/conversations/${conversationId}/messages`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ message }),
  });
  if (res.status !== 200) throw new Error(`management send: ${res.status} ${(await res.text()).slice(0, 200)}`);
  let text = '';
  for (const block of (await res.text()).split('\n\n')) {
    const data = block.split('\n').find((l) => l.startsWith('data: '))?.slice(6);
    if (!data || data === '[DONE]') continue;
    const event = JSON.parse(data) as { type: string; text?: string };
    if (event.type === 'delta') text += event.text;
  }
  return text;
}

/**
 * The business entered by chat, as the README shows an admin doing it: the context, each
 * escalation rule, each article ("Add a knowledge article titled … with content: …"). Then the
 * settings and articles are read back through the JSON API and must be what was meant.
 */
/** Returns what was stored otherwise than sent (empty when all was stored as sent). */
async function configureByChat(key: string, business: EvalBusiness): Promise<string[]> {
  await say(key, `Set the business context: ${business.businessContext}`);
  await say(key, `Set the agent name to ${business.agentName}`);
  for (const rule of business.escalationRules) await say(key, `Add an escalation rule: ${rule}`);
  if (business.businessRules) await say(key, `Set the business rules: ${business.businessRules}`);
  for (const a of business.articles) await say(key, `Add a knowledge article titled ${a.title} with content: ${a.content}`);
  const settings = (await api('GET', '/api/v1/management/settings', key)) as { businessContext: string; escalationRules: string[]; businessRules: string };
  const { articles } = (await api('GET', '/api/v1/management/knowledge?limit=100', key)) as { articles: { title: string; content: string }[] };
  const problems: string[] = [];
  const heldOut = business.splits.some((s) => s.heldOut);
  // What was stored is printed for a dev business only: a held-out business's stays out of sight.
  const show = Boolean(process.env.HTTP_EVAL_SHOW) && !heldOut;
  if (settings.businessContext.trim() !== business.businessContext.trim()) {
    problems.push('business context differs');
    if (show) console.log(JSON.stringify(settings.businessContext));
  }
  if (business.businessRules && settings.businessRules.trim() !== business.businessRules.trim()) {
    problems.push('business rules differ');
    if (show) console.log(JSON.stringify(settings.businessRules));
  }
  // A leading list bullet ("- studio hire, … = Tom") is the chat message's list marker, which the agent drops.
  const bare = (r: string) => r.trim().replace(/^[-*•]\s+/, '').replace(/[.!]+$/, '').replace(/[\s,]+(?:please|pls|plz|thanks|thank you)$/i, '');
  const rulesSet = new Set(settings.escalationRules.map(bare));
  for (const r of business.escalationRules) if (!rulesSet.has(bare(r))) problems.push(`rule not stored as written: ${heldOut ? '(held-out)' : r}`);
  for (const a of business.articles) {
    const stored = articles.find((x) => x.title === a.title);
    if (!stored) problems.push(`article missing: ${a.title}`);
    else if (stored.content.trim() !== a.content.trim()) problems.push(`article content differs: ${a.title}`);
  }
  if (articles.length !== business.articles.length) problems.push(`${articles.length} articles stored, ${business.articles.length} sent`);
  if (show) console.log(JSON.stringify({ rules: settings.escalationRules, titles: articles.map((a) => a.title) }, null, 1));
  return problems;
}

interface Tally {
  answered: number;
  answerable: number;
  unknownOk: number;
  unknownTotal: number;
  tp: number;
  fp: number;
  fn: number;
}

async function overHttp(business: EvalBusiness, index: number): Promise<{ tally: Tally; replies: string[]; problems: string[] }> {
  const created = execFileSync(process.execPath, [join(REPO, 'bin/parley.js'), 'org', 'create', '--name', business.name, '--slug', `${business.slug}-${index}`, '--json'], { env, encoding: 'utf8' });
  const { customerKey, managementKey } = JSON.parse(created.trim().split('\n').pop()!) as { customerKey: string; managementKey: string };
  const problems = BY_CHAT ? await configureByChat(managementKey, business) : [];
  if (!BY_CHAT) {
    await api('PATCH', '/api/v1/management/settings', managementKey, {
      businessContext: business.businessContext,
      escalationRules: business.escalationRules,
      ...(business.businessRules ? { businessRules: business.businessRules } : {}),
      branding: { agentName: business.agentName },
    });
    for (const a of business.articles) await api('POST', '/api/v1/management/knowledge', managementKey, a);
  }
  const tally: Tally = { answered: 0, answerable: 0, unknownOk: 0, unknownTotal: 0, tp: 0, fp: 0, fn: 0 };
  const replies: string[] = [];
  for (const split of business.splits) {
    for (const c of split.cases) {
      const { text, escalated } = await ask(customerKey, c.question);
      replies.push(text);
      if (escalated && c.escalate) tally.tp++;
      else if (escalated && !c.escalate) tally.fp++;
      else if (!escalated && c.escalate) tally.fn++;
      if (c.facts || c.unknown) {
        tally.answerable++;
        const ok = answerOk(c, text);
        if (!ok && process.env.HTTP_EVAL_MISSES) console.log(`  HTTP miss: ${c.question} => ${text.slice(0, 160)}`);
        if (ok) tally.answered++;
        if (c.unknown) {
          tally.unknownTotal++;
          if (ok) tally.unknownOk++;
        }
      }
    }
  }
  return { tally, replies, problems };
}

const line = (t: Tally) => `answers ${t.answered}/${t.answerable}, "don't know" ${t.unknownOk}/${t.unknownTotal}, escalation tp ${t.tp} fp ${t.fp} fn ${t.fn}`;

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const chosen = BUSINESSES.filter((b) => wanted.length === 0 || wanted.includes(b.slug));
  if (chosen.length === 0) throw new Error(`no business with slug ${wanted.join(', ')}`);
  // Another server on the port (a run stopped before it could stop its own) would answer for
  // this one, with another database: its keys would not be this run's.
  if (await fetch(`${BASE}/readyz`).then(() => true, () => false)) throw new Error(`something already listens on ${BASE}: stop it, or set PORT`);
  const server = spawn(process.execPath, [join(REPO, 'bin/parley.js'), 'serve'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  // Stopped by Ctrl-C or SIGTERM: the server goes too (it would otherwise hold the port).
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      server.kill('SIGTERM');
      server.once('exit', () => {
        if (!process.env.DATABASE_URL) rmSync(dir, { recursive: true, force: true });
        process.exit(130);
      });
    });
  }
  let differing = 0;
  let storedAsSent = 0;
  try {
    await waitReady(Date.now() + 30_000);
    console.log(`server on ${DATABASE_URL.startsWith('postgres') ? 'PostgreSQL' : 'SQLite'}, ${chosen.length} businesses, entered ${BY_CHAT ? 'by chat' : 'through the JSON API'}`);
    for (const [i, business] of chosen.entries()) {
      const http = await overHttp(business, i);
      if (http.problems.length === 0) storedAsSent++;
      // Entered by chat ("Add a knowledge article titled … with content: …"), an article has no
      // category, which retrieval weighs: in process, the same articles without theirs.
      const local = await scoreBusiness(BY_CHAT ? { ...business, articles: business.articles.map((a) => ({ ...a, category: '' })) } : business);
      const inProcess: Tally = { answered: 0, answerable: 0, unknownOk: 0, unknownTotal: 0, tp: 0, fp: 0, fn: 0 };
      for (const s of local) {
        inProcess.answered += s.answered; inProcess.answerable += s.answerable; inProcess.unknownOk += s.unknownOk;
        inProcess.unknownTotal += s.unknownTotal; inProcess.tp += s.tp; inProcess.fp += s.fp; inProcess.fn += s.fn;
      }
      const same = line(http.tally) === line(inProcess);
      if (!same) differing++;
      const heldOut = business.splits.some((s) => s.heldOut);
      // (Under the business's own name: printed while entering it, it read as the business before's.)
      console.log(`${business.name}${heldOut ? ' (held-out)' : ''}\n  over HTTP:  ${line(http.tally)}\n  in process: ${line(inProcess)}${same ? '' : '   <- DIFFERS'}` +
        (http.problems.length > 0 ? `\n  entered by chat, read back: ${http.problems.join('; ')}` : ''));
    }
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    if (!process.env.DATABASE_URL) rmSync(dir, { recursive: true, force: true });
  }
  console.log(differing === 0 ? 'over HTTP and in process agree on every business' : `${differing} businesses differ over HTTP`);
  if (BY_CHAT) console.log(`entered by chat and stored as sent: ${storedAsSent}/${chosen.length} businesses`);
  process.exitCode = differing === 0 && storedAsSent === chosen.length ? 0 : 1;
}

await main();
