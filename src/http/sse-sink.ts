/**
 * Opens an SSE response and adapts it to an {@link EventSink}. Headers go out at once, before
 * the first event, so proxies and clients know the stream is alive even if the model is slow.
 */
import type { FastifyReply } from 'fastify';
import type { EventSink } from '../runs/frame-feed.ts';
import { SSE_HEADERS } from '../sse/encode.ts';

export function openEventStream(reply: FastifyReply): EventSink {
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, SSE_HEADERS);
  raw.flushHeaders();
  // A peer that resets mid-write makes the response emit 'error'; 'close' handles cleanup.
  raw.on('error', () => undefined);
  return {
    write: (chunk) => raw.write(chunk),
    onceDrain: (callback) => raw.once('drain', callback),
    end: (lastChunk) => (lastChunk === undefined ? raw.end() : raw.end(lastChunk)),
    // Trap: request.raw 'close' fires once the body is read; the response's fires on disconnect.
    onClose: (callback) =>
      raw.once('close', () => {
        if (!raw.writableFinished) callback();
      }),
  };
}
