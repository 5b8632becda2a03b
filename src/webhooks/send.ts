/**
 * One delivery attempt: POST the body to the checked address (see target.ts), redirects not
 * followed, a 2xx answer is success, at most `timeoutMs` (10 s) for the whole exchange.
 */
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { resolveTarget, TargetRefused } from './target.ts';

export interface AttemptOutcome {
  ok: boolean;
  responseCode: number | null;
  /** Why it failed, in words fit for the delivery log. */
  error: string | null;
}

export const WEBHOOK_TIMEOUT_MS = 10_000;
const USER_AGENT = 'Parley-Webhooks/1';

export async function sendWebhook(
  rawUrl: string,
  body: string,
  headers: Record<string, string>,
  options: { allowPrivate: boolean; timeoutMs?: number },
): Promise<AttemptOutcome> {
  let target;
  try {
    target = await resolveTarget(rawUrl, options.allowPrivate);
  } catch (err) {
    if (err instanceof TargetRefused) return { ok: false, responseCode: null, error: err.message };
    throw err;
  }
  const { url, addresses } = target;
  // Connect only to the addresses that were checked, whatever the name resolves to now (with
  // several, node tries them in turn: `localhost` may be ::1 and 127.0.0.1).
  const pinned: LookupFunction = (_host, opts, callback) => {
    if ((opts as { all?: boolean }).all) (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, addresses);
    else callback(null, addresses[0]!.address, addresses[0]!.family);
  };
  const timeoutMs = options.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  return new Promise<AttemptOutcome>((resolve) => {
    let settled = false;
    const done = (outcome: AttemptOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const request = (url.protocol === 'https:' ? https : http).request(
      url,
      {
        method: 'POST',
        lookup: pinned,
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), 'user-agent': USER_AGENT, ...headers },
      },
      (response) => {
        const code = response.statusCode ?? 0;
        response.resume();
        response.on('error', () => undefined);
        response.on('end', () => {
          if (code >= 200 && code < 300) done({ ok: true, responseCode: code, error: null });
          else if (code >= 300 && code < 400) done({ ok: false, responseCode: code, error: `The endpoint answered ${code} (a redirect, which is not followed).` });
          else done({ ok: false, responseCode: code, error: `The endpoint answered ${code}.` });
        });
      },
    );
    const timer = setTimeout(() => {
      done({ ok: false, responseCode: null, error: `No answer within ${timeoutMs / 1000} s.` });
      request.destroy();
    }, timeoutMs);
    request.on('error', (err: NodeJS.ErrnoException) => done({ ok: false, responseCode: null, error: `Could not deliver (${err.code ?? err.message}).` }));
    request.end(body);
  });
}
