/**
 * Reads a Markdown article as the lines an answer can quote, each with the context it sits in:
 * a heading is context for everything under it, and a list's intro ("Opening hours:") is
 * context for its items (an intro is the line a list follows). Headings are never quoted.
 */
import { sentences } from './text.ts';

export interface SourceLine {
  text: string;
  /** `intro`: a line ending in ":" that a list follows; `item`: a list entry. */
  kind: 'sentence' | 'intro' | 'item';
  /** Position in the source; consecutive lines have consecutive numbers. */
  order: number;
  /** The heading (and for an item, the intro) above the line. */
  context: string;
  /** The heading above the line alone ("" before the first). */
  heading: string;
  /** Which paragraph (line of the source) the line was read from: sentences of one paragraph share it. */
  paragraph: number;
  /** An item's list intro, or a table row's header (items only): its part of `context`. */
  intro?: string;
}

const HEADING = /^\s{0,3}#{1,6}\s+/;
/**
 * "**Kids' Club (ages 7–13)**", "__Prices:__": a short line wholly in bold is a heading too. Not a
 * bold question, which is an FAQ's (faq-match.ts), nor a bold sentence ("**No refunds on sale items.**").
 */
const BOLD_HEADING = /^\s*(\*\*|__)\s*((?:[^\s*_]+\s+){0,7}[^\s*_]*[^\s*_.!?:])\s*:?\s*\1\s*:?\s*$/;
const ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/**
 * "Sat .............. 9am – 5pm", "Kitchen knives: Up to 6\" blade ....... £5": dot leaders join a
 * name to its value, and end no sentence (a day cut off from its hours named nothing). Four dots
 * or more, or three with spaces both sides; an ellipsis ("Well... ") is left alone.
 */
const withoutLeaders = (line: string) => line.replace(/(?<=\S)\s*\.{4,}\s*(?=\S)|\s+\.{3}\s+(?=\S)/g, ': ');

