import { escapeHtml } from './text';

/** Where an export stands: its subject, its date, the release it was read at, and the view that reproduces it. */
export interface ExportCaption {
  title: string;
  asOf: string | null;
  url: string;
  /**
   * The release the view was read at (at the latest: the newest release the server said answered the
   * reads shown), so the file says what the graph said when.
   */
  release: number | null;
  /** At the latest, when the reads shown were answered at several releases (a write came between them): the oldest. */
  oldestRelease?: number | null;
  latest: boolean;
}

/** "release 12 (the latest)", "release 3", "releases 11 to 12 (the latest)", or, when the number could not be read, "the latest release (number not known)". */
export function releaseText(caption: Pick<ExportCaption, 'release' | 'latest' | 'oldestRelease'>): string {
  if (caption.release === null) return 'the latest release (number not known)';
  const oldest = caption.oldestRelease ?? caption.release;
  const numbers = oldest < caption.release ? `releases ${oldest} to ${caption.release}` : `release ${caption.release}`;
  return `${numbers}${caption.latest ? ' (the latest)' : ''}`;
}

/** The oldest and newest of the releases that answered the reads of the elements shown (null: none said). */
export function answeredSpan(answeredAt: ReadonlyArray<unknown>): { oldest: number; newest: number } | null {
  const numbers = answeredAt.filter((value): value is number => typeof value === 'number');
  if (numbers.length === 0) return null;
  return numbers.reduce((span, n) => ({ oldest: Math.min(span.oldest, n), newest: Math.max(span.newest, n) }), { oldest: numbers[0]!, newest: numbers[0]! });
}

/** "as of 2010", or "all dates" for a view without a date. */
const dateText = (caption: Pick<ExportCaption, 'asOf'>): string => (caption.asOf ? `as of ${caption.asOf}` : 'all dates');

/** The title line of a picture: "Collective Security Treaty Organization — as of 2010 — release 12 (the latest)". */
export function captionTitle(caption: ExportCaption): string {
  return `${caption.title} — ${dateText(caption)} — ${releaseText(caption)}`;
}

/** The columns every row of a CSV export ends with, so that each row says the release and date it was read at. */
export const CSV_STANDING_COLUMNS = ['release', 'as_of'];
export const csvStanding = (caption: ExportCaption): unknown[] => [caption.release, caption.asOf];

/**
 * An SVG with its caption inside: a <title> (what viewers show as its name) and a <desc> with the
 * release, the date and the link that reproduces the view, as the first children of the root element.
 */
export function svgWithCaption(svg: string, caption: ExportCaption): string {
  const root = /<svg\b[^>]*>/.exec(svg);
  if (!root) throw new Error('The SVG has no root element.');
  const at = root.index + root[0].length;
  const desc = `Orgraph, ${releaseText(caption)}, ${dateText(caption)}: ${caption.url}`;
  return `${svg.slice(0, at)}<title>${escapeHtml(captionTitle(caption))}</title><desc>${escapeHtml(desc)}</desc>${svg.slice(at)}`;
}
