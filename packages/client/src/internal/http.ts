/**
 * The fetch layer: URLs, headers, timeouts, cancellation and the pre-stream error mapping.
 * Only web-standard APIs (fetch, AbortController, Headers), so it runs in Node and browsers.
 */
import { createAPIError, ParleyConnectionError, ParleyTimeoutError } from '../errors.ts';

/** What every request needs; built once by the client. */
export interface Transport {
  /** Server root without trailing slash, e.g. `http://127.0.0.1:3000`. */
  baseUrl: string;
  apiKey: string;
  timeoutMs: number;
  fetch: typeof globalThis.fetch;
}

export interface RequestSpec {
  method: 'GET' | 'POST';
  /** Path below the server root, starting with `/`. */
  path: string;
  /** JSON body; omitted means no body and no Content-Type (an empty JSON body is a 400). */
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * A cancellation scope: one AbortController fed by the caller's signal and by our own
 * deadline, so one `abort()` reaches fetch whichever of them fires.
 */
export class AbortScope {
  readonly controller = new AbortController();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #timedOut = false;
  #unlink: () => void = () => {};

  constructor(readonly userSignal?: AbortSignal) {
    if (!userSignal) return;
    // Manual linking rather than AbortSignal.any(): older Safari and Node 20.0–20.2 lack it.
    if (userSignal.aborted) this.controller.abort(userSignal.reason);
    else {
      const onAbort = () => this.controller.abort(userSignal.reason);
      userSignal.addEventListener('abort', onAbort, { once: true });
      this.#unlink = () => userSignal.removeEventListener('abort', onAbort);
    }
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }
  get timedOut(): boolean {
    return this.#timedOut;
  }
  get userAborted(): boolean {
    return this.userSignal?.aborted === true;
  }

  /** (Re)starts the deadline; when it fires the request is aborted and `timedOut` is set. */
  startTimer(ms: number): void {
    this.stopTimer();
    this.#timer = setTimeout(() => {
      this.#timedOut = true;
      this.controller.abort(new ParleyTimeoutError(`No response within ${ms} ms`));
    }, ms);
  }

  stopTimer(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  abort(): void {
    this.controller.abort();
  }

  /** Stops the timer and detaches from the caller's signal (no leaked listener). */
  dispose(): void {
    this.stopTimer();
    this.#unlink();
  }
}

function buildInit(transport: Transport, spec: RequestSpec, signal: AbortSignal): RequestInit {
  const headers: Record<string, string> = {
    Authorization: `Bearer ${transport.apiKey}`,
    Accept: 'application/json',
    ...spec.headers,
  };
  const init: RequestInit = { method: spec.method, headers, signal };
  if (spec.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(spec.body);
  }
  return init;
}

/**
 * Sends the request and returns the response once its status is 2xx; anything else becomes
 * the matching ParleyAPIError. A network failure before any response is retried once when
 * `retryOnNetworkError` is set (only for requests the server deduplicates, i.e. sends that
 * carry an Idempotency-Key), then becomes a ParleyConnectionError.
 */
export async function fetchOk(
  transport: Transport,
  spec: RequestSpec,
  scope: AbortScope,
  retryOnNetworkError = false,
): Promise<Response> {
  const url = transport.baseUrl + spec.path;
  let attempts = retryOnNetworkError ? 2 : 1;
  for (;;) {
    let response: Response;
    try {
      response = await transport.fetch(url, buildInit(transport, spec, scope.signal));
    } catch (error) {
      attempts -= 1;
      if (scope.signal.aborted || attempts === 0) throw toConnectionError(error, scope, url);
      continue;
    }
    if (response.ok) return response;
    throw createAPIError(response.status, await readJsonSafely(response), response.headers);
  }
}

/** Turns a fetch rejection into the error the caller should see. */
export function toConnectionError(error: unknown, scope: AbortScope, url: string): unknown {
  if (scope.userAborted) return scope.userSignal!.reason;
  if (scope.timedOut) return scope.signal.reason;
  return new ParleyConnectionError(`Request to ${url} failed: ${describe(error)}`, { cause: error });
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // undici hides the useful part ("ECONNREFUSED") in error.cause.
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return error.message + cause;
}

/** Error bodies are JSON by contract, but a proxy in between may send HTML: never throw. */
async function readJsonSafely(response: Response): Promise<unknown> {
  try {
    return JSON.parse(await response.text());
  } catch {
    return undefined;
  }
}

/**
 * A JSON request/response call (create, history, stop), bounded as a whole by `timeoutMs`.
 */
export async function requestJson<T>(
  transport: Transport,
  spec: RequestSpec,
  signal?: AbortSignal,
): Promise<T> {
  const scope = new AbortScope(signal);
  scope.startTimer(transport.timeoutMs);
  try {
    const response = await fetchOk(transport, spec, scope);
    try {
      return (await response.json()) as T;
    } catch (error) {
      throw toConnectionError(error, scope, transport.baseUrl + spec.path);
    }
  } finally {
    scope.dispose();
  }
}
