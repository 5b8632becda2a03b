/**
 * Configuration from the environment (12-factor). One place reads `process.env`; everything
 * else receives a typed {@link Config}.
 */
import { z } from 'zod';

/**
 * The most credits (tokens: input and output of every model call) one reply is charged, and what
 * a send reserves while its reply runs, when PARLEY_MAX_REPLY_TOKENS is not set (README: credits).
 * Every model call is also capped at this many output tokens.
 */
export const DEFAULT_MAX_REPLY_TOKENS = 4096;

/** Requests per minute per API key when PARLEY_RATE_LIMIT_PER_MINUTE is not set (README: rate limits). */
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 600;

const positiveInt = (fallback: number) =>
  z.coerce.number().int().positive().default(fallback);

/** An optional setting, trimmed; empty counts as unset. */
const optionalTrimmed = () =>
  z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().min(1).default('sqlite:./data/parley.db'),
  PARLEY_LLM: z.enum(['offline', 'openai', 'anthropic', 'openai-compatible']).default('offline'),
  PARLEY_MODEL: z.string().optional(),
  PARLEY_SAFETY_CLASSIFIER: z.enum(['off', 'model']).default('off'),
  OPENAI_API_KEY: z.string().optional(),
  OPENAI_BASE_URL: z.string().optional(),
  ANTHROPIC_API_KEY: z.string().optional(),
  ANTHROPIC_BASE_URL: z.string().optional(),
  PARLEY_STREAM_TIMEOUT_MS: positiveInt(120_000),
  PARLEY_HEARTBEAT_MS: positiveInt(15_000),
  PARLEY_MAX_MESSAGE_CHARS: positiveInt(4000),
  PARLEY_MAX_CONVERSATION_MESSAGES: positiveInt(50),
  PARLEY_MAX_BODY_BYTES: positiveInt(64 * 1024),
  PARLEY_REQUEST_TIMEOUT_MS: positiveInt(30_000),
  PARLEY_HEADERS_TIMEOUT_MS: positiveInt(10_000),
  PARLEY_DEFAULT_CREDITS: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '' || v === 'unlimited') return null;
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0) {
        ctx.addIssue({ code: 'custom', message: 'must be a whole number or "unlimited"' });
        return z.NEVER;
      }
      return n;
    }),
  PARLEY_MAX_REPLY_TOKENS: positiveInt(DEFAULT_MAX_REPLY_TOKENS),
  PARLEY_ABANDONED_AFTER_MINUTES: positiveInt(30),
  PARLEY_SHUTDOWN_GRACE_MS: positiveInt(10_000),
  PARLEY_RUN_LEASE_MS: z.coerce.number().int().min(1000).max(300_000).default(15_000),
  PARLEY_SQLITE_SYNCHRONOUS: z.enum(['full', 'normal']).default('full'),
  PARLEY_PG_CACHE: z.enum(['on', 'off']).default('on'),
  PARLEY_OFFLINE_DELAY_MS: z.coerce.number().int().min(0).default(15),
  PARLEY_RATE_LIMIT_PER_MINUTE: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return DEFAULT_RATE_LIMIT_PER_MINUTE;
      if (v.trim().toLowerCase() === 'off') return 0;
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0) {
        ctx.addIssue({ code: 'custom', message: 'must be a whole number of requests per minute, or 0 / "off"' });
        return z.NEVER;
      }
      return n;
    }),
  REDIS_URL: optionalTrimmed().refine((v) => v === undefined || /^rediss?:\/\/[^\s]+$/.test(v), { message: 'must be a redis:// or rediss:// URL' }),
  PARLEY_REDIS_PREFIX: z.string().min(1).max(100).default('parley:'),
  PARLEY_WEBHOOK_ALLOW_PRIVATE: z
    .enum(['true', 'false', '1', '0', ''])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  PARLEY_WEBHOOK_RETRY_BASE_MS: positiveInt(5000),
  PARLEY_WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(30).default(10),
  PARLEY_WEBHOOK_DISABLE_AFTER: positiveInt(5),
  PARLEY_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  PARLEY_SESSION_SECRET: z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()))
    .refine((v) => v === undefined || v.length >= 32, { message: 'must be at least 32 characters' }),
  PARLEY_TRUST_PROXY: optionalTrimmed().transform((v, ctx) => {
    if (v === undefined || v === 'false' || v === '0') return false;
    if (v === 'true') return true;
    const list = v.split(',').map((x) => x.trim());
    if (list.every((x) => /^[0-9a-fA-F:.]+(?:\/\d{1,3})?$/.test(x))) return list.join(',');
    ctx.addIssue({ code: 'custom', message: 'must be true, false, or a comma-separated list of proxy addresses/CIDRs' });
    return z.NEVER;
  }),
  PARLEY_SESSION_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(3600),
  PARLEY_PUBLIC_SESSIONS_PER_MINUTE: z.coerce.number().int().min(0).default(20),
  PARLEY_METRICS_TOKEN: optionalTrimmed().refine((v) => v === undefined || v.length >= 16, { message: 'must be at least 16 characters (it guards /metrics)' }),
  OTEL_EXPORTER_OTLP_ENDPOINT: optionalTrimmed().refine((v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v), { message: 'must be an http:// or https:// URL' }),
  OTEL_SERVICE_NAME: z.string().min(1).max(100).default('parley'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
}).refine((e) => e.PARLEY_HEADERS_TIMEOUT_MS <= e.PARLEY_REQUEST_TIMEOUT_MS, {
  path: ['PARLEY_HEADERS_TIMEOUT_MS'],
  message: 'must not be greater than PARLEY_REQUEST_TIMEOUT_MS',
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  llm: 'offline' | 'openai' | 'anthropic' | 'openai-compatible';
  model: string | undefined;
  /** `model`: with a hosted model, messages the input filter's patterns pass are classified by the model too. */
  safetyClassifier: 'off' | 'model';
  openaiApiKey: string | undefined;
  openaiBaseUrl: string | undefined;
  anthropicApiKey: string | undefined;
  anthropicBaseUrl: string | undefined;
  streamTimeoutMs: number;
  heartbeatMs: number;
  maxMessageChars: number;
  maxConversationMessages: number;
  maxBodyBytes: number;
  /** Time to receive a whole request (headers and body); a stalled upload is cut with 408. Not the response. */
  requestTimeoutMs: number;
  /** Time to receive a request's headers. */
  headersTimeoutMs: number;
  /** Credits of a newly created organization; `null` = unlimited. */
  defaultCredits: number | null;
  /** The bound of one reply: the most credits it is charged, what a send reserves, and the output cap of each model call. */
  maxReplyTokens: number;
  shutdownGraceMs: number;
  /** An active customer conversation with no message for this long is listed as abandoned. */
  abandonedAfterMinutes: number;
  /** PostgreSQL: how long a reply's owner holds it without renewing; past it another instance closes it. */
  runLeaseMs: number;
  /** SQLite durability: `full` survives power loss, `normal` only a killed process. */
  sqliteSynchronous: 'full' | 'normal';
  /** PostgreSQL: cache keys and settings per process, kept by change notifications (pg-change-feed.ts). */
  pgCache: boolean;
  /** Pause between the offline model's deltas, so replies stream visibly. */
  offlineDelayMs: number;
  /** Requests one API key may make per minute (fixed window); 0 = no limit. */
  rateLimitPerMinute: number;
  /** Redis shared by all instances (rate-limit counters); `undefined` = counters in memory. */
  redisUrl: string | undefined;
  /** Prefix of every Redis key Parley writes, so deployments can share one Redis. */
  redisPrefix: string;
  /** Webhooks may target loopback and private addresses (development and tests only). */
  webhookAllowPrivate: boolean;
  /** The delay before the second attempt of a webhook delivery; each next one doubles (plus jitter). */
  webhookRetryBaseMs: number;
  /** Attempts of one delivery before it fails for good. */
  webhookMaxAttempts: number;
  /** Deliveries failed for good in a row that disable an endpoint. */
  webhookDisableAfter: number;
  /** How long one delivery attempt may take (connect, send, answer). */
  webhookTimeoutMs: number;
  /**
   * Key that signs public chat session tokens (PARLEY_SESSION_SECRET); `undefined` = a random key
   * the database keeps (made by the first instance that starts), shared by every instance.
   */
  sessionSecret: string | undefined;
  /**
   * Which proxies' `X-Forwarded-For`/`-Host`/`-Proto` to believe (fastify's `trustProxy`): the
   * client IP that public sessions are limited by, and the host the page's own origin is. `false`:
   * the socket's address.
   */
  trustProxy: boolean | string;
  /** How long a public chat session token is accepted (seconds). */
  sessionTtlSeconds: number;
  /** Public sessions one client IP may open per minute; 0 = no limit. */
  publicSessionsPerMinute: number;
  /** Bearer token that unlocks `GET /metrics`; `undefined` = no metrics (the route answers 404). */
  metricsToken: string | undefined;
  /** OTLP/HTTP endpoint traces are exported to; `undefined` = tracing off. */
  otlpEndpoint: string | undefined;
  /** `service.name` of the exported spans. */
  serviceName: string;
  logLevel: string;
}

/** Reads and validates the environment; throws one readable error naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    llm: e.PARLEY_LLM,
    model: e.PARLEY_MODEL,
    safetyClassifier: e.PARLEY_SAFETY_CLASSIFIER,
    openaiApiKey: e.OPENAI_API_KEY,
    openaiBaseUrl: e.OPENAI_BASE_URL,
    anthropicApiKey: e.ANTHROPIC_API_KEY,
    anthropicBaseUrl: e.ANTHROPIC_BASE_URL,
    streamTimeoutMs: e.PARLEY_STREAM_TIMEOUT_MS,
    heartbeatMs: e.PARLEY_HEARTBEAT_MS,
    maxMessageChars: e.PARLEY_MAX_MESSAGE_CHARS,
    maxConversationMessages: e.PARLEY_MAX_CONVERSATION_MESSAGES,
    maxBodyBytes: e.PARLEY_MAX_BODY_BYTES,
    requestTimeoutMs: e.PARLEY_REQUEST_TIMEOUT_MS,
    headersTimeoutMs: e.PARLEY_HEADERS_TIMEOUT_MS,
    defaultCredits: e.PARLEY_DEFAULT_CREDITS,
    maxReplyTokens: e.PARLEY_MAX_REPLY_TOKENS,
    shutdownGraceMs: e.PARLEY_SHUTDOWN_GRACE_MS,
    abandonedAfterMinutes: e.PARLEY_ABANDONED_AFTER_MINUTES,
    runLeaseMs: e.PARLEY_RUN_LEASE_MS,
    sqliteSynchronous: e.PARLEY_SQLITE_SYNCHRONOUS,
    pgCache: e.PARLEY_PG_CACHE === 'on',
    offlineDelayMs: e.PARLEY_OFFLINE_DELAY_MS,
    rateLimitPerMinute: e.PARLEY_RATE_LIMIT_PER_MINUTE,
    redisUrl: e.REDIS_URL,
    redisPrefix: e.PARLEY_REDIS_PREFIX,
    webhookAllowPrivate: e.PARLEY_WEBHOOK_ALLOW_PRIVATE,
    webhookRetryBaseMs: e.PARLEY_WEBHOOK_RETRY_BASE_MS,
    webhookMaxAttempts: e.PARLEY_WEBHOOK_MAX_ATTEMPTS,
    webhookDisableAfter: e.PARLEY_WEBHOOK_DISABLE_AFTER,
    webhookTimeoutMs: e.PARLEY_WEBHOOK_TIMEOUT_MS,
    sessionSecret: e.PARLEY_SESSION_SECRET,
    sessionTtlSeconds: e.PARLEY_SESSION_TTL_SECONDS,
    trustProxy: e.PARLEY_TRUST_PROXY,
    publicSessionsPerMinute: e.PARLEY_PUBLIC_SESSIONS_PER_MINUTE,
    metricsToken: e.PARLEY_METRICS_TOKEN,
    otlpEndpoint: e.OTEL_EXPORTER_OTLP_ENDPOINT,
    serviceName: e.OTEL_SERVICE_NAME,
    logLevel: e.LOG_LEVEL,
  };
}
