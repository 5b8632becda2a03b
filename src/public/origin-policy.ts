/**
 * Which browser origins may use an organization's public chat (settings `publicChat`): with no
 * list, any; with a list, only those origins and Parley's own (the hosted page, and the widget's
 * frame, which is served by Parley). Requests without an Origin header (servers, curl) are not
 * browsers' cross-site requests and pass: the token or key still decides.
 */
import type { FastifyRequest } from 'fastify';
import type { PublicChat } from '../settings/settings.ts';

export function requestOrigin(request: FastifyRequest): string | undefined {
  const origin = request.headers.origin;
  return typeof origin === 'string' && origin !== '' ? origin : undefined;
}

/** True when `origin` is this server's own (its host as the request, or a trusted proxy, names it). */
export function isOwnOrigin(request: FastifyRequest, origin: string): boolean {
  try {
    return new URL(origin).host === request.host;
  } catch {
    return false;
  }
}

export function originAllowed(request: FastifyRequest, policy: PublicChat): boolean {
  const origin = requestOrigin(request);
  if (origin === undefined || policy.allowedOrigins.length === 0) return true;
  return policy.allowedOrigins.includes(origin) || isOwnOrigin(request, origin);
}
