/**
 * Use case: open a public chat session for an organization: a new customer conversation and a
 * token for it, or (given the token of an earlier session, even expired up to
 * RENEWAL_GRACE_SECONDS ago) a new token for that same conversation. A conversation id alone
 * proves nothing and is refused, so nobody continues a conversation by guessing its id.
 */
import type { PublicSessionBody, PublicSessionResponse } from '@parley/client/protocol';
import { AppError } from '../errors.ts';
import type { Organization, Store } from '../storage/types.ts';
import { isLive, RENEWAL_GRACE_SECONDS, type SessionTokens } from './session-tokens.ts';

export async function openPublicSession(
  deps: { store: Store; tokens: SessionTokens },
  organization: Organization,
  body: PublicSessionBody,
): Promise<PublicSessionResponse> {
  const { store, tokens } = deps;
  let conversationId: string;
  if (body.token !== undefined) {
    const claims = tokens.read(body.token);
    const renewable = claims && claims.orgId === organization.id && isLive(claims, Date.now() - RENEWAL_GRACE_SECONDS * 1000);
    const conversation =
      renewable && (body.conversationId === undefined || body.conversationId === claims.conversationId)
        ? await store.getConversation(organization.id, 'customer', claims.conversationId)
        : undefined;
    if (!conversation) throw new AppError('unauthorized', 'The chat session is invalid or expired. Start a new one.');
    conversationId = conversation.id;
  } else if (body.conversationId !== undefined) {
    throw new AppError('invalid_request', 'Continuing a conversation needs the token of its session.');
  } else {
    if (organization.credits !== null && organization.credits <= 0) throw new AppError('payment_required');
    conversationId = (await store.createConversation({ orgId: organization.id, channel: 'customer', customerIdentifier: null })).id;
  }
  return { conversationId, ...tokens.issue(organization.id, conversationId) };
}
