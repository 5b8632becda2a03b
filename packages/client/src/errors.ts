/**
 * Every error the SDK throws. One class per failure the caller may want to handle differently.
 *
 * Two phases (PRODUCT.md §1): before the stream, the server answers a JSON error with an HTTP
 * status, which becomes one {@link ParleyAPIError} subclass per status ({@link createAPIError}
 * is the only place that maps them). After the 200, failures are in-band: an `error` event
 * ({@link StreamError}) or a stream that stops short ({@link IncompleteStreamError}).
 *
 * @example
 * ```ts
 * try {
 *   console.log(await client.customer.conversations.send(id, 'Hi').text());
 * } catch (error) {
 *   if (error instanceof RateLimitError) await sleep((error.retryAfter ?? 1) * 1000);
 *   else if (error instanceof IncompleteStreamError) console.log(error.partialText);
 *   else throw error;
 * }
 * ```
 */
import type { HttpErrorCode, StreamErrorCode } from './protocol.ts';

/** Base class of every error thrown by this package, so `instanceof ParleyError` catches all. */
export class ParleyError extends Error {
  override name = 'ParleyError';
}

/** Options shared by the {@link ParleyAPIError} constructors. */
export interface APIErrorInit {
  /** Stable machine code from the body's `code`, e.g. `conversation_limit`. */
  code: HttpErrorCode | (string & {});
  /** Response headers, for anything not surfaced as a property. */
  headers?: Headers;
}

/**
 * The server refused the request before streaming anything (a non-2xx JSON response).
 * `message` is the server's human-readable `error` text, `code` its stable `code`.
 */
export class ParleyAPIError extends ParleyError {
  override name = 'ParleyAPIError';
  /** HTTP status of the response. */
  readonly status: number;
  /** Stable machine code, e.g. `invalid_request`. Branch on this, not on `message`. */
  readonly code: HttpErrorCode | (string & {});
  readonly headers: Headers | undefined;

  constructor(status: number, message: string, init: APIErrorInit) {
    super(message);
    this.status = status;
    this.code = init.code;
    this.headers = init.headers;
  }
}

/** 400: the body is not JSON, the message is missing, blank or too long. */
export class BadRequestError extends ParleyAPIError {
  override name = 'BadRequestError';
}
/** 401: the API key is missing, malformed, unknown or revoked. */
export class AuthenticationError extends ParleyAPIError {
  override name = 'AuthenticationError';
}
/** 402: the organization has no credits left or reached its spend limit. */
export class PaymentRequiredError extends ParleyAPIError {
  override name = 'PaymentRequiredError';
}
/** 403: a customer key on the management API or the reverse. */
export class PermissionDeniedError extends ParleyAPIError {
  override name = 'PermissionDeniedError';
}
/** 404: the conversation does not exist (or belongs to another organization). */
export class NotFoundError extends ParleyAPIError {
  override name = 'NotFoundError';
}
/** 409: a reply is still being generated in this conversation (`reply_in_progress`). */
export class ConflictError extends ParleyAPIError {
  override name = 'ConflictError';
}
/** 413: the request body is over the server's size limit. */
export class PayloadTooLargeError extends ParleyAPIError {
  override name = 'PayloadTooLargeError';
}
/** 422: an `Idempotency-Key` was reused with a different message (`idempotency_key_reused`). */
export class UnprocessableEntityError extends ParleyAPIError {
  override name = 'UnprocessableEntityError';
}

/**
 * 429: the conversation reached its message limit (`conversation_limit`) or the caller is rate
 * limited (`rate_limited`). `retryAfter` is the server's `Retry-After` in seconds, if it sent one.
 */
export class RateLimitError extends ParleyAPIError {
  override name = 'RateLimitError';
  /** Seconds to wait before retrying, from the `Retry-After` header; `undefined` when absent. */
  readonly retryAfter: number | undefined;

  constructor(status: number, message: string, init: APIErrorInit) {
    super(status, message, init);
    this.retryAfter = parseRetryAfter(init.headers?.get('retry-after') ?? null);
  }
}

