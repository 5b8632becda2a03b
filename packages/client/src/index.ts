/**
 * @parley/client: typed client for the Parley Customer and Management Chat APIs.
 * Runs unchanged in Node >= 20 and in browsers (fetch, TextDecoder, AbortController only).
 *
 * @example
 * ```ts
 * import { Parley } from '@parley/client';
 * const client = new Parley({ baseUrl: 'http://127.0.0.1:3000', apiKey: 'lxc_…' });
 * const { conversationId } = await client.customer.conversations.create();
 * for await (const event of client.customer.conversations.send(conversationId, 'Hi')) {
 *   if (event.type === 'delta') process.stdout.write(event.text);
 * }
 * ```
 */
export {
  ChatAPI,
  Conversations,
  Parley,
  type CreateOptions,
  type ParleyOptions,
  type RequestOptions,
  type ResumeOptions,
  type SendOptions,
} from './client.ts';
export { ReplyStream, type ReplyEvent } from './reply-stream.ts';
export {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  IncompleteStreamError,
  InternalServerError,
  NotFoundError,
  ParleyAPIError,
  ParleyConnectionError,
  ParleyError,
  ParleyTimeoutError,
  PayloadTooLargeError,
  PaymentRequiredError,
  PermissionDeniedError,
  RateLimitError,
  SseBufferOverflowError,
  StreamError,
  UnprocessableEntityError,
  createAPIError,
  type IncompleteReason,
} from './errors.ts';
export type {
  Channel,
  CreateConversationResponse,
  DeltaPayload,
  ErrorPayload,
  EventPayload,
  HistoryMessage,
  HistoryResponse,
  HttpErrorCode,
  MessageRole,
  MessageStatus,
  PublicSessionBody,
  PublicSessionResponse,
  StatusPayload,
  StopResponse,
  StreamErrorCode,
} from './protocol.ts';
