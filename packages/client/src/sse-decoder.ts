/**
 * Pure SSE decoder: response body bytes in, SSE messages out. No fetch, no timers, no I/O.
 *
 * Two pitfalls it exists to get right (STACK.md trap 13, seed guide "Edge cases"):
 * - TCP chunks cut anywhere, including inside a multi-byte UTF-8 character, so the bytes go
 *   through ONE `TextDecoder` in stream mode, which holds back an incomplete sequence until
 *   its remaining bytes arrive (decoding each chunk on its own corrupts such characters);
 * - a line may end in LF, CR or CRLF, and a CR at the end of a chunk is ambiguous until the
 *   next chunk shows whether an LF follows. eventsource-parser defers it; {@link SseDecoder.end}
 *   resolves it when the body ends.
 *
 * Buffers are bounded: a line or event longer than `maxBufferSize` characters throws
 * {@link SseBufferOverflowError} instead of growing memory without bound.
 */
import { createParser } from 'eventsource-parser';
import { SseBufferOverflowError } from './errors.ts';

/** One decoded unit: a dispatched event, or a comment line such as the `: ping` heartbeat. */
export type SseMessage =
  | { kind: 'event'; id: string | undefined; data: string }
  | { kind: 'comment'; text: string };

export interface SseDecoderOptions {
  /**
   * Maximum characters buffered for one unterminated line plus one undispatched event.
   * @defaultValue 1_048_576
   */
  maxBufferSize?: number;
}

/** Incremental decoder. Feed every chunk to {@link push}, then call {@link end} once. */
export interface SseDecoder {
  /** Decodes one chunk and returns the messages it completed (often none). */
  push(chunk: Uint8Array): SseMessage[];
  /** Flushes the end of the body and returns the messages that completes. */
  end(): SseMessage[];
}

export const DEFAULT_MAX_BUFFER_SIZE = 1_048_576;

/**
 * Creates a decoder for one response body (create a new one per response).
 *
 * @example
 * ```ts
 * const decoder = createSseDecoder();
 * for (const chunk of chunks) for (const m of decoder.push(chunk)) handle(m);
 * for (const m of decoder.end()) handle(m);
 * ```
 * @throws {SseBufferOverflowError} from `push`/`end` when a line or event exceeds the limit.
 */
export function createSseDecoder(options: SseDecoderOptions = {}): SseDecoder {
  const maxBufferSize = options.maxBufferSize ?? DEFAULT_MAX_BUFFER_SIZE;
  // Default (non-fatal) mode: invalid bytes become U+FFFD, as in browsers' EventSource.
  // ignoreBOM false: a leading BOM is stripped, as the SSE spec requires.
  const textDecoder = new TextDecoder('utf-8');
  let output: SseMessage[] = [];
  let overflowed = false;
  let endsWithCarriageReturn = false;
  let ended = false;

  const parser = createParser({
    maxBufferSize,
    onEvent: (event) => output.push({ kind: 'event', id: event.id, data: event.data }),
    onComment: (text) => output.push({ kind: 'comment', text }),
    // Unknown fields and bad `retry:` values are ignored, as the SSE spec says; only the
    // overflow is fatal.
    onError: (error) => {
      if (error.type === 'max-buffer-size-exceeded') overflowed = true;
    },
  });

  function feed(text: string): SseMessage[] {
    if (overflowed) throw new SseBufferOverflowError(maxBufferSize);
    if (text !== '') {
      parser.feed(text);
      endsWithCarriageReturn = text.endsWith('\r');
    }
    if (overflowed) throw new SseBufferOverflowError(maxBufferSize);
    const messages = output;
    output = [];
    return messages;
  }

  return {
    push(chunk) {
      if (ended) throw new Error('SseDecoder.push() called after end()');
      return feed(textDecoder.decode(chunk, { stream: true }));
    },
    end() {
      if (ended) return [];
      ended = true;
      const messages = feed(textDecoder.decode());
      // A body ending in a bare CR: the parser still waits to see whether an LF follows.
      // Nothing will, so that CR was a line end; an LF completes it as CRLF would. A body
      // ending mid-line gets nothing: an unterminated event is discarded, per the spec.
      if (endsWithCarriageReturn) messages.push(...feed('\n'));
      return messages;
    },
  };
}
