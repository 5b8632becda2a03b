/** The support agent's fixed sentences (hand-over, follow-up, not known), in the configured tone. */
import { toneStyle } from './tone.ts';

export function handoffText(tone: string): string {
  return toneStyle(tone) === 'formal'
    ? 'I have passed your conversation to a member of our team. A person will follow up with you here shortly.'
    : "I've passed this to a member of our team, and a person will follow up with you here shortly.";
}

export function followUpText(tone: string): string {
  return toneStyle(tone) === 'formal'
    ? 'Your conversation has been passed to our team. A person will follow up with you here; thank you for your patience.'
    : "Thanks! Your conversation is with our team now, and a person will follow up with you here soon.";
}

export function notKnownText(tone: string): string {
  return toneStyle(tone) === 'formal'
    ? 'I am sorry, but I do not have information about that. Would you like me to connect you with a member of our team?'
    : "I'm sorry, I don't know the answer to that. Would you like me to connect you with a member of our team?";
}

/** Phrases that say "I don't know" in any model's words (QA: missing knowledge). */
export const NOT_KNOWN_PATTERN = /\b(?:i (?:do not|don't) (?:know|have (?:any )?information)|i'm not sure|i am not sure|i couldn't find|no information (?:about|on))\b/i;
