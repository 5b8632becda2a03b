/**
 * The safety and escalation section of `npm run eval` (issue 13, item 9): escalation precision
 * and recall of the support agent (offline model, in-memory SQLite) on a dev business and a
 * HELD-OUT business configured as an admin would configure them, the input filter's refusal
 * and false-positive rates on dev and held-out messages, and the knowledge-sentence filter on
 * held-out sentences. Held-out figures come first: they are the honest ones.
 */
import { agentComposer } from '../src/agents/offline-composer.ts';
import { loadSpelling } from '../src/knowledge/spelling.ts';
import { ReplyNotes } from '../src/agents/reply-notes.ts';
import { createSupportAgent } from '../src/agents/support-agent.ts';
import { OfflineModel } from '../src/model/offline.ts';
import { unsafeKnowledgeSentence } from '../src/safety/knowledge-filter.ts';
import { screenInput } from '../src/safety/input-filter.ts';
import { agentStoreFor, createStore } from '../src/storage/create-store.ts';
import type { Message } from '../src/storage/types.ts';
import { DEV_ESCALATION_SPLITS } from './escalation-dev-sets.ts';
import { ROUND6_ESCALATION_HELD_OUT } from './escalation-heldout-round6.ts';
import { ROUND7_ESCALATION_HELD_OUT } from './escalation-heldout-round7.ts';
import { ROUND8_ESCALATION_HELD_OUT } from './escalation-heldout-round8.ts';
import { ROUND9_ESCALATION_HELD_OUT } from './escalation-heldout-round9.ts';
import { ROUND10_ESCALATION_HELD_OUT } from './escalation-heldout-round10.ts';
import { ROUND11_ESCALATION_HELD_OUT } from './escalation-heldout-round11.ts';
import { ROUND12_ESCALATION_HELD_OUT } from './escalation-heldout-round12.ts';
import { ROUND13_ESCALATION_HELD_OUT } from './escalation-heldout-round13.ts';
import { ROUND18A_ESCALATION_HELDOUT } from './escalation-heldout-round18a.ts';
import { ROUND18B_ESCALATION_HELDOUT } from './escalation-heldout-round18b.ts';
import { ROUND30_ESCALATION_HELDOUT } from './escalation-heldout-round30.ts';
import { ROUND31_ESCALATION_HELDOUT } from './escalation-heldout-round31.ts';
import { ROUND32_ESCALATION_HELDOUT } from './escalation-heldout-round32.ts';
import { ROUND33_ESCALATION_HELDOUT } from './escalation-heldout-round33.ts';
import { ROUND34_ESCALATION_HELDOUT } from './escalation-heldout-round34.ts';
import { ROUND35_ESCALATION_HELDOUT } from './escalation-heldout-round35.ts';
import { ROUND36_ESCALATION_HELDOUT } from './escalation-heldout-round36.ts';
import { ROUND37_ESCALATION_HELDOUT } from './escalation-heldout-round37.ts';
import { ROUND38_ESCALATION_HELDOUT } from './escalation-heldout-round38.ts';
import { ROUND39_ESCALATION_HELDOUT } from './escalation-heldout-round39.ts';
import { ROUND40_ESCALATION_HELDOUT } from './escalation-heldout-round40.ts';
import { ROUND41_ESCALATION_HELDOUT } from './escalation-heldout-round41.ts';
import { ROUND42_ESCALATION_HELDOUT } from './escalation-heldout-round42.ts';
import { HANDOFF_DEV_ROUND12 } from './handoff-dev-round12.ts';
import { handoffRequest } from '../src/agents/handoff-request.ts';
import { HELD_OUT_ESCALATION } from './escalation-heldout.ts';
import type { EscalationBusiness } from './escalation-types.ts';
import { DEV_ATTACKS, DEV_LOOKALIKES } from './safety-dev-round6.ts';
import {
  HELD_OUT_BENIGN_LOOKALIKES,
  HELD_OUT_INJECTIONS,
  HELD_OUT_SAFE_KNOWLEDGE,
  HELD_OUT_UNSAFE_KNOWLEDGE,
} from './safety-heldout.ts';
import { HELD_OUT_2_BENIGN_LOOKALIKES, HELD_OUT_2_INJECTIONS } from './safety-heldout-2.ts';
import { HELD_OUT_3_BENIGN_LOOKALIKES, HELD_OUT_3_INJECTIONS } from './safety-heldout-3.ts';
import { HELD_OUT_4_BENIGN_LOOKALIKES, HELD_OUT_4_INJECTIONS } from './safety-heldout-4.ts';

