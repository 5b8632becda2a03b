/**
 * Questions about something the sources list relatives of but never it: a variant of a listed
 * model ("iPhone 16" beside the 15, 14 and 13) or a combination no row of a table or list holds
 * ("A-level German" where the price table has A-level Maths and GCSE German). The rows of its
 * relatives do not answer it, so the agent says it does not know.
 */
import { DAYS, isStopWord, MONTHS, sentences, stem, terms } from './text.ts';

/** What these checks read of a quotable line (extract-answer.ts's candidates). */
export interface QuotedLine {
  text: string;
  kind: 'sentence' | 'intro' | 'item';
  /** The heading (and for an item, the intro or table header) above the line. */
  context: string;
  sourceId: string;
  terms: ReadonlySet<string>;
}

/**
 * A named variant: a word and the model number, size or grade after it ("iPhone *16*", "Galaxy
 * *A54*", "size *14*"), not a quantity ("for *3* hours", "*2* kids") nor a time or a date.
 */
const VARIANT = /(?<![\p{L}\p{N}£$€])(\p{L}[\p{L}-]*)\s+([a-z]?\d{1,4}[a-z]?)(?![\p{L}\p{N}]|[.,:]\d|\s*(?:%|(?:am|pm|hours?|hrs?|mins?|minutes?|days?|nights?|weeks?|months?|years?|yrs?|kg|km|miles?|people|persons?|guests?|kids|children|adults|x)\b))/giu;
const NOT_VARIANT_NAMES = new Set(
  terms([...DAYS, ...MONTHS, 'mon tue wed thu fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec'].join(' ')),
);
/** Words a number before them makes a time, not a size ("2 hour lesson" is how long). */
const TIME_WORDS = new Set('hour minute min day night week month year am pm'.split(' '));
/** The variants `text` names: the stemmed name and the number (ranges are read by `inStatedRange`). */
function variantsIn(text: string): { name: string; id: string }[] {
  const out: { name: string; id: string }[] = [];
  for (const m of text.matchAll(VARIANT)) {
    const word = m[1]!.toLowerCase();
    if (isStopWord(word) || /\d/.test(word)) continue;
    const name = stem(word);
    if (!NOT_VARIANT_NAMES.has(name)) out.push({ name, id: m[2]!.toLowerCase() });
  }
  // "a 12-speed chain", "a 7-seater": the number names the variant of what follows it.
  for (const m of text.matchAll(/(?<![\p{L}\p{N}.,£$€])(\d{1,3})-(\p{L}{3,})/gu)) out.push({ name: `-${stem(m[2]!.toLowerCase())}`, id: m[1]! });
  // "a 10 yard skip", "4 yard midi skip": a number over one before a singular word and the noun it
  // names is a size, as with the hyphen (not "3 bags of", "2 kids need").
  for (const m of text.matchAll(/(?<![\p{L}\p{N}.,£$€:])(\d{1,3}) (\p{L}{3,})(?= \p{L}{3,})/gu)) {
    const word = m[2]!.toLowerCase();
    if (m[1] !== '1' && (!word.endsWith('s') || word.endsWith('ss')) && !isStopWord(word) && !TIME_WORDS.has(word)) out.push({ name: `-${stem(word)}`, id: m[1]! });
  }
  return out;
}
/** "Sizes 8 to 16", "ages 5-11": the number lies inside a range the text states. */
function inStatedRange(id: string, text: string): boolean {
  if (!/^\d+$/.test(id)) return false;
  const n = Number(id);
  return [...text.matchAll(/(\d+)\s*(?:to|-|–|until|through)\s*(\d+)/g)].some((m) => Number(m[1]) <= n && n <= Number(m[2]));
}
/**
 * The question names a variant the sources list siblings of but never it: "screen replacement for
 * an iPhone 16?" when the price table has the iPhone 15, 14, 13 and 12. Its row is not there, and
 * the siblings' rows do not answer it.
 */
