/** Operational routes: health and the OpenAPI document generated from the route schemas. */
import type { FastifyInstance } from 'fastify';
import type { Store } from '../../storage/types.ts';

export function registerOpsRoutes(app: FastifyInstance, store: Store): void {
  app.get('/healthz', { schema: { hide: true } }, async (_request, reply) => {
    try {
      await store.countOrganizations();
      return { status: 'ok' };
    } catch {
      return reply.code(503).send({ status: 'unavailable' });
    }
  });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
