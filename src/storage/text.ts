/**
 * The stores' last line of defence for text that did not come through a request (a model's
 * output, a configuration agent's tool call, rows written before the input rules existed):
 * PostgreSQL cannot store NUL (U+0000) in a text column, so it is removed on both engines
 * before a write. Requests never get here with one (src/http/input-rules.ts refuses them).
 */
export function withoutNul(text: string): string {
  return text.includes('\u0000') ? text.replaceAll('\u0000', '') : text;
}

/** {@link withoutNul} over `null` too. */
export function withoutNulOrNull(text: string | null): string | null {
  return text === null ? null : withoutNul(text);
}
