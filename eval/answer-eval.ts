/**
 * Scores the support agent on one business: it is set up the way an admin would (settings,
 * articles), then every case is asked in a fresh conversation. Retrieval is scored on its own
 * (recall@1/3/5: is an article holding every expected fact among the top k?) and separately
 * from the answer (every fact present, or a clean "don't know" with no number in it).
 */
import { readFileSync } from 'node:fs';
import { agentComposer } from '../src/agents/offline-composer.ts';
import { ReplyNotes } from '../src/agents/reply-notes.ts';
import { NOT_KNOWN_PATTERN } from '../src/agents/support-replies.ts';
import { createSupportAgent } from '../src/agents/support-agent.ts';
import type { AgentEvent } from '../src/agents/types.ts';
import { loadSpelling } from '../src/knowledge/spelling.ts';
import { OfflineModel, type OfflineComposer } from '../src/model/offline.ts';
import { agentStoreFor, createStore } from '../src/storage/create-store.ts';
import type { Message } from '../src/storage/types.ts';
import type { EvalBusiness, EvalSplit } from './businesses.ts';
import type { EvalCase } from './cases.ts';

export interface SplitScore {
  business: string;
  split: EvalSplit;
  answered: number;
  answerable: number;
  /** Unknown cases answered "don't know" without a number, of all unknown cases. */
  unknownOk: number;
  unknownTotal: number;
  /** Cases whose expected facts sit in one article, and how many had it in the top 1, 3, 5. */
  retrievable: number;
  atK: Record<1 | 3 | 5, number>;
  tp: number;
  fp: number;
  fn: number;
  /** False hand-overs by what fired: a request for a person, a rule, the fitted layer, frustration. */
  fpBy: Record<string, number>;
  /** Answerable questions missed, by how: a "don't know" reply, or a reply without the facts. */
  missedBy: { dontKnow: number; withoutFacts: number; dontKnowTop3: number };
  misses: string[];
  /** Milliseconds per question, whole agent turn. */
  msPerQuestion: number;
}

