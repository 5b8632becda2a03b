/**
 * Manage: chat with the configuration agent over the Management Chat API (streamed with the
 * SDK). Under each reply, the changes it made: the tool calls recorded for that message.
 */
import { Parley, ParleyAPIError } from '@parley/client';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, session } from '../api.ts';
import { changeText } from '../format.ts';
import type { ConversationDetail, ToolCall } from '../types.ts';
import { ErrorText, Markdown, messageOf } from '../ui.tsx';

interface Turn {
  question: string;
  reply: string;
  done: boolean;
  toolCalls: ToolCall[];
  error?: string;
}

const CONVERSATION = 'parley.manageConversation';

/** What a tool call changed, in words: settings changes, or the tool and its input. */
export function describeToolCall(call: ToolCall): string[] {
  const output = call.output as { changes?: { field: string; from: unknown; to: unknown }[]; title?: string; error?: string } | null;
  if (!call.ok) return [`${call.name} failed: ${output?.error ?? 'error'}`];
  if (Array.isArray(output?.changes)) return output.changes.length === 0 ? [`${call.name}: nothing changed`] : output.changes.map(changeText);
  if (call.name.endsWith('_article') && output?.title) return [`${call.name.replace('_', ' ')}: "${output.title}"`];
  return [`${call.name}(${JSON.stringify(call.input)})`];
}

/** The turns of a stored configuration conversation: each question, its reply and its tool calls. */
function turnsOf(detail: ConversationDetail): Turn[] {
  const turns: Turn[] = [];
  let asked: string | undefined;
  for (const m of detail.messages) {
    if (m.role === 'user') {
      asked = m.id;
      turns.push({ question: m.content, reply: '', done: true, toolCalls: detail.toolCalls.filter((c) => c.userMessageId === m.id) });
    } else if (m.role === 'assistant' && asked && turns.length > 0) turns[turns.length - 1]!.reply = m.content;
  }
  return turns;
}

/** A conversation to start anew: it reached its message limit, or is gone. */
const startAgain = (err: unknown) => err instanceof ParleyAPIError && (err.code === 'conversation_limit' || err.status === 404);

export function Manage() {
  const [turns, setTurns] = useState<Turn[]>([]);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const conversation = useRef<string | null>(sessionStorage.getItem(CONVERSATION));
  const update = (index: number, patch: Partial<Turn>) => setTurns((all) => all.map((t, i) => (i === index ? { ...t, ...patch } : t)));

  // Coming back to the tab shows this session's conversation so far.
  useEffect(() => {
    if (conversation.current) api<ConversationDetail>('GET', `/conversations/${conversation.current}`).then((d) => setTurns(turnsOf(d)), () => undefined);
  }, []);

  const send = async (event: Event) => {
    event.preventDefault();
    const question = text.trim();
    if (!question || busy) return;
    setText('');
    setBusy(true);
    const index = turns.length;
    setTurns((all) => [...all, { question, reply: '', done: false, toolCalls: [] }]);
    const client = new Parley({ baseUrl: location.origin, apiKey: session.key() ?? '' });
    const ask = async (retry: boolean): Promise<void> => {
      if (!conversation.current) {
        conversation.current = (await client.management.conversations.create()).conversationId;
        sessionStorage.setItem(CONVERSATION, conversation.current);
      }
      let reply = '';
      try {
        for await (const e of client.management.conversations.send(conversation.current, question)) {
          if (e.type === 'delta') update(index, { reply: (reply += e.text) });
          if (e.type === 'error') update(index, { error: e.message });
        }
      } catch (err) {
        if (!retry || !startAgain(err)) throw err;
        conversation.current = null;
        return ask(false);
      }
    };
    try {
      await ask(true);
      const detail = await api<ConversationDetail>('GET', `/conversations/${conversation.current}`);
      const asked = [...detail.messages].reverse().find((m) => m.role === 'user');
      update(index, { done: true, toolCalls: detail.toolCalls.filter((c) => c.userMessageId === asked?.id) });
    } catch (err) {
      update(index, { done: true, error: messageOf(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="manage" aria-labelledby="manage-title">
      <h1 id="manage-title">Manage</h1>
      <p class="hint">Tell the configuration agent what to change: "Set the tone to formal", "Set the agent name to Ava", "Add an article titled Returns: …", "Show analytics for 7 days".</p>
      <ol class="chat" aria-live="polite">
        {turns.map((t) => (
          <li class="turn">
            <div class="bubble user">{t.question}</div>
            <div class="bubble agent" aria-busy={!t.done}>
              {t.reply ? <Markdown text={t.reply} /> : !t.done && <span class="muted">Thinking…</span>}
              <ErrorText error={t.error ?? null} />
              {t.done && t.toolCalls.length > 0 && (
                <div class="changes">
                  <h2>Changes and tool calls</h2>
                  <ul>
                    {t.toolCalls.flatMap(describeToolCall).map((line) => (
                      <li>{line}</li>
                    ))}
                  </ul>
                </div>
              )}
            </div>
          </li>
        ))}
      </ol>
      <form class="composer" onSubmit={send}>
        <label for="manage-input" class="visually-hidden">Message to the configuration agent</label>
        <textarea
          id="manage-input"
          rows={2}
          value={text}
          placeholder="Ask the configuration agent…"
          onInput={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) send(e);
          }}
        />
        <button type="submit" class="primary" disabled={busy || !text.trim()}>
          Send
        </button>
      </form>
    </section>
  );
}
