/** `PARLEY_LLM` selection: each provider with its defaults, and a clear failure at start. */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createModel } from '../../src/model/create-model.ts';
import { anthropicBaseURL } from '../../src/model/providers/anthropic.ts';

const model = (env: Record<string, string>) => createModel(loadConfig({ DATABASE_URL: 'sqlite::memory:', ...env }));

describe('createModel', () => {
  it('keeps the offline model as the default', () => {
    expect(model({})).toMatchObject({ provider: 'offline' });
  });

  it.each([
    [{ PARLEY_LLM: 'openai', OPENAI_API_KEY: 'sk-x' }, 'openai', 'gpt-4.1-mini'],
    [{ PARLEY_LLM: 'anthropic', ANTHROPIC_API_KEY: 'sk-ant-x' }, 'anthropic', 'claude-haiku-4-5'],
    [{ PARLEY_LLM: 'openai-compatible', OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1' }, 'openai-compatible', 'gpt-4.1-mini'],
    [{ PARLEY_LLM: 'openai-compatible', OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1/', PARLEY_MODEL: 'llama3.2' }, 'openai-compatible', 'llama3.2'],
  ])('%o gives %s with model %s', (env, provider, modelId) => {
    expect(model(env)).toMatchObject({ provider, modelId });
  });

  it.each([
    [{ PARLEY_LLM: 'openai' }, /PARLEY_LLM=openai needs OPENAI_API_KEY/],
    [{ PARLEY_LLM: 'anthropic', ANTHROPIC_API_KEY: '  ' }, /PARLEY_LLM=anthropic needs ANTHROPIC_API_KEY/],
    [{ PARLEY_LLM: 'openai-compatible', OPENAI_API_KEY: 'sk-x' }, /PARLEY_LLM=openai-compatible needs OPENAI_BASE_URL/],
    [{ PARLEY_LLM: 'openai-compatible', OPENAI_BASE_URL: 'localhost:11434' }, /OPENAI_BASE_URL must be an http\(s\) URL/],
    [{ PARLEY_LLM: 'anthropic', ANTHROPIC_API_KEY: 'k', ANTHROPIC_BASE_URL: 'not a url' }, /ANTHROPIC_BASE_URL must be/],
  ])('%o fails at start', (env, message) => {
    expect(() => model(env)).toThrow(message);
  });

  it('never puts a key in its start-up error', () => {
    expect(() => model({ PARLEY_LLM: 'openai-compatible', OPENAI_API_KEY: 'sk-secret-123', OPENAI_BASE_URL: 'ftp://x' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('sk-secret-123') }),
    );
  });
});

describe('anthropicBaseURL', () => {
  it.each([
    [undefined, undefined],
    ['https://api.anthropic.com', 'https://api.anthropic.com/v1'],
    ['http://127.0.0.1:8080/', 'http://127.0.0.1:8080/v1'],
    ['https://proxy.example/anthropic/v1/', 'https://proxy.example/anthropic/v1'],
  ])('%s → %s', (input, expected) => {
    expect(anthropicBaseURL(input)).toBe(expected);
  });
});
