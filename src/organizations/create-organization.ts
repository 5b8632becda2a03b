/** Use case: an organization with one customer and one management key (secrets shown once). */
import type { Channel } from '@parley/client/protocol';
import { generateApiKey } from '../keys.ts';
import type { ApiKeyRecord, Organization, Store } from '../storage/types.ts';

export interface CreatedOrganization {
  organization: Organization;
  customerKey: string;
  managementKey: string;
}

export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
  return slug || 'org';
}

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

export async function createApiKeyFor(
  store: Store,
  orgId: string,
  type: Channel,
  label: string | null,
): Promise<{ record: ApiKeyRecord; plaintext: string }> {
  const key = generateApiKey(type);
  const record = await store.createApiKey({ orgId, type, keyHash: key.hash, last4: key.last4, label });
  return { record, plaintext: key.plaintext };
}

export async function createOrganization(
  store: Store,
  input: { name: string; slug?: string; credits: number | null },
): Promise<CreatedOrganization> {
  const name = input.name.trim();
  if (name === '' || name.length > 200) throw new Error('The name must be 1 to 200 characters.');
  if (input.credits !== null && (!Number.isInteger(input.credits) || input.credits < 0)) {
    throw new Error('Credits must be a whole number of at least 0.');
  }
  let slug = input.slug ?? slugify(name);
  if (!SLUG.test(slug)) throw new Error('The slug must be lowercase letters, digits and dashes (at most 64).');
  if (await store.findOrganizationBySlug(slug)) {
    if (input.slug !== undefined) throw new Error(`The slug "${slug}" is taken.`);
    let n = 2;
    while (await store.findOrganizationBySlug(`${slug}-${n}`)) n++;
    slug = `${slug}-${n}`;
  }
  const organization = await store.createOrganization({ name, slug, credits: input.credits });
  const customer = await createApiKeyFor(store, organization.id, 'customer', 'default');
  const management = await createApiKeyFor(store, organization.id, 'management', 'default');
  return { organization, customerKey: customer.plaintext, managementKey: management.plaintext };
}
