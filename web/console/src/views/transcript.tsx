/**
 * One conversation: each message with its QA score and flags, safety flags and feedback, the
 * configuration agent's tool calls, a staff reply box and a resolve button (issue 14's
 * endpoints: POST …/replies and …/resolve). Refreshed every few seconds.
 */
import { useState } from 'preact/hooks';
import { api } from '../api.ts';
import { fullTime, timeAgo } from '../format.ts';
import type { ConversationDetail } from '../types.ts';
import { ErrorText, Markdown, QaDot, StatusBadge, actionRunner, messageOf, usePoll } from '../ui.tsx';
import { POLL_MS } from './conversations.tsx';
import { describeToolCall } from './manage.tsx';

export function Transcript({ id }: { id: string }) {
  const [detail, setDetail] = useState<ConversationDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reply, setReply] = useState('');
  const [busy, setBusy] = useState(false);
  const path = `/conversations/${encodeURIComponent(id)}`;
  const load = async () => {
    try {
      setDetail(await api('GET', path));
      setError(null);
    } catch (err) {
      setError(messageOf(err));
    }
  };
  usePoll(load, POLL_MS, [id]);

  const act = actionRunner(load, setError, setBusy);
  const sendReply = (event: Event) => {
    event.preventDefault();
    const message = reply.trim();
    if (message) void act(async () => {
      await api('POST', `${path}/replies`, { message });
      setReply('');
    });
  };

  const c = detail?.conversation;
  return (
    <section aria-labelledby="transcript-title">
      <p>
        <a href="#/conversations">← All conversations</a>
      </p>
      <h1 id="transcript-title">Conversation</h1>
      <ErrorText error={error} />
      {c && (
        <div class="transcript-head">
          <StatusBadge status={c.status} />
          <QaDot score={c.qaScore} />
          <span>Started {timeAgo(c.createdAt)}</span>
          {c.customerIdentifier && <span>Customer: {c.customerIdentifier}</span>}
          {c.escalationReason && <span class="escalation">Escalated: {c.escalationReason}</span>}
          <button type="button" class="primary" disabled={busy || c.status === 'resolved'} onClick={() => act(() => api('POST', `${path}/resolve`))}>
            {c.status === 'resolved' ? 'Resolved' : 'Resolve'}
          </button>
        </div>
      )}
      <ol class="transcript">
        {detail?.messages.map((m) => (
          <li class={`message ${m.role}`}>
            <div class="message-head">
              <strong>{m.role === 'staff' ? `Staff${m.author ? ` (${m.author})` : ''}` : m.role === 'user' ? 'Customer' : 'Agent'}</strong>
              <time dateTime={m.createdAt} title={fullTime(m.createdAt)}>
                {timeAgo(m.createdAt)}
              </time>
              {m.status !== 'complete' && <span class="tag">{m.status}</span>}
              {m.role === 'assistant' && <QaDot score={m.qaScore} />}
              {m.feedback && <span class={`tag feedback-${m.feedback}`}>{m.feedback === 'up' ? '▲ thumbs up' : '▼ thumbs down'}</span>}
              {m.qaFlags.map((f) => (
                <span class="tag flag">QA: {f}</span>
              ))}
              {m.safetyFlags.map((f) => (
                <span class="tag flag">Safety: {f}</span>
              ))}
            </div>
            {m.role === 'user' ? <p class="plain">{m.content}</p> : <Markdown text={m.content} />}
          </li>
        ))}
      </ol>
      {detail && detail.toolCalls.length > 0 && (
        <div class="card">
          <h2>Tool calls</h2>
          <ul class="tool-calls">
            {detail.toolCalls.map((call) => (
              <li class={call.ok ? '' : 'failed'}>
                <code>{call.name}</code> {describeToolCall(call).join('; ')}
              </li>
            ))}
          </ul>
        </div>
      )}
      {c && c.status !== 'resolved' && (
        <form class="composer" onSubmit={sendReply}>
          <label for="staff-reply">Reply as staff</label>
          <textarea id="staff-reply" rows={3} value={reply} onInput={(e) => setReply(e.currentTarget.value)} />
          <button type="submit" class="primary" disabled={busy || !reply.trim()}>
            Send reply
          </button>
        </form>
      )}
    </section>
  );
}
