/**
 * `buildApp(deps)`: wires routes, schemas and the error mapping; no side effects (no listen,
 * no timers, no database opening). `server.ts` starts it; tests can drive it in-process.
 */
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply } from 'fastify';
import swagger from '@fastify/swagger';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import { registerConsoleRoutes } from './routes/console.ts';
import type { AgentResolver } from '../agents/types.ts';
import type { Config } from '../config.ts';
import { AppError, toHttpError } from '../errors.ts';
import { checkControlCharacters, describeLocation } from './input-rules.ts';
import { declareRateLimit, registerRateLimit } from './rate-limit.ts';
import { SessionTokens } from '../public/session-tokens.ts';
import type { RunManager } from '../runs/run-manager.ts';
import type { Store } from '../storage/types.ts';
import { registerChatRoutes } from './routes/chat.ts';
import { keepResponseHeaders } from './schemas.ts';
import { ANSWERED_WHILE_DRAINING, registerOpsRoutes } from './routes/ops.ts';
import { observeRequests } from '../telemetry/request-hooks.ts';

export interface AppDeps {
  config: Config;
  store: Store;
  runs: RunManager;
  agents: AgentResolver;
  log: Logger;
  /** True once shutdown began: new requests (but liveness) get 503, so /readyz fails. */
  isShuttingDown?: () => boolean;
  /** Signs public chat session tokens; default PARLEY_SESSION_SECRET, else a random one for this app. */
  sessionSecret?: string;
  /** Extra routes (e.g. the management JSON API) registered by later modules. */
  plugins?: ((app: FastifyInstance) => void)[];
}

/** Maps fastify's own failures (body parsing, limits, schema validation) to catalog errors. */
function fromFastifyError(err: FastifyError): AppError | undefined {
  if (hasZodFastifySchemaValidationErrors(err)) {
    const issue = err.validation[0];
    const where = describeLocation(err.validationContext ?? 'request', (issue?.instancePath ?? '').split('/').filter(Boolean));
    // zod names unknown keys in its message: never echo input, only say what is wrong.
    const what = issue?.keyword === 'unrecognized_keys' ? 'unknown field' : (issue?.message ?? 'invalid value');
    return new AppError('invalid_request', `Invalid ${where}: ${what}.`);
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
    case 'FST_ERR_BAD_URL':
      return new AppError('invalid_request', 'The URL is malformed.');
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new AppError('invalid_request', 'A path parameter is too long.');
  }
  if (err.statusCode === 413) return new AppError('payload_too_large');
  if (err.statusCode !== undefined && err.statusCode >= 400 && err.statusCode < 500) {
    return new AppError('invalid_request', 'The request is invalid.');
  }
  return undefined;
}

/** Headers of every response, refusals included (`onRequest` sets them; error paths repeat them). */
const COMMON_HEADERS = {
  'x-content-type-options': 'nosniff',
  // Every API answer is private to its key (transcripts, settings, ids); SSE replaces this with no-cache.
  'cache-control': 'no-store',
} as const;

/** Deterministic refusals that SDK-style clients must not retry (TESTING.md SSE-08). */
const NO_RETRY = new Set([400, 401, 402, 403, 404, 405, 413, 422, 431]);

/** Sends `err` as the catalog's `{error, code}` JSON with its headers. */
function sendError(reply: FastifyReply, err: AppError | Error): FastifyReply {
  const { status, body, headers } = toHttpError(err);
  if (NO_RETRY.has(status)) headers['x-should-retry'] = 'false';
  return reply.code(status).headers({ ...COMMON_HEADERS, ...headers }).type('application/json; charset=utf-8').send(body);
}

/**
 * Answers what node:http refuses before fastify sees a request (unparsable request line or
 * headers, headers over the size limit, a request not received within the timeouts), in the
 * catalog's shape. Written straight to the socket, as node does; the socket is then closed.
 */
function answerClientError(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const known =
    err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? new AppError('request_timeout')
      : err.code === 'HPE_HEADER_OVERFLOW'
        ? new AppError('headers_too_large')
        : new AppError('invalid_request', 'The request is malformed.');
  // A handler may already have answered a request whose body never came: no second answer then.
  const answering = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (answering?.headersSent) socket.destroy();
  else writeRawError(socket, known);
}