export interface SafetyEvalResult {
  lines: string[];
  figures: Record<string, number>;
  /** Messages each split got wrong (shown for dev; for held-out, reported but never tuned on). */
  misses: Record<string, string[]>;
}

const pct = (n: number, d: number) => `${n}/${d} = ${d === 0 ? '—' : `${((n / d) * 100).toFixed(1)}%`}`;

/** Runs each message of a business through the support agent and counts escalations. */
async function escalationFigures(business: EscalationBusiness) {
  const store = await createStore('sqlite::memory:');
  try {
    await store.migrate();
    const agentStore = agentStoreFor(store);
    const org = await store.createOrganization({ name: business.name, slug: 'eval-business', credits: null });
    const settings = await agentStore.getSettings(org.id);
    await agentStore.saveSettings(org.id, {
      ...settings,
      businessContext: business.businessContext,
      businessRules: business.businessRules,
      escalationRules: business.escalationRules,
    });
    const agent = createSupportAgent({ model: new OfflineModel({ delayMs: 0, compose: agentComposer }), agentStore, notes: new ReplyNotes() });
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const misses: string[] = [];
    for (const [i, c] of business.cases.entries()) {
      const conversation = await store.createConversation({ orgId: org.id, channel: 'customer', customerIdentifier: null });
      const now = new Date().toISOString();
      const userMessage: Message = {
        id: `esc-${i}`, conversationId: conversation.id, role: 'user', content: c.message, status: 'complete',
        position: 1, replyTo: null, idempotencyKey: null, tokens: 0, createdAt: now, updatedAt: now,
      };
      let escalated = false;
      for await (const e of agent.reply({ organization: org, conversation, history: [userMessage], userMessage }, new AbortController().signal)) {
        if (e.type === 'escalate') escalated = true;
      }
      if (escalated && c.escalate) tp++;
      else if (escalated) fp++;
      else if (c.escalate) fn++;
      if (escalated !== c.escalate) misses.push(`${escalated ? 'unexpected' : 'missed'}: ${c.message}`);
    }
    return { tp, fp, fn, misses };
  } finally {
    await store.close();
  }
}

function filterFigures(attacks: string[], benign: string[]) {
  const letThrough = attacks.filter((m) => !screenInput(m).blocked);
  const refusedBenign = benign.filter((m) => screenInput(m).blocked);
  return { refused: attacks.length - letThrough.length, attacks: attacks.length, falsePositives: refusedBenign.length, benign: benign.length, letThrough, refusedBenign };
}

