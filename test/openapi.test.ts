/**
 * `/openapi.json` over a real socket: a valid OpenAPI document (checked against the official
 * schemas by @seriousme/openapi-schema-validator), streaming 200s declared as
 * `text/event-stream`, the request headers the API reads, and `{error, code}` error responses.
 */
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers/server.ts';

interface Parameter {
  in: string;
  name: string;
  required?: boolean;
  schema?: Record<string, unknown>;
}
interface MediaType {
  schema?: { type?: string; properties?: Record<string, unknown>; required?: string[] };
}
interface Operation {
  parameters?: Parameter[];
  security?: Record<string, string[]>[];
  requestBody?: { required?: boolean; content: Record<string, MediaType> };
  responses: Record<string, { description: string; content?: Record<string, MediaType> }>;
}
interface Document {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { securitySchemes: Record<string, { type: string; scheme?: string }> };
}

const STREAMING = ['customer', 'management'].flatMap((channel) => [
  { path: `/api/v1/${channel}/conversations/{id}/messages`, method: 'post', header: 'idempotency-key' },
  { path: `/api/v1/${channel}/conversations/{id}/stream`, method: 'get', header: 'last-event-id' },
]);

describe('GET /openapi.json', () => {
  let server: TestServer;
  let doc: Document;
  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));

  beforeAll(async () => {
    server = await startTestServer();
    const res = await fetch(`${server.url}/openapi.json`);
    expect(res.status).toBe(200);
    doc = (await res.json()) as Document;
  });
  afterAll(() => server.close());

  it('is a valid OpenAPI document', async () => {
    const result = await new Validator().validate(structuredClone(doc) as unknown as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('the validator does reject a broken document', async () => {
    const broken = structuredClone(doc);
    // A response without its required description.
    delete (broken.paths['/api/v1/customer/conversations']!.post!.responses['201'] as { description?: string }).description;
    const result = await new Validator().validate(broken as unknown as Record<string, unknown>);
    expect(result.valid).toBe(false);
  });

  it('declares text/event-stream, with the event schema, for every streaming 200', () => {
    for (const { path, method } of STREAMING) {
      const ok = doc.paths[path]?.[method]?.responses['200'];
      expect(Object.keys(ok?.content ?? {}), `${method} ${path}`).toEqual(['text/event-stream']);
      const event = ok!.content!['text/event-stream']!.schema!;
      expect(Object.keys(event.properties ?? {}).sort()).toEqual(['data', 'id']);
      expect(JSON.stringify(event.properties!.data)).toContain('[DONE]');
      for (const type of ['delta', 'status', 'error']) expect(JSON.stringify(event.properties!.data)).toContain(`"${type}"`);
    }
    // Resuming with nothing left answers 204, which has no body.
    expect(doc.paths['/api/v1/customer/conversations/{id}/stream']!.get!.responses['204']!.content).toBeUndefined();
  });

  it('declares the Idempotency-Key and Last-Event-ID request headers', () => {
    for (const { path, method, header } of STREAMING) {
      const headers = (doc.paths[path]![method]!.parameters ?? []).filter((p) => p.in === 'header');
      const found = headers.find((p) => p.name.toLowerCase() === header);
      expect(found, `${header} on ${method} ${path}`).toBeDefined();
      expect(found!.required).toBe(false);
      expect(found!.schema).toMatchObject({ type: 'string' });
    }
  });

  it('declares Last-Event-ID on the send, the replyId query of a resume, and Parley-Reply-Id on every stream response', () => {
    for (const { path, method } of STREAMING) {
      const op = doc.paths[path]![method]!;
      expect(op.parameters?.some((p) => p.in === 'header' && p.name.toLowerCase() === 'last-event-id'), `${method} ${path}`).toBe(true);
      for (const status of ['200', '204']) {
        const declared = (op.responses[status] as { headers?: Record<string, { schema?: Record<string, unknown> }> }).headers;
        expect(declared?.['Parley-Reply-Id']?.schema, `${status} of ${method} ${path}`).toMatchObject({ type: 'string', format: 'uuid' });
      }
      if (method === 'get') {
        expect(op.parameters?.find((p) => p.in === 'query' && p.name === 'replyId')).toMatchObject({ required: false });
      }
    }
  });

  it('declares Bearer authorization on every operation, and JSON request bodies', () => {
    expect(doc.components.securitySchemes.bearerAuth).toEqual({ type: 'http', scheme: 'bearer' });
    expect(operations().length).toBeGreaterThanOrEqual(20);
    for (const { path, method, op } of operations()) {
      // The public chat endpoints take no key (a browser calls them to get a session token).
      expect(op.security, `${method} ${path}`).toEqual(path.startsWith('/api/v1/public/') ? [] : [{ bearerAuth: [] }]);
      if (op.requestBody) expect(Object.keys(op.requestBody.content), `${method} ${path}`).toEqual(['application/json']);
    }
  });

  it('declares the create calls\' body optional (the documented clients send none) and every other body required', () => {
    for (const { path, method, op } of operations()) {
      if (!op.requestBody) continue;
      const optional = method === 'post' && (path.endsWith('/conversations') || path.endsWith('/sessions'));
      expect(op.requestBody.required, `${method} ${path}`).toBe(!optional);
    }
    expect(doc.paths['/api/v1/customer/conversations']!.post!.requestBody).toBeDefined();
  });

  it('declares every error response as JSON {error, code}', () => {
    for (const { path, method, op } of operations()) {
      const errors = Object.entries(op.responses).filter(([status]) => Number(status) >= 400);
      if (!path.startsWith('/api/v1/public/')) expect(errors.map(([s]) => s), `${method} ${path}`).toContain('401');
      for (const [status, response] of errors) {
        const schema = response.content?.['application/json']?.schema;
        expect(schema?.required, `${status} of ${method} ${path}`).toEqual(['error', 'code']);
        expect(response.description).not.toBe('Default Response');
      }
    }
  });

  it('matches what the server sends: a real send streams text/event-stream', async () => {
    const headers = { authorization: `Bearer ${server.customerKey}`, 'content-type': 'application/json' };
    const created = await fetch(`${server.url}/api/v1/customer/conversations`, { method: 'POST', headers });
    const { conversationId } = (await created.json()) as { conversationId: string };
    const sent = await fetch(`${server.url}/api/v1/customer/conversations/${conversationId}/messages`, {
      method: 'POST',
      headers: { ...headers, 'idempotency-key': 'openapi-test-1' },
      body: JSON.stringify({ message: 'Hello' }),
    });
    expect(sent.status).toBe(200);
    expect(sent.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(sent.headers.get('parley-reply-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await sent.text()).toMatch(/data: \[DONE\]\n\n$/);
    const resumed = await fetch(`${server.url}/api/v1/customer/conversations/${conversationId}/stream`, {
      headers: { authorization: headers.authorization, 'last-event-id': '1' },
    });
    expect(resumed.status).toBe(200);
    expect(resumed.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(await resumed.text()).not.toMatch(/^id: 1\n/);
  });
});
