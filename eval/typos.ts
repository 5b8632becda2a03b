/**
 * Typo'd copies of in-sample cases, to measure typo tolerance: in each question the longest
 * word of six letters or more loses its third letter ("delivery" → "deivery"). Deterministic.
 */
import type { EvalCase } from './cases.ts';

export function withTypos(cases: readonly EvalCase[]): EvalCase[] {
  return cases.flatMap((c) => {
    const longest = (c.question.match(/\p{L}{6,}/gu) ?? []).sort((a, b) => b.length - a.length)[0];
    if (!longest || c.escalate) return [];
    return [{ ...c, question: c.question.replace(longest, longest.slice(0, 2) + longest.slice(3)) }];
  });
}
