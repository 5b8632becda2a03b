/**
 * Price changes in an article, as admins ask for them: "update the price in Celebration Cakes:
 * a 6-inch cake is now £40", "update the price in Boat Hire Prices to £160 for a full day
 * motorboat". The article is found by title; the amount replaced is the one whose clause names
 * the item best. When no amount, or several equally, fit, nothing is changed and the agent asks.
 */
import type { Intent } from './intents.ts';
import { ARTICLE_WORD } from './grammar-articles.ts';
import { PRICE, unquote } from './values.ts';

const PRICE_RE = new RegExp(PRICE, 'g');
/** Where the clause before an amount starts: a sentence end, a line break (a list item) or the previous amount. */
// A run of dots ("Smoke test ...... £55") leads to the price; it ends no clause.
const CLAUSE_START = new RegExp(String.raw`(?<!\.)[.!?](?=\s)|\n|${PRICE}`);
const IN_ARTICLE = String.raw`(?:the\s+)?(?:${ARTICLE_WORD}\s+(?:titled\s+|called\s+|about\s+|on\s+)?)?(.+?)(?:\s+${ARTICLE_WORD})?`;
/** Words of an item phrase that do not tell items apart. */
const FILLER = new Set('a an the of for to is are now costs cost price priced will be should at per each and our'.split(' '));

/** "update the price in <article>: <item> is now <price>" and "… in <article> to <price> for <item>". */
export function parsePriceUpdate(t: string): Intent | undefined {
  const verb = String.raw`^(?:update|change|set|correct|fix|raise|lower|increase|decrease)\s+(?:the\s+)?prices?`;
  let m = new RegExp(String.raw`${verb}\s+(?:in|on)\s+${IN_ARTICLE}\s*:\s*(.+)$`, 'is').exec(t);
  if (m) {
    const price = new RegExp(PRICE).exec(m[2]!);
    if (!price) return undefined;
    const item = m[2]!.replace(price[0], ' ').replace(/\b(?:is|are|costs?|will be|should be|now|becomes?|goes up to|goes down to|to)\b/gi, ' ');
    return { kind: 'update_article_price', target: unquote(m[1]!), item: unquote(item.replace(/\s+/g, ' ')), price: price[0].replace(/\s/g, '') };
  }
  m = new RegExp(String.raw`${verb}\s+(?:in|on)\s+${IN_ARTICLE}\s+to\s+(${PRICE})(?:\s+(?:for|of|on)\s+(.+))?$`, 'is').exec(t);
  if (m) return { kind: 'update_article_price', target: unquote(m[1]!), item: unquote(m[3] ?? ''), price: m[2]!.replace(/\s/g, '') };
  m = new RegExp(String.raw`${verb}\s+(?:of|for)\s+(.+?)\s+(?:in|on)\s+${IN_ARTICLE}\s+to\s+(${PRICE})[.!]?$`, 'is').exec(t);
  if (m) return { kind: 'update_article_price', target: unquote(m[2]!), item: unquote(m[1]!), price: m[3]!.replace(/\s/g, '') };
  // "In Plot Rents and Fees, change the half plot price to £52": the article first, then the item.
  m = new RegExp(String.raw`^(?:in|on)\s+${IN_ARTICLE}\s*,\s*(?:update|change|set|correct|fix|raise|lower|increase|decrease|make|put)\s+(?:the\s+)?(.+?)\s+(?:(?:price|cost|fee|rate|rent|charge)\s+)?(?:to|is\s+now|up\s+to|down\s+to)\s+(${PRICE})[.!]?$`, 'is').exec(t);
  if (m) return { kind: 'update_article_price', target: unquote(m[1]!), item: unquote(m[2]!.replace(/\s+(?:price|cost|fee|rate|rent|charge)$/i, '')), price: m[3]!.replace(/\s/g, '') };
  return undefined;
}

const itemWords = (item: string) =>
  item
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .flatMap((w) => [w, ...(w.includes('-') ? w.split('-') : [])])
    .filter((w) => w !== '' && !FILLER.has(w));

/** How well a clause names the item: its item words found (a trailing "s" ignored). */
function score(clause: string, words: string[]): number {
  const have = new Set(itemWords(clause).map((w) => w.replace(/s$/, '')));
  return words.filter((w) => have.has(w.replace(/s$/, ''))).length;
}

/** `named`: how many of the item's words the replaced amount's clause holds. */
export type Repriced = { content: string; old: string; sentence: string; named: number } | { ask: string };

/**
 * The content with the item's amount replaced by `price`. An amount's clause is the text from the
 * previous amount (or sentence start) up to the next "and", "or", comma or amount after it.
 */
export function reprice(content: string, item: string, price: string): Repriced {
  const words = itemWords(item);
  const found = [...content.matchAll(PRICE_RE)].map((m) => {
    const start = m.index!;
    const end = start + m[0].length;
    const before = content.slice(0, start).split(CLAUSE_START).pop()!;
    const after = content.slice(end).split(/\s+(?:and|or|but)\s+|[,;]|\n|[.!?](?=\s|$)|[$€£]/)[0]!;
    return { start, end, old: m[0], score: score(`${before} ${after}`, words) };
  });
  const sentenceOf = (text: string, i: number) => {
    // The last full stop before it that ends a sentence (not a run of dots leading to a price).
    const stop = [...text.slice(0, i).matchAll(/(?<!\.)\.\s/g)].pop()?.index ?? -1;
    const from = Math.max(stop < 0 ? 0 : stop + 2, text.lastIndexOf('\n', i) + 1);
    // A sentence, or a list item's line.
    const to = text.slice(i).search(/[.!?](?:\s|$)|\n/);
    return text.slice(from, to < 0 ? undefined : i + to + (text[i + to] === '\n' ? 0 : 1)).trim();
  };
  if (found.length === 0) return { ask: 'That article states no price I could replace. Nothing was changed; tell me the new wording with "Update the article … with: …".' };
  const best = Math.max(...found.map((f) => f.score));
  const top = found.length === 1 ? found : found.filter((f) => f.score === best && best > 0);
  if (top.length !== 1) {
    const lines = [...new Set(found.map((f) => sentenceOf(content, f.start)))].map((s) => `- ${s.replace(/^[-*•]\s+/, '')}`);
    return { ask: `Which price should change to ${price}? Nothing was changed yet. Name the item, for example "update the price in <article>: <item> is now ${price}".\n${lines.join('\n')}` };
  }
  const hit = top[0]!;
  const next = content.slice(0, hit.start) + price + content.slice(hit.end);
  return { content: next, old: hit.old, sentence: sentenceOf(next, hit.start), named: hit.score };
}
