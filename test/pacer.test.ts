/** The offline model's pacer: one timer for many waits of the same delay, woken in order. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Pacer } from '../src/model/pacer.ts';

describe('Pacer', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('wakes each sleeper once its delay has passed, in the order they began, with one timer', () => {
    const pacer = new Pacer(100);
    const woken: string[] = [];
    pacer.add({ wake: () => woken.push('a') });
    vi.advanceTimersByTime(40);
    pacer.add({ wake: () => woken.push('b') });
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(59);
    expect(woken).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(woken).toEqual(['a']);
    vi.advanceTimersByTime(39);
    expect(woken).toEqual(['a']);
    vi.advanceTimersByTime(1);
    expect(woken).toEqual(['a', 'b']);
    expect(pacer.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a cancelled sleeper is never woken; the others still are', () => {
    const pacer = new Pacer(10);
    const woken: string[] = [];
    const a = { wake: () => woken.push('a') };
    const b = { wake: () => woken.push('b') };
    pacer.add(a);
    pacer.add(b);
    expect(pacer.cancel(a)).toBe(true);
    expect(pacer.cancel(a)).toBe(false);
    vi.advanceTimersByTime(10);
    expect(woken).toEqual(['b']);
    expect(pacer.cancel(b)).toBe(false);
  });

  it('a sleeper that waits again from wake() waits a full delay more', () => {
    const pacer = new Pacer(25);
    let wakes = 0;
    const sleeper = {
      wake: () => {
        wakes++;
        if (wakes < 3) pacer.add(sleeper);
      },
    };
    pacer.add(sleeper);
    vi.advanceTimersByTime(25);
    expect(wakes).toBe(1);
    vi.advanceTimersByTime(24);
    expect(wakes).toBe(1);
    vi.advanceTimersByTime(1);
    expect(wakes).toBe(2);
    vi.advanceTimersByTime(25);
    expect(wakes).toBe(3);
    expect(pacer.size).toBe(0);
  });

  it('wakes every sleeper exactly once and in order while thousands come and go', () => {
    const pacer = new Pacer(5);
    const woken: number[] = [];
    let next = 0;
    // Sleepers join every millisecond while earlier ones wake, so woken slots are dropped
    // from the front of the queue while it still holds later ones.
    for (let ms = 0; ms < 10; ms++) {
      for (let i = 0; i < 1500; i++) {
        const id = next++;
        pacer.add({ wake: () => woken.push(id) });
      }
      vi.advanceTimersByTime(1);
    }
    // Now 10 ms in: those that joined at 0–5 ms have woken, those of 6–9 ms still wait.
    expect(woken.length).toBe(1500 * 6);
    expect(pacer.size).toBe(1500 * 4);
    vi.advanceTimersByTime(5);
    expect(woken).toEqual(Array.from({ length: 15_000 }, (_, i) => i));
    expect(pacer.size).toBe(0);
  });

  it('refuses a delay that is not positive', () => {
    expect(() => new Pacer(0)).toThrow(RangeError);
  });
});
