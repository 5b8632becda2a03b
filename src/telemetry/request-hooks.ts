/**
 * Per-request telemetry, added to the app only when metrics or tracing are on (with both off a
 * request pays nothing): a count and duration per route template and status, and a server span
 * per request that is active while its handler runs, so the reply run it starts is its child.
 *
 * A request is over when its response closes: for a stream that is when the stream ends.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { metrics, secondsSince } from './metrics.ts';
import { tracing, type SpanHandle } from './tracing.ts';

/** The label of a request that matched no route: its path could be anything a client sends. */
const UNMATCHED = 'unmatched';

const spans = new WeakMap<FastifyRequest, SpanHandle>();

function routeOf(request: FastifyRequest): string {
  return request.is404 ? UNMATCHED : (request.routeOptions.url ?? UNMATCHED);
}

/** Call before any route is registered (the tracing part wraps each route's handler). */
export function observeRequests(app: FastifyInstance): void {
  if (!metrics.enabled && !tracing.enabled) return;
  app.addHook('onRequest', (request, reply, done) => {
    const start = performance.now();
    const route = routeOf(request);
    const span = tracing.start(`${request.method} ${route}`, { 'http.request.method': request.method, 'http.route': route }, 'server');
    if (span) spans.set(request, span);
    reply.raw.once('close', () => finish(request, reply, route, start, span));
    if (span) span.within(done);
    else done();
  });
  if (tracing.enabled) app.addHook('onRoute', (route) => activateSpanInHandler(route));
}

function finish(request: FastifyRequest, reply: FastifyReply, route: string, start: number, span: SpanHandle | undefined): void {
  const status = reply.raw.statusCode;
  metrics.httpRequest(route, request.method, status, secondsSince(start));
  if (span) {
    if (status >= 500) span.fail(new Error(`HTTP ${status}`));
    span.end({ 'http.response.status_code': status, 'http.response.complete': reply.raw.writableFinished });
  }
}

/**
 * A body is read on the socket's events, outside the context the onRequest hook entered: the
 * handler makes the request's span active again itself.
 */
function activateSpanInHandler(route: RouteOptions): void {
  const handler = route.handler;
  route.handler = function (this: FastifyInstance, request, reply) {
    const span = spans.get(request);
    return span ? span.within(() => handler.call(this, request, reply)) : handler.call(this, request, reply);
  };
}
