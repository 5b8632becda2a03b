/**
 * The triggers that feed pg-change-feed.ts: each sends `pg_notify('parley_changes',
 * '<table>:<key>')` in the transaction that changes a cached row, so the notification goes out
 * at its commit (and not at all on a rollback). Migration 6 creates those of the core tables,
 * migration 101 the agent settings'.
 *
 * - api_keys, keyed by hash: a revocation, a deletion, any change but `last_used_at` (written
 *   at most once a minute per key and never read from the cache). Not a new key: an unknown
 *   hash is never cached, so there is nothing to drop.
 * - organizations, keyed by id: a new name or slug, or credits that become or stop being
 *   exhausted or unlimited. A debit that leaves the balance positive sends nothing: a cached
 *   organization's `credits` is current in its sign only, which is all a request checks.
 * - agent_settings, keyed by organization id: every change.
 */
import { CHANGE_CHANNEL } from './pg-change-feed.ts';

/**
 * The trigger function of `table`: notifies `<table>:<key column>` of the row (the old row for
 * a delete), then runs `also` (more notifications).
 */
const notifyFunction = (table: string, key: string, also = '') => `
create or replace function parley_notify_${table}() returns trigger language plpgsql as $fn$
begin
  perform pg_notify('${CHANGE_CHANNEL}', '${table}:' || (case when tg_op = 'DELETE' then old.${key} else new.${key} end));${also}
  return null;
end
$fn$;`;

export const CORE_CHANGE_TRIGGERS = [
  // Deletes, and updates with a condition in their own trigger (a WHEN clause that names OLD
  // cannot be shared with inserts).
  `${notifyFunction(
    'api_keys',
    'key_hash',
    `
  if tg_op = 'UPDATE' and old.key_hash is distinct from new.key_hash then
    perform pg_notify('${CHANGE_CHANNEL}', 'api_keys:' || old.key_hash);
  end if;`,
  )}
create trigger parley_notify_api_keys after delete on api_keys
  for each row execute function parley_notify_api_keys();
create trigger parley_notify_api_keys_update after update on api_keys
  for each row when ((old.key_hash, old.org_id, old.type, old.revoked_at) is distinct from (new.key_hash, new.org_id, new.type, new.revoked_at))
  execute function parley_notify_api_keys();`,
  `${notifyFunction('organizations', 'id')}
create trigger parley_notify_organizations after delete on organizations
  for each row execute function parley_notify_organizations();
create trigger parley_notify_organizations_update after update on organizations
  for each row when ((old.name, old.slug, old.credits is null, old.credits > 0) is distinct from (new.name, new.slug, new.credits is null, new.credits > 0))
  execute function parley_notify_organizations();`,
];

export const AGENT_SETTINGS_TRIGGER = `${notifyFunction('agent_settings', 'org_id')}
create trigger parley_notify_agent_settings after insert or update or delete on agent_settings
  for each row execute function parley_notify_agent_settings();`;
