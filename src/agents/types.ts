/**
 * The agent port: what a reply run drives. An agent turns a conversation into a stream of
 * {@link AgentEvent}s; it owns prompts, tools and safety, and talks to a model through the
 * model port. The run owns ids, storage, deadlines and subscribers.
 */
import type { FastifyInstance } from 'fastify';
import type { CancelSignal } from '../model/cancel.ts';
import type { Conversation, Message, Organization, StoredMessageStatus } from '../storage/types.ts';

export type AgentEvent =
  /** Text for the customer. */
  | { type: 'delta'; text: string }
  /** Hand the conversation to a human; the run emits the `escalated` status event once. */
  | { type: 'escalate'; reason: string }
  /** The input was refused by the safety filter: the reply is stored with status `refused`. */
  | { type: 'refused'; category: string }
  /** Tokens used so far by this reply (credits are debited by the sum). */
  | { type: 'usage'; tokens: number };

export interface AgentInput {
  organization: Organization;
  conversation: Conversation;
  /** Finished messages in order, ending with the new user message. */
  history: Message[];
  userMessage: Message;
}

export interface Agent {
  reply(input: AgentInput, signal: CancelSignal): AsyncIterable<AgentEvent>;
}

/** Picks the agent for a conversation's channel. */
export type AgentResolver = (conversation: Conversation) => Agent;

/** What a reply run reports once its message is stored and `[DONE]` sent. */
export interface FinishedReply {
  organizationId: string;
  conversation: Conversation;
  messageId: string;
  userMessage: Message;
  content: string;
  status: Exclude<StoredMessageStatus, 'streaming'>;
  escalationReason: string | null;
}

/**
 * Everything the agents bring to a server: the resolver, HTTP routes of their own (e.g. the
 * management JSON API), and a hook run after each reply (e.g. quality assessment). The hook
 * must not throw and must not delay anything: it runs after `[DONE]` was sent.
 */
export interface AgentRuntime {
  agents: AgentResolver;
  plugins: ((app: FastifyInstance) => void)[];
  onReplyFinished?: (reply: FinishedReply) => void;
}
