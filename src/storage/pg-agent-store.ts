/**
 * The {@link AgentStore} on PostgreSQL: the Kysely agent store with the settings read and the QA
 * update that every customer reply runs as named prepared statements on the pool (parsed once
 * per connection, nothing built or compiled per call), like the core store's send path
 * (pg-statements.ts). Everything else stays on Kysely.
 */
import type { Pool } from 'pg';
import type { AgentSettings } from '../settings/settings.ts';
import { KyselyAgentStore, settingsFromRow, type Assessment } from './agent-store.ts';
import type { KyselyStore } from './kysely-store.ts';
import { statement } from './pg-statements.ts';
import type { ChangeCache } from './pg-change-feed.ts';

type SettingsRow = { data: string; updated_at: string };

const PG_AGENT = {
  settings: statement('agent_settings', 'select data, updated_at from agent_settings where org_id = $1'),
  /** A batch of QA judgements; a reply without safety flags keeps the ones it has. */
  assess: statement(
    'assess',
    `update messages as m
     set qa_score = v.score, qa_flags = v.flags, safety_flags = coalesce(v.safety, m.safety_flags)
     from unnest($1::text[], $2::integer[], $3::text[], $4::text[]) as v(id, score, flags, safety)
     where m.id = v.id`,
  ),
};

export class PgAgentStore extends KyselyAgentStore {
  readonly #pool: Pool;

  /** The store's cache of settings rows (null: none stored, the defaults), shared by every agent store. */
  readonly #cache: ChangeCache<SettingsRow | null> | undefined;

  constructor(store: KyselyStore, pool: Pool) {
    super(store);
    this.#pool = pool;
    this.#cache = store.caches?.settings;
  }

  async getSettings(orgId: string): Promise<AgentSettings> {
    const load = async () => ((await this.#pool.query({ ...PG_AGENT.settings, values: [orgId] })).rows[0] ?? null) as SettingsRow | null;
    const row = this.#cache ? await this.#cache.get(orgId, load) : await load();
    return settingsFromRow(row ?? undefined);
  }

  async saveSettings(orgId: string, settings: AgentSettings): Promise<AgentSettings> {
    try {
      return await super.saveSettings(orgId, settings);
    } finally {
      // This process's next read sees the change at once, before its notification is back.
      this.#cache?.invalidate(orgId);
    }
  }

  async saveAssessments(items: Assessment[]): Promise<void> {
    if (items.length === 0) return;
    await this.#pool.query({
      ...PG_AGENT.assess,
      values: [
        items.map((a) => a.messageId),
        items.map((a) => a.score),
        items.map((a) => JSON.stringify(a.qaFlags)),
        items.map((a) => (a.safetyFlags === null ? null : JSON.stringify(a.safetyFlags))),
      ],
    });
  }
}
