/** SSE framing shared by the fake providers' wire formats. */

/** One SSE frame: optional `event:` line, one `data:` line, blank line. */
export function frame(data: unknown, event?: string): string {
  const payload = typeof data === 'string' ? data : JSON.stringify(data);
  return `${event ? `event: ${event}\n` : ''}data: ${payload}\n\n`;
}

/** A frame whose JSON is cut off, as a broken proxy or server would send it. */
export function malformedFrame(event?: string): string {
  return `${event ? `event: ${event}\n` : ''}data: {"choices":[{"delta":{"content":"tru\n\n`;
}

export interface ScriptedToolCall {
  id: string;
  name: string;
  /** Arguments as JSON text, streamed in two pieces. */
  arguments: string;
}

export interface ScriptedUsage {
  inputTokens: number;
  outputTokens: number;
}

/** Splits text in two halves (at a code point boundary), the way providers stream arguments. */
export function halves(text: string): [string, string] {
  const chars = [...text];
  const middle = Math.floor(chars.length / 2);
  return [chars.slice(0, middle).join(''), chars.slice(middle).join('')];
}

/** What every provider format offers to a test script. */
export interface WireFormat {
  name: string;
  /** Path the provider posts to, below the base URL given to the SDK. */
  path: string;
  /** A whole text reply: opening frames, one frame per token, closing frames with usage. */
  text(tokens: string[], usage?: ScriptedUsage): string[];
  /** A reply that calls tools (arguments streamed in pieces), ending with usage. */
  toolCalls(calls: ScriptedToolCall[], usage?: ScriptedUsage): string[];
  /** Only the opening frames and token frames: what arrives before a mid-stream failure. */
  partial(tokens: string[]): string[];
  /** The provider's in-band "overloaded" error event. */
  overloaded(): string;
  /** The provider's in-band generic server error event, carrying `message`. */
  serverError(message: string): string;
  /** Body of an HTTP error response, carrying `message`. */
  httpError(status: number, message: string): unknown;
}

export const DEFAULT_USAGE: ScriptedUsage = { inputTokens: 21, outputTokens: 9 };
