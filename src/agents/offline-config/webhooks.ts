/**
 * Webhooks by chat (issue 14) for the offline configuration grammar: "send a webhook to
 * https://… when a conversation is escalated" sets one up, "list webhooks" reports them. The
 * events are read from the wording; without any, the original's only event
 * (`conversation.escalated`).
 */
import type { OfflineTurn } from '../../model/offline.ts';
import { WEBHOOK_EVENTS, type WebhookEventType } from '../../webhooks/events.ts';
import { unquote } from './values.ts';

export type WebhookIntent =
  | { kind: 'create_webhook'; url: string; events: WebhookEventType[]; secret?: string }
  | { kind: 'list_webhooks' };

interface ToolResult {
  name: string;
  ok: boolean;
  output: any;
}

const URL_PATTERN = /\bhttps?:\/\/[^\s"'<>]+/i;

const EVENT_WORDS: [WebhookEventType, RegExp][] = [
  ['conversation.escalated', /\bescalat\w*|\bhand(?:ed|s)? (?:over|off)\b|\bhuman\b|\bperson\b/i],
  ['conversation.created', /\b(?:new|created|starts?|started|begins?|opened|opens)\b[\w\s]{0,20}\b(?:conversations?|chats?)\b|\b(?:conversations?|chats?)\b[\w\s]{0,12}\b(?:created|starts?|started|begins?|opened)\b/i],
  ['conversation.resolved', /\bresolv\w*|\bclosed\b|\bhanded back\b/i],
  ['message.created', /\bmessages?\b/i],
  ['feedback.created', /\bfeedback\b|\bratings?\b|\brated?\b|\bthumbs?\b/i],
];

/** Reads a webhook command, or undefined when the message is about something else. */
export function parseWebhookCommand(t: string): WebhookIntent | undefined {
  if (/\b(?:list|show|display|what are|view|see|which)\b.*\bwebhooks?\b/i.test(t) || /^webhooks\??$/i.test(t)) return { kind: 'list_webhooks' };
  const url = URL_PATTERN.exec(t)?.[0]?.replace(/[.,;:!?)\]]+$/, '');
  // A URL in other commands (an article, the business context) is not a webhook.
  if (!url || !(/\bwebhooks?\b/i.test(t) || /^(?:send|post|notify|ping|call|tell)\b/i.test(t))) return undefined;
  const rest = t.replace(URL_PATTERN, ' ');
  const secretMatch = /\b(?:signing\s+|shared\s+)?secret\s*(?:is|of|:|=|to|as)?\s*("[^"]+"|'[^']+'|\S+)/i.exec(rest);
  const withoutSecret = secretMatch ? rest.replace(secretMatch[0], ' ') : rest;
  const events = /\b(?:all|every|any)\s+(?:webhook\s+)?events?\b/i.test(withoutSecret)
    ? [...WEBHOOK_EVENTS]
    : EVENT_WORDS.filter(([, words]) => words.test(withoutSecret)).map(([event]) => event);
  const intent: WebhookIntent = { kind: 'create_webhook', url, events: events.length > 0 ? events : ['conversation.escalated'] };
  if (secretMatch) intent.secret = unquote(secretMatch[1]!).replace(/[.,;]+$/, '');
  return intent;
}

/** The next step of a webhook command, from the tool results since it. */
export function webhookStep(intent: WebhookIntent, results: ToolResult[]): OfflineTurn {
  const last = results[results.length - 1];
  if (intent.kind === 'list_webhooks') {
    if (!last) return { toolCalls: [{ name: 'list_webhooks', input: {} }] };
    const hooks = last.output.webhooks as { url: string; events: string[]; enabled: boolean; disabledReason: string | null; id: string }[];
    if (hooks.length === 0) return { text: 'There are no webhooks yet. Say for example "Send a webhook to https://example.com/hook when a conversation is escalated".' };
    const lines = hooks.map((h) => `- ${h.url}: ${h.events.join(', ')}${h.enabled ? '' : ` (disabled${h.disabledReason ? `: ${h.disabledReason}` : ''})`} (id ${h.id})`);
    return { text: `Webhooks:\n${lines.join('\n')}` };
  }
  if (!last) {
    return { toolCalls: [{ name: 'create_webhook', input: { url: intent.url, events: intent.events, ...(intent.secret ? { secret: intent.secret } : {}) } }] };
  }
  const w = last.output as { id: string; url: string; events: string[]; secret: string };
  return {
    text:
      `Done. I will send ${w.events.join(', ')} to ${w.url} (webhook id ${w.id}). ` +
      `Each delivery is signed with the secret ${w.secret} (X-Lexey-Signature and the Standard Webhooks headers); it is shown only now.`,
  };
}
