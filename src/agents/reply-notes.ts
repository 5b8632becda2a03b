/**
 * What the support agent knew when it answered (sources, prompt instructions, outcome), kept
 * in memory by user message id until the reply-finished hook has judged the stored reply.
 * Bounded: the oldest notes go first, so an unjudged reply can never grow memory.
 */

export interface ReplyNote {
  sources: string[];
  instructions: string;
  markers: string[];
  tone: string;
  escalationRules: string[];
  /** The agent said it did not know. */
  notKnown: boolean;
  /** The input filter refused the message. */
  refusedCategory: string | null;
  /** The conversation was already escalated, so the agent only promised a follow-up. */
  followUpOnly: boolean;
}

export class ReplyNotes {
  readonly #notes = new Map<string, ReplyNote>();
  readonly #max: number;

  constructor(max = 1000) {
    this.#max = max;
  }

  set(userMessageId: string, note: ReplyNote): void {
    this.#notes.delete(userMessageId);
    this.#notes.set(userMessageId, note);
    if (this.#notes.size > this.#max) this.#notes.delete(this.#notes.keys().next().value!);
  }

  /** Returns and forgets the note. */
  take(userMessageId: string): ReplyNote | undefined {
    const note = this.#notes.get(userMessageId);
    this.#notes.delete(userMessageId);
    return note;
  }
}
