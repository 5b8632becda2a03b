/**
 * Issue 5 items 2-3 end to end: the real support and configuration agents over
 * `PARLEY_LLM=openai-compatible`, against the loopback Chat Completions fake. Knowledge added
 * through the JSON management API reaches the model's prompt as untrusted reference data; the
 * model's `escalate` tool call becomes the in-band status event; the configuration agent's
 * tool calls run the management operations, are recorded, and feed the confirmation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeLlmServer, type FakeLlmServer } from '../fakes/fake-llm-server.ts';
import { openaiChat } from '../fakes/formats/openai-chat.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { checkInvariants, createConversation, headers, history, send, type Api } from '../helpers/sse.ts';

let fake: FakeLlmServer;
let t: TestServer;
let customer: Api;
let management: Api;

beforeAll(async () => {
  fake = await startFakeLlmServer();
  t = await startTestServer({
    env: { PARLEY_LLM: 'openai-compatible', OPENAI_BASE_URL: `${fake.url}/v1`, OPENAI_API_KEY: 'sk-agents-e2e', PARLEY_MODEL: 'fake' },
  });
  customer = { url: t.url, key: t.customerKey };
  management = { url: t.url, key: t.managementKey, channel: 'management' };
});
afterAll(async () => {
  await t?.close();
  await fake?.close();
});

/** The system prompt and the messages the model received in request `index`. */
function request(index: number) {
  const body = fake.requests[index]!.body as { messages: { role: string; content: unknown }[]; tools?: { function: { name: string } }[] };
  const system = body.messages.filter((m) => m.role === 'system').map((m) => String(m.content)).join('\n');
  return { body, system, tools: (body.tools ?? []).map((x) => x.function.name) };
}

describe('support agent on a hosted model', () => {
  it('puts an article added through the JSON API into the prompt of a matching question, wrapped as reference data', async () => {
    const created = await fetch(`${t.url}/api/v1/management/knowledge`, {
      method: 'POST',
      headers: headers(t.managementKey),
      body: JSON.stringify({ title: 'Returns policy', content: 'Unworn shoes can be returned within 45 days for a full refund.' }),
    });
    expect(created.status).toBe(201);
    fake.script({ frames: openaiChat.text(['You can return ', 'unworn shoes within 45 days.']) });
    const before = fake.calls;
    const id = await createConversation(customer);
    const { stream } = await send(customer, id, 'How many days do I have to return shoes?');
    checkInvariants(stream);
    expect(stream.text).toBe('You can return unworn shoes within 45 days.');
    const { system, tools, body } = request(before);
    expect(system).toContain('Unworn shoes can be returned within 45 days for a full refund.');
    expect(system).toMatch(/<<<REFERENCE[^\n]*title="Returns policy"/);
    expect(system).toMatch(/untrusted/i);
    expect(tools).toContain('escalate');
    expect(JSON.stringify(body.messages.at(-1))).toContain('How many days do I have to return shoes?');
  });

  it('an unrelated question does not carry the article', async () => {
    fake.script({ frames: openaiChat.text(['I do not know, ', 'shall I get a person?']) });
    const before = fake.calls;
    const id = await createConversation(customer);
    await send(customer, id, 'Do you sell gift wrapping?');
    expect(request(before).system).not.toContain('45 days');
  });

  it('the model calling escalate gives the escalated status event before [DONE] and records the reason', async () => {
    fake.script(
      { frames: openaiChat.toolCalls([{ id: 'call_esc', name: 'escalate', arguments: JSON.stringify({ reason: 'billing dispute' }) }]) },
      { frames: openaiChat.text(['A colleague will ', 'follow up shortly.']) },
    );
    const id = await createConversation(customer);
    const { stream } = await send(customer, id, 'I was charged twice for the same order.');
    checkInvariants(stream);
    const datas = stream.events.map((e) => e.data);
    expect(datas.filter((d) => d === '{"type":"status","status":"escalated"}')).toHaveLength(1);
    expect(datas.indexOf('{"type":"status","status":"escalated"}')).toBeLessThan(datas.length - 1);
    expect(stream.text).toBe('A colleague will follow up shortly.');
    const conversation = await t.store.getConversation(t.orgId, 'customer', id);
    expect(conversation).toMatchObject({ status: 'escalated', escalationReason: 'billing dispute' });
  });
});

describe('configuration agent on a hosted model', () => {
  it('runs the tool the model calls, records it, feeds the result back, and streams the confirmation', async () => {
    fake.script(
      {
        frames: openaiChat.toolCalls([
          { id: 'call_brand', name: 'update_settings', arguments: JSON.stringify({ branding: { agentName: 'Nova' }, tone: 'warm' }) },
        ]),
      },
      { frames: openaiChat.text(['Done: the agent is now called Nova ', 'and sounds warm.']) },
    );
    const before = fake.calls;
    const id = await createConversation(management);
    const { stream } = await send(management, id, 'Call the agent Nova and make it sound warm.');
    checkInvariants(stream);
    expect(stream.text).toBe('Done: the agent is now called Nova and sounds warm.');
    expect(fake.calls - before).toBe(2);
    expect(request(before).tools).toEqual(expect.arrayContaining(['update_settings', 'create_article', 'get_analytics']));
    const second = JSON.stringify(request(before + 1).body.messages);
    expect(second).toContain('call_brand');
    expect(second).toContain('Nova');

    const settings = (await (await fetch(`${t.url}/api/v1/management/settings`, { headers: headers(t.managementKey) })).json()) as {
      tone: string;
      branding: { agentName: string };
    };
    expect(settings.branding.agentName).toBe('Nova');
    expect(settings.tone).toBe('warm');
    const detail = (await (await fetch(`${t.url}/api/v1/management/conversations/${id}`, { headers: headers(t.managementKey) })).json()) as {
      toolCalls: { name: string; ok: boolean; input: unknown }[];
    };
    expect(detail.toolCalls).toMatchObject([{ name: 'update_settings', ok: true, input: { branding: { agentName: 'Nova' }, tone: 'warm' } }]);
    expect((await history(management, id)).map((m) => m.role)).toEqual(['user', 'assistant']);
  });

  it('a tool call with invalid input changes nothing and the model hears the validation error', async () => {
    fake.script(
      { frames: openaiChat.toolCalls([{ id: 'call_bad', name: 'update_settings', arguments: JSON.stringify({ branding: { primaryColor: 'blue-ish' } }) }]) },
      { frames: openaiChat.text(['That colour is not valid.']) },
    );
    const before = fake.calls;
    const id = await createConversation(management);
    await send(management, id, 'Make the colour blue-ish');
    const toolMessage = (request(before + 1).body.messages as { role: string; content: unknown }[]).find((m) => m.role === 'tool');
    expect(JSON.stringify(toolMessage)).toMatch(/invalid|colou?r/i);
    const settings = (await (await fetch(`${t.url}/api/v1/management/settings`, { headers: headers(t.managementKey) })).json()) as {
      branding: { primaryColor: string };
    };
    expect(settings.branding.primaryColor).not.toBe('blue-ish');
  });
});
