/**
 * The customer's side in a browser, with no key: public chat sessions, the hosted chat page
 * (`GET /chat/{orgSlug}`, its assets under `/chat/assets/`) and the widget (`GET /widget.js`).
 *
 * `POST /api/v1/public/{orgSlug}/sessions` starts a conversation (or renews the token of the
 * caller's own one) and returns a short-lived token for it (public/session-tokens.ts), limited
 * per client IP (PARLEY_PUBLIC_SESSIONS_PER_MINUTE). The organization's `publicChat` settings
 * switch all of it off, or restrict the browser origins that may use it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import { z } from 'zod';
import { API_PREFIX, type PublicSessionBody, type PublicSessionResponse } from '@parley/client/protocol';
import type { Config } from '../../config.ts';
import { AppError } from '../../errors.ts';
import { chatPageCsp, NOT_FOUND_PAGE, renderChatPage } from '../../public/chat-page.ts';
import { isOwnOrigin, originAllowed, requestOrigin } from '../../public/origin-policy.ts';
import { openPublicSession } from '../../public/open-session.ts';
import { WEB_DIST, readBuilt } from '../../public/web-assets.ts';
import type { AgentSettings, PublicChat } from '../../settings/settings.ts';
import type { AgentStore } from '../../storage/agent-store.ts';
import type { Organization, Store } from '../../storage/types.ts';
import { allowOrigin, disallowOrigin, registerPreflight } from '../cors.ts';
import { consumeOrRefuse, createLimiter } from '../rate-limit.ts';
import { errorResponses } from '../schemas.ts';

export interface PublicChatDeps {
  config: Config;
  store: Store;
  agentStore: AgentStore;
  log: Logger;
}

const PUBLIC_PREFIX = `${API_PREFIX}/public`;
const slugParams = z.object({ orgSlug: z.string().max(100).describe('The organization\'s slug') });

const sessionBodySchema = z
  .object({
    conversationId: z.string().max(200).optional().describe('Continue this conversation (needs `token`)'),
    token: z.string().max(1024).optional().describe('The token of an earlier session of the same conversation, even if expired (up to 7 days)'),
  })
  .strict()
  .nullish() satisfies z.ZodType<PublicSessionBody | undefined | null>;

const sessionResponseSchema = z.object({
  token: z.string().describe('Send it as `Authorization: Bearer <token>` (or `?access_token=` on GET streams, for EventSource)'),
  conversationId: z.uuid(),
  expiresAt: z.string().describe('ISO time after which the token is refused; renew it with this endpoint'),
}) satisfies z.ZodType<PublicSessionResponse>;

const widgetConfigSchema = z.object({
  agentName: z.string(),
  primaryColor: z.string(),
  chatUrl: z.string().describe('The hosted chat page the widget opens in its frame'),
});

const CHAT_PAGE_PATH = /^\/chat\/[^/]+$/;

export function registerPublicChat(app: FastifyInstance, deps: PublicChatDeps): void {
  const { config, store, agentStore, log } = deps;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const limiter = createLimiter(config.publicSessionsPerMinute, 'public-sessions:', config, log);
  if (limiter) app.addHook('onClose', () => limiter.close());

  /** The organization of a slug with its public chat on, and its policy; else 404. */
  const openChat = async (slug: string): Promise<{ organization: Organization; policy: PublicChat; settings: AgentSettings }> => {
    const organization = await store.findOrganizationBySlug(slug);
    if (!organization) throw new AppError('not_found', 'Chat not found.');
    const settings = await agentStore.getSettings(organization.id);
    if (!settings.publicChat.enabled) throw new AppError('not_found', 'Chat not found.');
    return { organization, policy: settings.publicChat, settings };
  };

  /** CORS for a public endpoint: echo an allowed origin; refuse a foreign one with 403. */
  const admitOrigin = (request: FastifyRequest, reply: FastifyReply, policy: PublicChat) => {
    const origin = requestOrigin(request);
    if (origin === undefined) return;
    allowOrigin(reply, origin);
    if (!originAllowed(request, policy)) {
      disallowOrigin(reply);
      throw new AppError('origin_not_allowed');
    }
  };

  // Preflights: public paths by the organization's list; customer paths admit any origin here,
  // their actual requests are checked against the token's organization (http/auth.ts).
  registerPreflight(app, PUBLIC_PREFIX, 'GET, POST', async (request, origin) => {
    const slug = request.url.slice(PUBLIC_PREFIX.length + 1).split(/[/?]/, 1)[0]!;
    try {
      const { policy } = await openChat(decodeURIComponent(slug));
      return policy.allowedOrigins.length === 0 || policy.allowedOrigins.includes(origin) || isOwnOrigin(request, origin);
    } catch {
      return false;
    }
  });
  registerPreflight(app, `${API_PREFIX}/customer`, 'GET, POST', () => true);

  r.post(`${PUBLIC_PREFIX}/:orgSlug/sessions`, {
    schema: {
      tags: ['Public chat'],
      security: [],
      summary: 'Start a public chat session (no key): a new conversation and a short-lived token for it, or a renewed token for the caller\'s own conversation',
      params: slugParams,
      body: sessionBodySchema,
      response: { 201: sessionResponseSchema, ...errorResponses(400, 401, 402, 403, 404, 429) },
    },
    handler: async (request, reply) => {
      const { organization, policy } = await openChat(request.params.orgSlug);
      admitOrigin(request, reply, policy);
      if (limiter) await consumeOrRefuse(limiter, request.ip, reply);
      const session = await openPublicSession({ store, tokens: app.sessionTokens }, organization, request.body ?? {});
      return reply.code(201).send(session);
    },
  });

  r.get(`${PUBLIC_PREFIX}/:orgSlug/widget`, {
    schema: {
      tags: ['Public chat'],
      security: [],
      summary: 'What the widget script needs to show its launcher (no key); 403 for a page origin the organization does not allow',
      params: slugParams,
      response: { 200: widgetConfigSchema, ...errorResponses(403, 404) },
    },
    handler: async (request, reply) => {
      const { organization, policy, settings } = await openChat(request.params.orgSlug);
      admitOrigin(request, reply, policy);
      return {
        agentName: settings.branding.agentName,
        primaryColor: settings.branding.primaryColor,
        chatUrl: `/chat/${encodeURIComponent(organization.slug)}`,
      };
    },
  });

  registerPages(app, openChat, log);
}

