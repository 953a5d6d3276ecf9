import { ApiError, request } from '../api';
import type { TextFormat } from '../generated/graphql';
import { el } from './dom';
import { editorKey, forgetKey } from './editor-key';
import { PreviewSourceMutation } from './queries';
import { proposalSummary } from './queue';
import { renderSource, type SourceReview } from './source-view';

type Format = 'text/plain' | 'text/markdown' | 'text/html';

const GRAPHQL_FORMAT: Record<Format, TextFormat> = { 'text/plain': 'PLAIN', 'text/markdown': 'MARKDOWN', 'text/html': 'HTML' };

/**
 * What reading the text would give, as a dry run that writes nothing: the text with its mentions
 * highlighted, and the facts it would propose, each NEW, SUPPORTS_EXISTING or CONFLICTS (with the fact
 * the graph has).
 */
async function showPreview(target: HTMLElement, key: string, metadata: Record<string, string>, text: string, format: Format): Promise<void> {
  const optional = (value: string) => value.trim() || null;
  const { ingestSource: dry } = await request(
    PreviewSourceMutation,
    {
      source: {
        title: metadata.title!,
        publisher: optional(metadata.publisher!),
        published: optional(metadata.published!),
        url: optional(metadata.url!),
        language: optional(metadata.language!),
        text,
        format: GRAPHQL_FORMAT[format],
      },
    },
    key,
  );
  const counts = (relation: string) => dry.proposals.filter((p) => p.relation === relation).length;
  const source = el('div', { class: 'preview-source' });
  renderSource(source, { ...dry.source, mentions: dry.mentions, proposals: dry.proposals } as SourceReview, null);
  target.replaceChildren(
    el('h3', { text: 'Preview' }),
    el('p', {
      class: 'meta preview-summary',
      text: `Nothing is stored until you Add. ${dry.mentions.length} mentions; ${dry.proposals.length} proposed facts: ${counts('NEW')} new, ${counts('SUPPORTS_EXISTING')} supporting existing, ${counts('CONFLICTS')} in conflict.${dry.created ? '' : ' This text was read before: Add shows its source.'}`,
    }),
    source,
    el('ol', { class: 'preview-proposals', 'aria-label': 'Facts it would propose' }, ...dry.proposals.map(proposalSummary)),
  );
  if (dry.proposals.length === 0) target.querySelector('.preview-proposals')!.append(el('li', { class: 'meta', text: 'No facts proposed.' }));
  target.scrollIntoView({ block: 'start' });
}

const formatOfFile = (name: string): Format | null =>
  /\.html?$/i.test(name) ? 'text/html' : /\.(md|markdown)$/i.test(name) ? 'text/markdown' : /\.txt$/i.test(name) ? 'text/plain' : null;

/** Sends a text to POST /sources with its metadata; the answer, or an error message from the server. */
async function postSource(key: string, body: string, format: Format, metadata: Record<string, string>): Promise<{ sourceId: string; created: boolean; proposals: number; mentions: number }> {
  const query = new URLSearchParams(Object.entries(metadata).filter(([, value]) => value.trim() !== ''));
  const response = await fetch(`/sources?${query}`, { method: 'POST', headers: { 'content-type': `${format}; charset=utf-8`, authorization: `Bearer ${key}` }, body });
  const answer = (await response.json().catch(() => null)) as { error?: string; source?: { id: string }; created?: boolean; proposals?: unknown[]; mentions?: unknown[] } | null;
  if (response.status === 401) forgetKey();
  if (!response.ok || !answer?.source) throw new Error(answer?.error ?? `The server answered ${response.status}.`);
  return { sourceId: answer.source.id, created: Boolean(answer.created), proposals: answer.proposals?.length ?? 0, mentions: answer.mentions?.length ?? 0 };
}

/**
 * "Add source": paste a text or drop a .txt, .md or .html file, give its title and what else is known,
 * and it is read into the graph (HTML is reduced to its text on the server). Calls `done` with the source.
 */
