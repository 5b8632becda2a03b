/**
 * The model port over an AI SDK language model: maps a {@link ModelRequest} to one `streamText`
 * step and its `fullStream` parts to {@link ModelPart}s. Each provider file supplies the SDK
 * model and tells how its wire format marks a finished reply; everything else is shared.
 *
 * Why one step: tools here have no `execute`, so the SDK stops after the model's tool calls and
 * the agent runs the tools, appends a `tool` message and calls `stream` again (multi-step lives
 * in the agent, where tool calls are recorded and checked).
 */
import type { LanguageModelV3 } from '@ai-sdk/provider';
import { jsonSchema, streamText, tool, type ModelMessage as SdkMessage, type ToolSet } from 'ai';
import {
  ModelError,
  estimateTokens,
  type LanguageModel,
  type ModelMessage,
  type ModelPart,
  type ModelRequest,
} from '../types.ts';
import type { CancelSignal } from '../cancel.ts';
import { toModelError } from './to-model-error.ts';

// The SDK prints warnings (unknown model ids, unsupported settings) to the console; the server
// logs through pino and tests must stay quiet (STACK.md trap 12).
(globalThis as { AI_SDK_LOG_WARNINGS?: boolean }).AI_SDK_LOG_WARNINGS = false;

export interface AiSdkModelOptions {
  /** Parley's provider name: `openai`, `anthropic` or `openai-compatible`. */
  provider: string;
  sdkModel: LanguageModelV3;
  /**
   * Retries of the initial HTTP request on 408/409/429/5xx and connection failures. The SDK
   * retries only the request that opens the stream, so nothing is retried once a token was
   * streamed. Default 2; tests use 0.
   */
  maxRetries?: number;
  /** Used when the request sets none (Anthropic requires a limit). */
  defaultMaxOutputTokens?: number;
  /**
   * The most output tokens any call may ask for: a reply's bound (PARLEY_MAX_REPLY_TOKENS), so
   * no model call runs past what its send reserved. Unset: only the two settings above apply.
   */
  maxOutputTokens?: number;
  /**
   * True for the raw wire chunk that ends a complete reply (`finish_reason`, `message_stop`,
   * `response.completed`). A stream that closes without one was cut off: the SDK would report
   * it as an ordinary finish, so it is turned into `upstream_disconnected` here.
   */
  isEndOfReply(rawChunk: unknown): boolean;
  /** Keys to scrub from error messages. */
  secrets: (string | undefined)[];
  /** Sent as each tool's `strict` flag when set; unset sends none (see openai.ts). */
  strictTools?: boolean;
}

/** Maps the port's messages to the SDK's, merging consecutive tool results into one message. */
export function toSdkMessages(messages: ModelMessage[]): SdkMessage[] {
  const out: SdkMessage[] = [];
  for (const message of messages) {
    if (message.role === 'user') {
      out.push({ role: 'user', content: message.content });
    } else if (message.role === 'assistant') {
      const calls = message.toolCalls ?? [];
      if (calls.length === 0) {
        out.push({ role: 'assistant', content: message.content });
        continue;
      }
      out.push({
        role: 'assistant',
        content: [
          ...(message.content ? [{ type: 'text' as const, text: message.content }] : []),
          ...calls.map((c) => ({ type: 'tool-call' as const, toolCallId: c.id, toolName: c.name, input: c.input })),
        ],
      });
    } else {
      const result = {
        type: 'tool-result' as const,
        toolCallId: message.toolCallId,
        toolName: message.name,
        output: { type: 'text' as const, value: message.content },
      };
      const previous = out.at(-1);
      if (previous?.role === 'tool') previous.content.push(result);
      else out.push({ role: 'tool', content: [result] });
    }
  }
  return out;
}

/** Tools as JSON-schema function tools without `execute`: the model may call, the agent runs. */
export function toSdkTools(request: ModelRequest, strict?: boolean): ToolSet | undefined {
  if (!request.tools || request.tools.length === 0) return undefined;
  return Object.fromEntries(
    request.tools.map((t) => [
      t.name,
      tool({ description: t.description, inputSchema: jsonSchema(t.parameters), ...(strict === undefined ? {} : { strict }) }),
    ]),
  );
}

const FINISH_REASONS = new Set(['stop', 'tool-calls', 'length']);

export class AiSdkModel implements LanguageModel {
  readonly provider: string;
  readonly modelId: string;
  readonly #options: AiSdkModelOptions;

  constructor(options: AiSdkModelOptions) {
    this.provider = options.provider;
    this.modelId = options.sdkModel.modelId;
    this.#options = options;
  }

  async *stream(request: ModelRequest, signal: CancelSignal): AsyncIterable<ModelPart> {
    signal.throwIfAborted();
    const { sdkModel, maxRetries = 2, defaultMaxOutputTokens, maxOutputTokens: cap, isEndOfReply } = this.#options;
    const asked = request.maxOutputTokens ?? defaultMaxOutputTokens;
    const context = { provider: this.provider, secrets: this.#options.secrets };
    // Our own controller, so that stopping early (consumer breaks, or we throw on an error
    // part) also closes the upstream socket, not only an abort of the caller's signal.
    const upstream = new AbortController();
    const forward = () => upstream.abort(signal.reason);
    signal.addEventListener('abort', forward);
    const result = streamText({
      model: sdkModel,
      system: request.system,
      messages: toSdkMessages(request.messages),
      tools: toSdkTools(request, this.#options.strictTools),
      maxOutputTokens: cap === undefined ? asked : Math.min(asked ?? cap, cap),
      maxRetries,
      abortSignal: upstream.signal,
      includeRawChunks: true,
      // Errors arrive as `error` parts below; without this the SDK prints them to the console.
      onError: () => {},
    });
    let ended = false;
    let text = '';
    try {
      for await (const part of result.fullStream) {
        switch (part.type) {
          case 'raw':
            if (isEndOfReply(part.rawValue)) ended = true;
            break;
          case 'text-delta':
            if (part.text === '') break;
            text += part.text;
            yield { type: 'text-delta', text: part.text };
            break;
          case 'tool-call':
            if (part.invalid) {
              throw new ModelError('model_error', `${this.provider}: the model called tool "${part.toolName}" with invalid input`, {
                retryable: true,
              });
            }
            yield { type: 'tool-call', call: { id: part.toolCallId, name: part.toolName, input: part.input } };
            break;
          case 'error':
            throw toModelError(part.error, context);
          case 'abort':
            signal.throwIfAborted();
            throw new ModelError('upstream_disconnected', `${this.provider}: the stream was aborted`);
          case 'finish': {
            if (!ended) {
              throw new ModelError('upstream_disconnected', `${this.provider}: the stream closed before the reply ended`);
            }
            const usage = part.totalUsage;
            yield {
              type: 'finish',
              usage: {
                // Some OpenAI-compatible servers report no usage; credits still need a number.
                inputTokens: usage.inputTokens ?? estimateTokens(request.system + JSON.stringify(request.messages)),
                outputTokens: usage.outputTokens ?? estimateTokens(text),
              },
              finishReason: FINISH_REASONS.has(part.finishReason)
                ? (part.finishReason as 'stop' | 'tool-calls' | 'length')
                : 'other',
            };
            return;
          }
        }
      }
      signal.throwIfAborted();
      throw new ModelError('upstream_disconnected', `${this.provider}: the stream ended without a finish`);
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      throw toModelError(error, context);
    } finally {
      signal.removeEventListener('abort', forward);
      upstream.abort();
    }
  }
}