/** The page, its assets and the widget script, from `dist/web` (npm run build:web). */
function registerPages(
  app: FastifyInstance,
  openChat: (slug: string) => Promise<{ organization: Organization; policy: PublicChat; settings: AgentSettings }>,
  log: Logger,
): void {
  const assets = join(WEB_DIST, 'chat', 'assets');
  if (!existsSync(assets)) log.warn('the web front ends are not built (npm run build:web): /chat and /widget.js answer 404');
  else {
    void app.register(fastifyStatic, {
      root: assets,
      prefix: '/chat/assets/',
      // Hashed file names: cache for good.
      immutable: true,
      maxAge: '365d',
      index: false,
      wildcard: true,
    });
  }
  const page = (reply: FastifyReply, status: number, html: string) =>
    reply.code(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(html);

  app.get('/chat/:orgSlug', { schema: { hide: true } }, async (request, reply) => {
    const { orgSlug } = request.params as { orgSlug: string };
    if (!CHAT_PAGE_PATH.test(request.url.split('?', 1)[0]!) || orgSlug.length > 100) return page(reply, 404, NOT_FOUND_PAGE);
    let found;
    try {
      found = await openChat(orgSlug);
    } catch (err) {
      if (err instanceof AppError && err.code === 'not_found') return page(reply, 404, NOT_FOUND_PAGE);
      throw err;
    }
    const html = renderChatPage({ orgSlug: found.organization.slug, orgName: found.organization.name, branding: found.settings.branding });
    if (html === undefined) return page(reply, 404, NOT_FOUND_PAGE);
    reply.header('content-security-policy', chatPageCsp(found.policy)).header('referrer-policy', 'no-referrer');
    return page(reply, 200, html);
  });

  let widget: string | undefined;
  app.get('/widget.js', { schema: { hide: true } }, async (_request, reply) => {
    widget ??= readBuilt('widget', 'widget.js');
    if (widget === undefined) throw new AppError('not_found', 'The widget is not built.');
    return reply
      .header('cache-control', 'public, max-age=300')
      .header('cross-origin-resource-policy', 'cross-origin')
      .type('text/javascript; charset=utf-8')
      .send(widget);
  });
}
