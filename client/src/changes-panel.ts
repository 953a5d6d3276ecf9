import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { request } from './api';
import { changeName, graphMarks, MARK_CLASSES, markClass, relatedByRetired, retiredEntitiesBeside, type ChangeRecord, type Mark } from './change-marks';
import { changeLines } from './entity-history';
import type { EntityRelation } from './entity-relations';
import { GHOSTS } from './graph-view';
import { edgeLabel } from './line-style';
import { ChangesQuery, EntityRelationsQuery } from './queries';
import type { ReleasePicker } from './release-picker';
import { escapeHtml } from './text';

/** What the panel needs of the explorer. */
export interface ChangesHost {
  cy: Core;
  picker: ReleasePicker;
  details: HTMLElement;
  /** The release the view is at (null: the latest). */
  viewed(): number | null;
  /** Selects an element on screen, centres it and shows its details. */
  show(element: NodeSingular | EdgeSingular): void;
  /** Starts the graph again from an entity not on screen. */
  focusEntity(id: string): Promise<void>;
  /** Adds a relationship (and its ends) to the graph and selects it. */
  selectRelation(relation: EntityRelation, from: string): Promise<void>;
  /** Shows the graph at another release, from an entity. */
  viewAt(release: number, focus: string): Promise<void>;
  say(message: string, near?: HTMLElement | null): void;
}

/** Retired entities and relationships drawn from their last values while the panel is open: not part of the graph of this release (graph-view.ts leaves them out of what is shown). */
const GHOST = GHOSTS.slice(1);

const STYLES = [
  { selector: 'node.change-added', style: { 'border-width': 4, 'border-color': '#1f9d55', 'border-style': 'solid' } },
  { selector: 'node.change-changed', style: { 'border-width': 4, 'border-color': '#d97706', 'border-style': 'solid' } },
  { selector: 'edge.change-added', style: { 'line-color': '#1f9d55', 'target-arrow-color': '#1f9d55', width: 3 } },
  { selector: 'edge.change-changed', style: { 'line-color': '#d97706', 'target-arrow-color': '#d97706', width: 3 } },
  {
    selector: `node.${GHOST}`,
    style: { opacity: 0.45, 'border-width': 2, 'border-color': '#c2425b', 'border-style': 'dashed', label: 'data(label)', color: '#c2425b', 'font-size': 9 },
  },
  {
    selector: `edge.${GHOST}`,
    style: { 'line-color': '#c2425b', 'target-arrow-color': '#c2425b', 'line-style': 'dashed', 'line-dash-pattern': [4, 4], opacity: 0.55, width: 2, label: 'data(label)', color: '#c2425b', 'font-size': 8, 'min-zoomed-font-size': 5 },
  },
];

const LEGEND = [
  { kind: 'ADDED', label: 'added', color: '#1f9d55', dash: '' },
  { kind: 'CHANGED', label: 'changed', color: '#d97706', dash: '' },
  { kind: 'RETIRED', label: 'retired (no longer in this release; dashed, faint)', color: '#c2425b', dash: '4 3' },
] as const;

/**
 * "What changed": the changes after a chosen release ("since", the previous one by default) up to the
 * release the view is at, grouped by release with author and date, each with its values before and
 * after; and, while open, marks on the graph: added, changed, and retired relationships drawn faint and
 * dashed between their ends when both are on screen. Choosing a change shows that element.
 */
export class ChangesPanel {
  private readonly button: HTMLButtonElement;
  private readonly panel: HTMLElement;
  private open = false;
  private since: number | null = null;
  /** The range loaded: its end (the viewed release) and the changes in it. */
  private loaded: { since: number; until: number | null; changes: ChangeRecord[]; marks: Map<string, Mark> } | null = null;

