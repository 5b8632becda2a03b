/**
 * CORS for the paths a browser calls with a public chat session: the public session endpoints
 * and the customer API. Management routes never answer with CORS headers (an `lxm_` key does
 * not belong in a browser), and API-key (`lxc_`) calls are left as they were: server to server.
 *
 * Preflights (`OPTIONS` with `Origin` and `Access-Control-Request-Method`) are answered 204 with
 * the exact origin echoed, `Vary`, the allowed methods and headers and a max age; an origin the
 * policy refuses gets the 204 without any `Access-Control-*` header, so the browser blocks the
 * call. No credentials (cookies) are ever allowed: the token travels in `Authorization`.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export const CORS_ALLOWED_HEADERS = 'Authorization, Content-Type, Idempotency-Key, Last-Event-ID';
export const CORS_EXPOSED_HEADERS = 'Parley-Reply-Id, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset';
const MAX_AGE_SECONDS = '600';

/** Lets `origin` read this response. */
export function allowOrigin(reply: FastifyReply, origin: string): void {
  reply.headers({
    'access-control-allow-origin': origin,
    'access-control-expose-headers': CORS_EXPOSED_HEADERS,
    vary: 'Origin',
  });
}

/** Takes back {@link allowOrigin} (a refused origin must not read the refusal's details). */
export function disallowOrigin(reply: FastifyReply): void {
  reply.removeHeader('access-control-allow-origin');
  reply.removeHeader('access-control-expose-headers');
}

/**
 * Answers preflights under `prefix`. `allowed` decides per request (e.g. from the
 * organization's `publicChat.allowedOrigins`); `methods` are those the paths take.
 */
export function registerPreflight(
  app: FastifyInstance,
  prefix: string,
  methods: string,
  allowed: (request: FastifyRequest, origin: string) => boolean | Promise<boolean>,
): void {
  app.options(`${prefix}/*`, { schema: { hide: true } }, async (request, reply) => {
    const origin = request.headers.origin;
    const method = request.headers['access-control-request-method'];
    reply.header('vary', 'Origin, Access-Control-Request-Method, Access-Control-Request-Headers');
    if (typeof origin === 'string' && typeof method === 'string' && (await allowed(request, origin))) {
      reply.headers({
        'access-control-allow-origin': origin,
        'access-control-allow-methods': methods,
        'access-control-allow-headers': CORS_ALLOWED_HEADERS,
        'access-control-max-age': MAX_AGE_SECONDS,
      });
    }
    return reply.code(204).send();
  });
}
