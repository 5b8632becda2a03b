/**
 * Settings and branding: every setting of the agent in one form, saved as one PATCH that answers
 * the exact changes; beside it a live preview of the hosted chat's look (name, colour, welcome).
 */
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.ts';
import { changeText } from '../format.ts';
import type { Settings, SettingChange } from '../types.ts';
import { ErrorText, messageOf } from '../ui.tsx';

interface Form {
  businessContext: string;
  tone: string;
  businessRules: string;
  escalationRules: string;
  agentName: string;
  primaryColor: string;
  welcomeHeading: string;
  welcomeSubheading: string;
  publicChatEnabled: boolean;
  allowedOrigins: string;
}

const toForm = (s: Settings): Form => ({
  businessContext: s.businessContext,
  tone: s.tone,
  businessRules: s.businessRules,
  escalationRules: s.escalationRules.join('\n'),
  ...s.branding,
  publicChatEnabled: s.publicChat?.enabled ?? true,
  allowedOrigins: (s.publicChat?.allowedOrigins ?? []).join('\n'),
});

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);
const HEX = /^#[0-9a-fA-F]{6}$/;

export function SettingsView() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [form, setForm] = useState<Form | null>(null);
  const [changes, setChanges] = useState<SettingChange[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api<Settings>('GET', '/settings')
      .then((s) => {
        setSettings(s);
        setForm(toForm(s));
      })
      .catch((err) => setError(messageOf(err)));
  }, []);
  if (!form || !settings) return <section><h1>Settings</h1><ErrorText error={error} />{!error && <p>Loading…</p>}</section>;

  const set = (name: keyof Form) => (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    setForm({ ...form, [name]: input.type === 'checkbox' ? input.checked : input.value });
  };
  const save = async (event: Event) => {
    event.preventDefault();
    setError(null);
    const patch: Record<string, unknown> = {
      businessContext: form.businessContext,
      tone: form.tone.trim(),
      businessRules: form.businessRules,
      escalationRules: lines(form.escalationRules),
      branding: { agentName: form.agentName.trim(), primaryColor: form.primaryColor, welcomeHeading: form.welcomeHeading, welcomeSubheading: form.welcomeSubheading },
    };
    if (settings.publicChat) patch.publicChat = { enabled: form.publicChatEnabled, allowedOrigins: lines(form.allowedOrigins) };
    try {
      const result = await api<{ settings: Settings; changes: SettingChange[] }>('PATCH', '/settings', patch);
      setSettings(result.settings);
      setForm(toForm(result.settings));
      setChanges(result.changes);
    } catch (err) {
      setError(messageOf(err));
    }
  };
  const color = HEX.test(form.primaryColor) ? form.primaryColor : settings.branding.primaryColor;

  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">Settings and branding</h1>
      <div class="settings-layout">
        <form class="card settings-form" onSubmit={save}>
          <h2>Agent</h2>
          <label for="s-context">Business context</label>
          <textarea id="s-context" rows={4} value={form.businessContext} onInput={set('businessContext')} maxLength={8000} />
          <label for="s-tone">Tone</label>
          <input id="s-tone" value={form.tone} onInput={set('tone')} maxLength={200} />
          <label for="s-rules">Business rules</label>
          <textarea id="s-rules" rows={4} value={form.businessRules} onInput={set('businessRules')} maxLength={8000} />
          <label for="s-escalation">Escalation rules (one per line)</label>
          <textarea id="s-escalation" rows={3} value={form.escalationRules} onInput={set('escalationRules')} />
          <h2>Branding</h2>
          <label for="s-name">Agent name</label>
          <input id="s-name" value={form.agentName} onInput={set('agentName')} />
          <label for="s-color">Primary colour</label>
          <div class="row">
            <input id="s-color" value={form.primaryColor} onInput={set('primaryColor')} pattern="#[0-9a-fA-F]{6}" aria-describedby="s-color-hint" />
            <input type="color" aria-label="Pick the primary colour" value={color} onInput={set('primaryColor')} />
          </div>
          <small id="s-color-hint" class="muted">A hex colour such as #2563EB.</small>
          <label for="s-heading">Welcome heading</label>
          <input id="s-heading" value={form.welcomeHeading} onInput={set('welcomeHeading')} />
          <label for="s-subheading">Welcome subheading</label>
          <input id="s-subheading" value={form.welcomeSubheading} onInput={set('welcomeSubheading')} />
          {settings.publicChat && (
            <>
              <h2>Public chat</h2>
              <label class="check">
                <input type="checkbox" checked={form.publicChatEnabled} onChange={set('publicChatEnabled')} /> Hosted chat page and widget enabled
              </label>
              <label for="s-origins">Allowed origins for the widget (one per line)</label>
              <textarea id="s-origins" rows={3} value={form.allowedOrigins} onInput={set('allowedOrigins')} />
            </>
          )}
          <ErrorText error={error} />
          {changes && (
            <div class="notice" role="status">
              {changes.length === 0 ? 'Nothing changed.' : <>Saved: <ul>{changes.map((c) => <li>{changeText(c)}</li>)}</ul></>}
            </div>
          )}
          <button type="submit" class="primary">Save settings</button>
        </form>
        <ChatPreview form={form} color={color} />
      </div>
    </section>
  );
}

/** How the hosted chat looks with these (unsaved) values. */
function ChatPreview({ form, color }: { form: Form; color: string }) {
  return (
    <aside class="chat-preview" aria-label="Preview of the hosted chat">
      <div class="preview-header" style={{ background: color }}>
        <span class="avatar" aria-hidden="true">{(form.agentName.trim() || '?').slice(0, 1).toUpperCase()}</span>
        <span>{form.agentName || 'Assistant'}</span>
      </div>
      <div class="preview-body">
        <p class="preview-heading">{form.welcomeHeading}</p>
        <p class="preview-subheading">{form.welcomeSubheading}</p>
        <div class="preview-bubble customer" style={{ background: color }}>Where is my order?</div>
        <div class="preview-bubble agent">It ships within two days. Anything else I can help with?</div>
      </div>
      <div class="preview-input">
        <span>Type a message…</span>
        <span class="preview-send" style={{ background: color }} aria-hidden="true">➤</span>
      </div>
    </aside>
  );
}
