/** The cancellation a reply run hands its agent: the part of AbortSignal the ports use. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Cancellation, type CancelSignal } from '../src/model/cancel.ts';
import { sleep } from './helpers/scripted-agent.ts';

describe('Cancellation', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('aborts once: listeners run once with the first reason, later aborts change nothing', () => {
    const c = new Cancellation();
    const seen: unknown[] = [];
    const listener = () => seen.push(c.reason);
    c.addEventListener('abort', listener);
    c.addEventListener('abort', () => seen.push('second'), { once: true });
    expect(c.aborted).toBe(false);
    expect(() => c.throwIfAborted()).not.toThrow();
    c.abort('stopped');
    c.abort('timeout');
    expect(seen).toEqual(['stopped', 'second']);
    expect(c.aborted).toBe(true);
    expect(c.reason).toBe('stopped');
    expect(() => c.throwIfAborted()).toThrow('stopped');
    // Like an AbortSignal: a listener added after the abort never runs.
    c.addEventListener('abort', listener);
    expect(seen).toHaveLength(2);
  });

  it('a removed listener does not run', () => {
    const c = new Cancellation();
    const listener = vi.fn();
    c.addEventListener('abort', listener);
    c.removeEventListener('abort', listener);
    c.removeEventListener('abort', listener);
    c.abort('shutdown');
    expect(listener).not.toHaveBeenCalled();
  });

  it('a throwing listener stops neither the others nor the caller; its error is reported on the next tick', () => {
    const reported: (() => void)[] = [];
    vi.spyOn(process, 'nextTick').mockImplementation(((fn: () => void) => reported.push(fn)) as typeof process.nextTick);
    const c = new Cancellation();
    const after = vi.fn();
    c.addEventListener('abort', () => {
      throw new Error('listener bug');
    });
    c.addEventListener('abort', after);
    expect(() => c.abort('stopped')).not.toThrow();
    expect(after).toHaveBeenCalledOnce();
    expect(reported).toHaveLength(1);
    expect(() => reported[0]!()).toThrow('listener bug');
  });

  it('fits where the ports ask for a signal, as a real AbortSignal does', async () => {
    const cancellation = new Cancellation();
    const controller = new AbortController();
    const signals: [CancelSignal, (reason: string) => void][] = [
      [cancellation, (reason) => cancellation.abort(reason)],
      [controller.signal, (reason) => controller.abort(reason)],
    ];
    for (const [signal, abort] of signals) {
      const pending = sleep(60_000, signal);
      abort('stopped');
      await expect(pending).rejects.toBe('stopped');
    }
  });
});