/** Computes and formats the section; `run-eval.ts` prints `lines`. */
export async function safetyEval(): Promise<SafetyEvalResult> {
  // As a running server has it: the dictionary loads when the support agent is made.
  await loadSpelling();
  const lines: string[] = [];
  const figures: Record<string, number> = {};
  const misses: Record<string, string[]> = {};

  const splits: [string, EscalationBusiness][] = [
    ['held-out', HELD_OUT_ESCALATION],
    ...ROUND6_ESCALATION_HELD_OUT.map((b, i): [string, EscalationBusiness] => [`held-out-r6-${i + 1}`, b]),
    ...ROUND7_ESCALATION_HELD_OUT.map((b, i): [string, EscalationBusiness] => [`held-out-r7-${i + 1}`, b]),
    ...ROUND8_ESCALATION_HELD_OUT.map((b, i): [string, EscalationBusiness] => [`held-out-r8-${i + 1}`, b]),
    ...ROUND9_ESCALATION_HELD_OUT.map((b, i): [string, EscalationBusiness] => [`held-out-r9-${i + 1}`, b]),
    ...ROUND10_ESCALATION_HELD_OUT.map((b, i): [string, EscalationBusiness] => [`held-out-r10-${i + 1}`, b]),
    ...ROUND11_ESCALATION_HELD_OUT.map((b, i): [string, EscalationBusiness] => [`held-out-r11-${i + 1}`, b]),
    ...ROUND12_ESCALATION_HELD_OUT.map((b, i): [string, EscalationBusiness] => [`held-out-r12-${i + 1}`, b]),
    ...ROUND13_ESCALATION_HELD_OUT.map((b, i): [string, EscalationBusiness] => [`held-out-r13-${i + 1}`, b]),
    ...ROUND18A_ESCALATION_HELDOUT.map((b, i): [string, EscalationBusiness] => [`held-out-r18a-${i + 1}`, b]),
    ...ROUND18B_ESCALATION_HELDOUT.map((b, i): [string, EscalationBusiness] => [`held-out-r18b-${i + 1}`, b]),
    // Written blind at the start of round 30; two of its four businesses keep their hand-overs in the business rules.
    ...ROUND30_ESCALATION_HELDOUT.map((b, i): [string, EscalationBusiness] => [`held-out-r30-${i + 1}`, b]),
    // Written blind at the start of round 31; two of its four businesses keep their hand-overs in the business rules.
    ...ROUND31_ESCALATION_HELDOUT.map((b, i): [string, EscalationBusiness] => [`held-out-r31-${i + 1}`, b]),
    ...ROUND32_ESCALATION_HELDOUT.map((b, i): [string, EscalationBusiness] => [`held-out-r32-${i + 1}`, b]),
    // Written blind at the start of round 33: a mixed business, one with rules only, one with prose, one with a list under the owner's heading.
    ...ROUND33_ESCALATION_HELDOUT.map((b, i): [string, EscalationBusiness] => [`held-out-r33-${i + 1}`, b]),
    ...ROUND34_ESCALATION_HELDOUT.map((b, i): [string, EscalationBusiness] => [`held-out-r34-${i + 1}`, b]),
    ...ROUND35_ESCALATION_HELDOUT.map((b, i): [string, EscalationBusiness] => [`held-out-r35-${i + 1}`, b]),
    ...ROUND36_ESCALATION_HELDOUT.map((b, i): [string, EscalationBusiness] => [`held-out-r36-${i + 1}`, b]),
    ...ROUND37_ESCALATION_HELDOUT.map((b, i): [string, EscalationBusiness] => [`held-out-r37-${i + 1}`, b]),
    ...ROUND38_ESCALATION_HELDOUT.map((b, i): [string, EscalationBusiness] => [`held-out-r38-${i + 1}`, b]),
    ...ROUND39_ESCALATION_HELDOUT.map((b, i): [string, EscalationBusiness] => [`held-out-r39-${i + 1}`, b]),
    ...ROUND40_ESCALATION_HELDOUT.map((b, i): [string, EscalationBusiness] => [`held-out-r40-${i + 1}`, b]),
    ...ROUND41_ESCALATION_HELDOUT.map((b, i): [string, EscalationBusiness] => [`held-out-r41-${i + 1}`, b]),
    ...ROUND42_ESCALATION_HELDOUT.map((b, i): [string, EscalationBusiness] => [`held-out-r42-${i + 1}`, b]),
    ...DEV_ESCALATION_SPLITS,
  ];
  for (const [split, business] of splits) {
    const { tp, fp, fn, misses: m } = await escalationFigures(business);
    figures[`${split} escalation precision`] = tp + fp === 0 ? 1 : tp / (tp + fp);
    figures[`${split} escalation recall`] = tp + fn === 0 ? 1 : tp / (tp + fn);
    misses[`${split} escalation`] = m;
    lines.push(`${split} escalation (${business.name}, ${business.cases.length} messages): precision ${pct(tp, tp + fp)}, recall ${pct(tp, tp + fn)}`);
  }
  // Requests for a person alone (the hand-off recogniser, no rules): a dev set, tuned on.
  const asked = HANDOFF_DEV_ROUND12.filter((c) => handoffRequest(c.message) !== undefined);
  const askedRight = asked.filter((c) => c.human).length;
  const requests = HANDOFF_DEV_ROUND12.filter((c) => c.human).length;
  lines.push(`dev-r12 hand-off requests (${HANDOFF_DEV_ROUND12.length} messages, no rules): precision ${pct(askedRight, asked.length)}, recall ${pct(askedRight, requests)}`);

  const filterSplits: [string, string[], string[]][] = [
    ['held-out', HELD_OUT_INJECTIONS, HELD_OUT_BENIGN_LOOKALIKES],
    ['held-out-2', HELD_OUT_2_INJECTIONS, HELD_OUT_2_BENIGN_LOOKALIKES],
    ['held-out-3', HELD_OUT_3_INJECTIONS, HELD_OUT_3_BENIGN_LOOKALIKES],
    ['held-out-4', HELD_OUT_4_INJECTIONS, HELD_OUT_4_BENIGN_LOOKALIKES],
    ['dev', DEV_ATTACKS, DEV_LOOKALIKES],
  ];
  for (const [split, attacks, benign] of filterSplits) {
    const f = filterFigures(attacks, benign);
    figures[`${split} attacks refused`] = f.refused / f.attacks;
    figures[`${split} benign refused`] = f.falsePositives / f.benign;
    misses[`${split} attacks let through`] = f.letThrough;
    misses[`${split} benign refused`] = f.refusedBenign;
    const label: Record<string, string> = { 'held-out-2': ' (Ridgeway Self Storage)', 'held-out-3': ' (Greenlane Driving School)', 'held-out-4': ' (Fernhill Veterinary Practice)' };
    lines.push(`${split}${label[split] ?? ''} input filter: attacks refused ${pct(f.refused, f.attacks)}, look-alike benign refused ${pct(f.falsePositives, f.benign)}`);
  }

  // Cost: the filter runs on every customer message, so its time per message is part of the result.
  const all = filterSplits.flatMap(([, attacks, benign]) => [...attacks, ...benign]);
  for (const m of all) screenInput(m);
  // The fastest of several passes: on a shared machine the slower passes measure the neighbours.
  const rounds = 7;
  let microseconds = Infinity;
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    for (const m of all) screenInput(m);
    microseconds = Math.min(microseconds, Number(process.hrtime.bigint() - start) / 1000 / all.length);
  }
  figures['input filter µs per message'] = microseconds;
  lines.push(`input filter cost: ${microseconds.toFixed(0)} µs per message (mean over ${all.length} messages, fastest of ${rounds} passes)`);

  const caught = HELD_OUT_UNSAFE_KNOWLEDGE.filter((s) => unsafeKnowledgeSentence(s) !== undefined);
  const wronglyCaught = HELD_OUT_SAFE_KNOWLEDGE.filter((s) => unsafeKnowledgeSentence(s) !== undefined);
  figures['held-out unsafe knowledge caught'] = caught.length / HELD_OUT_UNSAFE_KNOWLEDGE.length;
  figures['held-out safe knowledge withheld'] = wronglyCaught.length / HELD_OUT_SAFE_KNOWLEDGE.length;
  misses['held-out unsafe knowledge missed'] = HELD_OUT_UNSAFE_KNOWLEDGE.filter((s) => !caught.includes(s));
  misses['held-out safe knowledge withheld'] = wronglyCaught;
  lines.push(
    `held-out knowledge filter: instruction/credential sentences withheld ${pct(caught.length, HELD_OUT_UNSAFE_KNOWLEDGE.length)}, ordinary sentences withheld ${pct(wronglyCaught.length, HELD_OUT_SAFE_KNOWLEDGE.length)}`,
  );
  return { lines, figures, misses };
}
