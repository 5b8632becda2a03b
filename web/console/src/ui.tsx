/** Small shared pieces of the console: badges, QA dots, errors, polling. */
import { useEffect, useRef } from 'preact/hooks';
import { qaLevel } from './format.ts';
import { renderMarkdown } from './markdown.ts';
import type { ConversationStatus } from './types.ts';

export function StatusBadge({ status }: { status: ConversationStatus }) {
  return <span class={`badge badge-${status}`}>{status}</span>;
}

export function QaDot({ score }: { score: number | null }) {
  const { level, label } = qaLevel(score);
  return <span class={`qa-dot qa-${level}`} role="img" aria-label={label} title={label} />;
}

export function ErrorText({ error }: { error: string | null }) {
  return error ? <p class="error" role="alert">{error}</p> : null;
}

/** Markdown rendered and sanitised (markdown.ts). */
export function Markdown({ text, class: className }: { text: string; class?: string }) {
  return <div class={`markdown ${className ?? ''}`} dangerouslySetInnerHTML={{ __html: renderMarkdown(text) }} />;
}

/** Runs `tick` now and every `ms` while mounted and the tab is visible; a tick never overlaps the last. */
export function usePoll(tick: () => Promise<void> | void, ms: number, deps: unknown[]) {
  const latest = useRef(tick);
  latest.current = tick;
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const run = async () => {
      if (!document.hidden) await Promise.resolve(latest.current()).catch(() => undefined);
      if (!stopped) timer = setTimeout(run, ms);
    };
    void run();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, deps);
}

/** The message of a thrown value, for display. */
export const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * Runs an action (a POST, PATCH or DELETE), then `reload`; a failure is shown through `setError`.
 * `setBusy` (optional) disables the buttons meanwhile.
 */
export function actionRunner(reload: () => Promise<unknown>, setError: (e: string | null) => void, setBusy?: (b: boolean) => void) {
  return async (action: () => Promise<unknown>) => {
    setError(null);
    setBusy?.(true);
    try {
      await action();
      await reload();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy?.(false);
    }
  };
}
