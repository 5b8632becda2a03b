/**
 * Assistant text (model output and article text: untrusted) as safe HTML: Markdown by marked,
 * then DOMPurify. Only http(s) and mailto links survive, each opening in a new tab without a
 * referrer or opener; images only from this origin (the page's CSP refuses others anyway).
 */
import DOMPurify from 'dompurify';
import { Marked } from 'marked';

const marked = new Marked({ gfm: true, breaks: true, async: false });

const SAFE_LINK = /^(?:https?:|mailto:)/i;

let hooked = false;
function hook(): void {
  if (hooked) return;
  hooked = true;
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') {
      const href = node.getAttribute('href') ?? '';
      if (!SAFE_LINK.test(href.trim())) node.removeAttribute('href');
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
    if (node.tagName === 'IMG') {
      const src = node.getAttribute('src') ?? '';
      let own = false;
      try {
        own = new URL(src, location.href).origin === location.origin;
      } catch {
        own = false;
      }
      if (!own) node.remove();
    }
  });
}

export function renderMarkdown(text: string): string {
  hook();
  const html = marked.parse(text) as string;
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS: ['p', 'br', 'strong', 'em', 'b', 'i', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'h1', 'h2', 'h3', 'h4', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'del', 'img'],
    ALLOWED_ATTR: ['href', 'title', 'alt', 'src'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|\/(?!\/)|#)/i,
  });
}
