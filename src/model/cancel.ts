/**
 * Cancellation for the agent and model ports. `CancelSignal` is the part of `AbortSignal` the
 * ports use, so a real AbortSignal fits wherever one is asked for. A reply run passes a
 * {@link Cancellation} instead: an AbortSignal costs about 0.7 KiB on Node 20 (its EventTarget's
 * two Maps and a hidden class of its own), and a server holds one per open reply. A provider
 * that needs a real AbortSignal (for fetch) links one of its own to the CancelSignal it is
 * given, as the AI SDK provider does.
 */
export interface CancelSignal {
  readonly aborted: boolean;
  readonly reason: unknown;
  /** Throws `reason` once aborted. */
  throwIfAborted(): void;
  /** Listeners run once, when the signal aborts (`once` changes nothing: a signal aborts once). */
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** A CancelSignal and its `abort()`, like an AbortController and its signal in one small object. */
export class Cancellation implements CancelSignal {
  #aborted = false;
  #reason: unknown;
  #listeners: (() => void)[] | undefined;

  get aborted(): boolean {
    return this.#aborted;
  }

  get reason(): unknown {
    return this.#reason;
  }

  throwIfAborted(): void {
    if (this.#aborted) throw this.#reason;
  }

  addEventListener(_type: 'abort', listener: () => void, _options?: { once?: boolean }): void {
    if (this.#aborted) return;
    // Usually the only one: a literal holds one listener where a push would reserve 17 slots.
    if (this.#listeners === undefined) this.#listeners = [listener];
    else this.#listeners.push(listener);
  }

  removeEventListener(_type: 'abort', listener: () => void): void {
    const i = this.#listeners?.indexOf(listener) ?? -1;
    if (i !== -1) this.#listeners!.splice(i, 1);
  }

  /** Aborts once with `reason` and runs the listeners; later calls change nothing. */
  abort(reason: unknown): void {
    if (this.#aborted) return;
    this.#aborted = true;
    this.#reason = reason;
    const listeners = this.#listeners ?? [];
    this.#listeners = undefined;
    for (const listener of listeners) {
      try {
        listener();
      } catch (err) {
        // As an EventTarget does: a throwing listener neither stops the others nor the caller.
        process.nextTick(() => {
          throw err;
        });
      }
    }
  }
}
