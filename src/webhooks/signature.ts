/**
 * Webhook signatures. `X-Lexey-Signature: sha256=<hex>` is the original's: HMAC-SHA256 of the
 * raw body with the endpoint's secret. The Standard Webhooks headers (standardwebhooks.com)
 * sign `<webhook-id>.<webhook-timestamp>.<body>` with the same secret: `webhook-signature:
 * v1,<base64>`. A secret given as `whsec_<base64>` is used as those bytes for the Standard
 * Webhooks signature, as its libraries do; any other secret as its UTF-8 bytes for both.
 */
import { createHmac, randomBytes } from 'node:crypto';

/** A new endpoint secret in the Standard Webhooks form: `whsec_` + 32 random bytes in base64. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/** The key bytes of the Standard Webhooks signature. */
function standardKey(secret: string): Buffer {
  return secret.startsWith('whsec_') ? Buffer.from(secret.slice('whsec_'.length), 'base64') : Buffer.from(secret, 'utf8');
}

/** The signature headers of one attempt (`timestampSeconds`: the attempt's time in seconds). */
export function signatureHeaders(secret: string, eventId: string, timestampSeconds: number, body: string): Record<string, string> {
  const lexey = createHmac('sha256', secret).update(body).digest('hex');
  const standard = createHmac('sha256', standardKey(secret)).update(`${eventId}.${timestampSeconds}.${body}`).digest('base64');
  return {
    'x-lexey-signature': `sha256=${lexey}`,
    'webhook-id': eventId,
    'webhook-timestamp': String(timestampSeconds),
    'webhook-signature': `v1,${standard}`,
  };
}
