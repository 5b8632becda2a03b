/**
 * The model port: a small spec of plain types. Providers (offline, OpenAI, Anthropic, any
 * OpenAI-compatible server) implement it; agents depend on it; neither knows the other.
 */
import type { CancelSignal } from './cancel.ts';

export interface ModelToolCall {
  id: string;
  name: string;
  input: unknown;
}

export type ModelMessage =
  | { role: 'user'; content: string }
  | { role: 'assistant'; content: string; toolCalls?: ModelToolCall[] }
  | { role: 'tool'; toolCallId: string; name: string; content: string };

export interface ModelTool {
  name: string;
  description: string;
  /** JSON Schema of the input object. */
  parameters: Record<string, unknown>;
}

export interface ModelRequest {
  /** Instructions for the model. Untrusted data inside it is wrapped and labelled as such. */
  system: string;
  messages: ModelMessage[];
  tools?: ModelTool[];
  /**
   * The structured facts the system prompt was built from (agent settings, retrieved articles).
   * Prompt-based providers ignore it; the offline model reads it instead of parsing prose.
   */
  context?: unknown;
  maxOutputTokens?: number;
}

export interface ModelUsage {
  inputTokens: number;
  outputTokens: number;
}

export type ModelPart =
  | { type: 'text-delta'; text: string }
  | { type: 'tool-call'; call: ModelToolCall }
  | { type: 'finish'; usage: ModelUsage; finishReason: 'stop' | 'tool-calls' | 'length' | 'other' };

/**
 * A language model. `stream` yields parts until `finish`; it must stop promptly and release its
 * upstream request when `signal` aborts, and it throws {@link ModelError} on failure.
 */
export interface LanguageModel {
  readonly provider: string;
  readonly modelId: string;
  stream(request: ModelRequest, signal: CancelSignal): AsyncIterable<ModelPart>;
}

export type ModelErrorCode =
  | 'upstream_overloaded'
  | 'upstream_disconnected'
  | 'upstream_bad_response'
  | 'model_error';

/** A provider failure with a stable code. `message` is internal and never sent to clients. */
export class ModelError extends Error {
  readonly code: ModelErrorCode;
  readonly retryable: boolean;
  constructor(code: ModelErrorCode, message: string, options: { retryable?: boolean; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'ModelError';
    this.code = code;
    this.retryable = options.retryable ?? code !== 'upstream_bad_response';
  }
}

/** Rough token estimate (about four characters a token) for models that report no usage. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}
