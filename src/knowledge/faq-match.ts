/**
 * A customer's question that restates one of the help centre's own FAQ questions (issue 13,
 * round 7). Help pages answer their common questions under a question heading ("### How warm is
 * the water?") or a bold question line ("**Do I need an appointment?**"). Matching a question to
 * a question is far surer than matching it to the answer's words: "how warm is the water? my
 * little one feels the cold" shares two words with the heading and few with "kept at about 31
 * degrees". When every topic word of an FAQ question is in one of the customer's questions, and
 * they make up at least half of its topic words, the lines under that FAQ question answer.
 */
import { askedTypes, heldTypes } from './answer-types.ts';
import { isAvailabilityVerb, isFiller, MAX_FAQ_ANSWER_LINES, MAX_LIST_ITEMS, VALUE_TYPES, type AnswerSource, type ExtractedSentence, type ExtractOptions } from './extract-answer.ts';
import { questionFocus } from './question-focus.ts';
import { sourceBlocks, type SourceLine } from './source-blocks.ts';
import { synonymsOf } from './synonyms.ts';
import { terms } from './text.ts';

/** An FAQ question must name at least this many topic words: "Is there parking?" is too broad to restate. */
const MIN_FAQ_TERMS = 2;
/** Share of the customer's topic words the FAQ question must account for. */
const MIN_SHARE = 0.5;

interface Faq {
  question: string;
  answer: SourceLine[];
  sourceId: string;
  /** Every topic word of the FAQ's source. */
  known: ReadonlySet<string>;
}

const isQuestion = (text: string) => text.trimEnd().endsWith('?');

/** A source's FAQs, kept per title and text: the same articles answer question after question. */
const faqsByText = new Map<string, Omit<Faq, 'sourceId'>[]>();
const FAQ_CACHE_LIMIT = 2000;

/** The FAQ questions of one source and the lines that answer each. */
function faqsOf(source: AnswerSource): Faq[] {
  const key = `${source.title}\u0000${source.text}`;
  let faqs = faqsByText.get(key);
  if (!faqs) {
    faqs = readFaqs(source);
    if (faqsByText.size >= FAQ_CACHE_LIMIT) faqsByText.delete(faqsByText.keys().next().value!);
    faqsByText.set(key, faqs);
  }
  return faqs.map((f) => ({ ...f, sourceId: source.id }));
}

function readFaqs(source: Pick<AnswerSource, 'title' | 'text'>): Omit<Faq, 'sourceId'>[] {
  const lines = sourceBlocks(source.text);
  const known = new Set(terms(`${source.title} ${source.text}`));
  const out: Omit<Faq, 'sourceId'>[] = [];
  lines.forEach((line, i) => {
    const first = i === 0 || lines[i - 1]!.heading !== line.heading;
    // A question heading: the lines under it, up to the next heading.
    if (first && isQuestion(line.heading)) out.push({ question: line.heading, answer: answerFrom(lines, i), known });
    // A question line ("**Do you use genuine parts?**"): the lines after it.
    if (line.kind === 'sentence' && isQuestion(line.text)) out.push({ question: line.text, answer: answerFrom(lines, i + 1, line.heading), known });
  });
  return out.filter((f) => f.answer.length > 0);
}

/** The answer starting at `lines[start]`: a list intro with its items, else up to two lines, never past a question or a heading. */
function answerFrom(lines: SourceLine[], start: number, heading = lines[start]?.heading): SourceLine[] {
  const out: SourceLine[] = [];
  for (let i = start; i < lines.length && lines[i]!.heading === heading && !isQuestion(lines[i]!.text); i++) {
    const line = lines[i]!;
    if (out.length === 0 && line.kind === 'intro') {
      out.push(line);
      for (let k = i + 1; k < lines.length && k <= i + MAX_LIST_ITEMS && lines[k]!.kind === 'item'; k++) out.push(lines[k]!);
      return out;
    }
    out.push(line);
    if (out.length === MAX_FAQ_ANSWER_LINES) break;
  }
  return out;
}

