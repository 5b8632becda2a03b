/**
 * API keys over the management API: list (masked), create (the secret shown once), revoke.
 * Every request looks its key up in the database (auth.ts keeps no cache), so a revocation
 * holds at once on every instance. The organization's last management key cannot be revoked.
 */
import { z } from 'zod';
import { AppError } from '../errors.ts';
import { generateApiKey } from '../keys.ts';
import type { ApiKeyRecord, Store } from '../storage/types.ts';

export const createKeyBodySchema = z
  .object({
    type: z.enum(['customer', 'management']),
    label: z.string().min(1).max(200).optional().describe('A name to tell keys apart'),
  })
  .strict();

export const keySchema = z.object({
  id: z.string(),
  type: z.enum(['customer', 'management']),
  label: z.string().nullable(),
  last4: z.string().describe('The last 4 characters of the key'),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable().describe('Updated at most once a minute'),
});
export const createdKeySchema = keySchema.extend({ key: z.string().describe('The full key (`lxc_…` or `lxm_…`), shown only here') });

export const keyView = (k: ApiKeyRecord): z.infer<typeof keySchema> => ({
  id: k.id,
  type: k.type,
  label: k.label,
  last4: k.last4,
  createdAt: k.createdAt,
  lastUsedAt: k.lastUsedAt,
});

export async function createKey(store: Store, orgId: string, input: z.infer<typeof createKeyBodySchema>) {
  const generated = generateApiKey(input.type);
  const record = await store.createApiKey({ orgId, type: input.type, keyHash: generated.hash, last4: generated.last4, label: input.label ?? null });
  return { ...keyView(record), key: generated.plaintext };
}

export async function revokeKey(store: Store, orgId: string, keyId: string): Promise<void> {
  const keys = await store.listApiKeys(orgId);
  const key = keys.find((k) => k.id === keyId);
  if (!key) throw new AppError('not_found', 'API key not found.');
  if (key.type === 'management' && keys.filter((k) => k.type === 'management').length <= 1) throw new AppError('last_management_key');
  if (!(await store.revokeApiKey(orgId, keyId))) throw new AppError('not_found', 'API key not found.');
}
