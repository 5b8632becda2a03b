/** The article part of the offline configuration grammar: add, update, rename, archive, list, search. */
import { capitalized, titleFrom, unquote, withoutEmoji } from './values.ts';
import type { Intent } from './intents.ts';

const QUOTED_OR_UNTIL = String.raw`("[^"]+"|“[^”]+”|'[^']+'|[^:\n]+?)`;
/** "article" as admins type it, typos included ("artcle", "artical", "articel"). */
export const ARTICLE_WORD = String.raw`(?:art(?:i?c(?:le|el|al)|ilce)|aritcle|atricle)`;
/**
 * A hyphen inside a word ("nut-free", "Wi-Fi") is no separator; one after a space is. Neither is
 * the colon of a time ("from 10:30pm").
 */
const CONTENT_SEP = String.raw`\s*(?:(?:,\s*)?(?:with\s+(?:the\s+)?(?:content|text|body)|saying|that says|which says|content|text|body)\s*[:\-—]?|(?<!\d):(?!\d)|\s[-—]|—|\n)\s*`;
/** A first sentence that can be a title: a few words, not a statement ("We ship daily."). */
const TITLE_SENTENCE = /^(?!(?:we|you|i|our|it|they|customers|if|when|there|this)\b)([^:\n.!?]{2,60})[.!]\s+(\S.*)$/is;

/**
 * A title as the owner gave it, without the words that introduced it ("about our Denplan
 * membership", "called Access", "titled 'X'") or a clause after it ("quiet hours, we're strict").
 */
