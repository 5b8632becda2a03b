/**
 * `abandoned` is derived, not stored: an active conversation whose last activity is older than
 * PARLEY_ABANDONED_AFTER_MINUTES reads as abandoned in the transcript view too (the listing's
 * SQL is held to the same rule by test/agent-store-contract.test.ts on both engines).
 */
import { describe, expect, it } from 'vitest';
import { abandonedBefore, DEFAULT_ABANDONED_AFTER_MINUTES } from '../src/management/abandoned.ts';
import type { ManagementDeps } from '../src/management/deps.ts';
import { getConversation } from '../src/management/get-conversation.ts';
import type { Conversation, ConversationStatus } from '../src/storage/types.ts';

/** Management deps over one stored conversation, last active `minutesAgo` minutes ago. */
function depsWith(status: ConversationStatus, minutesAgo: number, abandonedAfterMinutes?: number): ManagementDeps {
  const at = new Date(Date.now() - minutesAgo * 60_000).toISOString();
  const conversation: Conversation = { id: 'c1', orgId: 'o1', channel: 'customer', status, customerIdentifier: null, escalationReason: null, createdAt: at, updatedAt: at };
  return {
    abandonedAfterMinutes,
    store: {
      getConversation: async (orgId: string, channel: string, id: string) => (orgId === 'o1' && channel === 'customer' && id === 'c1' ? conversation : undefined),
      listMessages: async () => [],
    },
    agentStore: { getAnnotations: async () => new Map(), listToolCalls: async () => [] },
  } as unknown as ManagementDeps;
}

describe('abandoned conversations', () => {
  it('cuts off at PARLEY_ABANDONED_AFTER_MINUTES before now, 30 by default', () => {
    const now = new Date('2026-01-15T12:00:00.000Z');
    expect(DEFAULT_ABANDONED_AFTER_MINUTES).toBe(30);
    expect(abandonedBefore(depsWith('active', 0), now)).toBe('2026-01-15T11:30:00.000Z');
    expect(abandonedBefore(depsWith('active', 0, 5), now)).toBe('2026-01-15T11:55:00.000Z');
  });

  it('shows an idle active conversation as abandoned, and only an active one', async () => {
    expect((await getConversation(depsWith('active', 31), 'o1', 'c1')).conversation.status).toBe('abandoned');
    expect((await getConversation(depsWith('active', 29), 'o1', 'c1')).conversation.status).toBe('active');
    expect((await getConversation(depsWith('active', 6, 5), 'o1', 'c1')).conversation.status).toBe('abandoned');
    expect((await getConversation(depsWith('escalated', 600), 'o1', 'c1')).conversation.status).toBe('escalated');
  });
});
