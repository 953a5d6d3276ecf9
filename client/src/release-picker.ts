import { request } from './api';
import type { ReleaseFieldsFragment } from './generated/graphql';
import { ReleasesQuery } from './queries';
import { escapeHtml } from './text';

export type ReleaseInfo = ReleaseFieldsFragment;

const PAGE = 50;
const LATEST = 'latest';
const MORE = 'more';

/** How a release reads in a list: "3 · 2026-11-29 · alice · deleteRelationship icmec.part-of.csto". */
export function releaseLabel(release: ReleaseInfo): string {
  const summary = release.summary.length > 60 ? `${release.summary.slice(0, 59)}…` : release.summary;
  return `${release.number} · ${release.committedAt.slice(0, 10)} · ${release.author} · ${summary}`;
}

/** What the banner says when the view is not at the latest release; null when it is. */
export function behindLatest(viewed: number | null, latest: number): string | null {
  if (viewed === null || latest === 0 || viewed >= latest) return null;
  return `Viewing release ${viewed} of ${latest}`;
}

/**
 * The release picker beside "As of": the latest by default, or any release (newest first, pages of 50
 * loaded on demand), and a banner over the graph while the view is not at the latest release.
 */
export class ReleasePicker {
  /** The releases loaded so far, by number. */
  readonly releases = new Map<number, ReleaseInfo>();
  latest = 0;
  private after: string | null = null;
  private hasMore = false;
  private viewed: number | null = null;
  /** The control in the toolbar (its label holds the select). */
  readonly label: HTMLLabelElement;
  private readonly select: HTMLSelectElement;
  private readonly banner: HTMLElement;

  constructor(
    after: HTMLElement,
    graphArea: HTMLElement,
    private readonly pick: (release: number | null) => void,
  ) {
    const label = (this.label = document.createElement('label'));
    label.title = 'What the graph said at a release: every write is one, numbered';
    label.innerHTML = 'Release <select id="release"><option value="latest">latest</option></select>';
    after.after(label);
    this.select = label.querySelector('select')!;
    this.select.addEventListener('change', () => void this.chosen());
    this.banner = document.createElement('div');
    this.banner.id = 'release-banner';
    this.banner.setAttribute('role', 'status');
    this.banner.hidden = true;
    graphArea.prepend(this.banner);
  }

  /** Loads the first page (the newest releases), again after a write. */
  async load(): Promise<void> {
    this.releases.clear();
    this.after = null;
    await this.more();
  }

  private async more(): Promise<void> {
    const data = await request(ReleasesQuery, { first: PAGE, after: this.after });
    this.latest = data.releases.totalCount;
    for (const edge of data.releases.edges) this.releases.set(edge.node.number, edge.node);
    this.after = data.releases.pageInfo.endCursor ?? null;
    this.hasMore = data.releases.pageInfo.hasNextPage;
    this.show(this.viewed);
  }

  /** Loads pages until release `number` is loaded (or there are no more). */
  async reach(number: number): Promise<void> {
    while (!this.releases.has(number) && this.hasMore) await this.more();
  }

  private async chosen(): Promise<void> {
    const value = this.select.value;
    if (value === MORE) {
      await this.more();
      this.select.value = this.viewed === null ? LATEST : String(this.viewed);
      this.select.focus();
      return;
    }
    this.pick(value === LATEST ? null : Number(value));
  }

  /** Shows the release the view is at, in the control and the banner. */
  show(viewed: number | null): void {
    this.viewed = viewed;
    const numbers = [...this.releases.keys()].sort((a, b) => b - a);
    if (viewed !== null && !this.releases.has(viewed)) numbers.push(viewed);
    this.select.innerHTML = [
      `<option value="${LATEST}">latest${this.latest ? ` (${this.latest})` : ''}</option>`,
      ...numbers.map((number) => {
        const release = this.releases.get(number);
        const text = release ? releaseLabel(release) : `${number}`;
        return `<option value="${number}" title="${escapeHtml(release?.summary ?? '')}">${escapeHtml(text)}</option>`;
      }),
      this.hasMore ? `<option value="${MORE}">older releases…</option>` : '',
    ].join('');
    this.select.value = viewed === null ? LATEST : String(viewed);
    const behind = behindLatest(viewed, this.latest);
    this.banner.hidden = behind === null;
    this.banner.innerHTML = behind ? `${escapeHtml(behind)}: what the graph said then — <button type="button">go to latest</button>` : '';
    this.banner.querySelector('button')?.addEventListener('click', () => this.pick(null));
  }
}
