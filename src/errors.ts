/**
 * The one error catalog. Domain code throws {@link AppError} with a stable code; one table maps
 * each code to its HTTP status and safe default message; one function turns any thrown value
 * into the JSON body `{"error","code"}`. Internal details never reach a client: a 5xx always
 * carries the generic text.
 */
import type { ErrorBody, HttpErrorCode } from '@parley/client/protocol';

interface CatalogEntry {
  status: number;
  message: string;
  /** Headers every answer with this code carries (e.g. the challenge of a 401). */
  headers?: Readonly<Record<string, string>>;
}

export const ERROR_CATALOG: Record<HttpErrorCode, CatalogEntry> = {
  invalid_request: { status: 400, message: 'The request is invalid.' },
  message_too_long: { status: 400, message: 'The message is too long.' },
  unauthorized: { status: 401, message: 'The API key is missing or invalid.', headers: { 'www-authenticate': 'Bearer' } },
  payment_required: { status: 402, message: 'The organization has no credits left.' },
  forbidden: { status: 403, message: 'This API key is not allowed on this API.' },
  origin_not_allowed: { status: 403, message: 'This website is not allowed to use this chat.' },
  not_found: { status: 404, message: 'Not found.' },
  // The `Allow` header is added by whoever knows the path's methods (the not-found handler).
  method_not_allowed: { status: 405, message: 'This method is not allowed on this path.' },
  request_timeout: { status: 408, message: 'The request was not received in time.' },
  reply_in_progress: {
    status: 409,
    message: 'A reply is still being generated in this conversation. Wait for it to finish or stop it.',
  },
  last_management_key: {
    status: 409,
    message: 'This is the organization\'s last management key. Create another one before revoking it.',
  },
  payload_too_large: { status: 413, message: 'The request body is too large.' },
  idempotency_key_reused: {
    status: 422,
    message: 'This Idempotency-Key was already used with a different message.',
  },
  conversation_limit: {
    status: 429,
    message: 'This conversation has reached its message limit. Start a new conversation.',
  },
  headers_too_large: { status: 431, message: 'The request headers are too large.' },
  rate_limited: { status: 429, message: 'Too many requests. Retry later.' },
  internal_error: { status: 500, message: 'Something went wrong on our side.' },
  shutting_down: { status: 503, message: 'The server is shutting down. Retry shortly.', headers: { 'retry-after': '1' } },
};

/** A failure with a stable code. `message` must be safe to show a client (it is sent for 4xx). */
export class AppError extends Error {
  readonly code: HttpErrorCode;
  readonly status: number;
  /** Extra response headers, e.g. Retry-After. */
  readonly headers: Record<string, string>;

  constructor(code: HttpErrorCode, message?: string, headers: Record<string, string> = {}) {
    super(message ?? ERROR_CATALOG[code].message);
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_CATALOG[code].status;
    this.headers = headers;
  }
}

export interface HttpError {
  status: number;
  body: ErrorBody;
  headers: Record<string, string>;
}

/**
 * Turns anything thrown into the HTTP answer. Unknown values become a 500 with the generic text;
 * the original is for the log only.
 */
export function toHttpError(err: unknown): HttpError {
  if (err instanceof AppError) {
    const entry = ERROR_CATALOG[err.code];
    const safe = err.status >= 500 ? entry.message : err.message;
    return { status: err.status, body: { error: safe, code: err.code }, headers: { ...entry.headers, ...err.headers } };
  }
  return {
    status: 500,
    body: { error: ERROR_CATALOG.internal_error.message, code: 'internal_error' },
    headers: {},
  };
}
