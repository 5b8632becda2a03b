import { describe, expect, it } from 'vitest';
import { HTTP_ERROR_CODES } from '@parley/client/protocol';
import { AppError, ERROR_CATALOG, toHttpError } from '../src/errors.ts';

describe('error catalog', () => {
  it('has a status and a message for every wire code', () => {
    for (const code of HTTP_ERROR_CODES) {
      expect(ERROR_CATALOG[code].status).toBeGreaterThanOrEqual(400);
      expect(ERROR_CATALOG[code].message.length).toBeGreaterThan(0);
    }
    expect(Object.keys(ERROR_CATALOG).sort()).toEqual([...HTTP_ERROR_CODES].sort());
  });

  it('never lets internal text out of a 5xx or an unknown throw', () => {
    const secret = 'SQLITE_ERROR near "select" at /srv/parley/db.ts:10';
    expect(toHttpError(new Error(secret)).body).toEqual({
      error: ERROR_CATALOG.internal_error.message,
      code: 'internal_error',
    });
    expect(JSON.stringify(toHttpError(new AppError('internal_error', secret)))).not.toContain('SQLITE');
    expect(toHttpError(new AppError('not_found', 'Conversation not found.'))).toMatchObject({
      status: 404,
      body: { error: 'Conversation not found.', code: 'not_found' },
    });
  });
});
