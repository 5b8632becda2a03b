/**
 * The offline model's support composer. It reads `request.context` (a {@link SupportContext}),
 * never the prose: it escalates with the `escalate` tool when the escalation check fires,
 * writes the hand-over once the tool result is back, answers small talk (greetings, its name),
 * and otherwise answers extractively from the articles and business context (a location or
 * opening-hours question from the context's address or hours) — or says it does not know and
 * offers a human.
 */
import { customerAge } from '../knowledge/age-bands.ts';
import { askedTypes } from '../knowledge/answer-types.ts';
import { asksForUnnamed, extractAnswer, leadingName, type AnswerSource, type ExtractOptions } from '../knowledge/extract-answer.ts';
import { faqAnswer } from '../knowledge/faq-match.ts';
import { questionFocus, subQuestions } from '../knowledge/question-focus.ts';
import { tableOf } from '../knowledge/search-query.ts';
import { phrasesAsWritten } from '../knowledge/synonyms.ts';
import { terms } from '../knowledge/text.ts';
import type { OfflineTurn } from '../model/offline.ts';
import type { ModelRequest } from '../model/types.ts';
import { businessFactAnswer } from './business-facts.ts';
import { detectEscalation } from './escalation.ts';
import type { SupportContext } from './support-prompt.ts';
import { handoffText, notKnownText } from './support-replies.ts';
import { styleAnswer, toneStyle } from './tone.ts';

