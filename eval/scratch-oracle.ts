import { agentComposer } from '../src/agents/offline-composer.ts';
import { isSupportContext, supportExtractOptions, supportSources } from '../src/agents/offline-support.ts';
import type { SupportContext } from '../src/agents/support-prompt.ts';
import { analyseQuestion } from '../src/knowledge/extract-answer.ts';
import { questionFocus } from '../src/knowledge/question-focus.ts';
import { scoreBusiness } from './answer-eval.ts';
import { BUSINESSES } from './businesses.ts';

const only = process.argv[2];
const cats: Record<string, number> = {};
for (const business of BUSINESSES) {
  if (only && business.slug !== only) continue;
  if (business.splits.every((s) => s.heldOut)) continue;
  let seen: SupportContext | undefined;
  await scoreBusiness({ ...business, splits: business.splits.filter((s) => !s.heldOut && !s.name.startsWith('typos')) }, {
    compose: (request) => { if (isSupportContext(request.context)) seen = request.context; return agentComposer(request); },
    onCase: (c, split, text) => {
      const ctx = seen; seen = undefined;
      if (split.heldOut || !ctx || c.escalate || !c.facts) return;
      const ok = c.facts.every((f) => text.toLowerCase().includes(f.toLowerCase()));
      if (ok) return;
      const dk = /don't know/.test(text);
      const a = analyseQuestion(ctx.customerMessage, supportSources(ctx), supportExtractOptions(ctx));
      const q2 = questionFocus(ctx.customerMessage).question;
      if (!a) { cats['noanalysis'] = (cats['noanalysis'] ?? 0) + 1; return; }
      const sorted = [...a.scored].sort((x, y) => y.score - x.score);
      const isFact = (t: string) => c.facts!.some((f) => t.toLowerCase().includes(f.toLowerCase()));
      const rank = sorted.findIndex((s) => isFact(s.c.text));
      const fl = sorted[rank];
      const cat = rank < 0 ? 'fact-not-in-sources' : `${dk ? 'DK' : 'WRONG'} rank${rank === 0 ? '1' : rank < 3 ? '2-3' : rank < 10 ? '4-10' : '>10'} ${fl!.admissible ? 'adm' : 'inadm'}`;
      cats[cat] = (cats[cat] ?? 0) + 1;
      if (process.env.V) {
        console.log(`\n[${business.slug}] ${cat}: ${ctx.customerMessage}${q2 !== ctx.customerMessage ? `  (focus: ${q2})` : ''}`);
        console.log(`  asked: ${a.asked.map((t) => `${t}:${a.weight.get(t)}`).join(' ')} values=${a.values} yesNo=${a.yesNo} offered=${a.offered}`);
        for (const s of sorted.slice(0, 3)) console.log(`  top ${s.score.toFixed(2)} cov ${s.coverage.toFixed(2)} adm ${s.admissible} own ${s.own}: ${s.c.text.slice(0, 110)}`);
        if (fl && rank >= 3) console.log(`  fact#${rank + 1} ${fl.score.toFixed(2)} cov ${fl.coverage.toFixed(2)} adm ${fl.admissible} own ${fl.own}: ${fl.c.text.slice(0, 110)} [terms ${[...fl.c.terms].join(',')}]`);
        else if (fl) console.log(`  fact#${rank + 1} terms ${[...fl.c.terms].join(',')} ctx ${[...fl.c.contextTerms].join(',')}`);
      }
    },
  });
}
console.log(cats);
