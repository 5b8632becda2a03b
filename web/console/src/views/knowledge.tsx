/**
 * Knowledge: articles master-detail. The list searches in full text (the API's ?q=, best match
 * first); the detail edits title, category and Markdown with a sanitised preview, and archives.
 */
import { useEffect, useState } from 'preact/hooks';
import { api, query } from '../api.ts';
import { timeAgo } from '../format.ts';
import type { Article } from '../types.ts';
import { ErrorText, Markdown, messageOf } from '../ui.tsx';

type Draft = Pick<Article, 'title' | 'content'> & { category: string };
const EMPTY: Draft = { title: '', content: '', category: '' };

export function Knowledge({ params }: { params: string[] }) {
  const selected = params[0] ?? null;
  const [articles, setArticles] = useState<Article[]>([]);
  const [total, setTotal] = useState(0);
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  const [archived, setArchived] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    api<{ articles: Article[]; total: number }>('GET', `/knowledge${query({ q, includeArchived: archived || undefined, limit: 100 })}`)
      .then((page) => {
        setArticles(page.articles);
        setTotal(page.total);
        setError(null);
      })
      .catch((err) => setError(messageOf(err)));
  }, [q, archived, version]);

  return (
    <section aria-labelledby="knowledge-title">
      <h1 id="knowledge-title">Knowledge</h1>
      <div class="master-detail">
        <div class="master">
          <form
            role="search"
            onSubmit={(e) => {
              e.preventDefault();
              setQ(search.trim());
            }}
          >
            <label for="article-search" class="visually-hidden">Search articles</label>
            <input id="article-search" type="search" placeholder="Search articles" value={search} onInput={(e) => setSearch(e.currentTarget.value)} />
            <button type="submit">Search</button>
          </form>
          <div class="row">
            <a class="button primary" href="#/knowledge/new">New article</a>
            <label class="check">
              <input type="checkbox" checked={archived} onChange={(e) => setArchived(e.currentTarget.checked)} /> Show archived
            </label>
          </div>
          <ErrorText error={error} />
          <p class="count">{q ? `${total} found for "${q}"` : `${total} article${total === 1 ? '' : 's'}`}</p>
          <ul class="article-list">
            {articles.map((a) => (
              <li>
                <a href={`#/knowledge/${a.id}`} aria-current={a.id === selected ? 'true' : undefined}>
                  <strong>{a.title}</strong>
                  <span class="muted">
                    {a.category ?? 'Uncategorised'} · {a.archived ? 'archived' : `updated ${timeAgo(a.updatedAt)}`}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </div>
        <div class="detail">
          {selected ? (
            <ArticleEditor key={selected} id={selected} onSaved={() => setVersion((v) => v + 1)} />
          ) : (
            <p class="muted">Choose an article, or create a new one.</p>
          )}
        </div>
      </div>
    </section>
  );
}

function ArticleEditor({ id, onSaved }: { id: string; onSaved: () => void }) {
  const isNew = id === 'new';
  const [article, setArticle] = useState<Article | null>(null);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [tab, setTab] = useState<'write' | 'preview'>('write');

  useEffect(() => {
    if (isNew) return;
    api<Article>('GET', `/knowledge/${encodeURIComponent(id)}`)
      .then((a) => {
        setArticle(a);
        setDraft({ title: a.title, content: a.content, category: a.category ?? '' });
      })
      .catch((err) => setError(messageOf(err)));
  }, [id]);

  const save = async (event: Event) => {
    event.preventDefault();
    setError(null);
    const body = { title: draft.title.trim(), content: draft.content, category: draft.category.trim() || null };
    try {
      const saved = isNew ? await api<Article>('POST', '/knowledge', body) : await api<Article>('PATCH', `/knowledge/${encodeURIComponent(id)}`, body);
      setArticle(saved);
      setNotice(isNew ? 'Article created.' : 'Saved.');
      onSaved();
      if (isNew) location.hash = `#/knowledge/${saved.id}`;
    } catch (err) {
      setError(messageOf(err));
    }
  };
  const archive = async () => {
    if (!confirm(`Archive "${draft.title}"? The support agent stops using it.`)) return;
    try {
      setArticle(await api<Article>('DELETE', `/knowledge/${encodeURIComponent(id)}`));
      setNotice('Archived.');
      onSaved();
    } catch (err) {
      setError(messageOf(err));
    }
  };
  const field = (name: keyof Draft) => (e: Event) => setDraft({ ...draft, [name]: (e.currentTarget as HTMLInputElement).value });

  return (
    <form class="card editor" onSubmit={save} aria-label={isNew ? 'New article' : 'Edit article'}>
      <h2>{isNew ? 'New article' : article?.archived ? 'Archived article' : 'Edit article'}</h2>
      <label for="article-title">Title</label>
      <input id="article-title" value={draft.title} onInput={field('title')} required maxLength={200} />
      <label for="article-category">Category</label>
      <input id="article-category" value={draft.category} onInput={field('category')} maxLength={80} />
      <div class="tabs" role="tablist" aria-label="Content">
        <button type="button" role="tab" aria-selected={tab === 'write'} onClick={() => setTab('write')}>Write</button>
        <button type="button" role="tab" aria-selected={tab === 'preview'} onClick={() => setTab('preview')}>Preview</button>
      </div>
      {tab === 'write' ? (
        <>
          <label for="article-content">Content (Markdown)</label>
          <textarea id="article-content" rows={14} value={draft.content} onInput={field('content')} required />
        </>
      ) : (
        <Markdown class="preview-pane" text={draft.content} />
      )}
      <ErrorText error={error} />
      {notice && <p class="notice" role="status">{notice}</p>}
      <div class="row">
        <button type="submit" class="primary" disabled={article?.archived}>
          {isNew ? 'Create article' : 'Save'}
        </button>
        {!isNew && article && !article.archived && (
          <button type="button" class="danger" onClick={archive}>
            Archive
          </button>
        )}
      </div>
    </form>
  );
}