/** Writes `err` as a whole HTTP/1.1 response on a socket fastify does not own, then closes it. */
function writeRawError(socket: Socket, err: AppError): void {
  const { status, body, headers } = toHttpError(err);
  if (socket.writable) {
    const text = JSON.stringify(body);
    const lines = Object.entries({
      ...COMMON_HEADERS,
      ...headers,
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(text)),
      connection: 'close',
    }).map(([name, value]) => `${name}: ${value}\r\n`);
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${lines.join('')}\r\n${text}`);
  }
  socket.destroy();
}

/** The methods of every registered path, for 405 answers: a pattern per path, tried in order. */
class RouteMethods {
  readonly #paths = new Map<string, { pattern: RegExp; methods: Set<string> }>();

  add(url: string, method: string | string[]): void {
    let entry = this.#paths.get(url);
    if (!entry) {
      const source = url
        .split('/')
        .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment === '*' ? '.*' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('/');
      entry = { pattern: new RegExp(`^${source}$`), methods: new Set() };
      this.#paths.set(url, entry);
    }
    for (const m of Array.isArray(method) ? method : [method]) entry.methods.add(m.toUpperCase());
    if (entry.methods.has('GET')) entry.methods.add('HEAD');
  }

  /** The methods allowed on `path` (no query string), or none when no route has that path. */
  allowed(path: string): string[] {
    const methods = new Set<string>();
    for (const { pattern, methods: m } of this.#paths.values()) if (pattern.test(path)) for (const x of m) methods.add(x);
    return [...methods].sort();
  }
}

interface OpenApiPaths {
  paths?: Record<string, Record<string, { requestBody?: { required?: boolean; content?: Record<string, { schema?: { nullable?: boolean } }> } }>>;
}

/**
 * @fastify/swagger marks every request body required; a body whose schema accepts null (the
 * create calls, which the documented clients send with no body) is optional.
 */
function optionalNullableBodies<T extends object>(doc: T): T {
  for (const methods of Object.values((doc as OpenApiPaths).paths ?? {})) {
    for (const op of Object.values(methods)) {
      const body = op.requestBody;
      if (body?.content?.['application/json']?.schema?.nullable) body.required = false;
    }
  }
  return doc;
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, log } = deps;
  const app: FastifyInstance = Fastify({
    // No logger of fastify's own: with one, fastify keeps every request's Request and Reply
    // alive until its response ends (about 1 KiB per open stream) to log its completion, which
    // Parley does not log anyway (a line per request would cost more than a send). Parley logs
    // through `deps.log`; the few request-scoped lines carry `reqId` themselves.
    bodyLimit: config.maxBodyBytes,
    // PARLEY_TRUST_PROXY: behind a reverse proxy, request.ip and request.host are the client's.
    trustProxy: config.trustProxy,
    // node:http's timeouts cover *receiving* a request (its headers, then the whole body), never
    // sending the response: a long SSE reply is not cut by them; its run has its own deadline.
    // Node checks them every `connectionsCheckingInterval`, so that must be well below them.
    requestTimeout: config.requestTimeoutMs,
    http: {
      requestTimeout: config.requestTimeoutMs,
      headersTimeout: config.headersTimeoutMs,
      connectionsCheckingInterval: Math.max(10, Math.min(1000, Math.floor(config.headersTimeoutMs / 4))),
    },
    clientErrorHandler: answerClientError,
    frameworkErrors: (err, _request, reply) => sendError(reply, fromFastifyError(err) ?? new AppError('invalid_request')),
    // While closing, the onRequest hook below already answers 503 in the catalog's shape.
    return503OnClosing: false,
  });
  // node:http hands CONNECT to this event, not to fastify (without a listener it drops the socket).
  app.server.on('connect', (_request, socket: Socket) =>
    writeRawError(socket, new AppError('method_not_allowed', undefined, { allow: 'DELETE, GET, HEAD, PATCH, POST' })),
  );
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorateRequest('auth', null);
  app.decorate('sessionTokens', new SessionTokens(deps.sessionSecret ?? config.sessionSecret, config.sessionTtlSeconds));

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

  const routes = new RouteMethods();
  // The preflight routes (`OPTIONS /api/v1/public/*`, cors.ts) do not make every path under
  // them "exist": an unknown path there stays a 404, not a 405.
  app.addHook('onRoute', (route) => {
    if (route.method === 'OPTIONS' && route.url.endsWith('/*')) return;
    routes.add(route.url, route.method);
  });
  // Metrics and traces per request, only when they are on (telemetry/request-hooks.ts).
  observeRequests(app);

  // One synchronous hook: an async one costs a promise per request.
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(COMMON_HEADERS);
    if (deps.isShuttingDown?.() && request.routeOptions.url !== ANSWERED_WHILE_DRAINING) return done(new AppError('shutting_down'));
    done();
  });
  // The input rules (input-rules.ts), once for every route: body, path and query string. After
  // the schemas, so every key left is one the schema knows and can be named without echoing input.
  app.addHook('preHandler', (request, _reply, done) => {
    try {
      const schema = request.routeOptions.schema;
      checkControlCharacters(request, { body: !!schema?.body, params: !!schema?.params, querystring: !!schema?.querystring });
    } catch (err) {
      return done(err as AppError);
    }
    done();
  });
  // Per-key rate limit (rate-limit.ts): counted after the key check, before the body is read.
  registerRateLimit(app, deps);

  app.setErrorHandler((err: FastifyError, request, reply) => {
    const known = err instanceof AppError ? err : fromFastifyError(err);
    if (!known) log.error({ err, reqId: request.id }, 'unhandled error');
    return sendError(reply, known ?? err);
  });
  app.setNotFoundHandler((request, reply) => {
    const allowed = routes.allowed(request.url.split('?', 1)[0]!);
    // A route that has this method and still did not answer (a file not found under a static
    // prefix) is a plain 404, not a 405.
    if (allowed.length === 0 || allowed.includes(request.method)) return sendError(reply, new AppError('not_found', 'No such route.'));
    return sendError(reply, new AppError('method_not_allowed', undefined, { allow: allowed.join(', ') }));
  });

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
    transform: keepResponseHeaders(jsonSchemaTransform),
    transformObject: (document) =>
      declareRateLimit(optionalNullableBodies('openapiObject' in document ? document.openapiObject : document.swaggerObject), config),
  });

  registerConsoleRoutes(app);
  registerChatRoutes(app, deps, 'customer');
  registerChatRoutes(app, deps, 'management');
  registerOpsRoutes(app, deps);
  for (const plugin of deps.plugins ?? []) plugin(app);
  return app;
}
