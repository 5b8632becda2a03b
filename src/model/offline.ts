/**
 * The embedded default model: deterministic, no network, no keys. It writes its reply with a
 * pluggable `compose` function (the agents supply retrieval answers and command handling) and
 * streams it word group by word group, like a hosted model would.
 */
import type { CancelSignal } from './cancel.ts';
import { Pacer, type Sleeper } from './pacer.ts';
import { estimateTokens, type LanguageModel, type ModelPart, type ModelRequest } from './types.ts';

/** Decides what the offline model says (text) or does (tool calls) for a request. */
export type OfflineComposer = (request: ModelRequest) => OfflineTurn;

export type OfflineTurn =
  | { text: string }
  | { toolCalls: { name: string; input: unknown }[] };

export interface OfflineModelOptions {
  /** Pause between deltas; 0 streams as fast as possible. */
  delayMs: number;
  compose?: OfflineComposer;
}

/** Until the agents land: greet, and say plainly what this build cannot do yet. */
export const greetingComposer: OfflineComposer = (request) => {
  const last = [...request.messages].reverse().find((m) => m.role === 'user');
  const said = last && last.role === 'user' ? last.content.trim() : '';
  const excerpt = said.length > 60 ? `${said.slice(0, 57)}...` : said;
  return {
    text:
      `Hello! I'm the Parley offline assistant. You said: "${excerpt}". ` +
      'I can greet you and keep this conversation, but I cannot answer questions from a knowledge base yet. ' +
      'Ask for a human if you need one.',
  };
};

/** Where the delta that starts at `from` ends: after `wordsPerDelta` words and their trailing space. */
function deltaEnd(text: string, from: number, wordsPerDelta: number): number {
  const word = /\S+\s*/gu;
  word.lastIndex = from === 0 ? /^\s*/u.exec(text)![0].length : from;
  let end = from;
  for (let n = 0; n < wordsPerDelta; n++) {
    const m = word.exec(text);
    if (m === null) break;
    end = word.lastIndex;
  }
  return end;
}

/** Splits text into deltas of a few words each, keeping every character (whitespace included). */
export function splitIntoDeltas(text: string, wordsPerDelta = 3): string[] {
  const out: string[] = [];
  for (let from = 0, end; from < text.length; from = end) {
    end = deltaEnd(text, from, wordsPerDelta);
    if (end === from) end = text.length; // whitespace only
    out.push(text.slice(from, end));
  }
  return out;
}

const WORDS_PER_DELTA = 3;

export class OfflineModel implements LanguageModel {
  readonly provider = 'offline';
  readonly modelId = 'parley-offline-1';
  readonly #compose: OfflineComposer;
  /** Paces every reply of this model between deltas; none when there is no delay. */
  readonly #pacer: Pacer | undefined;

  constructor(options: OfflineModelOptions) {
    this.#compose = options.compose ?? greetingComposer;
    this.#pacer = options.delayMs > 0 ? new Pacer(options.delayMs) : undefined;
  }

  stream(request: ModelRequest, signal: CancelSignal): AsyncIterable<ModelPart> {
    return new OfflineStream(request, signal, this.#compose, this.#pacer);
  }
}

/**
 * One offline reply as a plain async iterator rather than an async generator: while it pauses
 * between deltas it holds the reply text, a position and a slot in its model's {@link Pacer},
 * not a suspended frame with the request, every delta, a timer and a promise chain (a held
 * stream is mostly pauses, and a server holds thousands of them).
 */
class OfflineStream implements AsyncIterableIterator<ModelPart>, Sleeper {
  #request: ModelRequest | undefined;
  readonly #signal: CancelSignal;
  readonly #compose: OfflineComposer;
  readonly #pacer: Pacer | undefined;
  /** The parts still to send when the turn is not text (tool calls, then finish). */
  #parts: ModelPart[] = [];
  #text = '';
  #pos = 0;
  #inputTokens = 0;
  #done = false;
  /** The pending step while paused. */
  #resolve: ((result: IteratorResult<ModelPart>) => void) | undefined;
  #reject: ((reason: unknown) => void) | undefined;
  #listening = false;