export function renderAddSource(container: HTMLElement, done: (sourceId: string, message: string) => void): void {
  let format: Format = 'text/plain';
  const field = (id: string, label: string, attributes: Record<string, string | boolean> = {}) => {
    const input = el('input', { id: `source-${id}`, name: id, type: 'text', ...attributes });
    return { input, nodes: [el('label', { for: `source-${id}`, text: label }), input] };
  };
  const title = field('title', 'Title', { required: true });
  const publisher = field('publisher', 'Publisher');
  const published = field('published', 'Published', { placeholder: '2025-11-27' });
  const url = field('url', 'URL');
  const language = field('language', 'Language', { placeholder: 'en, ru' });
  const text = el('textarea', { id: 'source-text', rows: '14', placeholder: 'Paste the article here, or drop a .txt, .md or .html file.', required: true });
  const file = el('input', { type: 'file', id: 'source-file', accept: '.txt,.md,.markdown,.html,.htm' });
  const note = el('p', { class: 'meta', id: 'source-format', text: 'Plain text: paragraphs separated by blank lines.' });
  const error = el('p', { class: 'error', role: 'alert' });
  const submit = el('button', { type: 'submit', text: 'Add' });
  const preview = el('button', { type: 'button', id: 'source-preview', text: 'Preview' });
  const previewPane = el('section', { class: 'add-source-preview', 'aria-label': 'Preview' });
  const form = el(
    'form',
    { class: 'add-source', 'aria-label': 'Add source' },
    el('h2', { text: 'Add source' }),
    el('div', { class: 'fields' }, ...title.nodes, ...publisher.nodes, ...published.nodes, ...url.nodes, ...language.nodes),
    el('label', { for: 'source-text', text: 'Text' }),
    text,
    el('div', { class: 'file-row' }, el('label', { for: 'source-file', text: 'or a file:' }), file, note),
    error,
    el('div', { class: 'actions' }, preview, submit, el('span', { class: 'meta', text: 'Preview reads the text and stores nothing; Add stores it.' })),
  );
  const metadata = () => ({ title: title.input.value, publisher: publisher.input.value, published: published.input.value, url: url.input.value, language: language.input.value });

  const load = async (chosen: File) => {
    const kind = formatOfFile(chosen.name);
    if (!kind) {
      error.textContent = `${chosen.name}: only .txt, .md and .html files can be read.`;
      return;
    }
    format = kind;
    text.value = await chosen.text();
    previewPane.replaceChildren();
    if (!title.input.value) title.input.value = chosen.name.replace(/\.[^.]+$/, '');
    note.textContent = kind === 'text/html' ? `${chosen.name}: HTML, reduced to its text on the server (no scripts, no markup).` : `${chosen.name}: ${kind === 'text/markdown' ? 'Markdown' : 'plain text'}.`;
    error.textContent = '';
  };
  file.addEventListener('change', () => {
    if (file.files?.[0]) void load(file.files[0]);
  });
  // A pasted or typed text is plain text again, whatever file was dropped before; a preview of the text before is gone.
  text.addEventListener('input', () => {
    format = 'text/plain';
    previewPane.replaceChildren();
    note.textContent = 'Plain text: paragraphs separated by blank lines.';
  });
  form.addEventListener('dragover', (event) => {
    event.preventDefault();
    form.classList.add('dragging');
  });
  form.addEventListener('dragleave', () => form.classList.remove('dragging'));
  form.addEventListener('drop', (event) => {
    event.preventDefault();
    form.classList.remove('dragging');
    const dropped = event.dataTransfer?.files[0];
    if (dropped) void load(dropped);
  });
  preview.addEventListener('click', async () => {
    error.textContent = '';
    if (!form.reportValidity()) return;
    const key = await editorKey(container, 'Previewing a source');
    if (!key) return;
    preview.disabled = true;
    preview.textContent = 'Reading…';
    try {
      await showPreview(previewPane, key, metadata(), text.value, format);
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === 'UNAUTHENTICATED') forgetKey();
      error.textContent = (failure as Error).message;
    } finally {
      preview.disabled = false;
      preview.textContent = 'Preview';
    }
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    const key = await editorKey(container, 'Adding a source');
    if (!key) return;
    submit.disabled = true;
    submit.textContent = 'Reading…';
    try {
      const result = await postSource(key, text.value, format, metadata());
      done(
        result.sourceId,
        `${result.created ? 'Source added' : 'This text was read before: its source is shown'}: ${result.mentions} mentions, ${result.proposals} proposed facts.`,
      );
    } catch (failure) {
      error.textContent = (failure as Error).message;
    } finally {
      submit.disabled = false;
      submit.textContent = 'Add';
    }
  });
  container.replaceChildren(form, previewPane);
  title.input.focus();
}
