/**
 * Use case: a user message arrives. Validates it, stores it (with the assistant message it
 * starts) atomically, and starts the reply run; or, for a retried Idempotency-Key, finds the
 * reply already made. Returns the reply's id and the feed to subscribe to; throws AppError for
 * every refusal, in which case nothing was stored.
 */
import { createHash } from 'node:crypto';
import type { Channel } from '@parley/client/protocol';
import type { AgentResolver } from '../agents/types.ts';
import type { Config } from '../config.ts';
import { AppError } from '../errors.ts';
import type { FrameFeed } from '../runs/frame-feed.ts';
import type { RunManager } from '../runs/run-manager.ts';
import type { Organization, Store } from '../storage/types.ts';
import { messageCreatedEvent } from '../webhooks/events.ts';

export interface SendMessageDeps {
  store: Store;
  runs: RunManager;
  agents: AgentResolver;
  config: Pick<Config, 'maxMessageChars' | 'maxConversationMessages'> & Partial<Pick<Config, 'maxReplyTokens'>>;
}

export interface SendMessageInput {
  organization: Organization;
  channel: Channel;
  conversationId: string;
  message: string;
  idempotencyKey: string | undefined;
}

/** The reply a send answers with. */
export interface SentReply {
  /** The assistant message's id (the `Parley-Reply-Id` header). */
  replyId: string;
  feed: FrameFeed;
  /** True for an idempotent retry: the reply was made by an earlier send with the same key. */
  replayed: boolean;
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

export async function sendMessage(deps: SendMessageDeps, input: SendMessageInput): Promise<SentReply> {
  const { store, runs, config } = deps;
  if (input.message.trim() === '') throw new AppError('invalid_request', 'The message must not be blank.');
  if (input.message.length > config.maxMessageChars) {
    throw new AppError('message_too_long', `The message is longer than ${config.maxMessageChars} characters.`);
  }
  if (input.idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(input.idempotencyKey)) {
    throw new AppError('invalid_request', 'Idempotency-Key must be 1 to 255 visible ASCII characters.');
  }
  // Until its run is registered, a resume or retry in this process waits for it rather than
  // taking it for another instance's reply. The store reads the conversation in the same step
  // as it starts the reply (one round trip on PostgreSQL).
  const starting = runs.starting(input.conversationId);
  const result = await store
    .startReply({
      orgId: input.organization.id,
      channel: input.channel,
      conversationId: input.conversationId,
      content: input.message,
      idempotencyKey: input.idempotencyKey ?? null,
      fingerprint:
        input.idempotencyKey === undefined ? null : createHash('sha256').update(input.message).digest('hex'),
      maxUserMessages: config.maxConversationMessages,
      reserveCredits: config.maxReplyTokens,
      now: new Date().toISOString(),
      // While a person has the conversation, the message is announced (message.created).
      escalatedEvent: messageCreatedEvent,
    })
    .catch((err: unknown) => {
      starting();
      throw err;
    });
  if (result.kind !== 'started') starting();
  switch (result.kind) {
    case 'not_found':
      throw new AppError('not_found', 'Conversation not found.');
    case 'busy':
      throw new AppError('reply_in_progress');
    case 'key_reused':
      throw new AppError('idempotency_key_reused');
    case 'limit':
      throw new AppError('conversation_limit');
    case 'no_credits':
      throw new AppError('payment_required');
    case 'replay': {
      return { replyId: result.reply.id, feed: await runs.feedFor(result.conversation.id, result.reply), replayed: true };
    }
    case 'started': {
      let run: ReturnType<RunManager['start']>;
      try {
        const { conversation } = result;
        run = runs.start(
          deps.agents(conversation),
          { organization: input.organization, conversation, userMessage: result.userMessage },
          result.reply.id,
        );
      } finally {
        starting();
      }
      return { replyId: result.reply.id, feed: run.feed, replayed: false };
    }
  }
}
