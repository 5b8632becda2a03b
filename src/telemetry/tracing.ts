/**
 * OpenTelemetry traces (README: Operations), off unless OTEL_EXPORTER_OTLP_ENDPOINT is set. The
 * process has one {@link tracing}: a no-op until {@link enableTracing} loads the SDK (lazily, so
 * a start without tracing, and the CLI, load none of it) and puts the real one in its place.
 *
 * Spans: one per HTTP request (request-hooks.ts); a `reply.run` span per reply with children
 * `history.load`, `retrieval`, `model.call` (event `first_token`) and `reply.commit`. The active
 * span travels with AsyncLocalStorage; a reply run, which is driven by callbacks, makes its
 * span active around each step of its agent instead (reply-run.ts).
 */
import type { Attributes, Context, Span, Tracer } from '@opentelemetry/api';
import type { SpanExporter, SpanProcessor } from '@opentelemetry/sdk-trace-base';

export type SpanAttributes = Record<string, string | number | boolean>;

/** A started span. */
export interface SpanHandle {
  readonly traceId: string;
  event(name: string): void;
  /** Records the error and marks the span failed (ends nothing). */
  fail(err: unknown): void;
  end(attributes?: SpanAttributes): void;
  /** Starts a span whose parent is this one. */
  child(name: string, attributes?: SpanAttributes): SpanHandle;
  /** Runs `fn` with this span active, so spans started inside are its children. */
  within<T>(fn: () => T): T;
}

export interface Tracing {
  readonly enabled: boolean;
  /** Starts a span, a child of the active one; undefined when tracing is off. */
  start(name: string, attributes?: SpanAttributes, kind?: 'server' | 'client' | 'internal'): SpanHandle | undefined;
  /** The trace and span ids of the active span, for log lines; undefined outside any. */
  activeIds(): { trace_id: string; span_id: string } | undefined;
  /** Exports the spans that ended and wait in a batch (at shutdown). */
  flush(): Promise<void>;
}

export const NO_TRACING: Tracing = {
  enabled: false,
  start: () => undefined,
  activeIds: () => undefined,
  flush: () => Promise.resolve(),
};

/** The process's tracing (a live binding: it becomes the real one once enabled). */
export let tracing: Tracing = NO_TRACING;

export interface TracingOptions {
  /** OTLP/HTTP base URL; the exporter posts to `<endpoint>/v1/traces`. */
  endpoint?: string;
  serviceName: string;
  /** Tests: export here (e.g. an in-memory exporter, each span as it ends) instead of OTLP. */
  exporter?: SpanExporter;
}

/**
 * Loads the SDK, registers a tracer provider (AsyncLocalStorage context, W3C propagation) and
 * makes it the process's tracing. Idempotent: later calls return the same one.
 */
export async function enableTracing(options: TracingOptions): Promise<Tracing> {
  if (tracing.enabled) return tracing;
  const [api, node, base, resources] = await Promise.all([
    import('@opentelemetry/api'),
    import('@opentelemetry/sdk-trace-node'),
    import('@opentelemetry/sdk-trace-base'),
    import('@opentelemetry/resources'),
  ]);
  let processor: SpanProcessor;
  if (options.exporter) processor = new base.SimpleSpanProcessor(options.exporter);
  else {
    const { OTLPTraceExporter } = await import('@opentelemetry/exporter-trace-otlp-http');
    const url = `${options.endpoint!.replace(/\/+$/, '')}/v1/traces`;
    processor = new base.BatchSpanProcessor(new OTLPTraceExporter({ url }));
  }
  const provider = new node.NodeTracerProvider({
    resource: resources.resourceFromAttributes({ 'service.name': options.serviceName }),
    spanProcessors: [processor],
  });
  provider.register();
  const tracer: Tracer = provider.getTracer('parley');
  const KINDS = { server: api.SpanKind.SERVER, client: api.SpanKind.CLIENT, internal: api.SpanKind.INTERNAL };

  const handle = (span: Span): SpanHandle => {
    let ctx: Context | undefined;
    const own = () => (ctx ??= api.trace.setSpan(api.ROOT_CONTEXT, span));
    return {
      traceId: span.spanContext().traceId,
      event: (name) => void span.addEvent(name),
      fail(err) {
        span.recordException(err instanceof Error ? err : String(err));
        span.setStatus({ code: api.SpanStatusCode.ERROR, message: err instanceof Error ? err.name : 'error' });
      },
      end(attributes) {
        if (attributes) span.setAttributes(attributes as Attributes);
        span.end();
      },
      child: (name, attributes) => handle(tracer.startSpan(name, { attributes }, own())),
      within: (fn) => api.context.with(own(), fn),
    };
  };

  tracing = {
    enabled: true,
    start: (name, attributes, kind = 'internal') => handle(tracer.startSpan(name, { attributes, kind: KINDS[kind] })),
    activeIds() {
      const span = api.trace.getActiveSpan();
      if (!span) return undefined;
      const { traceId, spanId } = span.spanContext();
      return { trace_id: traceId, span_id: spanId };
    },
    flush: () => provider.forceFlush(),
  };
  return tracing;
}
