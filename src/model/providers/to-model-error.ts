/**
 * Turns whatever the AI SDK reports (an `error` stream part, a rejected request, a network
 * failure) into a {@link ModelError} with a stable code. The SDK never throws for upstream
 * errors inside `streamText` (STACK.md trap 11), and in-band errors arrive in three shapes:
 * an `APICallError` (HTTP status, or OpenAI Responses stream errors mapped to a status), a plain
 * provider object (`{type, code, message}` from Anthropic's `event: error` or a Chat Completions
 * error chunk), or a parse/validation error for a chunk that is not valid JSON or not the
 * expected shape.
 *
 * The resulting message is internal (logs only; clients get the run's safe text), yet it is
 * built from a short summary with every configured secret removed, and it carries no `cause`:
 * an upstream error body can echo request headers, and pino would log the cause whole.
 */
import {
  APICallError,
  EmptyResponseBodyError,
  InvalidResponseDataError,
  JSONParseError,
  TypeValidationError,
} from '@ai-sdk/provider';
import { RetryError } from 'ai';
import { ModelError } from '../types.ts';

/** HTTP statuses that mean "busy, try later" at OpenAI (429, 503) and Anthropic (429, 529). */
const OVERLOADED_STATUSES = new Set([429, 503, 529]);
/** Words providers use in error types/codes for the same condition. */
const OVERLOADED_WORDS = /overload|rate_limit|capacity|too_many_requests|slow_down/i;
/** Retrying cannot help; OpenAI reports this one as a 429. */
const NOT_RETRYABLE_WORDS = /insufficient_quota|billing|invalid_api_key|authentication|permission/i;
/** Node/undici error codes and messages of a connection that died under us. */
const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
  'ERR_STREAM_PREMATURE_CLOSE',
]);
const NETWORK_MESSAGES = /^(terminated|fetch failed|other side closed|socket hang up|premature close)$/i;

export interface ErrorContext {
  /** Provider name, prefixed to the message. */
  provider: string;
  /** Values that must never appear in the message (API keys). */
  secrets: (string | undefined)[];
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

/** True when `error` or one of its causes is a dropped connection. */
export function isNetworkError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current; depth++) {
    const r = record(current);
    if (!r) return false;
    if (typeof r.code === 'string' && NETWORK_CODES.has(r.code)) return true;
    if (typeof r.message === 'string' && NETWORK_MESSAGES.test(r.message)) return true;
    current = r.cause;
  }
  return false;
}

/** `type` and `code` of a provider error object (`{error: {...}}` or the error itself). */
function discriminator(value: unknown): string {
  const outer = record(value);
  const inner = record(outer?.error) ?? outer;
  if (!inner) return '';
  return [inner.type, inner.code].filter((v) => typeof v === 'string' || typeof v === 'number').join(' ');
}

function statusOf(value: unknown): number | undefined {
  const outer = record(value);
  const inner = record(outer?.error) ?? outer;
  const code = inner?.code ?? inner?.status;
  const n = typeof code === 'number' ? code : typeof code === 'string' && /^\d{3}$/.test(code) ? Number(code) : undefined;
  return n !== undefined && n >= 400 && n <= 599 ? n : undefined;
}

function upstreamMessage(value: unknown): string {
  const outer = record(value);
  const inner = record(outer?.error) ?? outer;
  return typeof inner?.message === 'string' ? inner.message : '';
}

function redact(text: string, secrets: (string | undefined)[]): string {
  let out = text.length > 300 ? `${text.slice(0, 300)}…` : text;
  for (const secret of secrets) if (secret && secret.length >= 4) out = out.split(secret).join('[redacted]');
  return out;
}

/** Classifies by HTTP status and provider error words, for both HTTP errors and in-band ones. */
function classify(status: number | undefined, words: string): { code: ModelError['code']; retryable: boolean } {
  if (NOT_RETRYABLE_WORDS.test(words)) return { code: 'model_error', retryable: false };
  if ((status !== undefined && OVERLOADED_STATUSES.has(status)) || OVERLOADED_WORDS.test(words)) {
    return { code: 'upstream_overloaded', retryable: true };
  }
  // 408/409 and 5xx may pass on a second try; other 4xx are our request or our key.
  const retryable = status === undefined || status === 408 || status === 409 || status >= 500;
  return { code: 'model_error', retryable };
}

export function toModelError(error: unknown, context: ErrorContext): ModelError {
  if (error instanceof ModelError) return error;
  const make = (code: ModelError['code'], summary: string, retryable?: boolean) =>
    new ModelError(code, redact(`${context.provider}: ${summary}`, context.secrets), { retryable });

  // After retries the SDK wraps the last failure; its class is what matters.
  if (RetryError.isInstance(error)) return toModelError(error.lastError, context);

  if (JSONParseError.isInstance(error) || TypeValidationError.isInstance(error)) {
    return make('upstream_bad_response', 'a stream chunk was not valid JSON of the expected shape', false);
  }
  // The Chat Completions adapter itself notices a stream that stopped before `finish_reason`.
  if (InvalidResponseDataError.isInstance(error) && /ended without/i.test(error.message)) {
    return make('upstream_disconnected', 'the stream closed before the reply ended');
  }
  if (EmptyResponseBodyError.isInstance(error)) return make('upstream_disconnected', 'the response had no body');
  if (InvalidResponseDataError.isInstance(error)) {
    return make('upstream_bad_response', 'a stream chunk had invalid data', false);
  }
  if (APICallError.isInstance(error)) {
    // No status: the connection failed. 2xx: the SDK wraps a body that broke off while read.
    if ((error.statusCode === undefined || error.statusCode < 300) && isNetworkError(error)) {
      return make('upstream_disconnected', `connection lost (${error.message})`);
    }
    const words = `${discriminator(error.data)} ${discriminator(safeJson(error.responseBody))}`;
    const { code, retryable } = classify(error.statusCode, words);
    const detail = upstreamMessage(error.data) || error.message;
    return make(code, `upstream HTTP ${error.statusCode ?? 'error'} ${words.trim()}: ${detail}`, retryable);
  }
  if (isNetworkError(error)) {
    return make('upstream_disconnected', `connection lost mid-stream (${(error as Error).message})`);
  }
  const provider = record(error);
  if (provider && (provider.type !== undefined || provider.code !== undefined || provider.error !== undefined)) {
    const words = discriminator(error);
    const { code, retryable } = classify(statusOf(error), words);
    return make(code, `in-stream error ${words}: ${upstreamMessage(error)}`, retryable);
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return make('model_error', `unexpected failure (${message})`);
}

function safeJson(text: string | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
