import { describe } from 'vitest';
import { postgresDatabase } from './helpers/databases.ts';
import { deliverySuite } from './helpers/delivery-suite.ts';

describe('delivery guarantees on PostgreSQL', () => {
  deliverySuite(async () => {
    const db = await postgresDatabase();
    return { url: db.url, cleanup: db.cleanup };
  });
});
