/** Use case: review conversations: filter by status or review need, newest activity first. */
import type { ConversationPage } from '../storage/agent-store.ts';
import type { ManagementDeps } from './deps.ts';
import type { ListConversationsInput } from './schemas.ts';

export async function listConversations(
  deps: ManagementDeps,
  orgId: string,
  input: ListConversationsInput,
): Promise<ConversationPage & { limit: number; offset: number }> {
  const page = await deps.agentStore.listConversations(orgId, input);
  return { ...page, limit: input.limit, offset: input.offset };
}
