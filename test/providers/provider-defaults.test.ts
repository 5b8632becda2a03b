/** Provider-specific defaults that the shared wire tests do not reach. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeLlmServer, type FakeLlmServer } from '../fakes/fake-llm-server.ts';
import { anthropic } from '../fakes/formats/anthropic.ts';
import { openaiChat } from '../fakes/formats/openai-chat.ts';
import { estimateTokens } from '../../src/model/types.ts';
import { openaiResponses } from '../fakes/formats/openai-responses.ts';
import { loadConfig } from '../../src/config.ts';
import { createModel } from '../../src/model/create-model.ts';
import { API_KEY, PROVIDER_CASES, collect, simpleRequest } from './cases.ts';

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

  it("every model call asks for at most a reply's bound of output tokens (PARLEY_MAX_REPLY_TOKENS)", async () => {
    // What the server builds from its configuration: [PARLEY_LLM, base URL, wire, the body's limit field].
    const providers = [
      ['openai', `${fake.url}/v1`, openaiResponses, 'max_output_tokens'],
      ['openai-compatible', `${fake.url}/v1`, openaiChat, 'max_tokens'],
      ['anthropic', fake.url, anthropic, 'max_tokens'],
    ] as const;
    for (const [llm, baseUrl, wire, field] of providers) {
      const config = loadConfig({
        PARLEY_LLM: llm,
        OPENAI_API_KEY: API_KEY,
        OPENAI_BASE_URL: baseUrl,
        ANTHROPIC_API_KEY: API_KEY,
        ANTHROPIC_BASE_URL: baseUrl,
        PARLEY_MAX_REPLY_TOKENS: '300',
      });
      const model = createModel(config, undefined, { maxRetries: 0 });
      fake.script({ frames: wire.text(['ok']) }, { frames: wire.text(['ok']) }, { frames: wire.text(['ok']) });
      for (const asked of [undefined, 5000, 100]) {
        const { error } = await collect(model, { ...simpleRequest, maxOutputTokens: asked });
        expect(error).toBeUndefined();
      }
      // None asked: the bound (Anthropic's own default of 2048 is above it); more: the bound; less: as asked.
      expect(fake.requests.map((r) => r.body[field]), llm).toEqual([300, 300, 100]);
    }
  });
});
