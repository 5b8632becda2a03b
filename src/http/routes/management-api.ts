/**
 * The management JSON API (PRODUCT.md §5): knowledge, settings, conversations and analytics
 * under /api/v1/management. Management keys only; every handler is a thin call of the same
 * use case the configuration agent's tools run, scoped to the key's organization.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { API_PREFIX } from '@parley/client/protocol';
import { archiveArticle } from '../../management/archive-article.ts';
import { createArticle } from '../../management/create-article.ts';
import type { ManagementDeps } from '../../management/deps.ts';
import { getAnalytics } from '../../management/get-analytics.ts';
import { getAnalyticsTimeseries } from '../../management/get-analytics-timeseries.ts';
import { getArticle } from '../../management/get-article.ts';
import { getConversation } from '../../management/get-conversation.ts';
import { getSettings } from '../../management/get-settings.ts';
import * as out from '../../management/http-schemas.ts';
import { listArticles } from '../../management/list-articles.ts';
import { listConversations } from '../../management/list-conversations.ts';
import * as input from '../../management/schemas.ts';
import { updateArticle } from '../../management/update-article.ts';
import { updateSettings } from '../../management/update-settings.ts';
import { articlePatchSchema } from '../../knowledge/article.ts';
import { createKeyCheck, requireAuth } from '../auth.ts';
import { errorResponses } from '../schemas.ts';

/** Registers the management JSON routes on `app`. */
export function registerManagementApi(app: FastifyInstance, deps: ManagementDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const onRequest = createKeyCheck(deps.store, 'management');
  const base = `${API_PREFIX}/management`;
  const common = { tags: ['Management JSON API'], security: [{ bearerAuth: [] }] };
  const org = (request: Parameters<typeof requireAuth>[0]) => requireAuth(request).organization.id;

  r.post(`${base}/knowledge`, {
    onRequest,
    schema: { ...common, summary: 'Add a knowledge article', body: input.createArticleInputSchema, response: { 201: out.articleSchema, ...errorResponses(400, 401, 403) } },
    handler: async (request, reply) => reply.code(201).send(await createArticle(deps, org(request), request.body)),
  });
  r.get(`${base}/knowledge`, {
    onRequest,
    schema: { ...common, summary: 'List articles, or search them with ?q=', querystring: input.listArticlesInputSchema, response: { 200: out.articleListSchema, ...errorResponses(400, 401, 403) } },
    handler: (request) => listArticles(deps, org(request), request.query),
  });
  r.get(`${base}/knowledge/:id`, {
    onRequest,
    schema: { ...common, summary: 'One article (archived ones too)', params: out.idParamsSchema, response: { 200: out.articleSchema, ...errorResponses(401, 403, 404) } },
    handler: (request) => getArticle(deps, org(request), request.params.id),
  });
  r.patch(`${base}/knowledge/:id`, {
    onRequest,
    schema: { ...common, summary: 'Change title, content or category', params: out.idParamsSchema, body: articlePatchSchema, response: { 200: out.articleSchema, ...errorResponses(400, 401, 403, 404) } },
    handler: (request) => updateArticle(deps, org(request), { ...request.body, id: request.params.id }),
  });
  r.delete(`${base}/knowledge/:id`, {
    onRequest,
    schema: { ...common, summary: 'Archive an article (never hard-deleted)', params: out.idParamsSchema, response: { 200: out.articleSchema, ...errorResponses(401, 403, 404) } },
    handler: (request) => archiveArticle(deps, org(request), request.params.id),
  });

  r.get(`${base}/settings`, {
    onRequest,
    schema: { ...common, summary: 'Agent settings and branding', response: { 200: out.settingsSchema, ...errorResponses(401, 403) } },
    handler: (request) => getSettings(deps, org(request)),
  });
  r.patch(`${base}/settings`, {
    onRequest,
    schema: { ...common, summary: 'Change some settings; returns the exact changes', body: input.updateSettingsInputSchema, response: { 200: out.settingsUpdateSchema, ...errorResponses(400, 401, 403) } },
    handler: (request) => updateSettings(deps, org(request), request.body),
  });

  r.get(`${base}/conversations`, {
    onRequest,
    schema: { ...common, summary: 'List conversations (customer by default) with filters and pagination', querystring: input.listConversationsInputSchema, response: { 200: out.conversationPageSchema, ...errorResponses(400, 401, 403) } },
    handler: (request) => listConversations(deps, org(request), request.query),
  });
  r.get(`${base}/conversations/:id`, {
    onRequest,
    schema: { ...common, summary: 'One conversation with its transcript, QA, flags, feedback and tool calls', params: out.idParamsSchema, response: { 200: out.conversationDetailSchema, ...errorResponses(401, 403, 404) } },
    handler: (request) => getConversation(deps, org(request), request.params.id),
  });

  r.get(`${base}/analytics`, {
    onRequest,
    schema: { ...common, summary: 'Customer-conversation analytics over the last N days', querystring: input.analyticsInputSchema, response: { 200: out.analyticsSchema, ...errorResponses(400, 401, 403) } },
    handler: (request) => getAnalytics(deps, org(request), request.query),
  });
  r.get(`${base}/analytics/timeseries`, {
    onRequest,
    schema: { ...common, summary: 'Per-day analytics buckets over the last N days (charts)', querystring: input.timeseriesInputSchema, response: { 200: out.timeseriesSchema, ...errorResponses(400, 401, 403) } },
    handler: (request) => getAnalyticsTimeseries(deps, org(request), request.query),
  });
}
