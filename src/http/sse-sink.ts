/**
 * Opens an SSE response and adapts it to an {@link EventSink}. Headers go out at once, before
 * the first event, so proxies and clients know the stream is alive even if the model is slow.
 */
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { FastifyReply } from 'fastify';
import type { EventSink } from '../runs/frame-feed.ts';
import { SSE_HEADERS } from '../sse/encode.ts';
import { metrics } from '../telemetry/metrics.ts';

/** A class rather than four closures: a server holds one per open stream. */
class ResponseSink implements EventSink {
  readonly #raw: ServerResponse;

  constructor(raw: ServerResponse) {
    this.#raw = raw;
  }

  write(chunk: string): boolean {
    return this.#raw.write(chunk);
  }

  onceDrain(callback: () => void): void {
    this.#raw.once('drain', callback);
  }

  end(lastChunk?: string): void {
    if (lastChunk === undefined) this.#raw.end();
    else this.#raw.end(lastChunk);
  }

  onClose(callback: () => void): void {
    // Trap: request.raw 'close' fires once the body is read; the response's fires on disconnect.
    // It also fires after a normal end, which the feed ignores (the sink has left it by then).
    this.#raw.on('close', callback);
  }
}

export function openEventStream(reply: FastifyReply): EventSink {
  reply.hijack();
  const raw = reply.raw;
  // The headers set for every response (nosniff, see app.ts), then the stream's own.
  raw.writeHead(200, { ...(reply.getHeaders() as OutgoingHttpHeaders), ...SSE_HEADERS });
  raw.flushHeaders();
  // A peer that resets mid-write makes the response emit 'error'; 'close' handles cleanup.
  raw.on('error', ignore);
  if (metrics.enabled) {
    metrics.streamOpened();
    raw.once('close', metrics.streamClosed);
  }
  return new ResponseSink(raw);
}

function ignore(): void {}
