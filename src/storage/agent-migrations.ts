/** Schema of the agents' data (settings, knowledge, QA): versions 100-199. */
import type { Migration } from './migrations.ts';

export const AGENT_MIGRATIONS: Migration[] = [];
