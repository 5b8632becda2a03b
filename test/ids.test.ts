import { describe, expect, it } from 'vitest';
import { newId } from '../src/storage/ids.ts';

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newId (UUID v7)', () => {
  it('is an RFC 9562 version-7 UUID whose first 48 bits are the time in ms', () => {
    const at = Date.UTC(2026, 10, 26, 8, 30, 0, 123);
    const id = newId(at);
    expect(id).toMatch(V7);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(at);
  });

  it('sorts by creation time across milliseconds, and 10,000 ids are distinct', () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => newId(1_700_000_000_000 + Math.floor(i / 10)));
    expect(new Set(ids).size).toBe(ids.length);
    for (let i = 10; i < ids.length; i += 10) expect(ids[i - 10]! < ids[i]!).toBe(true);
    expect(ids.every((id) => V7.test(id))).toBe(true);
  });
});
