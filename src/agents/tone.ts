/**
 * The configured tone as a writing style for the offline model's answers: how a reply opens and
 * closes. QA uses the same classification to check a reply matches the tone.
 */

export type ToneStyle = 'formal' | 'friendly' | 'concise' | 'casual' | 'empathetic';

/** Classifies free-text tone ("friendly and concise") into one writing style. */
export function toneStyle(tone: string): ToneStyle {
  const t = tone.toLowerCase();
  if (/\b(formal|professional and formal|polite|courteous|business-like|businesslike|corporate)\b/.test(t) && !/\binformal\b/.test(t)) return 'formal';
  if (/\b(concise|brief|short|to the point|direct|terse|succinct)\b/.test(t)) return 'concise';
  if (/\b(casual|playful|fun|relaxed|informal|laid-back|cheeky|witty)\b/.test(t)) return 'casual';
  if (/\b(empathetic|caring|warm|compassionate|understanding|reassuring)\b/.test(t)) return 'empathetic';
  return 'friendly';
}

const OPENERS: Record<ToneStyle, string> = {
  formal: 'Thank you for your question.',
  friendly: 'Happy to help!',
  concise: '',
  casual: 'Sure thing!',
  empathetic: 'I understand, and I am glad to help.',
};

const CLOSERS: Record<ToneStyle, string> = {
  formal: 'Please let me know if I can assist you further.',
  friendly: 'Is there anything else I can help you with?',
  concise: '',
  casual: 'Anything else you want to know?',
  empathetic: 'If anything else is worrying you, just let me know.',
};

/** Wraps answer sentences in the tone's opening and closing lines. */
export function styleAnswer(tone: string, body: string): string {
  const style = toneStyle(tone);
  return [OPENERS[style], body, CLOSERS[style]].filter((s) => s !== '').join(' ');
}

/** Markers that do not belong in a reply of the given style (QA tone check). */
export function toneViolations(tone: string, reply: string): boolean {
  const style = toneStyle(tone);
  if (style === 'formal') return /\b(hey|yo|gonna|wanna|lol|awesome|cool|sure thing)\b|!!|[\u{1F600}-\u{1F64F}]/iu.test(reply);
  if (style === 'concise') return reply.length > 700;
  return false;
}