/** 5xx: an unexpected failure or a server that is shutting down. Usually worth a retry. */
export class InternalServerError extends ParleyAPIError {
  override name = 'InternalServerError';
}

type APIErrorClass = new (status: number, message: string, init: APIErrorInit) => ParleyAPIError;

/** The one status → class table. A status not listed here gets the base class. */
const CLASS_BY_STATUS: Readonly<Record<number, APIErrorClass>> = {
  400: BadRequestError,
  401: AuthenticationError,
  402: PaymentRequiredError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  413: PayloadTooLargeError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/**
 * Builds the error for a non-2xx response. `body` is the parsed JSON body, or anything else
 * when the body was not the documented `{"error","code"}` (a proxy's HTML page, say): then the
 * message falls back to the status line so the caller still sees something meaningful.
 */
export function createAPIError(status: number, body: unknown, headers?: Headers): ParleyAPIError {
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const message =
    typeof record.error === 'string' && record.error !== '' ? record.error : `HTTP ${status}`;
  const code = typeof record.code === 'string' && record.code !== '' ? record.code : `http_${status}`;
  const ErrorClass = CLASS_BY_STATUS[status] ?? (status >= 500 ? InternalServerError : ParleyAPIError);
  return new ErrorClass(status, message, { code, headers });
}

/**
 * `Retry-After` is either delta-seconds or an HTTP date (RFC 9110 §10.2.3); both become
 * seconds from now, never negative. Garbage gives `undefined` rather than NaN.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/**
 * The server sent an in-band `error` event (then `[DONE]`): the model failed, the stream hit
 * its time limit, the server is shutting down. The reply text received before it is kept.
 */
export class StreamError extends ParleyError {
  override name = 'StreamError';
  readonly code: StreamErrorCode;
  /** Whether sending the message again may succeed. */
  readonly retryable: boolean;
  /** Reply text received before the error event. */
  readonly partialText: string;
  /** Id of the error event. */
  readonly eventId: number;

  constructor(init: {
    message: string;
    code: StreamErrorCode;
    retryable: boolean;
    partialText: string;
    eventId: number;
  }) {
    super(init.message);
    this.code = init.code;
    this.retryable = init.retryable;
    this.partialText = init.partialText;
    this.eventId = init.eventId;
  }
}

/** Why a stream is known to be incomplete. */
export type IncompleteReason = 'gap' | 'eof' | 'timeout';

/**
 * The stream cannot be trusted to be whole: an id was skipped (`gap`), the body ended or the
 * connection broke before `[DONE]` (`eof`), or nothing arrived for longer than `timeoutMs`
 * (`timeout`). Call `stream.resume()` to continue after {@link lastEventId} without a gap.
 */
export class IncompleteStreamError extends ParleyError {
  override name = 'IncompleteStreamError';
  readonly reason: IncompleteReason;
  /** Reply text received so far (including what earlier attempts of a resumed stream got). */
  readonly partialText: string;
  /** Id of the last event received in order; 0 when none. */
  readonly lastEventId: number;

  constructor(
    message: string,
    init: { reason: IncompleteReason; partialText: string; lastEventId: number; cause?: unknown },
  ) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.reason = init.reason;
    this.partialText = init.partialText;
    this.lastEventId = init.lastEventId;
  }
}

/** No HTTP response was received: DNS, refused connection, reset before the headers. */
export class ParleyConnectionError extends ParleyError {
  override name = 'ParleyConnectionError';
}

/** No response (or, for JSON calls, no complete body) within `timeoutMs`. */
export class ParleyTimeoutError extends ParleyConnectionError {
  override name = 'ParleyTimeoutError';
}

/**
 * The server sent a line or event bigger than the decoder's buffer limit. Fatal: the stream is
 * malformed or hostile, and buffering on would grow memory without bound.
 */
export class SseBufferOverflowError extends ParleyError {
  override name = 'SseBufferOverflowError';
  readonly maxBufferSize: number;

  constructor(maxBufferSize: number) {
    super(`An SSE line or event exceeded the buffer limit of ${maxBufferSize} characters`);
    this.maxBufferSize = maxBufferSize;
  }
}
