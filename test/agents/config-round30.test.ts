import { describe, expect, it } from 'vitest';
import { clean } from '../../src/agents/offline-config/values.ts';

describe('a "please" that belongs to pasted text is kept (round 30 http-eval)', () => {
  it('keeps the last line\'s own "please" in a pasted block', () => {
    expect(clean('Set the business context: Fernleigh Equestrian Centre, near Frome.\n\nTone: friendly. British spelling please.')).toMatch(/British spelling please\.$/);
  });

  it('drops a "please" that stands apart, or ends a one-line request', () => {
    expect(clean('Set the business context: We roast coffee in Portland please')).toBe('Set the business context: We roast coffee in Portland');
    expect(clean('Set the business context: We roast coffee.\nWe ship worldwide.\nplease')).toBe('Set the business context: We roast coffee.\nWe ship worldwide.');
    expect(clean('Set the business context: We roast coffee.\nWe ship worldwide, thanks')).toBe('Set the business context: We roast coffee.\nWe ship worldwide');
  });
});
