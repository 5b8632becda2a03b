/**
 * Use cases of webhook endpoints: create, change, list, delete, the delivery log and
 * redelivery. A URL is checked by the SSRF guard when saved (and again at each delivery).
 */
import { z } from 'zod';
import { AppError } from '../errors.ts';
import type { Webhook, WebhookDelivery } from '../storage/handoff-store.ts';
import { WEBHOOK_EVENTS } from '../webhooks/events.ts';
import { newWebhookSecret } from '../webhooks/signature.ts';
import { resolveTarget, TargetRefused } from '../webhooks/target.ts';
import type { HandoffDeps } from './deps.ts';

const eventsSchema = z
  .array(z.enum(WEBHOOK_EVENTS))
  .min(1)
  .max(WEBHOOK_EVENTS.length)
  .refine((e) => new Set(e).size === e.length, { message: 'events must not repeat' })
  .describe('The events to send: conversation.escalated, conversation.created, conversation.resolved, message.created, feedback.created');
const urlSchema = z.string().min(1).max(2000).describe('http(s) URL; private, loopback and link-local targets are refused');
const secretSchema = z
  .string()
  .min(8)
  .max(200)
  .regex(/^[\x21-\x7e]+$/)
  .describe('Shared secret for the signatures (visible ASCII, 8-200); generated (`whsec_…`) when omitted');

export const createWebhookBodySchema = z
  .object({
    url: urlSchema,
    // The original's only event when none is named.
    events: eventsSchema.default(['conversation.escalated']),
    secret: secretSchema.optional(),
  })
  .strict();
export const updateWebhookBodySchema = z
  .object({ url: urlSchema.optional(), events: eventsSchema.optional(), enabled: z.boolean().optional(), secret: secretSchema.optional() })
  .strict();

export const webhookSchema = z.object({
  id: z.string(),
  url: z.string(),
  events: z.array(z.string()),
  enabled: z.boolean(),
  disabledReason: z.string().nullable().describe('Why the endpoint was disabled after repeated failures; null otherwise'),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const createdWebhookSchema = webhookSchema.extend({ secret: z.string().describe('Shown here only') });
export const deliverySchema = z.object({
  id: z.string(),
  webhookId: z.string(),
  eventId: z.string().describe('The `webhook-id` header: the same on every attempt'),
  event: z.string(),
  status: z.enum(['pending', 'delivered', 'failed']),
  attempts: z.number().int(),
  lastResponseCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
  createdAt: z.string(),
  deliveredAt: z.string().nullable(),
});

export type WebhookView = z.infer<typeof webhookSchema>;

export function webhookView(w: Webhook): WebhookView {
  return { id: w.id, url: w.url, events: w.events, enabled: w.enabled, disabledReason: w.disabledReason, createdAt: w.createdAt, updatedAt: w.updatedAt };
}

export function deliveryView(d: WebhookDelivery): z.infer<typeof deliverySchema> {
  const { orgId: _o, payload: _p, ...rest } = d;
  return rest;
}

async function checkUrl(deps: HandoffDeps, url: string): Promise<void> {
  try {
    await resolveTarget(url, deps.config.webhookAllowPrivate);
  } catch (err) {
    if (err instanceof TargetRefused) throw new AppError('invalid_request', err.message);
    throw err;
  }
}

export async function createWebhook(
  deps: HandoffDeps,
  orgId: string,
  input: z.infer<typeof createWebhookBodySchema>,
): Promise<WebhookView & { secret: string }> {
  await checkUrl(deps, input.url);
  const webhook = await deps.handoff.createWebhook({ orgId, url: input.url, events: input.events, secret: input.secret ?? newWebhookSecret() });
  return { ...webhookView(webhook), secret: webhook.secret };
}

export async function findWebhook(deps: HandoffDeps, orgId: string, id: string): Promise<Webhook> {
  const webhook = await deps.handoff.getWebhook(orgId, id);
  if (!webhook) throw new AppError('not_found', 'Webhook not found.');
  return webhook;
}

export async function updateWebhook(deps: HandoffDeps, orgId: string, id: string, patch: z.infer<typeof updateWebhookBodySchema>): Promise<WebhookView> {
  await findWebhook(deps, orgId, id);
  if (patch.url !== undefined) await checkUrl(deps, patch.url);
  const updated = await deps.handoff.updateWebhook(orgId, id, patch);
  if (!updated) throw new AppError('not_found', 'Webhook not found.');
  if (patch.enabled) deps.worker.wake();
  return webhookView(updated);
}

export async function redeliver(deps: HandoffDeps, orgId: string, webhookId: string, deliveryId: string) {
  await findWebhook(deps, orgId, webhookId);
  const delivery = await deps.handoff.redeliver(webhookId, deliveryId, new Date().toISOString());
  if (!delivery) throw new AppError('not_found', 'Delivery not found.');
  deps.worker.wake();
  return { delivery: deliveryView(delivery) };
}
