/**
 * Paces many waits of one fixed delay with one timer: since every wait is as long as the
 * others, they end in the order they began, so a FIFO queue is all the bookkeeping needed.
 * A server pausing thousands of offline replies at once then holds no timer, promise or
 * closure per pause, only a queue slot.
 */

/** What waits: `wake()` is called once the delay has passed, unless the wait was cancelled. */
export interface Sleeper {
  wake(): void;
}

export class Pacer {
  readonly #delayMs: number;
  #sleepers: (Sleeper | undefined)[] = [];
  /** When each sleeper wakes, on the monotonic clock (`performance.now()`). */
  #wakeAt: number[] = [];
  /** The first slot still in use: woken slots before it are dropped in batches, not shifted one by one. */
  #head = 0;
  #timer: NodeJS.Timeout | undefined;

  constructor(delayMs: number) {
    if (!(delayMs > 0)) throw new RangeError('a pacer needs a positive delay');
    this.#delayMs = delayMs;
  }

  /** Waits still pending. */
  get size(): number {
    let n = 0;
    for (let i = this.#head; i < this.#sleepers.length; i++) if (this.#sleepers[i] !== undefined) n++;
    return n;
  }

  /** Calls `sleeper.wake()` once the delay has passed. */
  add(sleeper: Sleeper): void {
    this.#sleepers.push(sleeper);
    this.#wakeAt.push(performance.now() + this.#delayMs);
    this.#timer ??= setTimeout(this.#fire, this.#delayMs);
  }

  /** Forgets a pending wait; false if it was not pending. */
  cancel(sleeper: Sleeper): boolean {
    const i = this.#sleepers.lastIndexOf(sleeper);
    if (i < this.#head) return false;
    this.#sleepers[i] = undefined;
    return true;
  }

  readonly #fire = (): void => {
    this.#timer = undefined;
    const now = performance.now();
    while (this.#head < this.#sleepers.length && this.#wakeAt[this.#head]! <= now) {
      const sleeper = this.#sleepers[this.#head];
      this.#sleepers[this.#head++] = undefined;
      // A sleeper may wait again from wake(): it joins the end of the queue.
      sleeper?.wake();
    }
    if (this.#head === this.#sleepers.length) {
      this.#sleepers = [];
      this.#wakeAt = [];
      this.#head = 0;
      return;
    }
    if (this.#head >= 1024 && this.#head * 2 >= this.#sleepers.length) {
      this.#sleepers = this.#sleepers.slice(this.#head);
      this.#wakeAt = this.#wakeAt.slice(this.#head);
      this.#head = 0;
    }
    this.#timer = setTimeout(this.#fire, Math.max(1, Math.ceil(this.#wakeAt[this.#head]! - now)));
  };
}
