/**
 * Reads a Markdown article as the lines an answer can quote, each with the context it sits in:
 * a heading is context for everything under it, and a list's intro ("Opening hours:") is
 * context for its items. Headings themselves are never quoted.
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
}

const HEADING = /^\s{0,3}#{1,6}\s+/;
const ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;

/** The quotable lines of `text`, in order. */
export function sourceBlocks(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  let heading = '';
  let intro = '';
  for (const raw of text.split(/\r?\n/)) {
    if (raw.trim() === '') continue;
    if (HEADING.test(raw)) {
      heading = sentences(raw).join(' ');
      intro = '';
      continue;
    }
    const isItem = ITEM.test(raw);
    if (!isItem) intro = '';
    const parts = sentences(raw);
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      if (isItem) out.push({ text: part, kind: 'item', order: out.length, context: `${heading} ${intro}` });
      else if (last && /:$/.test(part)) {
        out.push({ text: part, kind: 'intro', order: out.length, context: heading });
        intro = part;
      } else if (part.split(/\s+/).length >= 3 || /\d/.test(part)) out.push({ text: part, kind: 'sentence', order: out.length, context: heading });
    });
  }
  return out;
}
