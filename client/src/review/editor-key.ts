import { el } from './dom';

/**
 * The editor key for writes, asked for once per tab and kept in sessionStorage only (gone when the tab
 * closes, never in localStorage or a cookie), with the reviewer's name for the record of decisions.
 */
const KEY = 'orgraph.editorKey';
const NAME = 'orgraph.reviewer';

export const storedKey = (): string | null => sessionStorage.getItem(KEY);
export const reviewerName = (): string => sessionStorage.getItem(NAME) || 'explorer';
export const forgetKey = (): void => sessionStorage.removeItem(KEY);

/** The stored key, or a form in `container` asking for it (resolves when given, null when cancelled). */
export function editorKey(container: HTMLElement, why: string): Promise<string | null> {
  const known = storedKey();
  if (known) return Promise.resolve(known);
  return new Promise((resolve) => {
    const key = el('input', { type: 'password', id: 'editor-key', autocomplete: 'off', required: true, minlength: '16' });
    const name = el('input', { type: 'text', id: 'reviewer-name', value: sessionStorage.getItem(NAME) ?? '', placeholder: 'shown with your decisions' });
    const form = el(
      'form',
      { class: 'editor-key-form', 'aria-label': 'Editor key' },
      el('p', { text: `${why} needs an editor key (one of the server's ORGRAPH_EDITOR_KEYS). It is kept in this tab only.` }),
      el('label', { for: 'editor-key', text: 'Editor key' }),
      key,
      el('label', { for: 'reviewer-name', text: 'Your name' }),
      name,
      el('div', { class: 'actions' }, el('button', { type: 'submit', text: 'Use this key' }), el('button', { type: 'button', class: 'cancel', text: 'Cancel' })),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      sessionStorage.setItem(KEY, key.value.trim());
      if (name.value.trim()) sessionStorage.setItem(NAME, name.value.trim());
      form.remove();
      resolve(key.value.trim());
    });
    form.querySelector('.cancel')!.addEventListener('click', () => {
      form.remove();
      resolve(null);
    });
    container.prepend(form);
    key.focus();
  });
}
