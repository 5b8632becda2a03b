/**
 * A model whose every request is measured (latency, errors and tokens by provider and code) and
 * traced (a `model.call` span, child of the active one, with a `first_token` event). Used only
 * when metrics or tracing are on: with both off the agents get the model itself.
 */
import type { CancelSignal } from '../model/cancel.ts';
import { ModelError, type LanguageModel, type ModelPart, type ModelRequest, type ModelUsage } from '../model/types.ts';
import { metrics, secondsSince } from './metrics.ts';
import { tracing } from './tracing.ts';

export function observeModel(model: LanguageModel): LanguageModel {
  if (!metrics.enabled && !tracing.enabled) return model;
  return {
    provider: model.provider,
    modelId: model.modelId,
    stream: (request, signal) => observed(model, request, signal),
  };
}

async function* observed(model: LanguageModel, request: ModelRequest, signal: CancelSignal): AsyncIterable<ModelPart> {
  const start = performance.now();
  const span = tracing.start('model.call', { 'gen_ai.system': model.provider, 'gen_ai.request.model': model.modelId }, 'client');
  let code = 'ok';
  let usage: ModelUsage | undefined;
  let first = true;
  try {
    for await (const part of model.stream(request, signal)) {
      if (first && part.type === 'text-delta') {
        first = false;
        span?.event('first_token');
      } else if (part.type === 'finish') usage = part.usage;
      yield part;
    }
  } catch (err) {
    code = signal.aborted ? 'aborted' : err instanceof ModelError ? err.code : 'error';
    span?.fail(err);
    throw err;
  } finally {
    // Left early (the run was stopped or abandoned): aborted, not failed.
    if (code === 'ok' && usage === undefined && signal.aborted) code = 'aborted';
    metrics.modelRequest(model.provider, code, secondsSince(start), usage?.inputTokens ?? 0, usage?.outputTokens ?? 0);
    span?.end({
      'parley.model.outcome': code,
      'gen_ai.usage.input_tokens': usage?.inputTokens ?? 0,
      'gen_ai.usage.output_tokens': usage?.outputTokens ?? 0,
    });
  }
}
