/**
 * The hosted chat page (`GET /chat/{orgSlug}`), also shown in the widget's frame (`?embed=1`).
 * Replies stream through `@parley/client` with the session token in place of a key; staff
 * replies and status changes arrive on the conversation's event stream when the server has it.
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Parley, type ReplyStream } from '@parley/client';
import { renderMarkdown } from './markdown.ts';
import { openSession, pendingReply, type Session } from './session.ts';
import './styles.css';

interface PageConfig {
  orgSlug: string;
  orgName: string;
  branding: { agentName: string; primaryColor: string; welcomeHeading: string; welcomeSubheading: string };
}

type Role = 'user' | 'assistant' | 'staff';
interface ChatMessage {
  key: string;
  /** The server's id, once known (feedback needs it). */
  id?: string;
  role: Role;
  content: string;
  author?: string | null;
  streaming?: boolean;
  failed?: string;
  rating?: 'up' | 'down';
}

const config = JSON.parse(document.getElementById('parley-config')!.textContent!) as PageConfig;
const embedded = new URLSearchParams(location.search).has('embed');
const slug = config.orgSlug;
let nextKey = 0;
const newKey = () => `m${++nextKey}`;

/** Black or white text on the brand colour, whichever contrasts more. */
function textOn(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) ? '#000000' : '#FFFFFF';
}

document.documentElement.style.setProperty('--brand', config.branding.primaryColor);
document.documentElement.style.setProperty('--on-brand', textOn(config.branding.primaryColor));
if (embedded) {
  document.documentElement.classList.add('embedded');
  // In the widget's panel, Escape anywhere in the chat closes the panel (the widget listens).
  window.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') parent.postMessage({ type: 'parley:close' }, '*');
  });
}

/** A thumb icon (drawn here; no icon font, no emoji font needed). */
function Thumb({ down = false }: { down?: boolean }) {
  return (
    <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false" style={down ? { transform: 'rotate(180deg)' } : undefined}>
      <path fill="currentColor" d="M2 10h4v11H2zM8 10l4-8c1.5 0 2.5 1 2.5 2.5L14 9h6a2 2 0 0 1 2 2.3l-1.4 8a2 2 0 0 1-2 1.7H8z" />
    </svg>
  );
}

/**
 * One start of the page's conversation: `done` settles once its session is open, its history
 * shown and a reply that was streaming when the page was left resumed; false if it failed.
 */
interface Startup {
  done: Promise<boolean>;
  settled: boolean;
  settle(ok: boolean): void;
}

function newStartup(): Startup {
  let resolve!: (ok: boolean) => void;
  const created: Startup = {
    done: new Promise<boolean>((r) => (resolve = r)),
    settled: false,
    settle(ok) {
      created.settled = true;
      resolve(ok);
    },
  };
  return created;
}

/**
 * The start under way or last made. A message sent before it is done (the first start runs only
 * after the first paint, and opening the session and reading the history take round trips) waits
 * for it: sent earlier it would be dropped for want of a session, or its reply wiped from the
 * screen by the history arriving after it.
 */
let startup = newStartup();

