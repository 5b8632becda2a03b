/** `parley org create|list` and `parley keys create|list|revoke`, straight on the database. */
import { InvalidArgumentError, type Command } from 'commander';
import type { Channel } from '@parley/client/protocol';
import type { Organization, Store } from '../storage/types.ts';

// The configuration, the stores and the use cases are loaded when a command runs, not when the
// CLI starts: `parley --help` and `parley ask` must not pay for zod, kysely, pg and SQLite.
const loadConfig = async () => (await import('../config.ts')).loadConfig();
const useCases = () => import('../organizations/create-organization.ts');

function parseWholeNumber(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new InvalidArgumentError('must be a whole number');
  return n;
}

async function withStore<T>(work: (store: Store) => Promise<T>): Promise<T> {
  const config = await loadConfig();
  const { createStore } = await import('../storage/create-store.ts');
  const store = await createStore(config.databaseUrl, { sqliteSynchronous: config.sqliteSynchronous, pgCache: config.pgCache });
  try {
    await store.migrate();
    return await work(store);
  } finally {
    await store.close();
  }
}

async function findOrg(store: Store, ref: string): Promise<Organization> {
  const org = (await store.findOrganizationBySlug(ref)) ?? (await store.getOrganization(ref));
  if (!org) throw new Error(`No organization with slug or id "${ref}".`);
  return org;
}

function parseType(value: string): Channel {
  if (value !== 'customer' && value !== 'management') throw new Error('--type must be customer or management');
  return value;
}

/** Runs a command body; a failure prints one line on stderr and exits 1 (no stack trace). */
function run<A extends unknown[]>(body: (...args: A) => Promise<void>) {
  return async (...args: A) => {
    try {
      await body(...args);
    } catch (err) {
      process.stderr.write(`parley: ${(err as Error).message}\n`);
      process.exitCode = 1;
    }
  };
}

const print = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

/** Prints rows as columns padded to their widest cell, under a header line. */
function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  for (const cells of [header, ...rows]) print(cells.map((c, i) => (i < cells.length - 1 ? c.padEnd(widths[i]!) : c)).join('  '));
}

export function registerAdminCommands(program: Command): void {
  const org = program.command('org').description('manage organizations');
  org
    .command('create')
    .description('create an organization with one customer and one management key')
    .requiredOption('--name <name>', 'display name')
    .option('--slug <slug>', 'URL slug (default: from the name)')
    .option('--credits <n>', 'starting credits (default: PARLEY_DEFAULT_CREDITS, unlimited)', parseWholeNumber)
    .option('--json', 'print one JSON line {"orgId","slug","customerKey","managementKey"}')
    .action(
      run(async (opts: { name: string; slug?: string; credits?: number; json?: boolean }) => {
        const { createOrganization } = await useCases();
        const credits = opts.credits ?? (await loadConfig()).defaultCredits;
        const created = await withStore((store) => createOrganization(store, { name: opts.name, slug: opts.slug, credits }));
        const { organization: o, customerKey, managementKey } = created;
        if (opts.json) {
          print(JSON.stringify({ orgId: o.id, slug: o.slug, customerKey, managementKey }));
          return;
        }
        print(`Created organization "${o.name}" (slug ${o.slug}, id ${o.id}).`);
        print(`Credits: ${o.credits ?? 'unlimited'}. The keys are shown this once:`);
        print(`  customer key (lxc_):   ${customerKey}`);
        print(`  management key (lxm_): ${managementKey}`);
      }),
    );

  org
    .command('list')
    .description('list organizations, oldest first')
    .option('--json', 'print JSON [{"id","slug","name","credits","createdAt"}]')
    .action(
      run(async (opts: { json?: boolean }) => {
        const list = await withStore((store) => store.listOrganizations());
        const rows = list.map((o) => ({ id: o.id, slug: o.slug, name: o.name, credits: o.credits, createdAt: o.createdAt }));
        if (opts.json) return print(JSON.stringify(rows));
        if (rows.length === 0) return print('No organizations.');
        printTable(
          ['ID', 'SLUG', 'NAME', 'CREDITS', 'CREATED'],
          rows.map((o) => [o.id, o.slug, o.name, o.credits === null ? 'unlimited' : String(o.credits), o.createdAt]),
        );
      }),
    );

  const keys = program.command('keys').description('manage API keys');
  keys
    .command('create')
    .description('create a key; the secret is printed once')
    .requiredOption('--org <slug-or-id>', 'organization')
    .requiredOption('--type <type>', 'customer or management')
    .option('--label <label>', 'a note to recognise the key by')
    .option('--json', 'print one JSON line')
    .action(
      run(async (opts: { org: string; type: string; label?: string; json?: boolean }) => {
        const type = parseType(opts.type);
        const { createApiKeyFor } = await useCases();
        const { record, plaintext } = await withStore(async (store) =>
          createApiKeyFor(store, (await findOrg(store, opts.org)).id, type, opts.label ?? null),
        );
        if (opts.json) print(JSON.stringify({ id: record.id, type, key: plaintext, label: record.label }));
        else print(`Created ${type} key ${record.id}. The secret is shown this once:\n  ${plaintext}`);
      }),
    );
  keys
    .command('list')
    .description('list active keys (masked)')
    .requiredOption('--org <slug-or-id>', 'organization')
    .option('--all', 'include revoked keys')
    .option('--json', 'print JSON')
    .action(
      run(async (opts: { org: string; all?: boolean; json?: boolean }) => {
        const list = await withStore(async (store) =>
          store.listApiKeys((await findOrg(store, opts.org)).id, { includeRevoked: opts.all }),
        );
        const rows = list.map((k) => ({
          id: k.id,
          type: k.type,
          key: `${k.type === 'customer' ? 'lxc_' : 'lxm_'}…${k.last4}`,
          label: k.label,
          createdAt: k.createdAt,
          lastUsedAt: k.lastUsedAt,
          revokedAt: k.revokedAt,
        }));
        if (opts.json) return print(JSON.stringify(rows));
        if (rows.length === 0) return print('No keys.');
        for (const r of rows) {
          const state = r.revokedAt ? `revoked ${r.revokedAt}` : `last used ${r.lastUsedAt ?? 'never'}`;
          print(`${r.id}  ${r.type.padEnd(10)}  ${r.key}  ${r.label ?? ''}  created ${r.createdAt}  ${state}`);
        }
      }),
    );
  keys
    .command('revoke')
    .description('revoke a key at once; it cannot be reactivated')
    .requiredOption('--org <slug-or-id>', 'organization')
    .requiredOption('--id <key-id>', 'the key id shown by keys list')
    .action(
      run(async (opts: { org: string; id: string }) => {
        const ok = await withStore(async (store) => store.revokeApiKey((await findOrg(store, opts.org)).id, opts.id));
        if (!ok) throw new Error(`No active key ${opts.id} in that organization.`);
        print(`Revoked key ${opts.id}.`);
      }),
    );
}
