/**
 * The input rules every request passes after its schema (one `preHandler` hook in `app.ts`):
 * no string of the body, the path or the query string, and no key of the body, may hold a C0
 * control character other than tab, line feed and carriage return. NUL (U+0000) in particular
 * cannot be stored in a PostgreSQL text column; the others have no business in support text and
 * turn into terminal escapes in logs. Such a request is refused with 400, naming the field
 * (never echoing its value). The check runs on the validated input, so the keys it may name are
 * the schema's own (strict schemas refuse unknown keys; the others drop them).
 */
import { AppError } from '../errors.ts';

/** U+0000–U+001F except \t (09), \n (0A) and \r (0D). */
export const FORBIDDEN_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

/** A path segment that can be named in a message: a plain identifier or an array index. */
const NAMEABLE = /^(?:[A-Za-z_][A-Za-z0-9_]{0,63}|\d{1,6})$/;

/** Nesting deeper than this is not walked further (no schema of the API nests half as deep). */
const MAX_DEPTH = 32;

/**
 * The path (`['branding', 'agentName']`) of the first string or key under `value` that holds a
 * forbidden control character, or undefined when there is none.
 */
export function findControlCharacter(value: unknown, path: string[] = [], depth = 0): string[] | undefined {
  if (typeof value === 'string') return FORBIDDEN_CONTROL.test(value) ? path : undefined;
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findControlCharacter(value[i], [...path, String(i)], depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  for (const [key, inner] of Object.entries(value)) {
    if (FORBIDDEN_CONTROL.test(key)) return path;
    const found = findControlCharacter(inner, [...path, key], depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * Names a location for an error message without echoing input: `where` (body, params,
 * querystring) plus the path if every segment is a plain identifier, else `where` alone.
 */
export function describeLocation(where: string, path: readonly (string | number)[]): string {
  const segments = path.map(String);
  return segments.length > 0 && segments.every((s) => NAMEABLE.test(s)) ? [where, ...segments].join('.') : where;
}

/**
 * Throws the 400 for the first forbidden control character in the request's input, if any.
 * `validated` tells which parts went through a schema: only there are the keys the schema's own
 * and safe to name; elsewhere (a route without a query schema, say) only the part is named.
 */
export function checkControlCharacters(
  parts: { body: unknown; params: unknown; query: unknown },
  validated: { body: boolean; params: boolean; querystring: boolean },
): void {
  for (const [where, value] of [
    ['params', parts.params],
    ['querystring', parts.query],
    ['body', parts.body],
  ] as const) {
    const path = findControlCharacter(value);
    if (path) {
      const location = validated[where] ? describeLocation(where, path) : where;
      throw new AppError(
        'invalid_request',
        `Invalid ${location}: control characters (U+0000 to U+001F other than tab and line breaks) are not allowed.`,
      );
    }
  }
}