const cellsOf = (row: string) => row.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.replace(/\*\*|__|`/g, '').trim());

/**
 * A table row as a line to quote, each figure after the first cell under its column's name: "Medium van:
 * per day £69; weekend £175", "Royal Mail Tracked 48: delivery time 2 to 3 working days; price
 * £3.95". A price alone says nothing of what it is the price of, to the customer or to the matcher.
 */
function rowText(cells: string[], header: string[]): string {
  // Only a figure needs its column's name; a cell of words says what it is.
  const labelled = cells.map((c, i) => (i === 0 || !header[i] || !/\d/.test(c) || sameWords(header[i]!, c) ? c : `${columnName(header[i]!)} ${c}`));
  const [first, ...rest] = labelled.filter((c) => c !== '');
  return rest.length === 0 ? first ?? '' : `${first}: ${rest.join('; ')}`;
}

/** A column's name inside a sentence: "Per day" → "per day", but "UK price" and "DPD" stay. */
const columnName = (name: string) => (/^\p{Lu}\p{Ll}/u.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name);
const sameWords = (a: string, b: string) => a.toLowerCase().includes(b.toLowerCase()) || b.toLowerCase().includes(a.toLowerCase());

/**
 * A heading pasted without Markdown: a line in capitals ("AQUA AEROBICS", "FAMILY SESSION (with
 * inflatables)") or of one or two words ("Parking", "Opening hours") with no end punctuation and
 * no figure, that something follows. Such a two-word line says nothing quotable on its own.
 */
function plainHeading(line: string, next: string | undefined): boolean {
  const t = line.trim();
  if (next === undefined || t.length > 60 || /[.!?:;,]$|\d/.test(t) || ITEM.test(t)) return false;
  const bare = t.replace(/\([^)]*\)/g, '').trim();
  const letters = bare.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 3 && letters === letters.toUpperCase() && bare.split(/\s+/).length <= 8) return true;
  return /^\p{Lu}/u.test(t) && t.split(/\s+/).length <= 2;
}

const INDENTED = /^(?:\s{2,}|\t)\S/;
/**
 * A name with indented lines directly under it, no blank line between ("Sit-on-top kayak - single"
 * over "  1 hour £22 | 2 hours £35"): a pasted price list's item, not a sentence of its own.
 */
function isLabel(line: string, next: { line: string; at: number } | undefined, at: number): boolean {
  const t = line.trim();
  return next !== undefined && next.at === at + 1 && INDENTED.test(next.line) && !INDENTED.test(line) && !ITEM.test(next.line) && !ITEM.test(line) &&
    !TABLE_ROW.test(next.line) && !HEADING.test(line) && t.length <= 80 && !/[.!?:;,]$/.test(t) && t.split(/\s+/).length <= 10;
}

/** A paragraph opening with a name and its verb ("Captain Confetti is…", "The Tuesday Club runs…"). */
const NAMED_SUBJECT = /^(?:The\s+)?((?:\p{Lu}[\p{L}'&-]*\s+){1,3}?\p{Lu}[\p{L}'&-]*|\p{Lu}[\p{L}'-]*\d*)\s+(?:is|are|was|runs|offers|costs|takes|includes)\b/u;

/** The quotable lines of `text`, in order. */
export function sourceBlocks(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  let heading = '';
  // The last Markdown heading: a plain heading under it is read as its sub-heading.
  let section = '';
  let intro = '';
  // A pasted FAQ's labels ("Q: Do you deliver on Sundays?", "A. No, …") are not part of what it says.
  const kept = text.split(/\r?\n/).map((line, at) => ({ line, at })).filter(({ line }) => line.trim() !== '');
  const lines = kept.map(({ line }) => line.replace(/^\s*(?:q|a|question|answer)\s*[:.)]\s+(?=\S)/i, ''));
  let header: string[] = [];
  // "Stand-up paddleboard (SUP)" over an indented "  1 hour £20 | 2 hours £32": the name the
  // indented lines are prices or details of, quoted with each of them.
  let label = '';
  for (const [n, raw] of lines.entries()) {
    if (label !== '' && !INDENTED.test(raw)) label = '';
    if (isLabel(raw, kept[n + 1], kept[n]!.at)) {
      label = raw.trim();
      continue;
    }
    // A Markdown table: its header row is context for its rows, each row one quotable line.
    if (TABLE_ROW.test(raw) || TABLE_RULE.test(raw)) {
      if (TABLE_RULE.test(raw)) continue;
      const cells = cellsOf(raw);
      if (TABLE_RULE.test(lines[n + 1] ?? '')) header = cells;
      else out.push({ text: rowText(cells, header), kind: 'item', order: out.length, context: `${heading} ${header.join(' ')}`, heading, paragraph: n, intro: header.join(' ') });
      continue;
    }
    header = [];
    if (HEADING.test(raw)) {
      heading = section = sentences(raw).join(' ');
      intro = '';
      continue;
    }
    // A bold or plain heading is context for what follows; one a list follows stays its intro
    // (quotable) too, as does a bold one with a figure ("Kids' Club (ages 7–13)").
    const bold = n + 1 < lines.length ? BOLD_HEADING.exec(raw)?.[2] : undefined;
    const headingText = bold ?? (plainHeading(raw, lines[n + 1]) ? raw.trim() : undefined);
    if (headingText !== undefined) {
      heading = `${section} ${headingText}`.trim();
      intro = '';
      if (!ITEM.test(lines[n + 1] ?? '') && !(bold !== undefined && /\d/.test(bold))) continue;
    }
    const isItem = ITEM.test(raw);
    if (!isItem) intro = '';
    const parts = sentences(label === '' ? withoutLeaders(raw) : `${label}: ${withoutLeaders(raw).trim()}`, { lowerCaseStarts: true });
    // "Captain Confetti is our own entertainer. A 1 hour show is £130.": the name a paragraph
    // opens with is what its later sentences are about.
    const subject = NAMED_SUBJECT.exec(parts[0] ?? '')?.[1];
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      if (isItem) out.push({ text: part, kind: 'item', order: out.length, context: `${heading} ${intro}`, heading, paragraph: n, intro });
      // A line a list follows introduces it, whether or not it ends in ":".
      else if (last && (/:$/.test(part) || ITEM.test(lines[n + 1] ?? ''))) {
        out.push({ text: part, kind: 'intro', order: out.length, context: heading, heading, paragraph: n });
        // "A bank heist with a laser corridor. Our hardest room." over "- Time: 75 minutes": the
        // whole paragraph a list follows says what its items are about, not just its last sentence.
        intro = parts.join(' ');
      } else if (part.split(/\s+/).length >= 3 || /\d/.test(part)) out.push({ text: part, kind: 'sentence', order: out.length, context: i > 0 && subject ? `${heading} ${subject}` : heading, heading, paragraph: n });
    });
  }
  return out;
}
