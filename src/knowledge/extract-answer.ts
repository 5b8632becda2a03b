/**
 * Extractive answering: from the retrieved articles and the business context, pick the few
 * sentences that answer the question, never whole articles and never sentences that merely
 * share a word. A sentence qualifies when it covers enough of the question's topic words
 * (IDF-weighted, synonyms count a little less); the best source wins ties.
 */
import { synonymsOf } from './synonyms.ts';
import { sentences, terms } from './text.ts';

export interface AnswerSource {
  id: string;
  title: string;
  text: string;
}

export interface ExtractedSentence {
  text: string;
  sourceId: string;
  score: number;
}

export interface ExtractOptions {
  /** Minimum share of the question's topic weight a sentence must cover. */
  minCoverage?: number;
  maxSentences?: number;
}

interface Candidate {
  text: string;
  sourceId: string;
  order: number;
  terms: Set<string>;
  titleTerms: Set<string>;
}

const SYNONYM_WEIGHT = 0.7;
/** A title word counts for a sentence of that article, but less than the sentence's own words. */
const TITLE_WEIGHT = 0.5;
/** Sentences scoring below this share of the best one are not part of the answer. */
const RELATIVE_FLOOR = 0.65;

/**
 * The sentences of `sources` that answer `question`, best source first; empty when none does.
 * @example extractAnswer('How long does shipping take?', [{ id, title, text }])
 */
export function extractAnswer(question: string, sources: AnswerSource[], options: ExtractOptions = {}): ExtractedSentence[] {
  const minCoverage = options.minCoverage ?? 0.5;
  const maxSentences = options.maxSentences ?? 3;
  const asked = [...new Set(terms(question))];
  if (asked.length === 0) return [];

  const candidates: Candidate[] = [];
  for (const source of sources) {
    const titleTerms = new Set(terms(source.title));
    // Markdown headings name a topic; they answer nothing themselves.
    const body = source.text.split(/\r?\n/).filter((l) => !/^\s{0,3}#/.test(l)).join('\n');
    sentences(body).forEach((text, order) => {
      if (text.split(/\s+/).length < 3 && !/\d/.test(text)) return;
      candidates.push({ text, sourceId: source.id, order, terms: new Set(terms(text)), titleTerms });
    });
  }
  if (candidates.length === 0) return [];

  const idf = new Map<string, number>();
  for (const t of asked) {
    const df = candidates.filter((c) => c.terms.has(t) || synonymsOf(t).some((s) => c.terms.has(s))).length;
    idf.set(t, Math.log(1 + candidates.length / (1 + df)) + 0.5);
  }
  const total = asked.reduce((sum, t) => sum + idf.get(t)!, 0);

  const scored = candidates.map((c) => {
    let covered = 0;
    let own = 0;
    for (const t of asked) {
      const w = idf.get(t)!;
      if (c.terms.has(t)) {
        covered += w;
        own += 1;
      } else if (synonymsOf(t).some((s) => c.terms.has(s))) {
        covered += w * SYNONYM_WEIGHT;
        own += 1;
      } else if (c.titleTerms.has(t) || synonymsOf(t).some((s) => c.titleTerms.has(s))) covered += w * TITLE_WEIGHT;
    }
    return { c, score: covered / total, own };
  });
  // A sentence must itself contain at least one asked topic word: title words alone prove nothing.
  const eligible = scored.filter((s) => s.own > 0 && s.score >= minCoverage);
  if (eligible.length === 0) return [];
  eligible.sort((a, b) => b.score - a.score || a.c.order - b.c.order);
  const best = eligible[0]!;
  const chosen = eligible
    .filter((s) => s.score >= best.score * RELATIVE_FLOOR)
    .slice(0, maxSentences)
    // Keep the best source's sentences together and in their original order.
    .sort((a, b) => (a.c.sourceId === b.c.sourceId ? a.c.order - b.c.order : a.c.sourceId === best.c.sourceId ? -1 : b.c.sourceId === best.c.sourceId ? 1 : 0));
  return chosen.map((s) => ({ text: s.c.text, sourceId: s.c.sourceId, score: s.score }));
}
