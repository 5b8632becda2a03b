/** Provider-specific defaults that the shared wire tests do not reach. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeLlmServer, type FakeLlmServer } from '../fakes/fake-llm-server.ts';
import { anthropic } from '../fakes/formats/anthropic.ts';
import { openaiChat } from '../fakes/formats/openai-chat.ts';
import { estimateTokens } from '../../src/model/types.ts';
import { PROVIDER_CASES, collect, simpleRequest } from './cases.ts';

const caseFor = (name: string) => PROVIDER_CASES.find((c) => c.wire.name === name)!;

describe('provider defaults', () => {
  let fake: FakeLlmServer;
  beforeAll(async () => {
    fake = await startFakeLlmServer();
  });
  afterAll(() => fake.close());

  it('a Chat Completions server that sends no usage still yields a finish with estimated tokens', async () => {
    // What a server that ignores stream_options.include_usage sends: no usage chunk at all.
    const frames = openaiChat.text(['A reply ', 'without usage.']).filter((f) => !f.includes('"usage":{'));
    fake.script({ frames });
    const { parts, error } = await collect(caseFor('openai-chat').create(fake.url));
    expect(error).toBeUndefined();
    expect(parts.at(-1)).toEqual({
      type: 'finish',
      usage: {
        inputTokens: estimateTokens(simpleRequest.system + JSON.stringify(simpleRequest.messages)),
        outputTokens: estimateTokens('A reply without usage.'),
      },
      finishReason: 'stop',
    });
  });

  it('Anthropic gets a max_tokens limit when the request sets none', async () => {
    fake.script({ frames: anthropic.text(['ok']) });
    const { error } = await collect(caseFor('anthropic').create(fake.url));
    expect(error).toBeUndefined();
    expect(fake.requests[0]!.body.max_tokens).toBe(2048);
    expect(fake.requests[0]!.body.model).toBe('claude-haiku-4-5');
  });
});