export function unlistedVariant(question: string, candidates: readonly QuotedLine[]): boolean {
  const asked = variantsIn(question);
  if (asked.length === 0) return false;
  const texts = candidates.map((c) => `${c.context} ${c.text}`.toLowerCase());
  const listed = texts.flatMap(variantsIn);
  return asked.some(({ name, id }) => {
    const siblings = new Set(listed.filter((v) => v.name === name).map((v) => v.id));
    if (siblings.size < 2 || siblings.has(id)) return false;
    // "Stages 1 to 3" lists stage 2: a range stated beside the name.
    const word = name.replace(/^-/, '');
    return !texts.some((t) => t.includes(word) && inStatedRange(id, t));
  });
}

/**
 * What names a row of a table or list written "label: cell; cell" (source-blocks.ts writes table
 * rows so): the label and its short cells of words ("German: GCSE; price per hour £47" → german,
 * gcse), not its figures nor a cell of prose ("Friar Street centre and online").
 */
function rowNames(line: QuotedLine): Set<string> | undefined {
  const m = line.kind === 'item' ? /^([^:]{1,60}):\s+(.+)$/.exec(line.text) : null;
  // A label of five words or more is prose ("Largest board we can cut: 1120 x 815mm"), no name.
  if (!m || m[1]!.trim().split(/\s+/).length > 4) return undefined;
  const cells = m[2]!.split(/;\s*/).filter((cell) => !/\d/.test(cell) && cell.trim().split(/\s+/).length <= 2);
  return new Set(terms([m[1]!, ...cells].join(' ')));
}
/** The names of the rows of the table or list `line` is a row of (items of its source under the same heading and intro or header). */
const rowsBeside = (line: QuotedLine, lines: readonly QuotedLine[]) =>
  lines.filter((l) => l.kind === 'item' && l.sourceId === line.sourceId && l.context === line.context).flatMap((l) => rowNames(l) ?? []);
/**
 * What any row is one of ("the follow-up *sessions*" against "Follow-up treatment" and "Shockwave
 * therapy (per session)"): no word that tells rows apart.
 */
const UNITS = new Set(terms('session appointment visit lesson class treatment booking service'));
/** A table or list this short is no catalogue of variants. */
const MIN_ROWS = 3;
/** "A-level maths and GCSE English", "S24 or A54": the customer asks about two rows. */
const TWO_THINGS = /\b(?:and|or|plus|vs|versus)\b|[,&/]/i;

/**
 * The line that answers best is a row of a table or list; the question names two or more words
 * that tell its rows apart ("A-level", "German"), no row holds them all, and no line anywhere
 * names them together: the combination asked about is not offered, or not priced, here. A
 * question naming two things in one sentence ("A-level maths and GCSE English") asks about two
 * rows and is left alone.
 */
export function unlistedCombination(question: string, asked: readonly string[], best: QuotedLine | undefined, lines: readonly QuotedLine[]): boolean {
  const rows = best && rowNames(best) ? rowsBeside(best, lines) : [];
  if (rows.length < MIN_ROWS) return false;
  const keys = asked.filter((t) => !t.startsWith('#') && !/^\d+$/.test(t) && !UNITS.has(t) && rows.some((r) => r.has(t)) && !rows.every((r) => r.has(t)));
  if (keys.length < 2 || lines.some((line) => keys.every((t) => line.terms.has(t)))) return false;
  return !sentences(question).some((sentence) => sentence.split(TWO_THINGS).filter((part) => terms(part).some((t) => keys.includes(t))).length >= 2);
}

/** "a *Fazua* battery", "my *Brose* motor": a make or model named before the thing asked about. */
const MAKE = /\b(?:a|an|the|my|our|his|her|their)\s+((?:\p{Lu}[\p{L}\p{N}-]*\s+){1,3})(\p{Ll}[\p{L}-]+)/gu;

/**
 * The best line is a row of prices or options by make ("Battery health test: bosch £25; shimano
 * STEPS £25; yamaha £30") and the question asks about the same thing of a make no source names
 * ("a health test on a Fazua battery"): that make's row is not there.
 */
export function unlistedMake(question: string, best: QuotedLine | undefined, known: ReadonlySet<string>): boolean {
  if (!best || !rowNames(best)) return false;
  for (const m of question.matchAll(MAKE)) {
    const make = terms(m[1]!);
    const [thing] = terms(m[2]!);
    if (make.length > 0 && make.every((t) => !known.has(t)) && thing !== undefined && best.terms.has(thing)) return true;
  }
  return false;
}
