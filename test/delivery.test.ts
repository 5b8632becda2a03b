import { describe } from 'vitest';
import { deliverySuite } from './helpers/delivery-suite.ts';

describe('delivery guarantees on SQLite', () => {
  deliverySuite(async () => undefined);
});