  constructor(request: ModelRequest, signal: CancelSignal, compose: OfflineComposer, pacer: Pacer | undefined) {
    this.#request = request;
    this.#signal = signal;
    this.#compose = compose;
    this.#pacer = pacer;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  next(): Promise<IteratorResult<ModelPart>> {
    try {
      if (this.#resolve !== undefined) throw new Error('next() called while a step is pending');
      this.#signal.throwIfAborted();
      if (this.#request !== undefined) return Promise.resolve(this.#first(this.#request));
      if (this.#parts.length > 0) return Promise.resolve({ value: this.#parts.shift()!, done: false });
      if (this.#done) return Promise.resolve(this.#end());
      if (this.#pacer === undefined || this.#pos >= this.#text.length) return Promise.resolve(this.#nextText());
      return this.#pause(this.#pacer);
    } catch (err) {
      this.#end();
      return Promise.reject(err);
    }
  }

  return(): Promise<IteratorResult<ModelPart>> {
    this.#parts = [];
    this.#pos = this.#text.length;
    return Promise.resolve(this.#end());
  }

  /** Called by the pacer once the delay has passed. */
  wake(): void {
    const resolve = this.#resolve;
    this.#resolve = this.#reject = undefined;
    resolve?.(this.#nextText());
  }

  #pause(pacer: Pacer): Promise<IteratorResult<ModelPart>> {
    if (!this.#listening) {
      this.#signal.addEventListener('abort', this.#onAbort);
      this.#listening = true;
    }
    return new Promise((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
      pacer.add(this);
    });
  }

  /** An abort ends a pause at once, with the signal's reason. */
  readonly #onAbort = (): void => {
    const reject = this.#reject;
    this.#resolve = this.#reject = undefined;
    this.#pacer?.cancel(this);
    this.#end();
    reject?.(this.#signal.reason);
  };

  #end(): IteratorResult<ModelPart> {
    this.#done = true;
    if (this.#listening) {
      this.#signal.removeEventListener('abort', this.#onAbort);
      this.#listening = false;
    }
    return { value: undefined, done: true };
  }

  /** Composes the turn; the request is let go once it has been read. */
  #first(request: ModelRequest): IteratorResult<ModelPart> {
    this.#request = undefined;
    // The estimate of the prompt, counted without building it (it would be a kilobyte of garbage per reply).
    const promptLength = request.messages.reduce((n, m, i) => n + m.content.length + (i > 0 ? 1 : 0), request.system.length);
    this.#inputTokens = Math.ceil(promptLength / 4);
    const turn = this.#compose(request);
    if ('toolCalls' in turn) {
      let n = 0;
      this.#parts = turn.toolCalls.map((call) => ({ type: 'tool-call', call: { id: `call_${++n}`, name: call.name, input: call.input } }));
      const outputTokens = estimateTokens(JSON.stringify(turn.toolCalls));
      this.#parts.push({ type: 'finish', usage: { inputTokens: this.#inputTokens, outputTokens }, finishReason: 'tool-calls' });
      this.#done = true;
      return { value: this.#parts.shift()!, done: false };
    }
    this.#text = turn.text;
    return this.#nextText();
  }

  /** The next delta, or the finish part once the text is out. */
  #nextText(): IteratorResult<ModelPart> {
    const text = this.#text;
    if (this.#pos >= text.length) {
      this.#done = true;
      return { value: { type: 'finish', usage: { inputTokens: this.#inputTokens, outputTokens: estimateTokens(text) }, finishReason: 'stop' }, done: false };
    }
    const from = this.#pos;
    const end = deltaEnd(text, from, WORDS_PER_DELTA);
    this.#pos = end === from ? text.length : end;
    return { value: { type: 'text-delta', text: text.slice(from, this.#pos) }, done: false };
  }
}
