/**
 * The hosted chat page's HTML: the built `dist/web/chat/index.html` with the organization's
 * branding filled in as JSON data (never as markup), and a 404 page for unknown slugs. The
 * page holds no key: it asks `POST /api/v1/public/{slug}/sessions` for a session token.
 */
import type { Branding, PublicChat } from '../settings/settings.ts';
import { readBuilt } from './web-assets.ts';

const PLACEHOLDER = '<!--parley-head-->';

/** What the page script reads from `<script type="application/json" id="parley-config">`. */
export interface PageConfig {
  orgSlug: string;
  orgName: string;
  branding: Branding;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** JSON safe inside a `<script>` element: no `<`, so no `</script>` or `<!--`. */
const scriptJson = (value: unknown) =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

let template: string | undefined;

/** The page for `config`, or `undefined` when the front end is not built. */
export function renderChatPage(config: PageConfig): string | undefined {
  template ??= readBuilt('chat', 'index.html');
  if (template === undefined) return undefined;
  const head =
    `<title>${escapeHtml(`${config.branding.agentName} · ${config.orgName}`)}</title>\n` +
    `<meta name="theme-color" content="${escapeHtml(config.branding.primaryColor)}">\n` +
    `<script type="application/json" id="parley-config">${scriptJson(config)}</script>`;
  // The branding is in the markup too (escaped), so the page reads right before its script runs
  // and without it; the script replaces this with the live chat.
  const b = config.branding;
  const body =
    `<div id="app"><div class="prerender"><p class="agent-name">${escapeHtml(b.agentName)}</p>` +
    `<h1>${escapeHtml(b.welcomeHeading)}</h1><p>${escapeHtml(b.welcomeSubheading)}</p>` +
    '<noscript><p>This chat needs JavaScript.</p></noscript></div></div>';
  return template
    .replace(/<title>[^<]*<\/title>\s*/, '')
    .replace(PLACEHOLDER, head)
    .replace('<div id="app"></div>', body);
}

/**
 * The Content-Security-Policy of the page: only Parley's own scripts, styles, images and
 * connections (so a reply's Markdown image cannot call another host), and framed only by the
 * origins the organization allows (any, when its list is empty).
 */
export function chatPageCsp(policy: PublicChat): string {
  const ancestors = policy.allowedOrigins.length === 0 ? '*' : ["'self'", ...policy.allowedOrigins].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${ancestors}`,
  ].join('; ');
}

export const NOT_FOUND_PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Chat not found</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:0;display:grid;place-items:center;min-height:100vh;background:#f8fafc;color:#0f172a}main{max-width:28rem;padding:2rem;text-align:center}</style>
</head>
<body><main><h1>Chat not found</h1><p>There is no chat at this address. Check the link you were given.</p></main></body>
</html>
`;
