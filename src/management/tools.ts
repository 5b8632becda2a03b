/**
 * The configuration agent's tools: exactly the operations of the management JSON API, with the
 * same input schemas and the same use-case functions. The executor validates input, runs the
 * use case and returns a JSON-able result; failures become results too (the model reads them),
 * never exceptions.
 */
import { z } from 'zod';
import { AppError } from '../errors.ts';
import type { ModelTool } from '../model/types.ts';
import { archiveArticle } from './archive-article.ts';
import { createArticle } from './create-article.ts';
import type { ManagementDeps } from './deps.ts';
import { getAnalytics } from './get-analytics.ts';
import { getArticle } from './get-article.ts';
import { getConversation } from './get-conversation.ts';
import { getSettings } from './get-settings.ts';
import { listArticles } from './list-articles.ts';
import { listConversations } from './list-conversations.ts';
import * as s from './schemas.ts';
import { updateArticle } from './update-article.ts';
import { updateSettings } from './update-settings.ts';
import type { HandoffDeps } from '../handoff/deps.ts';
import { createWebhook, createWebhookBodySchema, webhookView } from '../handoff/webhooks.ts';

function webhooksOf(deps: ManagementDeps): HandoffDeps {
  if (!deps.webhooks) throw new AppError('invalid_request', 'Webhooks are not available on this server.');
  return deps.webhooks;
}

interface ToolDefinition<S extends z.ZodType> {
  description: string;
  schema: S;
  run(deps: ManagementDeps, orgId: string, input: z.output<S>): Promise<unknown>;
}

const tool = <S extends z.ZodType>(t: ToolDefinition<S>) => t as unknown as ToolDefinition<z.ZodType>;

/** Tool name → definition. Names mirror the JSON endpoints. */
export const MANAGEMENT_TOOLS = {
  get_settings: tool({
    description: 'Read the current settings: business context, tone, business rules, escalation rules, branding.',
    schema: s.emptyInputSchema,
    run: (deps, orgId) => getSettings(deps, orgId),
  }),
  update_settings: tool({
    description:
      'Change settings. Only the given fields change; escalationRules replaces the whole list, so send the ' +
      'current rules plus or minus the change. Returns the new settings and the list of changes.',
    schema: s.updateSettingsInputSchema,
    run: (deps, orgId, input) => updateSettings(deps, orgId, input),
  }),
  create_article: tool({
    description: 'Add a knowledge article (title, Markdown content, optional category).',
    schema: s.createArticleInputSchema,
    run: (deps, orgId, input) => createArticle(deps, orgId, input),
  }),
  list_articles: tool({
    description: 'List knowledge articles, or search them with q (full text, best first).',
    schema: s.listArticlesInputSchema,
    run: (deps, orgId, input) => listArticles(deps, orgId, input),
  }),
  get_article: tool({
    description: 'Read one article by id.',
    schema: s.articleIdInputSchema,
    run: (deps, orgId, input) => getArticle(deps, orgId, input.id),
  }),
  update_article: tool({
    description: 'Change the title, content or category of an article by id.',
    schema: s.updateArticleInputSchema,
    run: (deps, orgId, input) => updateArticle(deps, orgId, input),
  }),
  archive_article: tool({
    description: 'Archive an article by id (it stops being used; it is never deleted).',
    schema: s.articleIdInputSchema,
    run: (deps, orgId, input) => archiveArticle(deps, orgId, input.id),
  }),
  list_conversations: tool({
    description: 'List customer conversations: filter by status (active, escalated) or review need.',
    schema: s.listConversationsInputSchema,
    run: (deps, orgId, input) => listConversations(deps, orgId, input),
  }),
  get_conversation: tool({
    description: 'Read one conversation with its transcript, QA scores, flags and feedback.',
    schema: s.conversationIdInputSchema,
    run: (deps, orgId, input) => getConversation(deps, orgId, input.id),
  }),
  create_webhook: tool({
    description:
      'Send webhooks to a URL (http or https) for events: conversation.escalated, conversation.created, ' +
      'conversation.resolved, message.created, feedback.created. Returns the endpoint and its signing secret.',
    schema: createWebhookBodySchema,
    run: (deps, orgId, input) => createWebhook(webhooksOf(deps), orgId, input),
  }),
  list_webhooks: tool({
    description: 'List the webhook endpoints: URL, events, enabled or disabled (and why).',
    schema: s.emptyInputSchema,
    run: async (deps, orgId) => ({ webhooks: (await webhooksOf(deps).handoff.listWebhooks(orgId)).map(webhookView) }),
  }),
  get_analytics: tool({
    description: 'Performance over the last N days: conversations, messages, escalations, feedback, QA average.',
    schema: s.analyticsInputSchema,
    run: (deps, orgId, input) => getAnalytics(deps, orgId, input),
  }),
} satisfies Record<string, ToolDefinition<z.ZodType>>;

export type ManagementToolName = keyof typeof MANAGEMENT_TOOLS;

/** The tools as the model port describes them (JSON Schema of the input). */
export function managementModelTools(): ModelTool[] {
  return Object.entries(MANAGEMENT_TOOLS).map(([name, t]) => ({
    name,
    description: t.description,
    parameters: z.toJSONSchema(t.schema, { io: 'input' }) as Record<string, unknown>,
  }));
}

export interface ToolOutcome {
  ok: boolean;
  output: unknown;
}

/** Validates and runs one tool call for an organization. Never throws for bad input or 404s. */
export async function executeManagementTool(
  deps: ManagementDeps,
  orgId: string,
  name: string,
  input: unknown,
): Promise<ToolOutcome> {
  const definition = (MANAGEMENT_TOOLS as Record<string, ToolDefinition<z.ZodType>>)[name];
  if (!definition) return { ok: false, output: { error: `Unknown tool ${name}.`, code: 'invalid_request' } };
  const parsed = definition.schema.safeParse(input ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'input';
    return { ok: false, output: { error: `Invalid ${where}: ${issue?.message ?? 'invalid value'}.`, code: 'invalid_request' } };
  }
  try {
    return { ok: true, output: await definition.run(deps, orgId, parsed.data) };
  } catch (err) {
    if (err instanceof AppError && err.status < 500) return { ok: false, output: { error: err.message, code: err.code } };
    throw err;
  }
}
