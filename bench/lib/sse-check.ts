/**
 * A strict checker for one SSE response body, used on every benchmark stream.
 *
 * Stricter than a general SSE client on purpose: the wire contract (PRODUCT.md §1) says every
 * event is exactly `id: N\ndata: <payload>\n\n`, so anything else is an error here:
 * - each block is either comment lines (`: ping`, ignored) or exactly `id: N` + `data: X`;
 * - ids are 1, 2, 3 … without a gap;
 * - payloads are JSON `{"type":"delta","text":string}` until `data: [DONE]`, which must be
 *   last: no byte may follow it, and the body must not end before it;
 * - `status` and `error` payloads are reported as failures (the benchmark reply has none).
 *
 * Bytes go through one TextDecoder in stream mode (STACK.md trap 13).
 */

export interface CheckedStream {
  /** Events received, `[DONE]` included. */
  events: number;
  deltas: string[];
  text: string;
  done: boolean;
  /** performance.now() when the first complete event was parsed. */
  firstEventAt: number | undefined;
  /** performance.now() when each event was parsed: `arrivals[id - 1]`. */
  arrivals: number[];
  /** First problem found; undefined while the stream is valid. */
  error: string | undefined;
}

const EVENT_BLOCK = /^id: (\d+)\ndata: ([^\n]*)$/;
/** A body over this size is a runaway stream, not a reply. */
const MAX_BUFFER = 1 << 20;

export class StrictSseChecker implements CheckedStream {
  events = 0;
  deltas: string[] = [];
  text = '';
  done = false;
  firstEventAt: number | undefined;
  arrivals: number[] = [];
  error: string | undefined;
  /** Called once, when the first event has been parsed (held streams wait for it). */
  onFirstEvent: (() => void) | undefined;

  readonly #decoder = new TextDecoder('utf-8');
  #buffer = '';

  feed(chunk: Uint8Array): void {
    if (this.error !== undefined) return;
    this.#buffer += this.#decoder.decode(chunk, { stream: true });
    if (this.#buffer.length > MAX_BUFFER) return this.#fail('an unterminated event is over 1 MiB');
    let cut: number;
    while ((cut = this.#buffer.indexOf('\n\n')) !== -1) {
      const block = this.#buffer.slice(0, cut);
      this.#buffer = this.#buffer.slice(cut + 2);
      this.#block(block);
      if (this.error !== undefined) return;
    }
    if (this.done && this.#buffer !== '') this.#fail(`bytes after [DONE]: ${JSON.stringify(this.#buffer.slice(0, 40))}`);
  }

  /** The body ended: it must have ended exactly after `[DONE]`. */
  end(): void {
    if (this.error !== undefined) return;
    this.#buffer += this.#decoder.decode();
    if (this.#buffer !== '') return this.#fail(`body ended inside an event: ${JSON.stringify(this.#buffer.slice(0, 60))}`);
    if (!this.done) this.#fail(`body ended after ${this.events} events without [DONE]`);
  }

  #block(block: string): void {
    if (block.startsWith(':')) {
      if (block.split('\n').every((line) => line.startsWith(':'))) return; // heartbeat comment
      return this.#fail(`malformed comment block: ${JSON.stringify(block.slice(0, 60))}`);
    }
    if (this.done) return this.#fail('an event after [DONE]');
    const m = EVENT_BLOCK.exec(block);
    if (!m) return this.#fail(`not exactly "id: N\\ndata: X": ${JSON.stringify(block.slice(0, 80))}`);
    const id = Number(m[1]);
    if (id !== this.events + 1) return this.#fail(`id ${id} where ${this.events + 1} was expected`);
    this.events = id;
    this.arrivals.push(performance.now());
    if (this.firstEventAt === undefined) {
      this.firstEventAt = performance.now();
      this.onFirstEvent?.();
    }
    const data = m[2]!;
    if (data === '[DONE]') {
      this.done = true;
      return;
    }
    let payload: unknown;
    try {
      payload = JSON.parse(data);
    } catch {
      return this.#fail(`data is neither JSON nor [DONE]: ${JSON.stringify(data.slice(0, 60))}`);
    }
    const p = payload as { type?: unknown; text?: unknown; message?: unknown; code?: unknown };
    if (p.type === 'delta' && typeof p.text === 'string') {
      this.deltas.push(p.text);
      this.text += p.text;
      return;
    }
    if (p.type === 'error') return this.#fail(`error event: ${String(p.code)} ${String(p.message)}`);
    return this.#fail(`unexpected payload: ${data.slice(0, 80)}`);
  }

  #fail(message: string): void {
    this.error ??= message;
  }
}

/** Compares a finished stream with the reference reply: same deltas, so same text and count. */
export function compareWithReference(stream: CheckedStream, reference: readonly string[]): string | undefined {
  if (stream.error !== undefined) return stream.error;
  if (stream.events !== reference.length + 1) {
    return `${stream.events} events where ${reference.length + 1} were expected`;
  }
  const expected = reference.join('');
  if (stream.text !== expected) return `text differs from the expected reply (${stream.text.length} vs ${expected.length} chars)`;
  for (let i = 0; i < reference.length; i++) {
    if (stream.deltas[i] !== reference[i]) return `delta ${i + 1} differs from the expected reply`;
  }
  return undefined;
}
