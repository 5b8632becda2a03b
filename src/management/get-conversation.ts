/**
 * Use case: one conversation with its transcript: each message with its QA score and flags,
 * safety flags and feedback, plus (for management conversations) the tool calls made.
 * Unknown and foreign ids are the same 404.
 */
import { AppError } from '../errors.ts';
import type { MessageAnnotations, ToolCallRecord } from '../storage/agent-store.ts';
import type { Conversation } from '../storage/types.ts';
import { abandonedBefore } from './abandoned.ts';
import type { ManagementDeps } from './deps.ts';
import type { ListedStatus } from '../storage/agent-store.ts';

export interface TranscriptMessage extends MessageAnnotations {
  id: string;
  role: 'user' | 'assistant' | 'staff';
  content: string;
  author: string | null;
  status: string;
  createdAt: string;
}

export interface ConversationDetail {
  conversation: Omit<Conversation, 'orgId' | 'status'> & { status: ListedStatus; qaScore: number | null };
  messages: TranscriptMessage[];
  toolCalls: Omit<ToolCallRecord, 'conversationId'>[];
}

export async function getConversation(deps: ManagementDeps, orgId: string, id: string): Promise<ConversationDetail> {
  const conversation =
    (await deps.store.getConversation(orgId, 'customer', id)) ??
    (await deps.store.getConversation(orgId, 'management', id));
  if (!conversation) throw new AppError('not_found', 'Conversation not found.');
  const [messages, annotations, toolCalls] = await Promise.all([
    deps.store.listMessages(conversation.id),
    deps.agentStore.getAnnotations(conversation.id),
    deps.agentStore.listToolCalls(conversation.id),
  ]);
  const transcript = messages.map((m) => ({
    id: m.id,
    role: m.role,
    content: m.content,
    author: m.author ?? null,
    status: m.status,
    createdAt: m.createdAt,
    ...(annotations.get(m.id) ?? { qaScore: null, qaFlags: [], safetyFlags: [], feedback: null }),
  }));
  const scores = transcript.flatMap((m) => (m.qaScore === null ? [] : [m.qaScore]));
  const { orgId: _orgId, ...rest } = conversation;
  const idle = rest.status === 'active' && rest.updatedAt < abandonedBefore(deps);
  return {
    conversation: { ...rest, status: idle ? 'abandoned' : rest.status, qaScore: scores.length === 0 ? null : scores.reduce((a, b) => a + b, 0) / scores.length },
    messages: transcript,
    toolCalls: toolCalls.map(({ conversationId: _c, ...call }) => call),
  };
}
