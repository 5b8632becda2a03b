/**
 * The support agent's handling of the model's tool calls and its escalation guardrail, with a
 * scripted model: an `escalate` call escalates once and is answered in the next round's
 * messages, an unknown tool is answered with an error, and a human request escalates even when
 * the model ignores it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReplyNotes } from '../../src/agents/reply-notes.ts';
import { createSupportAgent } from '../../src/agents/support-agent.ts';
import type { AgentEvent } from '../../src/agents/types.ts';
import { Cancellation } from '../../src/model/cancel.ts';
import type { LanguageModel, ModelPart, ModelRequest } from '../../src/model/types.ts';
import { agentStoreFor, createStore } from '../../src/storage/create-store.ts';
import type { KyselyStore } from '../../src/storage/kysely-store.ts';
import type { Message, Organization } from '../../src/storage/types.ts';

/** Answers each call with the next script, and records what it was asked. */
class ScriptedModel implements LanguageModel {
  readonly provider = 'test';
  readonly modelId = 'scripted';
  readonly requests: ModelRequest[] = [];
  readonly #scripts: ModelPart[][];
  constructor(scripts: ModelPart[][]) {
    this.#scripts = scripts;
  }
  async *stream(request: ModelRequest): AsyncIterable<ModelPart> {
    this.requests.push(structuredClone(request));
    yield* this.#scripts[this.requests.length - 1] ?? [];
  }
}

const finish = (finishReason: 'stop' | 'tool-calls'): ModelPart => ({ type: 'finish', usage: { inputTokens: 10, outputTokens: 5 }, finishReason });
const call = (id: string, name: string, input: unknown): ModelPart => ({ type: 'tool-call', call: { id, name, input } });
const text = (t: string): ModelPart => ({ type: 'text-delta', text: t });

describe('support agent: tool calls and the escalation guardrail', () => {
  let store: KyselyStore;
  let org: Organization;

  beforeAll(async () => {
    store = await createStore('sqlite::memory:');
    await store.migrate();
    org = await store.createOrganization({ name: 'Tools', slug: 'tools', credits: null });
  });
  afterAll(() => store.close());

  async function ask(model: ScriptedModel, content: string): Promise<AgentEvent[]> {
    const agent = createSupportAgent({ model, agentStore: agentStoreFor(store), notes: new ReplyNotes() });
    const conversation = await store.createConversation({ orgId: org.id, channel: 'customer', customerIdentifier: null });
    const now = new Date().toISOString();
    const userMessage: Message = {
      id: `u-${conversation.id}`, conversationId: conversation.id, role: 'user', content, status: 'complete',
      position: 1, replyTo: null, idempotencyKey: null, tokens: 0, createdAt: now, updatedAt: now,
    };
    const events: AgentEvent[] = [];
    for await (const e of agent.reply({ organization: org, conversation, history: [userMessage], userMessage }, new Cancellation())) events.push(e);
    return events;
  }

  it('an escalate call escalates once, and the next round sees the call and its answer', async () => {
    const model = new ScriptedModel([
      [call('c1', 'escalate', { reason: 'billing dispute' }), call('c2', 'escalate', { reason: 'again' }), finish('tool-calls')],
      [text('A colleague will take over.'), finish('stop')],
    ]);
    const events = await ask(model, 'My invoice is wrong.');
    expect(events.filter((e) => e.type === 'escalate')).toEqual([{ type: 'escalate', reason: 'billing dispute' }]);
    expect(events.filter((e) => e.type === 'delta').map((e) => e.text)).toEqual(['A colleague will take over.']);
    expect(events.filter((e) => e.type === 'usage')).toHaveLength(2);
    const second = model.requests[1]!.messages;
    expect(second.at(-3)).toMatchObject({ role: 'assistant', toolCalls: [{ id: 'c1' }, { id: 'c2' }] });
    expect(second.at(-2)).toEqual({ role: 'tool', toolCallId: 'c1', name: 'escalate', content: '{"ok":true,"status":"escalated"}' });
    expect(second.at(-1)).toMatchObject({ role: 'tool', toolCallId: 'c2' });
  });

  it('an unknown tool is answered with an error and escalates nothing', async () => {
    const model = new ScriptedModel([[call('c1', 'refund', { amount: 100 }), finish('tool-calls')], [text('I cannot do that.'), finish('stop')]]);
    const events = await ask(model, 'Refund me.');
    expect(events.some((e) => e.type === 'escalate')).toBe(false);
    expect(model.requests[1]!.messages.at(-1)).toEqual({ role: 'tool', toolCallId: 'c1', name: 'refund', content: '{"ok":false,"error":"Unknown tool."}' });
  });

  it('a human request escalates with a hand-over even when the model ignores it', async () => {
    const model = new ScriptedModel([[text('Let me check that.'), finish('stop')]]);
    const events = await ask(model, 'I want to talk to a human agent please.');
    const escalations = events.filter((e) => e.type === 'escalate');
    expect(escalations).toHaveLength(1);
    const deltas = events.filter((e) => e.type === 'delta').map((e) => e.text);
    expect(deltas[0]).toBe('Let me check that.');
    expect(deltas).toHaveLength(2);
    expect(deltas[1]!.startsWith(' ')).toBe(true);
    // After the model's own escalation, the guardrail adds nothing.
    const agreed = new ScriptedModel([[call('c1', 'escalate', { reason: 'asked for a human' }), finish('tool-calls')], [text('Connecting you.'), finish('stop')]]);
    const again = await ask(agreed, 'I want to talk to a human agent please.');
    expect(again.filter((e) => e.type === 'escalate')).toHaveLength(1);
    expect(again.filter((e) => e.type === 'delta').map((e) => e.text)).toEqual(['Connecting you.']);
  });
});
