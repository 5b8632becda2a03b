/**
 * API keys (issue 14's endpoints): the organization's keys masked (last four characters), a new
 * key shown once with a copy button, revoking with a confirmation.
 */
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.ts';
import { fullTime, timeAgo } from '../format.ts';
import type { ApiKey } from '../types.ts';
import { ErrorText, messageOf } from '../ui.tsx';

export function Keys() {
  const [keys, setKeys] = useState<ApiKey[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [type, setType] = useState<ApiKey['type']>('customer');
  const [label, setLabel] = useState('');
  const [created, setCreated] = useState<(ApiKey & { key: string }) | null>(null);
  const [copied, setCopied] = useState(false);

  const load = () =>
    api<{ keys: ApiKey[] }>('GET', '/keys')
      .then((r) => setKeys(r.keys))
      .catch((err) => setError(messageOf(err)));
  useEffect(() => void load(), []);

  const create = async (event: Event) => {
    event.preventDefault();
    setError(null);
    try {
      setCreated(await api('POST', '/keys', { type, ...(label.trim() ? { label: label.trim() } : {}) }));
      setCopied(false);
      setLabel('');
      await load();
    } catch (err) {
      setError(messageOf(err));
    }
  };
  const revoke = async (key: ApiKey) => {
    if (!confirm(`Revoke the ${key.type} key ending in ${key.last4}? Requests made with it will be refused.`)) return;
    setError(null);
    try {
      await api('DELETE', `/keys/${encodeURIComponent(key.id)}`);
      await load();
    } catch (err) {
      setError(messageOf(err));
    }
  };
  const copy = async () => {
    if (!created) return;
    await navigator.clipboard.writeText(created.key).then(() => setCopied(true), () => setError('Copying failed: select the key and copy it.'));
  };

  return (
    <section aria-labelledby="keys-title">
      <h1 id="keys-title">API keys</h1>
      <form class="card row wrap" onSubmit={create} aria-label="Create a key">
        <label for="key-type">Type</label>
        <select id="key-type" value={type} onChange={(e) => setType(e.currentTarget.value as ApiKey['type'])}>
          <option value="customer">Customer (lxc_)</option>
          <option value="management">Management (lxm_)</option>
        </select>
        <label for="key-label">Label</label>
        <input id="key-label" value={label} onInput={(e) => setLabel(e.currentTarget.value)} placeholder="e.g. website backend" maxLength={100} />
        <button type="submit" class="primary">Create key</button>
      </form>
      {created && (
        <div class="card new-key" role="status">
          <p>
            <strong>New {created.type} key.</strong> Copy it now: it is shown only once.
          </p>
          <div class="row">
            <code class="secret" data-testid="new-key">{created.key}</code>
            <button type="button" onClick={copy}>{copied ? 'Copied' : 'Copy'}</button>
            <button type="button" onClick={() => setCreated(null)}>Done</button>
          </div>
        </div>
      )}
      <ErrorText error={error} />
      <div class="table-wrap" tabIndex={0} role="region" aria-label="API keys table">
        <table>
          <caption class="visually-hidden">API keys</caption>
          <thead>
            <tr><th scope="col">Key</th><th scope="col">Type</th><th scope="col">Label</th><th scope="col">Created</th><th scope="col">Last used</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr>
          </thead>
          <tbody>
            {keys?.map((k) => (
              <tr data-key-id={k.id}>
                <td><code>{k.type === 'customer' ? 'lxc_' : 'lxm_'}••••{k.last4}</code></td>
                <td>{k.type}</td>
                <td>{k.label ?? <span class="muted">none</span>}</td>
                <td title={fullTime(k.createdAt)}>{timeAgo(k.createdAt)}</td>
                <td>{k.lastUsedAt ? timeAgo(k.lastUsedAt) : <span class="muted">never</span>}</td>
                <td><button type="button" class="danger" onClick={() => revoke(k)} aria-label={`Revoke key ending in ${k.last4}`}>Revoke</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
