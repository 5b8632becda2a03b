/**
 * A deterministic agent for server tests: replays scripted deltas with a delay, can stall or
 * throw, records its calls, and notes when its signal aborted (so tests can prove a stop or a
 * deadline reached the "model").
 */
import type { Agent, AgentEvent, AgentInput } from '../../src/agents/types.ts';
import type { CancelSignal } from '../../src/model/cancel.ts';
import { ModelError } from '../../src/model/types.ts';

export interface Script {
  deltas: string[];
  delayMs?: number;
  /** After this many deltas, wait forever (until aborted). */
  stallAfter?: number;
  /** After this many deltas, throw a ModelError. */
  failAfter?: number;
  escalate?: string;
  tokens?: number;
}

export class ScriptedAgent implements Agent {
  calls: AgentInput[] = [];
  aborted = 0;
  script: Script;

  constructor(script: Script) {
    this.script = script;
  }

  async *reply(input: AgentInput, signal: AbortSignal): AsyncIterable<AgentEvent> {
    this.calls.push(input);
    signal.addEventListener('abort', () => this.aborted++, { once: true });
    const s = this.script;
    for (let i = 0; i < s.deltas.length; i++) {
      if (s.stallAfter === i) await sleep(10 * 60_000, signal);
      if (s.failAfter === i) throw new ModelError('upstream_disconnected', 'socket hang up at 10.0.0.7 with sk-secret');
      if (i > 0 && s.delayMs) await sleep(s.delayMs, signal);
      yield { type: 'delta', text: s.deltas[i]! };
    }
    if (s.stallAfter === s.deltas.length) await sleep(10 * 60_000, signal);
    if (s.escalate) yield { type: 'escalate', reason: s.escalate };
    yield { type: 'usage', tokens: s.tokens ?? 10 };
  }
}

export const words = (n: number, prefix = 'w') => Array.from({ length: n }, (_, i) => `${prefix}${i} `);

/** The scripted agent's pause: resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal: CancelSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
