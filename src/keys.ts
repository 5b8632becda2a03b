/**
 * API keys: `lxc_`/`lxm_` + 32 random base62 characters + a 6-character checksum (GitHub style,
 * so a scanner can recognise a leaked key without a database). Only the SHA-256 hash is stored;
 * lookups go by hash, so no secret is ever compared character by character.
 */
import { hash, randomBytes } from 'node:crypto';
import { KEY_PREFIX, type Channel } from '@parley/client/protocol';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const RANDOM_LENGTH = 32;
const CHECKSUM_LENGTH = 6;
const KEY_PATTERN = /^(lxc|lxm)_([0-9A-Za-z]{32})([0-9A-Za-z]{6})$/;

function randomBase62(length: number): string {
  let out = '';
  while (out.length < length) {
    for (const b of randomBytes(length * 2)) {
      // Rejection sampling keeps every character equally likely (248 = 4 * 62).
      if (b < 248 && out.length < length) out += ALPHABET[b % 62];
    }
  }
  return out;
}

function checksum(body: string): string {
  // The first 40 bits of the digest.
  let n = parseInt(hash('sha256', body, 'hex').slice(0, 10), 16);
  let out = '';
  for (let i = 0; i < CHECKSUM_LENGTH; i++) {
    out = ALPHABET[n % 62] + out;
    n = Math.floor(n / 62);
  }
  return out;
}

export interface GeneratedKey {
  /** The secret, shown once. */
  plaintext: string;
  hash: string;
  last4: string;
}

export function generateApiKey(type: Channel): GeneratedKey {
  const body = `${KEY_PREFIX[type]}${randomBase62(RANDOM_LENGTH)}`;
  const plaintext = body + checksum(body);
  return { plaintext, hash: hashApiKey(plaintext), last4: plaintext.slice(-4) };
}

export function hashApiKey(plaintext: string): string {
  // One-shot hash: every request computes two SHA-256s (checksum and lookup).
  return hash('sha256', plaintext, 'hex');
}

/** The channel a well-formed key belongs to, or undefined when the format or checksum is wrong. */
export function parseApiKey(candidate: string): Channel | undefined {
  const m = KEY_PATTERN.exec(candidate);
  if (!m) return undefined;
  if (checksum(`${m[1]}_${m[2]}`) !== m[3]) return undefined;
  return m[1] === 'lxc' ? 'customer' : 'management';
}
