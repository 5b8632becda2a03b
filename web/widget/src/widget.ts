/**
 * The embeddable widget: `<script src="https://<parley>/widget.js" data-org="<slug>" async>`.
 * Adds a launcher button that opens the hosted chat page (`/chat/<slug>?embed=1`) in a panel.
 * Isolation: the launcher and panel live in a shadow root (host CSS cannot reach them, theirs
 * cannot leak out) and the chat itself runs in an iframe of Parley's origin, so the host page
 * never sees the session token. Nothing is shown when the organization does not allow this
 * page's origin (the config request answers 403); the chat page's `frame-ancestors` enforces it.
 *
 * Announces itself with a `parley:widget` event on `document`: `detail.status` is `ready` or `refused`.
 */

interface WidgetConfig {
  agentName: string;
  primaryColor: string;
  chatUrl: string;
}

const WIDGET_CSS = `
:host { all: initial; }
.launcher { position: fixed; right: 20px; bottom: 20px; z-index: 2147483646; width: 56px; height: 56px; border-radius: 50%;
  border: 0; cursor: pointer; background: var(--brand); color: var(--on-brand); box-shadow: 0 4px 14px rgba(0,0,0,.25);
  display: grid; place-items: center; }
.launcher:focus-visible { outline: 3px solid #f59e0b; outline-offset: 3px; }
.panel { position: fixed; right: 20px; bottom: 88px; z-index: 2147483647; width: min(400px, calc(100vw - 40px));
  height: min(620px, calc(100vh - 120px)); border-radius: 14px; overflow: hidden; background: #fff;
  box-shadow: 0 10px 40px rgba(0,0,0,.3); }
.panel[hidden] { display: none; }
iframe { width: 100%; height: 100%; border: 0; display: block; }
`;

function contrastText(hex: string): string {
  const lin = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * lin(1) + 0.7152 * lin(3) + 0.0722 * lin(5);
  return (l + 0.05) / 0.05 > 1.05 / (l + 0.05) ? '#000' : '#fff';
}

function announce(status: 'ready' | 'refused', detail: Record<string, unknown> = {}): void {
  document.dispatchEvent(new CustomEvent('parley:widget', { detail: { status, ...detail } }));
}

const ICON_CHAT =
  '<svg viewBox="0 0 24 24" width="26" height="26" aria-hidden="true" focusable="false"><path fill="currentColor" d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z"/></svg>';
const ICON_CLOSE =
  '<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M5.3 4 12 10.6 18.7 4 20 5.3 13.4 12l6.6 6.7-1.3 1.3-6.7-6.6L5.3 20 4 18.7l6.6-6.7L4 5.3z"/></svg>';

function mount(base: string, config: WidgetConfig): void {
  const host = document.createElement('parley-widget');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = WIDGET_CSS;
  const launcher = document.createElement('button');
  launcher.type = 'button';
  launcher.className = 'launcher';
  launcher.setAttribute('aria-label', `Open chat with ${config.agentName}`);
  launcher.setAttribute('aria-expanded', 'false');
  launcher.innerHTML = ICON_CHAT;
  launcher.style.setProperty('--brand', config.primaryColor);
  launcher.style.setProperty('--on-brand', contrastText(config.primaryColor));
  const panel = document.createElement('div');
  panel.className = 'panel';
  panel.hidden = true;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-label', `Chat with ${config.agentName}`);
  root.append(style, panel, launcher);
  document.body.appendChild(host);

  let frame: HTMLIFrameElement | undefined;
  const setOpen = (open: boolean) => {
    if (open && !frame) {
      frame = document.createElement('iframe');
      frame.title = `Chat with ${config.agentName}`;
      frame.src = `${base}${config.chatUrl}?embed=1`;
      frame.setAttribute('allow', 'clipboard-write');
      panel.appendChild(frame);
    }
    panel.hidden = !open;
    launcher.setAttribute('aria-expanded', String(open));
    launcher.setAttribute('aria-label', open ? `Close chat with ${config.agentName}` : `Open chat with ${config.agentName}`);
    launcher.innerHTML = open ? ICON_CLOSE : ICON_CHAT;
    if (open) frame?.focus();
    else launcher.focus();
  };
  launcher.addEventListener('click', () => setOpen(panel.hasAttribute('hidden')));
  root.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key === 'Escape' && !panel.hasAttribute('hidden')) setOpen(false);
  });
  window.addEventListener('message', (e) => {
    if (e.origin === base && frame && e.source === frame.contentWindow && (e.data as { type?: string })?.type === 'parley:close') setOpen(false);
  });
  announce('ready', { agentName: config.agentName });
}

async function main(script: HTMLScriptElement | null): Promise<void> {
  const slug = script?.dataset.org;
  if (!script || !slug) {
    console.warn('Parley widget: add data-org="<organization slug>" to the script tag.');
    return;
  }
  const base = new URL(script.src).origin;
  let response: Response;
  try {
    response = await fetch(`${base}/api/v1/public/${encodeURIComponent(slug)}/widget`, { credentials: 'omit' });
  } catch {
    console.warn('Parley widget: this site is not allowed to use this chat, or Parley is unreachable.');
    announce('refused');
    return;
  }
  if (!response.ok) {
    console.warn(`Parley widget: the chat "${slug}" is not available here (HTTP ${response.status}).`);
    announce('refused', { httpStatus: response.status });
    return;
  }
  const config = (await response.json()) as WidgetConfig;
  if (document.body) mount(base, config);
  else document.addEventListener('DOMContentLoaded', () => mount(base, config), { once: true });
}

void main(document.currentScript as HTMLScriptElement | null);
export {};