/** Whether `term` is among `asked`: itself, a synonym, or a close derivation ("refund"/"refunds"). */
function findIn(term: string, asked: readonly string[], options: ExtractOptions): string | undefined {
  const alike = new Set([term, ...synonymsOf(term, options.synonyms)]);
  return asked.find((a) => alike.has(a) || derivation(a, term));
}
function derivation(a: string, b: string): boolean {
  if (a.length >= 6 && b.length >= 6 && a.slice(0, 6) === b.slice(0, 6)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short) && long.length - short.length <= 2;
}

/** The second of two cases an FAQ question names, up to its comma ("… or making a grinding noise,"). */
const OR_ALTERNATIVE = /\bor\s+[^,?;]{3,60}(?=,)/gi;

/** How well `faq` restates `asked` (the customer's topic words): the share it accounts for, or 0. */
function restates(faq: Faq, asked: readonly string[], options: ExtractOptions): number {
  const own = [...new Set(terms(faq.question))].filter((t) => !isFiller(t));
  if (own.length < MIN_FAQ_TERMS) return 0;
  // "…keeps cutting out *or making a grinding noise*, can you look at it?": the customer may ask
  // the first case alone.
  const alternative = new Set(terms(faq.question.match(OR_ALTERNATIVE)?.join(' ') ?? ''));
  const met = new Set<string>();
  for (const t of own) {
    const hit = findIn(t, asked, options);
    if (hit === undefined && alternative.has(t) && !terms(faq.question.replace(OR_ALTERNATIVE, ' ')).includes(t)) continue;
    // "Do you *offer* an NHS discount?" restated as "do u do any discount for nhs workers".
    if (hit === undefined && isAvailabilityVerb(t)) continue;
    if (hit === undefined) return 0;
    met.add(hit);
  }
  // A word the customer adds that the FAQ's page never mentions may change the question ("a
  // discount for *pensioners*" against "Do you offer a student discount?").
  if (asked.some((a) => !met.has(a) && !faq.known.has(a) && !synonymsOf(a, options.synonyms).some((x) => faq.known.has(x)))) return 0;
  return met.size / asked.length;
}

/**
 * The lines under the FAQ question `message` restates, or none. Each of the message's
 * questions is tried alone (the story around it would count against the share), then the whole.
 */
export function faqAnswer(message: string, sources: AnswerSource[], options: ExtractOptions = {}): ExtractedSentence[] {
  const faqs = sources.flatMap(faqsOf);
  if (faqs.length === 0) return [];
  const focus = questionFocus(message);
  // "im a nurse, do u do any discount for nhs workers": the clause that asks, after the story.
  const lastClause = /,\s*((?:do|does|can|could|is|are|will|would|what|how|when|where|which|who)\b[^,]*)$/i.exec(message)?.[1];
  const asks = [...new Set([...focus.question.split(/(?<=\?)\s+/), ...(lastClause ? [lastClause] : []), message])];
  let best: { faq: Faq; share: number } | undefined;
  for (const ask of asks) {
    const asked = [...new Set(terms(ask))].filter((t) => !isFiller(t));
    if (asked.length === 0) continue;
    // A question asking for a value ("how much", "what time") is answered only by lines holding one.
    const values = askedTypes(ask).map((t) => t.kind).filter((k) => VALUE_TYPES.has(k));
    for (const faq of faqs) {
      const share = restates(faq, asked, options);
      if (share < MIN_SHARE || (best && share <= best.share)) continue;
      if (values.length > 0 && !faq.answer.some((l) => heldTypes(l.text).some((k) => values.includes(k)))) continue;
      best = { faq, share };
    }
  }
  return best ? best.faq.answer.map((l) => ({ text: l.text, sourceId: best.faq.sourceId, score: best.share })) : [];
}