  constructor(
    after: HTMLElement,
    graphArea: HTMLElement,
    private readonly host: ChangesHost,
  ) {
    this.button = document.createElement('button');
    this.button.type = 'button';
    this.button.id = 'what-changed';
    this.button.textContent = 'What changed';
    this.button.title = 'The changes since a release, marked on the graph';
    this.button.setAttribute('aria-pressed', 'false');
    this.button.setAttribute('aria-controls', 'changes-panel');
    after.after(this.button);
    this.panel = document.createElement('section');
    this.panel.id = 'changes-panel';
    this.panel.setAttribute('aria-label', 'What changed');
    this.panel.hidden = true;
    graphArea.append(this.panel);
    this.button.addEventListener('click', () => void this.toggle());
    // Added to the explorer's stylesheet (json() is missing from @types/cytoscape).
    host.cy.style().fromJson([...(host.cy.style() as unknown as { json(): unknown[] }).json(), ...STYLES]).update();
    // The explorer leaves ghosts to this panel: a retired entity or relationship has no details of this release, but its last values.
    host.cy.on('tap', `.${GHOST}`, (event) => this.ghostDetails(event.target as NodeSingular | EdgeSingular));
  }

  private ghostDetails(element: NodeSingular | EdgeSingular): void {
    const mark = this.loaded?.marks.get(element.id());
    if (!mark) return;
    const values = mark.before ?? {};
    const { details } = this.host;
    details.innerHTML = `<h2>${escapeHtml(changeName(mark, this.names))}</h2>
      <p class="retired-note"><strong>Retired in release ${mark.release}</strong>: ${mark.record === 'ENTITY' ? 'this entity is' : 'this relationship is'} not in the graph at release ${this.until()}. Drawn faint and dashed from its last values while “What changed” is open.</p>
      <ul class="fields">${Object.entries(values)
        .filter(([field]) => field !== 'citations')
        .map(([field, value]) => `<li>${escapeHtml(field)}: ${escapeHtml(typeof value === 'string' ? value : JSON.stringify(value))}</li>`)
        .join('')}</ul>
      <p><button type="button" class="show-edge">Show it at release ${mark.release - 1}, with its evidence</button></p>`;
    details.querySelector('button')!.addEventListener('click', () => void this.choose({ ...mark, kind: 'RETIRED' }, details));
  }

  /** An entity's name when it is on screen, else its id. */
  private readonly names = (id: string) => (this.host.cy.getElementById(id).data('name') as string | undefined) ?? id;

  private until(): number {
    return this.host.viewed() ?? this.host.picker.latest;
  }

  async toggle(open = !this.open): Promise<void> {
    this.open = open;
    this.panel.hidden = !open;
    this.button.setAttribute('aria-pressed', String(open));
    if (open) await this.load();
    else this.mark();
  }

  /** Loads the changes since the chosen release (the previous one by default) up to the viewed one, then marks them. */
  private async load(): Promise<void> {
    // Writes made since the page opened (a review accepted) are releases too: the latest is read again.
    await this.host.picker.load().catch(() => undefined);
    const until = this.until();
    const since = this.since !== null && this.since < until ? this.since : Math.max(0, until - 1);
    this.panel.setAttribute('aria-busy', 'true');
    try {
      const data = await request(ChangesQuery, { since, until: this.host.viewed() });
      await this.host.picker.reach(since + 1);
      this.loaded = { since, until: this.host.viewed(), changes: data.changes, marks: graphMarks(data.changes) };
      this.render();
      this.mark();
    } catch (error) {
      this.panel.innerHTML = `<p class="meta">${escapeHtml((error as Error).message)}</p>`;
    } finally {
      this.panel.removeAttribute('aria-busy');
    }
  }

