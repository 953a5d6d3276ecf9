import { el } from './dom';
import { editorKey, forgetKey } from './editor-key';

type Format = 'text/plain' | 'text/markdown' | 'text/html';

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
  const submit = el('button', { type: 'submit', text: 'Read the source' });
  const form = el(
    'form',
    { class: 'add-source', 'aria-label': 'Add source' },
    el('h2', { text: 'Add source' }),
    el('div', { class: 'fields' }, ...title.nodes, ...publisher.nodes, ...published.nodes, ...url.nodes, ...language.nodes),
    el('label', { for: 'source-text', text: 'Text' }),
    text,
    el('div', { class: 'file-row' }, el('label', { for: 'source-file', text: 'or a file:' }), file, note),
    error,
    el('div', { class: 'actions' }, submit),
  );

  const load = async (chosen: File) => {
    const kind = formatOfFile(chosen.name);
    if (!kind) {
      error.textContent = `${chosen.name}: only .txt, .md and .html files can be read.`;
      return;
    }
    format = kind;
    text.value = await chosen.text();
    if (!title.input.value) title.input.value = chosen.name.replace(/\.[^.]+$/, '');
    note.textContent = kind === 'text/html' ? `${chosen.name}: HTML, reduced to its text on the server (no scripts, no markup).` : `${chosen.name}: ${kind === 'text/markdown' ? 'Markdown' : 'plain text'}.`;
    error.textContent = '';
  };
  file.addEventListener('change', () => {
    if (file.files?.[0]) void load(file.files[0]);
  });
  // A pasted or typed text is plain text again, whatever file was dropped before.
  text.addEventListener('input', () => {
    format = 'text/plain';
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
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    const key = await editorKey(container, 'Adding a source');
    if (!key) return;
    submit.disabled = true;
    submit.textContent = 'Reading…';
    try {
      const result = await postSource(key, text.value, format, {
        title: title.input.value,
        publisher: publisher.input.value,
        published: published.input.value,
        url: url.input.value,
        language: language.input.value,
      });
      done(
        result.sourceId,
        `${result.created ? 'Source added' : 'This text was read before: its source is shown'}: ${result.mentions} mentions, ${result.proposals} proposed facts.`,
      );
    } catch (failure) {
      error.textContent = (failure as Error).message;
    } finally {
      submit.disabled = false;
      submit.textContent = 'Read the source';
    }
  });
  container.replaceChildren(form);
  title.input.focus();
}
