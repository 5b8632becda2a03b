/**
 * Conversations: the list (status badge, first message, relative time, message count, QA dot,
 * thumbs-down count) with filters, search and paging, refreshed every few seconds so new and
 * escalated conversations appear without a reload; `#/conversations/<id>` shows a transcript.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, query } from '../api.ts';
import { fullTime, timeAgo } from '../format.ts';
import type { ConversationSummary, Page } from '../types.ts';
import { ErrorText, QaDot, StatusBadge, messageOf, usePoll } from '../ui.tsx';
import { Transcript } from './transcript.tsx';

const PAGE_SIZE = 20;
export const POLL_MS = 4000;

const FILTERS = [
  { id: 'all', label: 'All', params: {} },
  { id: 'escalated', label: 'Escalated', params: { status: 'escalated' } },
  { id: 'attention', label: 'Needs attention', params: { review: 'needs_attention' } },
  { id: 'negative', label: 'Negative feedback', params: { review: 'negative_feedback' } },
  { id: 'active', label: 'Active', params: { status: 'active' } },
  { id: 'resolved', label: 'Resolved', params: { status: 'resolved' } },
  { id: 'abandoned', label: 'Abandoned', params: { status: 'abandoned' } },
] as const;

export function Conversations({ params }: { params: string[] }) {
  return params[0] ? <Transcript id={params[0]} /> : <ConversationList />;
}

function ConversationList() {
  const [filter, setFilter] = useState<(typeof FILTERS)[number]['id']>('all');
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<(Page & { conversations: ConversationSummary[] }) | null>(null);
  const [error, setError] = useState<string | null>(null);
  const chosen = FILTERS.find((f) => f.id === filter)!;
  // Ids shown before: a row that appears by polling is marked new (not on the first load).
  const seen = useRef<Set<string> | null>(null);
  const [fresh, setFresh] = useState<Set<string>>(new Set());

  // Another filter, search or page is a first load again (declared before the poll: runs first).
  useEffect(() => {
    seen.current = null;
  }, [filter, q, offset]);
  usePoll(
    async () => {
      try {
        const next = await api<Page & { conversations: ConversationSummary[] }>('GET', `/conversations${query({ ...chosen.params, q, limit: PAGE_SIZE, offset })}`);
        const ids = next.conversations.map((c) => c.id);
        if (seen.current) {
          const known = seen.current;
          const added = ids.filter((id) => !known.has(id));
          if (added.length > 0) setFresh((before) => new Set([...before, ...added]));
        }
        seen.current = new Set([...(seen.current ?? []), ...ids]);
        setPage(next);
        setError(null);
      } catch (err) {
        setError(messageOf(err));
      }
    },
    POLL_MS,
    [filter, q, offset],
  );

  const choose = (id: typeof filter) => {
    setFilter(id);
    setOffset(0);
  };
  const total = page?.total ?? 0;
  return (
    <section aria-labelledby="conversations-title">
      <h1 id="conversations-title">Conversations</h1>
      <div class="toolbar">
        <div class="chips" role="group" aria-label="Filter">
          {FILTERS.map((f) => (
            <button type="button" class="chip" aria-pressed={f.id === filter} onClick={() => choose(f.id)}>
              {f.label}
            </button>
          ))}
        </div>
        <form
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            setQ(search.trim());
            setOffset(0);
          }}
        >
          <label for="conversation-search" class="visually-hidden">Search conversations</label>
          <input id="conversation-search" type="search" placeholder="Search messages or customer" value={search} onInput={(e) => setSearch(e.currentTarget.value)} />
          <button type="submit">Search</button>
        </form>
      </div>
      <ErrorText error={error} />
      <p class="count" aria-live="polite">
        {page ? `${total} conversation${total === 1 ? '' : 's'}` : 'Loading…'}
      </p>
      <ul class="conversation-list">
        {page?.conversations.map((c) => (
          <li>
            <a class="conversation-row" href={`#/conversations/${c.id}`} data-status={c.status}>
              <StatusBadge status={c.status} />
              <span class="preview">
                {fresh.has(c.id) && <span class="tag new">new</span>}{c.preview ?? <em class="muted">No message yet</em>}
              </span>
              <span class="meta">
                <time dateTime={c.updatedAt} title={fullTime(c.updatedAt)}>
                  {timeAgo(c.updatedAt)}
                </time>
                <span title="Messages">{c.messageCount} msg</span>
                <QaDot score={c.qaScore} />
                <span class={c.negativeFeedback > 0 ? 'thumbs-down has' : 'thumbs-down'} title="Thumbs-down ratings">
                  <span aria-hidden="true">▼</span> {c.negativeFeedback}
                  <span class="visually-hidden"> thumbs down</span>
                </span>
              </span>
            </a>
          </li>
        ))}
      </ul>
      <nav class="pager" aria-label="Pages">
        <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
          Previous
        </button>
        <span>
          {total === 0 ? '0' : `${offset + 1}–${Math.min(offset + PAGE_SIZE, total)}`} of {total}
        </span>
        <button type="button" disabled={offset + PAGE_SIZE >= total} onClick={() => setOffset(offset + PAGE_SIZE)}>
          Next
        </button>
      </nav>
    </section>
  );
}
