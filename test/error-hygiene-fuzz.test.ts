/**
 * SEC-18 Error hygiene fuzz (TESTING.md): fast-check sends malformed bodies, path ids, query
 * strings, methods and headers to every route of a real server, over real sockets, on SQLite and
 * PostgreSQL. Every answer must be below 500; every refusal `{error, code}` JSON with nosniff;
 * no answer may echo the hostile input (each hostile value carries a unique marker) or leak
 * stack traces, SQL or file paths.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTTP_ERROR_CODES } from '@parley/client/protocol';
import { DATABASES, type TestDatabase } from './helpers/databases.ts';
import { rawExchange, requestText, type RawResponse } from './helpers/raw-http.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';
import { createConversation } from './helpers/sse.ts';

const RUNS = 120;
const SLOW = 60_000;

type KeyKind = 'customer' | 'management';
interface Route {
  method: string;
  path: string;
  key: KeyKind;
  body?: Record<string, unknown>;
}

const ROUTES: Route[] = [
  { method: 'POST', path: '/api/v1/customer/conversations', key: 'customer', body: { customerIdentifier: 'someone@example.com' } },
  { method: 'POST', path: '/api/v1/customer/conversations/:conv/messages', key: 'customer', body: { message: 'hello' } },
  { method: 'GET', path: '/api/v1/customer/conversations/:conv/messages', key: 'customer' },
  { method: 'GET', path: '/api/v1/customer/conversations/:conv/stream', key: 'customer' },
  { method: 'POST', path: '/api/v1/customer/conversations/:conv/stop', key: 'customer' },
  { method: 'POST', path: '/api/v1/customer/conversations/:conv/messages/:msg/feedback', key: 'customer', body: { rating: 'up' } },
  { method: 'POST', path: '/api/v1/management/conversations', key: 'management', body: {} },
  { method: 'POST', path: '/api/v1/management/conversations/:mconv/messages', key: 'management', body: { message: 'show the settings' } },
  { method: 'GET', path: '/api/v1/management/knowledge', key: 'management' },
  { method: 'POST', path: '/api/v1/management/knowledge', key: 'management', body: { title: 'Refunds', content: 'Within 30 days.', category: 'billing' } },
  { method: 'GET', path: '/api/v1/management/knowledge/:article', key: 'management' },
  { method: 'PATCH', path: '/api/v1/management/knowledge/:article', key: 'management', body: { title: 'Refunds', content: 'Within 30 days.', category: null } },
  { method: 'DELETE', path: '/api/v1/management/knowledge/:article', key: 'management' },
  { method: 'GET', path: '/api/v1/management/settings', key: 'management' },
  {
    method: 'PATCH',
    path: '/api/v1/management/settings',
    key: 'management',
    body: {
      businessContext: 'We sell tea.',
      tone: 'friendly',
      businessRules: 'Be kind.',
      escalationRules: ['legal threats'],
      branding: { agentName: 'Ava', primaryColor: '#336699', welcomeHeading: 'Hi', welcomeSubheading: 'Ask us' },
    },
  },
  { method: 'GET', path: '/api/v1/management/conversations', key: 'management' },
  { method: 'GET', path: '/api/v1/management/conversations/:conv', key: 'management' },
  { method: 'GET', path: '/api/v1/management/analytics', key: 'management' },
  { method: 'GET', path: '/healthz', key: 'customer' },
];
const BODY_ROUTES = ROUTES.filter((r) => r.body !== undefined);
const QUERY_KEYS = ['q', 'includeArchived', 'limit', 'offset', 'status', 'review', 'channel', 'days', 'lastEventId'];

/** Internal details that must never reach a client. */
const LEAKS = /\bat [\w.<>]+ \(|node_modules|\/work\/|\.ts:\d+|\bselect\b.*\bfrom\b|\binsert into\b|SQLITE_|syntax error|postgres:\/\/|sqlite:/i;

// ── arbitraries ──────────────────────────────────────────────────────────────
/** A unique, searchable marker: if it shows up in an answer, the input was echoed. */
const marker = fc.stringMatching(/^[a-z0-9]{10}$/).map((s) => `Zq${s}`);
const control = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));
const oddText = fc.oneof(
  control,
  fc.constantFrom('\u0000', '\uD800', '\uDFFF', '\u2028', '\u202E', '\uFFFF', '%00', '\\u0000', '"', '<script>', "'; drop table messages; --", '../'),
  fc.string({ unit: 'binary', maxLength: 12 }),
);
/** A hostile string: the marker then one to four odd pieces; `marker` is what must never come back. */
const hostile = fc
  .tuple(marker, fc.array(oddText, { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 9000 }))
  .map(([m, parts, pad]) => ({ marker: m, value: m + parts.join('') + (pad > 8000 ? 'x'.repeat(pad) : '') }));

