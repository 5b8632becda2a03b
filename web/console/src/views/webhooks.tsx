/**
 * Webhooks (issue 14's endpoints): endpoints with their events, the signing secret shown once at
 * creation, enable/disable and delete; the deliveries of one endpoint with a redeliver button.
 */
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.ts';
import { fullTime, timeAgo } from '../format.ts';
import type { Delivery, Webhook } from '../types.ts';
import { ErrorText, actionRunner, messageOf, usePoll } from '../ui.tsx';

const EVENTS = ['conversation.created', 'conversation.escalated', 'conversation.resolved', 'message.created', 'feedback.created'];

export function Webhooks() {
  const [hooks, setHooks] = useState<Webhook[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<string[]>(['conversation.escalated']);
  const [secret, setSecret] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);

  const load = () =>
    api<{ webhooks: Webhook[] }>('GET', '/webhooks')
      .then((r) => setHooks(r.webhooks))
      .catch((err) => setError(messageOf(err)));
  useEffect(() => void load(), []);
  const run = actionRunner(load, setError);
  const create = (event: Event) => {
    event.preventDefault();
    void run(async () => {
      const made = await api<Webhook & { secret: string }>('POST', '/webhooks', { url: url.trim(), events });
      setSecret(made.secret);
      setUrl('');
    });
  };
  const toggle = (name: string) => setEvents(events.includes(name) ? events.filter((e) => e !== name) : [...events, name]);

  return (
    <section aria-labelledby="webhooks-title">
      <h1 id="webhooks-title">Webhooks</h1>
      <form class="card" onSubmit={create} aria-label="Add an endpoint">
        <label for="hook-url">Endpoint URL</label>
        <input id="hook-url" type="url" required placeholder="https://example.com/parley" value={url} onInput={(e) => setUrl(e.currentTarget.value)} />
        <fieldset>
          <legend>Events</legend>
          {EVENTS.map((name) => (
            <label class="check">
              <input type="checkbox" checked={events.includes(name)} onChange={() => toggle(name)} /> {name}
            </label>
          ))}
        </fieldset>
        <button type="submit" class="primary" disabled={events.length === 0}>Add endpoint</button>
      </form>
      {secret && (
        <div class="card new-key" role="status">
          <p><strong>Signing secret</strong> (shown once):</p>
          <div class="row">
            <code class="secret">{secret}</code>
            <button type="button" onClick={() => void navigator.clipboard.writeText(secret)}>Copy</button>
            <button type="button" onClick={() => setSecret(null)}>Done</button>
          </div>
        </div>
      )}
      <ErrorText error={error} />
      <ul class="hook-list">
        {hooks?.length === 0 && <li class="muted">No endpoints yet.</li>}
        {hooks?.map((h) => (
          <li class="card">
            <div class="row wrap">
              <code class="grow">{h.url}</code>
              <span class={`badge ${h.enabled ? 'badge-active' : 'badge-abandoned'}`}>{h.enabled ? 'enabled' : 'disabled'}</span>
              <button type="button" onClick={() => run(() => api('PATCH', `/webhooks/${h.id}`, { enabled: !h.enabled }))}>{h.enabled ? 'Disable' : 'Enable'}</button>
              <button type="button" onClick={() => setOpen(open === h.id ? null : h.id)} aria-expanded={open === h.id}>Deliveries</button>
              <button type="button" class="danger" onClick={() => confirm(`Delete ${h.url}?`) && run(() => api('DELETE', `/webhooks/${h.id}`))}>Delete</button>
            </div>
            <p class="muted">{h.events.join(', ')}{h.disabledReason ? ` · ${h.disabledReason}` : ''}</p>
            {open === h.id && <Deliveries webhookId={h.id} />}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Deliveries({ webhookId }: { webhookId: string }) {
  const [deliveries, setDeliveries] = useState<Delivery[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const base = `/webhooks/${encodeURIComponent(webhookId)}/deliveries`;
  const load = () =>
    api<{ deliveries: Delivery[] }>('GET', base)
      .then((r) => setDeliveries(r.deliveries))
      .catch((err) => setError(messageOf(err)));
  // Attempts go on in the background: the table follows them while it is open.
  usePoll(load, 4000, [webhookId]);
  const redeliver = (id: string) =>
    api('POST', `${base}/${encodeURIComponent(id)}/redeliver`).then(load, (err) => setError(messageOf(err)));
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label="Deliveries table">
      <ErrorText error={error} />
      <table>
        <caption class="visually-hidden">Deliveries</caption>
        <thead>
          <tr><th scope="col">Event</th><th scope="col">Status</th><th scope="col">Attempts</th><th scope="col">Response</th><th scope="col">Created</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr>
        </thead>
        <tbody>
          {deliveries?.length === 0 && <tr><td colSpan={6} class="muted">No deliveries yet.</td></tr>}
          {deliveries?.map((d) => (
            <tr>
              <td>{d.event}</td>
              <td><span class={`badge delivery-${d.status}`}>{d.status}</span></td>
              <td>{d.attempts}</td>
              <td>{d.lastResponseCode ?? d.lastError ?? '—'}</td>
              <td title={fullTime(d.createdAt)}>{timeAgo(d.createdAt)}</td>
              <td><button type="button" onClick={() => redeliver(d.id)}>Redeliver</button></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
