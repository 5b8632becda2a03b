/**
 * Where the offline support agent's answers come from, on the DEV splits only (held-out splits
 * are never read): for each question, which step of `composeSupportTurn` produced the reply —
 * a question whose thing no source names (`unnamed`, "don't know"), the help centre's own FAQ
 * (`faq`), a line over the coverage floor (`floor`), the answer gate (`gate`), the question
 * without the story around it (`focus`), the business context's address or hours (`fact`) or
 * nothing ("don't know", `none`) — against how the reply was scored. A step
 * that answers more unanswerable questions than answerable ones is the one to look at.
 *
 * Run: npx tsc -p tsconfig.build.json && node dist/eval/answer-paths.js
 */
import { agentComposer } from '../src/agents/offline-composer.ts';
import { isSupportContext, supportAnswer, supportExtractOptions, supportSources } from '../src/agents/offline-support.ts';
import type { SupportContext } from '../src/agents/support-prompt.ts';
import { NOT_KNOWN_PATTERN } from '../src/agents/support-replies.ts';
import { extractAnswer } from '../src/knowledge/extract-answer.ts';
import { answerOk, scoreBusiness } from './answer-eval.ts';
import { BUSINESSES } from './businesses.ts';

/**
 * The step that answered, as the composer reports it; an extracted answer is told apart by
 * whether a line cleared the coverage floor or the answer gate admitted the question.
 */
function pathOf(ctx: SupportContext): string {
  const { step, message } = supportAnswer(ctx);
  if (step !== 'extract') return step;
  return extractAnswer(message, supportSources(ctx), { ...supportExtractOptions(ctx), gate: false }).length > 0 ? 'floor' : 'gate';
}

const table = new Map<string, Record<string, number>>();
let seen: SupportContext | undefined;
for (const business of BUSINESSES) {
  const splits = business.splits.filter((s) => !s.heldOut);
  if (splits.length === 0) continue;
  await scoreBusiness({ ...business, splits }, {
    compose: (request) => {
      if (isSupportContext(request.context)) seen = request.context;
      return agentComposer(request);
    },
    onCase: (c, _split, text) => {
      const ctx = seen;
      seen = undefined;
      // Hand-overs and small talk are not answers.
      if (!ctx || c.escalate || !(c.facts || c.unknown) || /passed this to a member/.test(text)) return;
      const outcome = c.facts
        ? answerOk(c, text) ? 'answerable, answered' : NOT_KNOWN_PATTERN.test(text) ? 'answerable, "don\'t know"' : 'answerable, without the facts'
        : answerOk(c, text) ? 'unanswerable, "don\'t know"' : 'unanswerable, answered';
      const path = pathOf(ctx);
      const row = table.get(path) ?? {};
      row[outcome] = (row[outcome] ?? 0) + 1;
      table.set(path, row);
    },
  });
}
console.log('dev questions by the step that answered them (held-out splits are not read):');
for (const [path, row] of table) console.log(`  ${path.padEnd(6)} ${Object.entries(row).sort().map(([k, n]) => `${k} ${n}`).join('; ')}`);