  private render(): void {
    const loaded = this.loaded!;
    const until = this.until();
    const options = Array.from({ length: Math.min(until, 200) }, (_, i) => until - 1 - i).map((number) => {
      const release = this.host.picker.releases.get(number);
      return `<option value="${number}" ${number === loaded.since ? 'selected' : ''}>${number === 0 ? '0 (the empty graph)' : escapeHtml(release ? `${number} · ${release.committedAt.slice(0, 10)} · ${release.author}` : String(number))}</option>`;
    });
    const byRelease = new Map<number, ChangeRecord[]>();
    for (const change of loaded.changes) byRelease.set(change.release, [...(byRelease.get(change.release) ?? []), change]);
    this.panel.innerHTML = `<header><h2>What changed</h2><button type="button" class="close" aria-label="Close what changed">×</button></header>
      <p><label>Since release <select class="since">${options.join('')}</select></label> up to release ${until}${this.host.viewed() === null ? ' (the latest)' : ''}:
      ${loaded.changes.length} change${loaded.changes.length === 1 ? '' : 's'}.</p>
      ${[...byRelease]
        .reverse()
        .map(([number, changes]) => {
          const release = this.host.picker.releases.get(number);
          return `<h3>Release ${number}${release ? ` · ${escapeHtml(release.committedAt.slice(0, 10))} · ${escapeHtml(release.author)}` : ''}</h3>
            ${release ? `<p class="meta">${escapeHtml(release.summary)}</p>` : ''}
            <ul class="changes">${changes.map((change) => this.item(change)).join('')}</ul>`;
        })
        .join('')}`;
    this.panel.querySelector('.close')!.addEventListener('click', () => void this.toggle(false));
    this.panel.querySelector<HTMLSelectElement>('.since')!.addEventListener('change', (event) => {
      this.since = Number((event.target as HTMLSelectElement).value);
      void this.load();
    });
    this.panel.querySelectorAll<HTMLButtonElement>('button.change').forEach((button) =>
      button.addEventListener('click', () => void this.choose(loaded.changes[Number(button.dataset.index)]!, button)),
    );
  }

