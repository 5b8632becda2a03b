/**
 * The Parley admin console: sign-in with a management key (kept in sessionStorage only), then
 * the views, chosen by the URL's hash (`#/conversations/<id>`; never the key).
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api, onUnauthorized, session } from './api.ts';
import { ErrorText, messageOf, usePoll } from './ui.tsx';
import { Analytics } from './views/analytics.tsx';
import { Conversations } from './views/conversations.tsx';
import { Keys } from './views/keys.tsx';
import { Knowledge } from './views/knowledge.tsx';
import { Manage } from './views/manage.tsx';
import { SettingsView } from './views/settings.tsx';
import { Webhooks } from './views/webhooks.tsx';
import './styles.css';

const VIEWS = [
  { path: 'manage', title: 'Manage', view: Manage },
  { path: 'conversations', title: 'Conversations', view: Conversations },
  { path: 'knowledge', title: 'Knowledge', view: Knowledge },
  { path: 'settings', title: 'Settings', view: SettingsView },
  { path: 'keys', title: 'API keys', view: Keys },
  { path: 'webhooks', title: 'Webhooks', view: Webhooks },
  { path: 'analytics', title: 'Analytics', view: Analytics },
] as const;

/** `#/conversations/abc` → ['conversations', 'abc']. */
function useRoute(): string[] {
  const read = () => location.hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const changed = () => setRoute(read());
    addEventListener('hashchange', changed);
    return () => removeEventListener('hashchange', changed);
  }, []);
  return route;
}

function SignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api('GET', '/settings', undefined, key.trim());
      session.signIn(key.trim());
      onSignedIn();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main class="sign-in">
      <form onSubmit={submit} class="card">
        <h1>Parley console</h1>
        <p>Sign in with a management key (<code>lxm_…</code>). It stays in this tab only and is forgotten when you sign out or close it.</p>
        <label for="key">Management key</label>
        <input id="key" type="password" placeholder="lxm_…" autocomplete="off" spellcheck={false} value={key} onInput={(e) => setKey(e.currentTarget.value)} required />
        <ErrorText error={error} />
        <button type="submit" class="primary" disabled={busy || key.trim() === ''}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}

/** How many conversations wait for a person (escalated), polled for the tab's badge. */
function useEscalatedCount(signedIn: boolean): number | null {
  const [count, setCount] = useState<number | null>(null);
  usePoll(
    async () => {
      if (signedIn) setCount((await api<{ total: number }>('GET', '/conversations?status=escalated&limit=1')).total);
    },
    10_000,
    [signedIn],
  );
  return count;
}

function App() {
  const [signedIn, setSignedIn] = useState(session.key() !== null);
  const [section = 'conversations', ...rest] = useRoute();
  const escalated = useEscalatedCount(signedIn);
  useEffect(() => onUnauthorized(() => {
    session.signOut();
    setSignedIn(false);
  }), []);
  // On a narrow screen the tabs scroll sideways: keep the current one in view.
  useEffect(() => document.querySelector('nav a[aria-current=page]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' }), [section, signedIn]);
  if (!signedIn) return <SignIn onSignedIn={() => setSignedIn(true)} />;
  const current = VIEWS.find((v) => v.path === section) ?? VIEWS[1];
  const View = current.view;
  const signOut = () => {
    session.signOut();
    setSignedIn(false);
    location.hash = '';
  };
  return (
    <div class="shell">
      <header class="top">
        <span class="brand">Parley</span>
        <nav aria-label="Sections">
          {VIEWS.map((v) => (
            <a href={`#/${v.path}`} aria-current={v === current ? 'page' : undefined}>
              {v.title}
              {v.path === 'conversations' && escalated ? (
                <span class="nav-count" title={`${escalated} escalated`}>
                  {escalated}
                  <span class="visually-hidden"> escalated</span>
                </span>
              ) : null}
            </a>
          ))}
        </nav>
        <button type="button" class="sign-out" onClick={signOut}>
          Sign out
        </button>
      </header>
      <main class="content" id="main">
        <View params={rest} />
      </main>
    </div>
  );
}

render(<App />, document.getElementById('app')!);
