/**
 * `buildApp(deps)`: wires routes, schemas and the error mapping; no side effects (no listen,
 * no timers, no database opening). `server.ts` starts it; tests can drive it in-process.
 */
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import type { AgentResolver } from '../agents/types.ts';
import type { Config } from '../config.ts';
import { AppError, toHttpError } from '../errors.ts';
import type { RunManager } from '../runs/run-manager.ts';
import type { Store } from '../storage/types.ts';
import { registerChatRoutes } from './routes/chat.ts';
import { registerOpsRoutes } from './routes/ops.ts';

export interface AppDeps {
  config: Config;
  store: Store;
  runs: RunManager;
  agents: AgentResolver;
  log: Logger;
  /** True once shutdown began: new requests get 503. */
  isShuttingDown?: () => boolean;
  /** Extra routes (e.g. the management JSON API) registered by later modules. */
  plugins?: ((app: FastifyInstance) => void)[];
}

/** Maps fastify's own failures (body parsing, limits, schema validation) to catalog errors. */
function fromFastifyError(err: FastifyError): AppError | undefined {
  if (hasZodFastifySchemaValidationErrors(err)) {
    const issue = err.validation[0];
    const path = (issue?.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
    const where = [err.validationContext, path].filter(Boolean).join('.') || 'request';
    return new AppError('invalid_request', `Invalid ${where}: ${issue?.message ?? 'invalid value'}.`);
  }
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('payload_too_large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('invalid_request', 'The body must be JSON (Content-Type: application/json).');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError('invalid_request', 'The body is not valid JSON.');
  }
  if (err.statusCode === 413) return new AppError('payload_too_large');
  if (err.statusCode !== undefined && err.statusCode >= 400 && err.statusCode < 500) {
    return new AppError('invalid_request', 'The request is invalid.');
  }
  return undefined;
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, log } = deps;
  const app: FastifyInstance = Fastify({
    // No logger of fastify's own: with one, fastify keeps every request's Request and Reply
    // alive until its response ends (about 1 KiB per open stream) to log its completion, which
    // Parley does not log anyway (a line per request would cost more than a send). Parley logs
    // through `deps.log`; the few request-scoped lines carry `reqId` themselves.
    bodyLimit: config.maxBodyBytes,
    // Long streams must not be cut by the server's own request timeout; the run has its deadline.
    requestTimeout: 0,
    return503OnClosing: true,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('auth', null);

  // JSON with an empty body is "no body" (the documented create call sends the header alone).
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch {
      done(new AppError('invalid_request', 'The body is not valid JSON.'), undefined);
    }
  });

  // One synchronous hook: an async one costs a promise per request.
  app.addHook('onRequest', (_request, reply, done) => {
    if (deps.isShuttingDown?.()) return done(new AppError('shutting_down'));
    reply.header('x-content-type-options', 'nosniff');
    done();
  });

  app.setErrorHandler((err: FastifyError, request, reply) => {
    const known = err instanceof AppError ? err : fromFastifyError(err);
    if (!known) log.error({ err, reqId: request.id }, 'unhandled error');
    const { status, body, headers } = toHttpError(known ?? err);
    if (status === 503) headers['retry-after'] ??= '1';
    // Deterministic refusals must not be retried by SDK-style clients (TESTING.md SSE-08).
    if ([400, 401, 402, 403, 404, 413, 422].includes(status)) headers['x-should-retry'] = 'false';
    return reply.code(status).headers(headers).type('application/json; charset=utf-8').send(body);
  });
  app.setNotFoundHandler((_request, reply) =>
    reply.code(404).type('application/json; charset=utf-8').send({ error: 'No such route.', code: 'not_found' }),
  );

  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Parley API',
        version: '1',
        description:
          'Customer Chat API and Management Chat API. Replies stream as Server-Sent Events: ' +
          '`id: N` + `data: <json>` per event, ids from 1 without gaps, `data: [DONE]` last.',
      },
      components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } } },
    },
    transform: jsonSchemaTransform,
  });

  registerChatRoutes(app, deps, 'customer');
  registerChatRoutes(app, deps, 'management');
  registerOpsRoutes(app, deps.store);
  for (const plugin of deps.plugins ?? []) plugin(app);
  return app;
}