  private item(change: ChangeRecord): string {
    const index = this.loaded!.changes.indexOf(change);
    const lines = changeLines(change.kind, (change.before ?? null) as Record<string, unknown> | null, (change.after ?? null) as Record<string, unknown> | null);
    return `<li class="${markClass(change.kind as Mark['kind'])}">
      <button type="button" class="change" data-index="${index}" data-id="${escapeHtml(change.id)}" ${change.record === 'SOURCE' ? 'disabled' : ''}>
        <span class="change-kind">${escapeHtml(change.kind)}</span> ${escapeHtml(change.record.toLowerCase())} <strong>${escapeHtml(changeName(change, this.names))}</strong></button>
      <div class="meta"><code>${escapeHtml(change.id)}</code></div>
      ${change.kind === 'CHANGED' ? `<ul class="fields">${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>` : ''}</li>`;
  }

  /** Shows a change's element: on screen, selected; else added (or, retired, at the release before it went). */
  private async choose(change: ChangeRecord, button: HTMLElement): Promise<void> {
    const { cy } = this.host;
    const element = cy.getElementById(change.id);
    if (element.nonempty() && !element.hasClass(GHOST)) {
      this.host.show(element as NodeSingular | EdgeSingular);
      return;
    }
    const values = (change.after ?? change.before ?? {}) as Record<string, unknown>;
    const retired = this.loaded?.marks.get(change.id)?.kind === 'RETIRED';
    if (retired) {
      const focus = change.record === 'ENTITY' ? change.id : String(values.from);
      this.host.say(`Not in release ${this.until()}: showing release ${change.release - 1}, the last that had it.`, button);
      await this.host.viewAt(change.release - 1, focus);
      const then = cy.getElementById(change.id);
      if (then.nonempty()) this.host.show(then as NodeSingular | EdgeSingular);
      return;
    }
    if (change.record === 'ENTITY') {
      await this.host.focusEntity(change.id);
      return;
    }
    const from = String(values.from);
    const data = await request(EntityRelationsQuery, { id: from, release: this.host.viewed(), types: [String(values.type)] });
    const relation = data.entity?.relationships.edges.map((edge) => edge.node).find((node) => node.id === change.id);
    if (relation) await this.host.selectRelation(relation, from);
    else this.host.say(`${changeName(change, this.names)} is not in release ${this.until()}.`, button);
  }

  /**
   * Puts the marks on the graph (after each change of the graph: main.ts calls it from its refresh), or
   * takes them off when the panel is closed; a view at another release loads its changes first.
   */
  mark(legend?: HTMLElement): void {
    const { cy } = this.host;
    if (this.open && this.loaded && this.loaded.until !== this.host.viewed()) {
      void this.load();
      return;
    }
    cy.batch(() => {
      cy.elements(`.${GHOST}`).remove();
      cy.elements().removeClass(MARK_CLASSES.join(' '));
      if (!this.open || !this.loaded) return;
      const retired: Mark[] = [];
      for (const mark of this.loaded.marks.values()) {
        const element = cy.getElementById(mark.id);
        if (element.nonempty()) element.addClass(markClass(mark.kind));
        else if (mark.kind === 'RETIRED') retired.push(mark);
      }
      // Retired entities first: their retired relationships are drawn to them.
      const ghostEntities = retiredEntitiesBeside(retired, (id) => cy.getElementById(id).nonempty());
      ghostEntities.forEach((mark, i) => this.ghostEntity(mark, ghostEntities.length, i));
      for (const mark of retired) if (mark.record === 'RELATIONSHIP') this.ghost(mark);
    });
    this.legend(legend ?? document.getElementById('legend'));
  }

  /**
   * A retired entity beside the entities on screen it was related to (by relationships retired too),
   * drawn from its last values; the `index`-th of `count`, spread around them.
   */
  private ghostEntity(mark: Mark, count: number, index: number): void {
    const { cy } = this.host;
    const values = mark.before ?? {};
    const neighbours = cy.nodes().filter((node) => !node.hasClass(GHOST) && relatedByRetired(this.loaded!.marks, mark.id, node.id()));
    const box = neighbours.boundingBox({ includeLabels: false });
    const centre = neighbours.nonempty() ? { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 } : { x: 0, y: 0 };
    const angle = (2 * Math.PI * index) / Math.max(1, count) + Math.PI / 4;
    const name = String(values.name ?? mark.id);
    cy.add({
      group: 'nodes',
      classes: `${GHOST} ${markClass('RETIRED')}`,
      // Never selected (by a click or the keys): what is selected is what the keys and the menu act on.
      selectable: false,
      data: { ...values, id: mark.id, name, kind: String(values.kind ?? '').toUpperCase(), citations: [], ghostOf: mark.release, label: `${name} — retired in release ${mark.release}` },
      position: { x: centre.x + 90 * Math.cos(angle), y: centre.y + 90 * Math.sin(angle) },
    });
  }

  /** A retired relationship between two entities on screen (or drawn as retired), drawn from its last values. */
  private ghost(mark: Mark): void {
    const values = mark.before ?? {};
    const from = this.host.cy.getElementById(String(values.from));
    const to = this.host.cy.getElementById(String(values.to));
    if (from.empty() || to.empty()) return;
    const type = String(values.type);
    this.host.cy.add({
      group: 'edges',
      classes: `${GHOST} ${markClass('RETIRED')}`,
      selectable: false,
      data: { ...values, id: mark.id, source: from.id(), target: to.id(), type, citations: [], ghostOf: mark.release, label: `${edgeLabel({ type, role: values.role as string | undefined })} — retired in release ${mark.release}` },
    });
  }

  private legend(legend: HTMLElement | null): void {
    if (!legend) return;
    legend.querySelector('fieldset.change-legend')?.remove();
    if (!this.open || !this.loaded) return;
    const count = (kind: string) => this.host.cy.elements(`.${markClass(kind as Mark['kind'])}`).length;
    const fieldset = document.createElement('fieldset');
    fieldset.className = 'change-legend';
    fieldset.innerHTML = `<legend>Changes since release ${this.loaded.since}</legend>${LEGEND.map(
      (item) =>
        `<div class="legend-item" data-change="${item.kind}"><svg width="28" height="8" aria-hidden="true"><line x1="1" y1="4" x2="27" y2="4" stroke="${item.color}" stroke-width="3" ${item.dash ? `stroke-dasharray="${item.dash}"` : ''}/></svg><span>${item.label}</span> <span class="count">${count(item.kind)}</span></div>`,
    ).join('')}`;
    legend.append(fieldset);
  }
}

