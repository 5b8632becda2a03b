/**
 * Orders the articles the database found for a question, in application code, so that SQLite
 * and PostgreSQL (whose stemmers and rank functions differ) return the same articles in the
 * same order. An article scores for each question word by where it has it: its title (most),
 * its category, its text; a synonym in its text counts a little less. A word most candidates
 * share counts less than a rare one. Weights depend on the question and
 * the article alone, never on the rest of the corpus, so adding an article does not reorder
 * the others.
 */
import { ageBands, customerAge, holdsAge } from './age-bands.ts';
import type { Article } from './article.ts';
import { askedTypes, heldTypes } from './answer-types.ts';
import { synonymsOf, type SynonymTable } from './synonyms.ts';
import { terms } from './text.ts';

const TITLE = 2;
const CATEGORY = 1.5;
const CONTENT = 1;
const SYNONYM = 0.7;
const TITLE_SYNONYM = 0.2;
/** An article holding the kind of answer asked for ("how much": an amount) ranks this much higher. */
const ANSWER_TYPE = 0.5;
/** Each further mention in the text adds a little, with diminishing returns. */
const REPEAT = 0.15;
/** Words for a price: one in a title names a price list. */
const PRICE_WORDS = new Set(terms('price prices pricing cost costs fee fees charge charges tariff rates'));

interface Indexed {
  types: Set<string>;
  title: Set<string>;
  category: Set<string>;
  content: Map<string, number>;
  /** The age bands the article writes ("over-65s", "under 16"). */
  bands: [number, number][];
}

/** Terms of an article by version: articles are re-ranked for every question. */
const indexed = new Map<string, Indexed>();
const INDEX_LIMIT = 5000;

function indexOf(article: Article): Indexed {
  const key = `${article.id}@${article.updatedAt}`;
  let entry = indexed.get(key);
  if (entry) return entry;
  const content = new Map<string, number>();
  for (const t of terms(article.content)) content.set(t, (content.get(t) ?? 0) + 1);
  entry = { types: new Set(heldTypes(article.content)), title: new Set(terms(article.title)), category: new Set(terms(article.category ?? '')), content, bands: ageBands(`${article.title} ${article.content}`) };
  if (indexed.size >= INDEX_LIMIT) indexed.delete(indexed.keys().next().value!);
  indexed.set(key, entry);
  return entry;
}

function placeScore(doc: Indexed, t: string): number {
  const count = doc.content.get(t) ?? 0;
  return Math.max(doc.title.has(t) ? TITLE : 0, doc.category.has(t) ? CATEGORY : 0, count > 0 ? CONTENT + REPEAT * Math.log2(count) : 0);
}

/**
 * How well `doc` holds term `t`: by its own word, else by a synonym in its text (a synonym in
 * a title is too loose: "how fast" would pull up "Opening hours").
 */
function termScore(doc: Indexed, t: string, synonyms?: SynonymTable): number {
  const own = placeScore(doc, t);
  if (own > 0) return own;
  const alike = synonymsOf(t, synonyms);
  // "how much do you charge for group walks?": a price list titled "Prices" holds the asked
  // "charge" by its title, though its rows write only amounts (round 30 dev, +3 answers).
  if (PRICE_WORDS.has(t) && alike.some((s) => PRICE_WORDS.has(s) && doc.title.has(s))) return TITLE * SYNONYM;
  if (!alike.some((s) => doc.content.has(s))) return 0;
  // A synonym in the title as well only breaks ties between articles that have one in their text.
  return CONTENT * SYNONYM + (alike.some((s) => doc.title.has(s)) ? TITLE_SYNONYM : 0);
}

/**
 * `articles` best first with their scores, without those sharing no word with the question.
 * Ties go by title, then id: the same on both engines and however fast articles were created.
 */
export function rankArticles(question: string, articles: readonly Article[], synonyms?: SynonymTable): { article: Article; rank: number }[] {
  const asked = [...new Set(terms(question))];
  const docs = articles.map(indexOf);
  // The customer's age ("I'm 70", "pensioners") counts as a word that an article whose age band
  // holds it has ("Students and over-65s get 20% off").
  const age = customerAge(question);
  const scores = docs.map((doc) => [
    ...asked.map((t) => termScore(doc, t, synonyms)),
    ...(age === undefined ? [] : [holdsAge(doc.bands, age) ? CONTENT : 0]),
  ]);
  // A word most candidates share ("coffee" at a roaster) tells them apart less than a rare one.
  const weights = (scores[0] ?? []).map((_, i) => Math.log(1 + docs.length / (1 + scores.filter((s) => s[i]! > 0).length)));
  const types = askedTypes(question).map((t) => t.kind);
  return articles
    .map((article, a) => {
      const words = scores[a]!.reduce((sum, s, i) => sum + s * weights[i]!, 0);
      // The kind of answer only orders articles that share a word with the question.
      const typed = words > 0 ? types.filter((k) => docs[a]!.types.has(k)).length * ANSWER_TYPE : 0;
      return { article, rank: words + typed };
    })
    .filter((h) => h.rank > 0)
    .sort((a, b) => b.rank - a.rank || a.article.title.localeCompare(b.article.title) || a.article.id.localeCompare(b.article.id));
}