// "Who are you?", not "Who are your massage therapists?"; "Are you a bot?", not "Are you real ale brewers?".
const ASKS_NAME = /\b(?:what(?:'s| is) your name|who are you\b(?!\s+(?!exactly|then|again)\w)|who am i (?:talking|speaking|chatting) (?:to|with)|your name\b|are you (?:a |an )?(?:bot|robot|human|real|ai|person|real person|actual person)(?=\s*(?:[?.!,]|$|or\b))|what should i call you)/i;
const GREETING = /^\s*(?:hi|hello|hey|good (?:morning|afternoon|evening)|greetings|howdy|hiya)\b[\s!.,]*(?:there)?[\s!.,]*$/i;
const THANKS = /^\s*(?:thanks?(?: you)?(?: so much| a lot)?|thx|ty|cheers|great,? thanks?|perfect,? thanks?|ok(?:ay)?,? thanks?)[\s!.]*$/i;
const GOODBYE = /^\s*(?:bye|goodbye|see you|that'?s all|nothing else)[\s!.]*$/i;

/** True when a request carries the support agent's context. */
export function isSupportContext(value: unknown): value is SupportContext {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'support';
}

function smallTalk(ctx: SupportContext): string | undefined {
  const msg = ctx.customerMessage;
  const formal = toneStyle(ctx.tone) === 'formal';
  if (ASKS_NAME.test(msg)) {
    return `I'm ${ctx.agentName}, the virtual support assistant here. I can answer questions from our help articles or connect you with a person. How can I help you?`;
  }
  if (GREETING.test(msg)) return formal ? `Good day, I am ${ctx.agentName}. How may I help you?` : `Hello! I'm ${ctx.agentName}. How can I help you today?`;
  if (THANKS.test(msg)) return formal ? 'You are welcome. Is there anything else I can help you with?' : "You're welcome! Is there anything else I can help with?";
  if (GOODBYE.test(msg)) return formal ? 'Thank you for contacting us. Goodbye.' : 'Thanks for chatting with us. Have a great day!';
  return undefined;
}

/** Composes one support turn from the structured context. */
export function composeSupportTurn(request: ModelRequest): OfflineTurn {
  const ctx = request.context as SupportContext;
  const last = request.messages[request.messages.length - 1];
  if (last?.role === 'tool' && last.name === 'escalate') return { text: handoffText(ctx.tone) };
  const escalation = detectEscalation(ctx.customerMessage, ctx.escalationRules);
  if (escalation) return { toolCalls: [{ name: 'escalate', input: { reason: escalation.reason } }] };
  const chat = smallTalk(ctx);
  if (chat) return { text: chat };
  const { lines } = supportAnswer(ctx);
  return { text: lines.length > 0 ? styleAnswer(ctx.tone, asProse(lines)) : notKnownText(ctx.tone) };
}

/** Which step found a reply's lines, in the order they are tried (eval/answer-paths.ts counts them). */
export type AnswerStep = 'unnamed' | 'faq' | 'extract' | 'focus' | 'fact' | 'none';

/**
 * The lines that answer the customer's message, and the step that found them; no lines is "don't
 * know". `message` is the customer's message as the steps read it (the organization's phrases as
 * its articles write them).
 */
export function supportAnswer(ctx: SupportContext): { step: AnswerStep; lines: string[]; message: string } {
  const sources = supportSources(ctx);
  const options = supportExtractOptions(ctx);
  // The organization's phrases as its articles write them ("doggy bus" → "pet taxi").
  const message = phrasesAsWritten(ctx.customerMessage, ctx.synonyms ?? [], sources.map((s) => `${s.title}\n${s.text}`).join('\n'));
  const { question, story } = questionFocus(message);
  // "Do you have a loyalty card? I buy flowers most weeks.": the story's words may meet a line,
  // but what is asked about is named nowhere.
  if (story !== '' && asksForUnnamed(question, sources, options)) return { step: 'unnamed', lines: [], message };
  // A question the help centre's own FAQ asks is answered by that FAQ's answer.
  let step: AnswerStep = 'faq';
  let picked = faqAnswer(message, sources, options);
  if (picked.length === 0) {
    step = 'extract';
    picked = extractAnswer(message, sources, options);
  }
  // Nothing answers the whole message: the story around the question may be what sank it.
  if (picked.length === 0 && story !== '') {
    step = 'focus';
    // The story may say who the question is about: "her 3 year old" before "is he allowed in?"
    // (an age the question gives itself comes first).
    picked = extractAnswer(question, sources, { ...options, customerAge: customerAge(story) });
  }
  // "When can I pick them up and what's the charge?": each question answered, not just the one
  // the whole message's words lean to. Only beside an answer: parts answered on their own never
  // turn a "don't know" into one (measured: as many unanswerable questions answered as fixed).
  if (picked.length > 0) {
    for (const part of subQuestions(message).slice(0, 3)) {
      if (part === message) break;
      // "…and drop it back? What does that cost?": a part naming nothing asks about the one before.
      const typeWords = new Set(askedTypes(part).flatMap((k) => k.words.flatMap((w) => terms(w))));
      if (terms(part).every((t) => typeWords.has(t))) continue;
      const more = extractAnswer(part, sources, { ...options, gate: false, maxSentences: 3 }).filter((s) => !picked.some((p) => p.text === s.text));
      picked = [...picked, ...more.slice(0, 3)];
    }
  }
  if (picked.length > 0) return { step, lines: picked.map((s) => s.text), message };
  // "Where are you?" shares no word with the address that answers it.
  const fact = businessFactAnswer(ctx.customerMessage, ctx.businessContext);
  return { step: fact.length > 0 ? 'fact' : 'none', lines: fact, message };
}

/**
 * Quoted lines as one paragraph: a list item or table row has no full stop of its own, so it
 * gets one ("Saturday: 9am to 4pm. Sunday: closed."), not run into the next line.
 */
export function asProse(lines: string[]): string {
  return lines.map((l) => (/[.!?:;…]["')\]]?$/.test(l.trim()) ? l.trim() : `${l.trim()}.`)).join(' ');
}

/** What the extractor answers from: the retrieved articles, then the business context. */
export function supportSources(ctx: SupportContext): AnswerSource[] {
  return [
    ...ctx.articles.map((a) => ({ id: a.id, title: a.title, text: a.content })),
    // A title of stop words only ("About us") would give its lines no context words.
    { id: 'business-context', title: 'About our business and company', text: ctx.businessContext },
  ];
}

export function supportExtractOptions(ctx: SupportContext): ExtractOptions {
  // A concise tone quotes fewer lines (QA flags a concise reply over 700 characters).
  return { synonyms: tableOf(ctx.synonyms ?? []), businessName: leadingName(ctx.businessContext), ...(toneStyle(ctx.tone) === 'concise' ? { maxSentences: 3 } : {}) };
}
