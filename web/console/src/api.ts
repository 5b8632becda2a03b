/**
 * The console's only way to the server: the management JSON API with the key from
 * sessionStorage (never a URL, a cookie or a log). Errors carry the API's own message.
 */
const KEY_NAME = 'parley.managementKey';
const BASE = '/api/v1/management';

export const session = {
  key: (): string | null => sessionStorage.getItem(KEY_NAME),
  signIn: (key: string) => sessionStorage.setItem(KEY_NAME, key),
  /** Forgets the key and everything else the console kept in this tab. */
  signOut: () => {
    for (const name of Object.keys(sessionStorage)) if (name.startsWith('parley.')) sessionStorage.removeItem(name);
  },
};

/** A refusal of the API: `message` is its `error` text, `code` its machine code. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(message);
  }
}

/** Listeners told when the key stops working (revoked elsewhere): the app signs out. */
const unauthorized = new Set<() => void>();
export const onUnauthorized = (listener: () => void) => {
  unauthorized.add(listener);
  return () => unauthorized.delete(listener);
};

/** Calls `path` under /api/v1/management; `key` overrides the stored one (sign-in). */
export async function api<T>(method: string, path: string, body?: unknown, key = session.key()): Promise<T> {
  const headers: Record<string, string> = { authorization: `Bearer ${key ?? ''}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`${BASE}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError('The server cannot be reached.', 0, 'network_error');
  }
  if (response.status === 204) return undefined as T;
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    const message = typeof data?.error === 'string' ? data.error : `The server answered ${response.status}.`;
    if (response.status === 401) for (const listener of unauthorized) listener();
    throw new ApiError(message, response.status, typeof data?.code === 'string' ? data.code : 'unknown');
  }
  return data as T;
}

/** A query string from the defined values of `params`. */
export function query(params: Record<string, string | number | boolean | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined && value !== '') search.set(name, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}
