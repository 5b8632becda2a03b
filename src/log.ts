/**
 * The process logger. Keys and Authorization headers are redacted wherever they appear. With
 * tracing on (enabled before the logger is made), each line written inside a traced request or
 * reply carries `trace_id` and `span_id`.
 */
import { pino, type Logger, type LoggerOptions } from 'pino';
import { tracing } from './telemetry/tracing.ts';

export const REDACT_PATHS = [
  'req.headers.authorization',
  'headers.authorization',
  'authorization',
  '*.authorization',
  'apiKey',
  '*.apiKey',
  'customerKey',
  'managementKey',
  '*.customerKey',
  '*.managementKey',
  // Public chat session tokens (pcs_…), in bodies and in the query string of EventSource streams.
  'token',
  '*.token',
  'access_token',
  '*.access_token',
];

export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  const options: LoggerOptions = { level, redact: { paths: REDACT_PATHS, censor: '[redacted]' } };
  // Only with tracing: a mixin runs on every line (pino merges into the object it returns).
  if (tracing.enabled) options.mixin = () => tracing.activeIds() ?? {};
  return destination ? pino(options, destination as pino.DestinationStream) : pino(options);
}