function cleanTitle(title: string): string {
  const t = (title.trim().replace(/^["'“‘](.*)["'”’]$/s, '$1').replace(/^(?:about|on|for|called|titled|named|title|heading)\s*:?\s+(?:our\s+|the\s+)?/i, ''))
    .replace(/\s*,\s*(?:we|it|they|this|that|as|because|so|since|pls|please)\b.*$/i, '')
    .replace(/\s+(?:pls|please)$/i, '')
    // "a page called Guitar Setups w/ this:": what announces the content is not part of the title.
    .replace(/\s+(?:w\/|with)\s*(?:this|the\s+following)\s*:?$/i, '');
  // A title keeps its question mark ("New to yoga?"); quotes and a full stop go.
  // Emoji and the punctuation around a title are not part of it ("Seal Trip 🦭").
  // "title it Allergy Information": "it" names the page, it is not part of its name.
  return capitalized(withoutEmoji(t.replace(/^["'“‘](.*)["'”’]$/s, '$1')).replace(/[.!]+$/, '').replace(/^it\s+(?=\p{Lu})/u, '').trim());
}

function parseCreate(input: string): Intent {
  // "… as a help page please, call it Funeral Flowers": the courtesy is not part of the title.
  // "New KB article needed: "Freezing Your Membership"": nor is saying it is needed.
  const rest = input.replace(/^\s*(?:please|pls)\b[,\s]*/i, '').replace(/^\s*(?:needed|required|wanted)\b\s*[:\-–—]?\s*/i, '');
  let category: string | undefined;
  const cat = /\s*[,(]?\s*(?:in|under)\s+(?:the\s+)?(?:category|section)\s+("[^"]+"|'[^']+'|[\w& -]+?)\s*\)?(?=\s*(?:,|:|with\b|saying\b|\n|$))/i.exec(rest);
  let text = rest;
  if (cat) {
    category = unquote(cat[1]!);
    text = rest.slice(0, cat.index) + rest.slice(cat.index + cat[0].length);
  }
  const catLine = /\n\s*category\s*:\s*(.+)\s*$/i.exec(text);
  if (catLine) {
    category = unquote(catLine[1]!);
    text = text.slice(0, catLine.index);
  }
  // A quoted title after a title cue: 'save it as "Birthday & Party Packages"', 'called "What if we
  // get stuck?" — we give…', "a new page 'Trial session' first session is FREE…".
  const quotedTitle = /^[^\n"“]{0,80}?(?:\b(?:save\s+(?:it\s+)?as|call(?:ed)?(?:\s+it)?|titled?(?:\s+(?:should\s+be|is|will\s+be))?|named?|heading(?:\s+for\s+this\s+one)?)\s*[:\-–—]?\s*|^)(?:"([^"\n]{2,80})"|“([^”\n]{2,80})”|'([^'\n]{2,80})'|‘([^’\n]{2,80})’)\s*(?:[—–-]+\s*|[:.,]\s*|\n+)?([\s\S]*)$/i.exec(text);
  const quotedContent = quotedTitle?.[5]!.replace(/^(?:,\s*)?(?:with\s+(?:the\s+)?(?:content|text|body)|saying|that\s+says|content|text|body)\s*[:\-—]?\s*/i, '').trim() ?? '';
  if (quotedTitle && quotedContent.split(/\s+/).length >= 3) return { kind: 'create_article', title: cleanTitle(quotedTitle.slice(1, 5).find((g) => g !== undefined)!), content: quotedContent, ...(category ? { category } : {}) };
  // "titled Servicing: which service do I need? with content: …": with the content named, the
  // title is all before it, colons, question marks and dashes included ("titled How long will my
  // repair take? with content: …" keeps its question mark and is not an article "about" a topic).
  // Read before a label inside the content ("… (stop name: Kings Road / Eldon Road)") can be taken
  // for the title.
  const named = /^\s*(?:titled|called|named|with\s+(?:the\s+)?title)\s+(?!["“'])([^\n]+?)\s*,?\s+with\s+(?:the\s+)?(?:content|text|body)\s*[:\-—]?\s*(\S.*)$/is.exec(text);
  if (named) return { kind: 'create_article', title: named[1]!.trim(), content: named[2]!.trim(), ...(category ? { category } : {}) };
  // "… for beginners please? Title: New to yoga?\nNo experience…", "Heading: Booking a repair. Text: …".
  const labelled = /(?:^|[\s.?!>,])(?:titled?(?:\s+(?:should\s+be|is))?|heading(?:\s+for\s+this\s+one)?|name)\s*[:\-–—]\s*([^\n]{1,80}?)(?:\s*\n+|\.\s+(?:text|content|body)\s*:\s*|\s*\/\/\s*(?:(?:body|text|content)\s*:\s*)?|\.\s+(?=\S)|\s*$)([\s\S]*)$/i.exec(text);
  if (labelled && labelled[2]!.trim() !== '') return { kind: 'create_article', title: cleanTitle(labelled[1]!), content: labelled[2]!.replace(/^(?:text|content|body)\s*:\s*/i, '').trim(), ...(category ? { category } : {}) };
  // "pls add this as an article - if your phone gets wet…": no title given, the content is all there is.
  const untitled = /^\s*[-—–:]\s*(\S[\s\S]*)$/.exec(text);
  // "New article please: Caring for velvet⏎⏎Velvet pile can crush…": a short first line over the text is its title.
  const headed = untitled ? /^([^\n.!?:]{2,60})\n+\s*(\S[\s\S]{19,})$/.exec(untitled[1]!.trim()) : null;
  if (headed && headed[1]!.trim().split(/\s+/).length <= 8) return { kind: 'create_article', title: cleanTitle(headed[1]!), content: headed[2]!.trim(), ...(category ? { category } : {}) };
  if (untitled && untitled[1]!.split(/\s+/).length >= 4) return { kind: 'create_article', title: titleFrom(untitled[1]!), content: untitled[1]!.trim(), ...(category ? { category } : {}) };
  // "Make a new article and call it Your First Visit. Please don't feed…": the name given is the title.
  // "new page please title it How To Book A Collection and say you can book online…"
  const callIt = /^\s*(?:,\s*)?(?:and\s+)?(?:(?:please|pls)\s+)?(?:call|name|title)\s+it\s+("[^"]+"|“[^”]+”|'[^']+'|[^.!?:\n]{2,60}?)\s*(?:[.!:\n]|\s[-—]|—|\s+and\s+say(?:\s+that)?(?=\s))\s*(\S.*)$/is.exec(text);
  if (callIt) return { kind: 'create_article', title: unquote(callIt[1]!), content: callIt[2]!.trim(), ...(category ? { category } : {}) };
  // Dictated: "called puncture repairs and in it put we repair…", "title how to find your tyre size
  // then the text look on the side…", "title call out area it should say we cover…".
  const dictated = /^\s*(?:called|titled|named|title(?:\s+it)?)\s+(?!["“'])([^\n:,.]{2,60}?)\s+(?:and\s+)?(?:then\s+)?(?:(?:put\s+)?in\s+it(?:\s+(?:put|say))?(?:\s+that)?|(?:the\s+)?text(?:\s+(?:is|should\s+be))?|it\s+should\s+say(?:\s+that)?)\s*:?\s+(\S[\s\S]{19,})$/i.exec(text) ??
    /^\s*(?:called|titled|named)\s+([^\n\p{Extended_Pictographic}]{2,60}?)\s*\p{Extended_Pictographic}+\s*(\S[\s\S]{19,})$/u.exec(text);
  if (dictated) return { kind: 'create_article', title: cleanTitle(dictated[1]!), content: dictated[2]!.trim(), ...(category ? { category } : {}) };
  // "a new article about allergens? Our kitchen handles nuts.": the topic is the title.
  const about = /^\s*(?:about|on|called|titled|named)\s+([^:?\n]{2,60}?)\s*\?\s*(\S.*)$/is.exec(text);
  if (about) return { kind: 'create_article', title: capitalized(cleanTitle(about[1]!)), content: about[2]!.trim(), ...(category ? { category } : {}) };
  let m = new RegExp(String.raw`^\s*(?:(?:titled|called|named|with\s+(?:the\s+)?title|title\s*:?|about|on)\s*)?${QUOTED_OR_UNTIL}${CONTENT_SEP}(.+)$`, 'is').exec(text);
  // "new artcle - Puppy's first groom. Puppies can come…: a gentle bath…": a title does not run
  // across a sentence end to the first colon; the short first sentence is the title.
  if (m && /[.!?]\s/.test(m[1]!) && !/^["“']/.test(m[1]!)) m = null;
  // "new article: Loyalty card. Buy 9 coffees, get the 10th free.": a short first sentence is the title.
  const terse = m ? undefined : TITLE_SENTENCE.exec(text.trim());
  if (terse && terse[1]!.trim().split(/\s+/).length <= 6) {
    return { kind: 'create_article', title: cleanTitle(terse[1]!), content: terse[2]!.trim(), ...(category ? { category } : {}) };
  }
  // "add this as an article - if your phone gets wet switch it off, …": content with no title.
  if (!m && !terse && text.trim().split(/\s+/).length >= 6) return { kind: 'create_article', title: titleFrom(text.trim()), content: text.trim(), ...(category ? { category } : {}) };
  if (!m || unquote(m[1]!) === '' || unquote(m[2]!) === '') {
    return {
      kind: 'unclear',
      hint: 'To add an article I need a title and its content, for example: Add an article titled "Shipping" with content: We ship within 2 days.',
    };
  }
  return { kind: 'create_article', title: cleanTitle(m[1]!), content: m[2]!.trim(), ...(category ? { category } : {}) };
}

/** Words that name a setting, not a topic: "here's our business context: …" is no article. */
const SETTING_WORDS = /\b(?:business\s+(?:context|description|info(?:rmation)?|rules?)|description|about\s+us|blurb|tone|escalation|synonyms?|settings|branding|agent\s+name|colou?r|welcome|webhooks?)\b/i;

/** "Here's our returns policy: …" / "This is our FAQ on delivery: …": an article titled by what it is. */
function parseHereIs(t: string): Intent | undefined {
  const m = /^(?:here(?:'s|’s|s| is| are)|this is|these are)\s+(?:our|the|my)\s+(?:new\s+|updated\s+)?([^:\n]{2,60}?)\s*(?::|\s[-—]|—|\n)\s*(\S.*)$/is.exec(t);
  if (!m || SETTING_WORDS.test(m[1]!)) return undefined;
  return { kind: 'create_article', title: capitalized(unquote(m[1]!)), content: m[2]!.trim() };
}

/** "Add a FAQ: Do you have parking? Yes, behind the shop." and "Add to the knowledge base: …". */
function parseLooseKnowledge(t: string): Intent | undefined {
  let m = /^(?:add|create|new|save)\s+(?:a\s+|an\s+|this\s+)?(?:new\s+)?(?:faq|q\s*&\s*a|question and answer)(?:\s+(?:entry|item))?\s*[:\-—]\s*(.+?\?)\s*(.+)$/is.exec(t);
  if (m) return { kind: 'create_article', title: m[1]!.trim(), content: m[2]!.trim() };
  // "Put this in the knowledge base under the heading Site Rules: …": the heading is the title.
  m = /^(?:add|save|put)\s+(?:this\s+|the following\s+|it\s+)?(?:to|in|into|on)\s+(?:the\s+|our\s+)?(?:knowledge(?:\s+base)?|kb|faq|help centre|help center)\s+(?:under|with|as|called|titled|named)\s+(?:the\s+|a\s+)?(?:heading|title|name|section)?\s*("[^"]+"|“[^”]+”|'[^']+'|[^:\n]{2,60}?)\s*(?::|\s[-—]|—|\n)\s*(\S.*)$/is.exec(t);
  if (m) return { kind: 'create_article', title: unquote(m[1]!), content: m[2]!.trim() };
  // "Please publish the following under the heading 'Alterations': …"
  m = /^(?:please\s+)?(?:publish|post|put\s+up|add|save|put)\s+(?:this|the\s+following|it)\s+(?:up\s+)?(?:under|with|as)\s+(?:the\s+|a\s+)?(?:heading|title)\s*("[^"]+"|“[^”]+”|'[^']+'|‘[^’]+’|[^:\n]{2,60}?)\s*(?::|\s[-—]|—|\n)\s*(\S.*)$/is.exec(t);
  if (m) return { kind: 'create_article', title: unquote(m[1]!), content: m[2]!.trim() };
  m = /^(?:add|save|put)\s+(?:this\s+|the following\s+)?(?:to|in|into)\s+(?:the\s+|our\s+)?(?:knowledge(?:\s+base)?|kb|faq|help centre|help center)\s*[:\-—]\s*(.+)$/is.exec(t) ??
    /^(?:add|save)\s+(?:some\s+|this\s+)?(?:knowledge|information|info)\s*[:\-—]\s*(.+)$/is.exec(t);
  if (m) return { kind: 'create_article', title: titleFrom(m[1]!.trim()), content: m[1]!.trim() };
  return undefined;
}

/** Article commands, or undefined when the message is about something else. */
export function parseArticleCommand(t: string): Intent | undefined {
  // "a help page", "an FAQ page", "a page": what admins call an article too.
  const ARTICLE = String.raw`(?:(?:knowledge(?:\s+base)?\s+|kb\s+|help\s+|faq\s+)?${ARTICLE_WORD}|(?:help|faq|info(?:rmation)?|knowledge(?:\s+base)?|support)\s+(?:page|doc(?:ument)?)|page)`;
  const loose = parseLooseKnowledge(t) ?? parseHereIs(t);
  if (loose) return loose;
  // "Add this as an article about vet referrals: …": what follows is the article.
  let m = new RegExp(String.raw`^(?:add|create|write|new|save|make|start|put\s+up)\s+(?:(?:this|it|the\s+following)\s+(?:as\s+)?)?(?:a\s+|an\s+|the\s+)?(?:new\s+)?${ARTICLE}\b\s*[-—:]?\s*(.*)$`, 'is').exec(t);
  if (m) return parseCreate(m[1]!);
  m = new RegExp(String.raw`^rename\s+(?:the\s+)?${ARTICLE}\s+(?:titled\s+|called\s+|about\s+)?${QUOTED_OR_UNTIL}\s+to\s+(.+)$`, 'is').exec(t);
  if (m) return { kind: 'update_article', target: unquote(m[1]!), patch: { title: unquote(m[2]!) } };
  m = new RegExp(String.raw`^(?:set|change|move)\s+(?:the\s+)?category\s+of\s+(?:the\s+)?${ARTICLE}\s+(?:titled\s+|called\s+|about\s+)?(.+?)\s+to\s+(.+)$`, 'is').exec(t);
  if (m) return { kind: 'update_article', target: unquote(m[1]!), patch: { category: unquote(m[2]!) } };
  m = new RegExp(String.raw`^(?:update|edit|change|modify|replace|rewrite|correct)\s+(?:the\s+)?${ARTICLE}\s+(?:titled\s+|called\s+|named\s+|about\s+|on\s+)?("[^"]+"|“[^”]+”|'[^']+'|[^:\n.?!]+?)\s*(?:(?:,\s*)?(?:with|to say|so (?:that )?it says|to read|content|text)\s*[:\-—]?|[:\-—]|\n)\s*(.+)$`, 'is').exec(t);
  if (m) return { kind: 'update_article', target: unquote(m[1]!), patch: { content: m[2]!.trim() } };
  // "Update Opening Hours: Sunday café hours now 10am to 9pm.": a page named before the colon.
  m = /^(?:update|amend)\s+(?:the\s+)?["“]?([^:"”\n]{2,40}?)["”]?\s*:\s*(\S.{5,})$/is.exec(t);
  if (m && !SETTING_WORDS.test(m[1]!)) return { kind: 'update_article', target: m[1]!.trim(), patch: { content: m[2]!.trim() }, append: true };
  // "delete the article about the loyalty card" / "delete the parking article": a word of its title.
  // "… the Puppy Splash Club article, we've stopped running it": why it goes is not its title.
  m = new RegExp(String.raw`^(?:archive|remove|delete|retire|take\s+down|unpublish|hide|get\s+rid\s+of|bin|scrap)\s+(?:the\s+|our\s+)?(?:${ARTICLE}s?\s+(?:titled\s+|called\s+|named\s+|about\s+|on\s+)?(.+?)|(.+?)\s+${ARTICLE})(?:[.!]?|(?:\s*[,;(—–]|\s+-|[.!])\s+.*)$`, 'is').exec(t);
  if (m) return { kind: 'archive_article', target: unquote(m[1] ?? m[2]!).replace(/^(?:the|our|a|an)\s+/i, '') };
  m = /^(?:search|find|look\s+up|look\s+for)\s+(?:in\s+)?(?:the\s+)?(?:knowledge(?:\s+base)?|kb|articles?)?\s*(?:for|about|on|mentioning|that mention)?\s*(.+)$/is.exec(t);
  if (m && /\b(?:articles?|knowledge|kb)\b/i.test(t)) return { kind: 'search_articles', query: unquote(m[1]!.replace(/\b(?:articles?|in the knowledge base|in the kb)\b/gi, '')) };
  m = /\b(?:articles?|knowledge base)\b.*?\b(?:about|on|mentioning|regarding|covering)\s+(.+)$/is.exec(t);
  if (m && /^(?:do we have|is there|are there|show|list|which|what|any)\b/i.test(t)) return { kind: 'search_articles', query: unquote(m[1]!) };
  if (/^(?:list|show|display|see|view|what|which|give me)\b.*\b(?:articles|knowledge base|kb)\b/i.test(t) && !/\b(?:score|average|qa|quality|how\s+many|rate|percentage)\b/i.test(t)) return { kind: 'list_articles' };
  return undefined;
}

const QUOTE = String.raw`(?:"([^"\n]{3,300})"|“([^”\n]{3,300})”)`;
const PASSAGE = String.raw`(?:the\s+)?(?:sentence|line|bit|words?|text|part|wording)?\s*`;
const PAGE_NAMED = String.raw`(?:the\s+|our\s+)?["“']?([^"“”'\n,]{2,60}?)["”']?(?:\s+(?:page|${ARTICLE_WORD}))?`;

/**
 * "On the uncollected bikes page please replace the sentence "X" with "Y"", "change "X" to "Y" in
 * the Prices article": one quoted passage of an article for another, the rest kept.
 */
export function parseTextSwap(t: string): Intent | undefined {
  const m =
    new RegExp(String.raw`^(?:on|in)\s+${PAGE_NAMED}\s*,?\s*(?:(?:please|pls|can\s+you|could\s+you)\s+)*(?:replace|change|swap|switch)\s+${PASSAGE}${QUOTE}\s+(?:with|to|for)\s+${QUOTE}\s*[.!]?$`, 'iu').exec(t);
  if (m) return { kind: 'replace_text', target: m[1]!.trim(), from: (m[2] ?? m[3])!, to: (m[4] ?? m[5])! };
  const n =
    new RegExp(String.raw`^(?:replace|change|swap|switch)\s+${PASSAGE}${QUOTE}\s+(?:with|to|for)\s+${QUOTE}(?:\s+(?:on|in)\s+${PAGE_NAMED})?\s*[.!]?$`, 'iu').exec(t);
  if (n) return { kind: 'replace_text', target: n[5]?.trim() ?? '', from: (n[1] ?? n[2])!, to: (n[3] ?? n[4])! };
  // "On the self assessment one please change the paperwork deadline from 30 November to 31
  // October, we're bringing it forward this year", "In the Funeral Flowers article can you change
  // the notice for letter tributes to 5 working days not 3": a figure or date swapped, unquoted,
  // perhaps with a remark after. The old text is what the article says now.
  const lead = String.raw`^(?:on|in)\s+${PAGE_NAMED}\s*,?\s*(?:(?:please|pls|can\s+you|could\s+you)\s+)*(?:change|update|move)\s+(?:the\s+)?[\p{L} ]{2,40}?\s+`;
  const remark = String.raw`\s*(?:[.!]|,\s*\S[^\n]*)?$`;
  const fromTo = new RegExp(String.raw`${lead}from\s+([^,.\n]{2,40}?)\s+to\s+([^,.\n]*\d[^,.\n]*?)${remark}`, 'iu').exec(t);
  const toNot = new RegExp(String.raw`${lead}to\s+([^,.\n]*\d[^,.\n]*?)\s+(?:not|instead\s+of)\s+([^,.\n]*\d[^,.\n]*?)${remark}`, 'iu').exec(t);
  const swap = (m: RegExpExecArray | null, oldText: string | undefined, newText: string | undefined): Intent | undefined => {
    if (!m || !oldText || !newText) return undefined;
    const [from, to] = [oldText.trim(), newText.trim()];
    // "to 5 working days not 3": the old figure in the new one's unit; a bare number alone is no
    // passage to find ("3" is in "13" and "£3.50").
    const unit = /^[£$€]?\d[\d.,]*\s+(\D.*)$/.exec(to)?.[1];
    const old = /^[£$€]?\d[\d.,]*$/.test(from) ? (unit ? `${from} ${unit}` : undefined) : from;
    if (old === undefined || [old, to].some((x) => x.split(/\s+/).length > 5)) return undefined;
    return { kind: 'replace_text', target: m[1]!.trim().replace(/\s+one$/i, ''), from: old, to };
  };
  const swapped = swap(fromTo, fromTo?.[2], fromTo?.[3]) ?? swap(toNot, toNot?.[3], toNot?.[2]);
  if (swapped) return swapped;
  return undefined;
}
