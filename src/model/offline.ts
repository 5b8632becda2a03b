/**
 * The embedded default model: deterministic, no network, no keys. It writes its reply with a
 * pluggable `compose` function (the agents supply retrieval answers and command handling) and
 * streams it word group by word group, like a hosted model would.
 */
import { estimateTokens, sleep, type LanguageModel, type ModelPart, type ModelRequest } from './types.ts';

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

/** Splits text into deltas of a few words each, keeping every character (whitespace included). */
export function splitIntoDeltas(text: string, wordsPerDelta = 3): string[] {
  const words = text.match(/\S+\s*/gu) ?? [];
  const leading = /^\s*/u.exec(text)![0];
  const out: string[] = [];
  for (let i = 0; i < words.length; i += wordsPerDelta) out.push(words.slice(i, i + wordsPerDelta).join(''));
  if (out.length === 0) return text === '' ? [] : [text];
  out[0] = leading + out[0];
  return out;
}

export class OfflineModel implements LanguageModel {
  readonly provider = 'offline';
  readonly modelId = 'parley-offline-1';
  readonly #delayMs: number;
  readonly #compose: OfflineComposer;

  constructor(options: OfflineModelOptions) {
    this.#delayMs = options.delayMs;
    this.#compose = options.compose ?? greetingComposer;
  }

  async *stream(request: ModelRequest, signal: AbortSignal): AsyncIterable<ModelPart> {
    signal.throwIfAborted();
    // The estimate of the prompt, counted without building it (it would be a kilobyte of garbage per reply).
    const promptLength = request.messages.reduce((n, m, i) => n + m.content.length + (i > 0 ? 1 : 0), request.system.length);
    const inputTokens = Math.ceil(promptLength / 4);
    const turn = this.#compose(request);
    if ('toolCalls' in turn) {
      let n = 0;
      for (const call of turn.toolCalls) {
        yield { type: 'tool-call', call: { id: `call_${++n}`, name: call.name, input: call.input } };
      }
      const outputTokens = estimateTokens(JSON.stringify(turn.toolCalls));
      yield { type: 'finish', usage: { inputTokens, outputTokens }, finishReason: 'tool-calls' };
      return;
    }
    const deltas = splitIntoDeltas(turn.text);
    for (let i = 0; i < deltas.length; i++) {
      if (i > 0 && this.#delayMs > 0) await sleep(this.#delayMs, signal);
      signal.throwIfAborted();
      yield { type: 'text-delta', text: deltas[i]! };
    }
    yield {
      type: 'finish',
      usage: { inputTokens, outputTokens: estimateTokens(turn.text) },
      finishReason: 'stop',
    };
  }
}