function App() {
  const [session, setSession] = useState<Session | null>(null);
  const [messages, setMessages] = useState<ChatMessage[]>([]);
  const [draft, setDraft] = useState('');
  // Counted: a send waiting for the start and a reply the start resumes may overlap.
  const [working, setWorking] = useState(0);
  const busy = working > 0;
  const setBusy = (on: boolean) => setWorking((n) => n + (on ? 1 : -1));
  const [notice, setNotice] = useState<string | null>(null);
  const [fatal, setFatal] = useState<string | null>(null);
  const clientRef = useRef<Parley | null>(null);
  const sessionRef = useRef<Session | null>(null);
  const logRef = useRef<HTMLElement>(null);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const startsRef = useRef(0);

  const update = (key: string, change: (m: ChatMessage) => ChatMessage) =>
    setMessages((list) => list.map((m) => (m.key === key ? change(m) : m)));

  /** Reads a reply stream into the message `key`. */
  async function follow(stream: ReplyStream, key: string, conversationId: string) {
    setBusy(true);
    try {
      for await (const event of stream) {
        if (stream.replyId) pendingReply.set(slug, { conversationId, replyId: stream.replyId });
        if (event.type === 'delta') update(key, (m) => ({ ...m, id: stream.replyId, content: m.content + event.text }));
        else if (event.type === 'status' && event.status === 'escalated') setNotice('escalated');
        else if (event.type === 'error') update(key, (m) => ({ ...m, failed: event.message }));
      }
      update(key, (m) => ({ ...m, id: stream.replyId ?? m.id, streaming: false }));
      pendingReply.set(slug, undefined);
    } catch (err) {
      // The marker stays: a reload aborts this fetch (sometimes before the page is gone), and the
      // reply runs on at the server; the next load resumes it, or finds it finished in the history.
      update(key, (m) => ({ ...m, streaming: false, failed: err instanceof Error ? err.message : 'The reply failed.' }));
    } finally {
      setBusy(false);
    }
  }

  async function start(fresh: boolean) {
    if (startup.settled) startup = newStartup();
    const mine = startup;
    // Only the latest start shows its conversation (New conversation may be pressed during one).
    const run = ++startsRef.current;
    const current = () => run === startsRef.current;
    setMessages([]);
    setNotice(null);
    setFatal(null);
    let ok = false;
    try {
      const opened = await openSession(slug, fresh);
      if (!current()) return;
      const client = new Parley({ baseUrl: location.origin, apiKey: opened.token });
      clientRef.current = client;
      sessionRef.current = opened;
      setSession(opened);
      const history = await client.customer.conversations.history(opened.conversationId);
      if (!current()) return;
      const shown: ChatMessage[] = history.messages.map((m) => ({
        key: newKey(),
        id: m.id,
        role: m.role as Role,
        content: m.content,
        author: (m as { author?: string | null }).author ?? null,
      }));
      // A reply that was streaming when the page was left: replay it from its first event.
      const pending = pendingReply.get(slug);
      const resumed: ChatMessage | undefined =
        pending && pending.conversationId === opened.conversationId && !shown.some((m) => m.id === pending.replyId)
          ? { key: newKey(), id: pending.replyId, role: 'assistant', content: '', streaming: true }
          : undefined;
      if (!resumed) pendingReply.set(slug, undefined);
      // Messages sent meanwhile (waiting for this start) follow the history and the resumed reply;
      // one the live events already showed (a staff reply) and the history holds is shown once.
      setMessages((waiting) => [...shown, ...(resumed ? [resumed] : []), ...waiting.filter((m) => m.id === undefined || !shown.some((s) => s.id === m.id))]);
      if (resumed) {
        await follow(client.customer.conversations.resume(opened.conversationId, { replyId: pending!.replyId }), resumed.key, opened.conversationId);
      }
      ok = true;
    } catch (err) {
      if (current()) setFatal(err instanceof Error ? err.message : 'The chat is not available right now.');
    } finally {
      if (current()) mine.settle(ok);
    }
  }

  useEffect(() => {
    void start(false);
  }, []);

  // Staff replies and status changes (the conversation's event stream; a 404 there just closes it).
  useEffect(() => {
    if (!session) return;
    const url = `/api/v1/customer/conversations/${encodeURIComponent(session.conversationId)}/events?access_token=${encodeURIComponent(session.token)}`;
    const source = new EventSource(url);
    source.onmessage = (e) => {
      let data: { type?: string; status?: string; message?: { id: string; role: Role; content: string; author?: string | null } };
      try {
        data = JSON.parse(e.data as string);
      } catch {
        return;
      }
      if (data.type === 'message' && data.message) {
        const m = data.message;
        setMessages((list) => (list.some((x) => x.id === m.id) ? list : [...list, { key: newKey(), id: m.id, role: m.role ?? 'staff', content: m.content, author: m.author ?? null }]));
      } else if (data.type === 'status' && data.status) setNotice(data.status === 'active' ? null : data.status);
    };
    source.onerror = () => {
      if (source.readyState === EventSource.CLOSED) source.close();
    };
    return () => source.close();
  }, [session]);

  useEffect(() => {
    const log = logRef.current;
    if (log) log.scrollTop = log.scrollHeight;
  }, [messages]);

  /** The session, renewed first when its token expires within two minutes (same conversation). */
  async function fresh(): Promise<{ session: Session; client: Parley } | undefined> {
    let current = sessionRef.current;
    if (!current) return undefined;
    if (Date.parse(current.expiresAt) - Date.now() < 120_000) {
      current = await openSession(slug);
      clientRef.current = new Parley({ baseUrl: location.origin, apiKey: current.token });
      sessionRef.current = current;
      setSession(current);
    }
    return { session: current, client: clientRef.current! };
  }

  async function send(event?: Event) {
    event?.preventDefault();
    const text = draft.trim();
    if (!text || busy) return;
    setDraft('');
    setBusy(true);
    const key = newKey();
    setMessages((list) => [...list, { key: newKey(), role: 'user', content: text }, { key, role: 'assistant', content: '', streaming: true }]);
    try {
      if (!(await startup.done)) throw new Error('The chat is not available right now.');
      const { session: current, client } = (await fresh())!;
      await follow(client.customer.conversations.send(current.conversationId, text), key, current.conversationId);
    } catch (err) {
      update(key, (m) => ({ ...m, streaming: false, failed: err instanceof Error ? err.message : 'The message could not be sent.' }));
    } finally {
      setBusy(false);
    }
    inputRef.current?.focus();
  }

  async function rate(message: ChatMessage, rating: 'up' | 'down') {
    const current = await fresh().catch(() => undefined);
    if (!current || !message.id) return;
    const { session } = current;
    const response = await fetch(
      `/api/v1/customer/conversations/${encodeURIComponent(session.conversationId)}/messages/${encodeURIComponent(message.id)}/feedback`,
      { method: 'POST', headers: { Authorization: `Bearer ${session.token}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ rating }) },
    );
    if (response.ok) update(message.key, (m) => ({ ...m, rating }));
  }

  const { branding } = config;
  return (
    <div class="chat">
      <header class="top">
        <div class="agent">
          <span class="avatar" aria-hidden="true">{branding.agentName.slice(0, 1).toUpperCase()}</span>
          <span class="agent-name">{branding.agentName}</span>
        </div>
        <div class="actions">
          <button type="button" class="ghost" onClick={() => void start(true)} disabled={busy}>
            New conversation
          </button>
          {embedded && (
            <button type="button" class="ghost" aria-label="Close chat" onClick={() => parent.postMessage({ type: 'parley:close' }, '*')}>
              ✕
            </button>
          )}
        </div>
      </header>
      <main class="body" ref={logRef}>
        <div class="welcome">
          <h1>{branding.welcomeHeading}</h1>
          {branding.welcomeSubheading && <p>{branding.welcomeSubheading}</p>}
        </div>
        {fatal && (
          <p class="alert" role="alert">
            {fatal}
          </p>
        )}
        <div role="log" aria-live="polite" aria-label="Conversation">
        <ol class="log">
          {messages.map((m) => (
            <li key={m.key} class={`msg ${m.role}`}>
              <span class="who">{m.role === 'user' ? 'You' : m.role === 'staff' ? (m.author ?? 'Support team') : branding.agentName}</span>
              {m.role === 'user' ? (
                <div class="bubble">{m.content}</div>
              ) : (
                <div class="bubble markdown" dangerouslySetInnerHTML={{ __html: renderMarkdown(m.content) }} />
              )}
              {m.streaming && m.content === '' && (
                <span class="typing" role="status">
                  <span class="dots" aria-hidden="true">
                    <i />
                    <i />
                    <i />
                  </span>
                  <span class="sr-only">{branding.agentName} is typing</span>
                </span>
              )}
              {m.failed && <span class="failed">{m.failed}</span>}
              {m.role === 'assistant' && !m.streaming && m.id && (
                <span class="feedback">
                  <button type="button" aria-label="Helpful" aria-pressed={m.rating === 'up'} onClick={() => void rate(m, 'up')}>
                    <Thumb />
                  </button>
                  <button type="button" aria-label="Not helpful" aria-pressed={m.rating === 'down'} onClick={() => void rate(m, 'down')}>
                    <Thumb down />
                  </button>
                </span>
              )}
            </li>
          ))}
        </ol>
        </div>
        {notice && (
          <p class="notice" role="status">
            {notice === 'escalated'
              ? 'We have passed your conversation to our support team. Someone will reply here.'
              : notice === 'resolved'
                ? 'This conversation was marked as resolved. Write again if you need more help.'
                : `Conversation status: ${notice}`}
          </p>
        )}
      </main>
      <form class="composer" onSubmit={(e) => void send(e)}>
        <label for="message" class="sr-only">
          Message
        </label>
        <textarea
          id="message"
          ref={inputRef}
          rows={1}
          value={draft}
          placeholder={`Message ${branding.agentName}`}
          maxLength={4000}
          onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) void send(e);
          }}
        />
        <button type="submit" class="send" disabled={busy || draft.trim() === ''}>
          Send
        </button>
      </form>
    </div>
  );
}

const root = document.getElementById('app')!;
root.textContent = ''; // the server's static branding, replaced by the live chat
render(<App />, root);