/** Percent-encodes every byte of the UTF-8 form but letters and digits (lone surrogates included). */
const percentEncode = (text: string) =>
  [...Buffer.from(text, 'utf8')].map((b) => (/[A-Za-z0-9]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).padStart(2, '0')}`)).join('');

/** A path segment as sent on the wire (possibly malformed), with its marker. */
const pathSegment = fc.oneof(
  hostile.map((h) => ({ marker: h.marker, raw: percentEncode(h.value) })),
  fc.tuple(marker, fc.constantFrom('%00', '%01', '%1b', '%E0%A4%A', '%', '%C0%80', '%uD800', '%2F..%2F..', '%25', '%FF', '%ED%A0%80', '.%2e', '%0d%0a'))
    .map(([m, tail]) => ({ marker: m, raw: m + tail })),
  fc.tuple(marker, fc.integer({ min: 90, max: 5000 })).map(([m, n]) => ({ marker: m, raw: m + 'x'.repeat(n) })),
);
const method = fc.constantFrom('GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE', 'PROPFIND', 'CONNECT');

describe.each(DATABASES)('SEC-18 error hygiene fuzz on $name', ({ create }) => {
  let db: TestDatabase;
  let server: TestServer;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    db = await create();
    // The rate limit off: every case must reach the routes, not stop at a 429 after 600 requests.
    const env = { PARLEY_REQUEST_TIMEOUT_MS: '5000', PARLEY_HEADERS_TIMEOUT_MS: '2000', PARLEY_RATE_LIMIT_PER_MINUTE: 'off' };
    server = await startTestServer({ databaseUrl: db.url, env });
    ids.conv = await createConversation({ url: server.url, key: server.customerKey });
    ids.mconv = await createConversation({ url: server.url, key: server.managementKey, channel: 'management' });
    ids.msg = '00000000-0000-7000-8000-000000000000';
    const article = await fetch(`${server.url}/api/v1/management/knowledge`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.managementKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Refunds', content: 'Refunds within 30 days.' }),
    });
    ids.article = ((await article.json()) as { id: string }).id;
  });
  afterAll(async () => {
    await server?.close();
    await db?.cleanup();
  });

  const keyFor = (kind: KeyKind | 'none'): Record<string, string> =>
    kind === 'none' ? {} : { authorization: `Bearer ${kind === 'management' ? server.managementKey : server.customerKey}` };
  const pathOf = (route: Route, segment?: string) =>
    route.path.replace(/:(\w+)/g, (_m, name: string) => segment ?? ids[name]!);

  /** The rules every answer must follow. */
  function check(res: RawResponse, sentMethod: string, markers: string[], label: string): void {
    expect(res.status, label).toBeGreaterThanOrEqual(200);
    expect(res.status, label).toBeLessThan(500);
    expect(res.headers['x-content-type-options'], label).toBe('nosniff');
    const head = JSON.stringify(res.headers);
    for (const m of markers) expect(head, label).not.toContain(m);
    if (res.status < 400) return;
    expect(res.headers['content-type'], label).toMatch(/^application\/json/);
    if (res.status === 405) expect(res.headers.allow, label).toMatch(/^[A-Z]+(, [A-Z]+)*$/);
    if (res.status === 401) expect(res.headers['www-authenticate'], label).toBe('Bearer');
    if (sentMethod === 'HEAD') return;
    const body = JSON.parse(res.body) as Record<string, unknown>;
    expect(Object.keys(body).sort(), label).toEqual(['code', 'error']);
    expect(typeof body.error, label).toBe('string');
    expect(HTTP_ERROR_CODES, label).toContain(body.code);
    for (const m of markers) expect(res.body, label).not.toContain(m);
    expect(res.body, label).not.toMatch(LEAKS);
  }

  it('bodies: hostile strings, wrong types and unknown keys in every field of every body', { timeout: SLOW }, async () => {
    const mutation = fc.oneof(
      // One field (top-level or nested) replaced by a hostile string or any JSON value.
      fc.record({ kind: fc.constant('field' as const), pick: fc.nat(), value: fc.oneof(hostile, fc.jsonValue().map((v) => ({ marker: '', value: v }))) }),
      // An unknown key with a hostile name.
      fc.record({ kind: fc.constant('key' as const), pick: fc.nat(), value: hostile }),
      // Not an object at all: raw text, possibly with raw control bytes (invalid JSON).
      fc.record({ kind: fc.constant('raw' as const), pick: fc.nat(), value: hostile }),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...BODY_ROUTES), mutation, fc.constantFrom<KeyKind | 'none'>('customer', 'management', 'none'), async (route, m, wrongKey) => {
        let body: string;
        if (m.kind === 'raw') {
          body = m.pick % 2 === 0 ? m.value.value : `{"message": "${m.value.value}"}`;
        } else {
          const copy = structuredClone(route.body!) as Record<string, any>;
          const leaves: [Record<string, any>, string][] = [];
          const walk = (o: Record<string, any>) => {
            for (const k of Object.keys(o)) {
              if (o[k] && typeof o[k] === 'object' && !Array.isArray(o[k])) walk(o[k]);
              else leaves.push([o, k]);
            }
          };
          walk(copy);
          if (m.kind === 'key') copy[String(m.value.value).slice(0, 40)] = 'x';
          else if (leaves.length === 0) copy.field = m.value.value;
          else {
            const [owner, key] = leaves[m.pick % leaves.length]!;
            owner[key] = Array.isArray(owner[key]) && typeof m.value.value === 'string' ? [m.value.value] : m.value.value;
          }
          body = JSON.stringify(copy);
        }
        const key = m.pick % 5 === 0 ? wrongKey : route.key;
        const request = requestText(route.method, pathOf(route), { ...keyFor(key), 'content-type': 'application/json' }, body);
        const res = await rawExchange(server.url, request);
        check(res, route.method, m.value.marker ? [m.value.marker] : [], `${route.method} ${route.path} ${m.kind}`);
      }),
      { numRuns: RUNS },
    );
  });

  it('path ids: NUL, malformed and overlong percent-encodings, very long ids, with any method', { timeout: SLOW }, async () => {
    const withParams = ROUTES.filter((r) => r.path.includes(':'));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...withParams), pathSegment, fc.boolean(), method, async (route, segment, sameMethod, otherMethod) => {
        const sent = sameMethod ? route.method : otherMethod;
        const request = requestText(sent, pathOf(route, segment.raw), { ...keyFor(route.key), 'content-type': 'application/json' }, route.body ? JSON.stringify(route.body) : '');
        const res = await rawExchange(server.url, request);
        check(res, sent, [segment.marker], `${sent} ${route.path}`);
      }),
      { numRuns: RUNS },
    );
  });

  it('query strings: hostile values and keys, repeated keys, odd encodings', { timeout: SLOW }, async () => {
    const getRoutes = ROUTES.filter((r) => r.method === 'GET');
    const pair = fc.tuple(fc.oneof(fc.constantFrom(...QUERY_KEYS).map((k) => ({ marker: '', raw: k })), pathSegment), pathSegment);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...getRoutes), fc.array(pair, { minLength: 1, maxLength: 4 }), async (route, pairs) => {
        const query = pairs.map(([k, v]) => `${k.raw}=${v.raw}`).join('&');
        const request = requestText('GET', `${pathOf(route)}?${query}`, keyFor(route.key));
        const res = await rawExchange(server.url, request);
        check(res, 'GET', pairs.flatMap(([k, v]) => [k.marker, v.marker].filter(Boolean)), `GET ${route.path}?${query.slice(0, 80)}`);
      }),
      { numRuns: RUNS },
    );
  });

  it('methods and headers: wrong methods, oversized and malformed headers, hostile Idempotency-Key and Last-Event-ID', { timeout: SLOW }, async () => {
    const header = fc.oneof(
      hostile.map((h) => ({ marker: h.marker, name: 'idempotency-key', value: h.value })),
      hostile.map((h) => ({ marker: h.marker, name: 'last-event-id', value: h.value })),
      hostile.map((h) => ({ marker: h.marker, name: 'content-type', value: h.value })),
      hostile.map((h) => ({ marker: h.marker, name: 'authorization', value: `Bearer ${h.value}` })),
      fc.tuple(marker, fc.integer({ min: 17_000, max: 40_000 })).map(([m, n]) => ({ marker: m, name: 'x-big', value: m + 'y'.repeat(n) })),
      hostile.map((h) => ({ marker: h.marker, name: `x-${h.marker}`, value: h.value })),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ROUTES), method, header, async (route, sent, h) => {
        // Header values travel as latin1 bytes; what node refuses is part of what is tested.
        const headers = { ...keyFor(route.key), 'content-type': 'application/json', [h.name]: h.value };
        const body = route.body ? JSON.stringify(route.body) : '';
        const request = Buffer.from(requestText(sent, pathOf(route), headers, body), 'latin1');
        const res = await rawExchange(server.url, request);
        check(res, sent, [h.marker], `${sent} ${route.path} ${h.name}`);
      }),
      { numRuns: RUNS },
    );
  });

  it('malformed request lines and URLs', { timeout: SLOW }, async () => {
    const line = fc.oneof(
      pathSegment.map((s) => ({ marker: s.marker, text: `GET /api/v1/${s.raw} HTTP/1.1` })),
      marker.map((m) => ({ marker: m, text: `GET /${m} x HTTP/1.1` })),
      marker.map((m) => ({ marker: m, text: `G\u0001T /${m} HTTP/1.1` })),
      marker.map((m) => ({ marker: m, text: `GET ${m} HTTP/1.1` })),
      marker.map((m) => ({ marker: m, text: `GET /${m} HTTP/9.9` })),
      marker.map((m) => ({ marker: m, text: `GET http://evil.test/${m} HTTP/1.1` })),
      marker.map((m) => ({ marker: m, text: `GET //${m}//..//healthz HTTP/1.1` })),
    );
    await fc.assert(
      fc.asyncProperty(line, async ({ marker: m, text }) => {
        const res = await rawExchange(server.url, Buffer.from(`${text}\r\nHost: localhost\r\nConnection: close\r\n\r\n`, 'latin1'));
        check(res, 'GET', [m], text.slice(0, 80));
      }),
      { numRuns: RUNS },
    );
  });
});
