import { describe, expect, it } from 'vitest';
import { generateApiKey, hashApiKey, parseApiKey } from '../src/keys.ts';

describe('API keys', () => {
  it('have the documented prefix, a checksum, and only a hash to store', () => {
    const c = generateApiKey('customer');
    const m = generateApiKey('management');
    expect(c.plaintext).toMatch(/^lxc_[0-9A-Za-z]{38}$/);
    expect(m.plaintext).toMatch(/^lxm_[0-9A-Za-z]{38}$/);
    expect(parseApiKey(c.plaintext)).toBe('customer');
    expect(parseApiKey(m.plaintext)).toBe('management');
    expect(c.hash).toBe(hashApiKey(c.plaintext));
    expect(c.hash).not.toContain(c.plaintext.slice(4));
    expect(c.last4).toBe(c.plaintext.slice(-4));
  });

  it('rejects a changed character through the checksum', () => {
    const k = generateApiKey('customer').plaintext;
    const i = 10;
    const flipped = k.slice(0, i) + (k[i] === 'a' ? 'b' : 'a') + k.slice(i + 1);
    expect(parseApiKey(flipped)).toBeUndefined();
    expect(parseApiKey('lxc_short')).toBeUndefined();
    expect(parseApiKey(`lxx_${k.slice(4)}`)).toBeUndefined();
  });

  it('are unique', () => {
    const seen = new Set(Array.from({ length: 200 }, () => generateApiKey('customer').plaintext));
    expect(seen.size).toBe(200);
  });
});
