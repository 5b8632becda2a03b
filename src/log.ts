/** The process logger. Keys and Authorization headers are redacted wherever they appear. */
import { pino, type Logger } from 'pino';

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
  const options = { level, redact: { paths: REDACT_PATHS, censor: '[redacted]' } };
  return destination ? pino(options, destination as pino.DestinationStream) : pino(options);
}