const flat = (s: string) => s.toLowerCase().replace(/\*\*|__|`/g, '');

/** True when the reply is a correct answer to `c` (see module comment). */
export function answerOk(c: EvalCase, text: string): boolean {
  if (c.facts) return c.facts.every((f) => text.toLowerCase().includes(f.toLowerCase()));
  return NOT_KNOWN_PATTERN.test(text) && !/\$|\d/.test(text);
}

/** What fired, from an escalation's reason (see escalation.ts). */
function escalationKind(reason: string): string {
  if (/asked for a human/i.test(reason)) return 'request';
  if (/^Escalation rule matched/i.test(reason)) return 'rule';
  if (/reads like one the escalation rules/i.test(reason)) return 'fitted layer';
  if (/frustrated/i.test(reason)) return 'frustration';
  return 'model';
}

/** Hooks for scripts that learn from the eval (eval/fit-gate.ts): the composer, and each case's reply. */
export interface ScoreHooks {
  compose?: OfflineComposer;
  onCase?: (c: EvalCase, split: EvalSplit, text: string) => void;
}

export async function scoreBusiness(business: EvalBusiness, hooks: ScoreHooks = {}): Promise<SplitScore[]> {
  const store = await createStore('sqlite::memory:');
  await store.migrate();
  const agentStore = agentStoreFor(store);
  const org = await store.createOrganization({ name: business.name, slug: business.slug, credits: null });
  const settings = await agentStore.getSettings(org.id);
  await agentStore.saveSettings(org.id, {
    ...settings,
    businessContext: business.businessContext,
    escalationRules: business.escalationRules,
    businessRules: business.businessRules ?? settings.businessRules,
    // For measuring a synonym source (e.g. WordNet) as if the business had entered it.
    synonyms: process.env.EVAL_EXTRA_SYNONYMS ? (JSON.parse(readFileSync(process.env.EVAL_EXTRA_SYNONYMS, 'utf8')) as string[][]) : [],
    branding: { ...settings.branding, agentName: business.agentName },
  });
  const ids = new Map<string, string>();
  const titles = new Map<string, string>();
  for (const a of business.articles) {
    const { id } = await agentStore.createArticle(org.id, a);
    ids.set(id, flat(`${a.title}\n${a.content}`));
    titles.set(id, a.title);
  }
  // Timed per question below: the one-off dictionary load is not a question's cost.
  await loadSpelling();
  const agent = createSupportAgent({ model: new OfflineModel({ delayMs: 0, compose: hooks.compose ?? agentComposer }), agentStore, notes: new ReplyNotes() });

  const scores: SplitScore[] = [];
  for (const split of business.splits) {
    const s: SplitScore = {
      business: business.name, split, answered: 0, answerable: 0, unknownOk: 0, unknownTotal: 0,
      retrievable: 0, atK: { 1: 0, 3: 0, 5: 0 }, tp: 0, fp: 0, fn: 0, fpBy: {}, missedBy: { dontKnow: 0, withoutFacts: 0, dontKnowTop3: 0 }, misses: [], msPerQuestion: 0,
    };
    let agentMs = 0;
    for (const [i, c] of split.cases.entries()) {
      const conversation = await store.createConversation({ orgId: org.id, channel: 'customer', customerIdentifier: null });
      const now = new Date().toISOString();
      const userMessage: Message = {
        id: `eval-${split.name}-${i}`, conversationId: conversation.id, role: 'user', content: c.question, status: 'complete',
        position: 1, replyTo: null, idempotencyKey: null, tokens: 0, createdAt: now, updatedAt: now,
      };
      const events: AgentEvent[] = [];
      const started = performance.now();
      for await (const e of agent.reply({ organization: org, conversation, history: [userMessage], userMessage }, new AbortController().signal)) events.push(e);
      agentMs += performance.now() - started;
      const text = events.map((e) => (e.type === 'delta' ? e.text : '')).join('');
      const escalated = events.some((e) => e.type === 'escalate');
      hooks.onCase?.(c, split, text);
      if (escalated && c.escalate) s.tp++;
      else if (escalated && !c.escalate) {
        s.fp++;
        const kind = escalationKind(events.find((e) => e.type === 'escalate')!.reason);
        s.fpBy[kind] = (s.fpBy[kind] ?? 0) + 1;
      }
      else if (!escalated && c.escalate) s.fn++;
      if (escalated !== c.escalate) s.misses.push(`escalation ${escalated ? 'unexpected' : 'missed'}: ${c.question}`);
      const saidDontKnow = NOT_KNOWN_PATTERN.test(text);
      const ok = answerOk(c, text);
      if (c.facts || c.unknown) {
        s.answerable++;
        if (ok) s.answered++;
        else s.misses.push(`answer${c.unknown ? ' (unanswerable)' : ''}: ${c.question}\n    got: ${text}`);
        if (!ok && c.facts) s.missedBy[saidDontKnow ? 'dontKnow' : 'withoutFacts']++;
        if (c.unknown) {
          s.unknownTotal++;
          if (ok) s.unknownOk++;
        }
      }
      if (c.facts) {
        const relevant = [...ids].filter(([, body]) => c.facts!.every((f) => body.includes(f.toLowerCase()))).map(([id]) => id);
        if (relevant.length > 0) {
          s.retrievable++;
          const hits = (await agentStore.searchArticles(org.id, c.question, 5)).map((h) => h.article.id);
          for (const k of [1, 3, 5] as const) if (hits.slice(0, k).some((id) => relevant.includes(id))) s.atK[k]++;
          if (saidDontKnow && !ok && hits.slice(0, 3).some((id) => relevant.includes(id))) s.missedBy.dontKnowTop3++;
          if (!relevant.includes(hits[0] ?? '')) s.misses.push(`retrieval: ${c.question} → ${hits.slice(0, 3).map((id) => titles.get(id)).join(' | ')}`);
        }
      }
    }
    s.msPerQuestion = agentMs / Math.max(1, split.cases.length);
    scores.push(s);
  }
  await store.close();
  return scores;
}
