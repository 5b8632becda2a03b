/**
 * Use case: review conversations: filter by status (abandoned is derived from idle time), review
 * need or text, newest activity first.
 */
import type { ConversationPage } from '../storage/agent-store.ts';
import { abandonedBefore } from './abandoned.ts';
import type { ManagementDeps } from './deps.ts';
import type { ListConversationsInput } from './schemas.ts';

export async function listConversations(
  deps: ManagementDeps,
  orgId: string,
  input: ListConversationsInput,
): Promise<ConversationPage & { limit: number; offset: number }> {
  const page = await deps.agentStore.listConversations(orgId, { ...input, abandonedBefore: abandonedBefore(deps) });
  return { ...page, limit: input.limit, offset: input.offset };
}
