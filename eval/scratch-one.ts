import { agentComposer } from '../src/agents/offline-composer.ts';
import { isSupportContext, supportExtractOptions, supportSources } from '../src/agents/offline-support.ts';
import type { SupportContext } from '../src/agents/support-prompt.ts';
import { analyseQuestion } from '../src/knowledge/extract-answer.ts';
import { detectEscalation } from '../src/agents/escalation.ts';
import { escalationProbability } from '../src/agents/escalation-classifier.ts';
import { scoreBusiness } from './answer-eval.ts';
import { BUSINESSES } from './businesses.ts';
const [slug, ...qs] = process.argv.slice(2);
const b = BUSINESSES.find((x) => x.slug === slug)!;
let seen: SupportContext | undefined;
await scoreBusiness({ ...b, splits: [{ name: 'x', heldOut: false, cases: qs.map((q) => ({ question: q, escalate: false, facts: ['zzz'] })) }] }, {
  compose: (r) => { if (isSupportContext(r.context)) seen = r.context; return agentComposer(r); },
  onCase: (c, _s, text) => {
    const ctx = seen!;
    console.log(`\nQ: ${c.question}\nA: ${text}`);
    console.log(`  esc: ${JSON.stringify(detectEscalation(c.question, ctx.escalationRules))} p=${escalationProbability(c.question).toFixed(2)}`);
    console.log(`  articles: ${ctx.articles.map((a) => a.title).join(' | ')}`);
    const a = analyseQuestion(ctx.customerMessage, supportSources(ctx), supportExtractOptions(ctx));
    if (!a) return;
    console.log(`  asked: ${a.asked.map((t) => `${t}:${a.weight.get(t)}`).join(' ')} values=${a.values} yesNo=${a.yesNo} offered=${a.offered} unnamedOffer=${a.unnamedOffer}`);
    for (const s of [...a.scored].sort((x, y) => y.score - x.score).slice(0, 4)) console.log(`  ${s.score.toFixed(2)} cov ${s.coverage.toFixed(2)} adm ${s.admissible} own ${s.own}: ${s.c.text.slice(0, 100)} {${[...s.c.terms].join(',')}}`);
  },
});
