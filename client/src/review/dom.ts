/** A small element builder: the review builds its DOM from text, never from HTML strings. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: Array<Node | string | null | undefined | false>
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (name === 'text') element.textContent = String(value);
    else element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) element.append(child);
  return element;
}

export interface Span {
  start: number;
  end: number;
  className: string;
  title?: string;
  data?: Record<string, string>;
}

/** Text with spans marked (<mark>), for mentions in a paragraph or the names in a sentence; overlaps keep the first. */
export function marked(text: string, spans: Span[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (span.start < at || span.end > text.length) continue;
    fragment.append(text.slice(at, span.start));
    const mark = el('mark', { class: span.className, title: span.title }, text.slice(span.start, span.end));
    for (const [key, value] of Object.entries(span.data ?? {})) mark.dataset[key] = value;
    fragment.append(mark);
    at = span.end;
  }
  fragment.append(text.slice(at));
  return fragment;
}

/** Where words occur in a text (each occurrence), for highlighting the ends of a proposed fact in its sentence. */
export function occurrences(text: string, words: string, className: string): Span[] {
  const spans: Span[] = [];
  if (!words) return spans;
  const lower = text.toLowerCase();
  const target = words.toLowerCase();
  const letter = (char: string | undefined) => char !== undefined && /\p{L}/u.test(char);
  for (let i = lower.indexOf(target); i >= 0; i = lower.indexOf(target, i + target.length)) {
    // Whole words only: "Russia" is not marked inside "Russian".
    if (!letter(text[i - 1]) && !letter(text[i + target.length])) spans.push({ start: i, end: i + target.length, className });
  }
  return spans;
}
