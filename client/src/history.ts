import type { Core, ElementDefinition } from 'cytoscape';
import type { Absence } from './absence-note';
import type { ViewState } from './view-state';

/** The graph as drawn (elements with their positions and classes), the view, and where the camera was. */
export interface Snapshot {
  elements: ElementDefinition[];
  view: ViewState;
  /** Why the focus entity is not drawn (not in the graph at the release viewed): the note said over the empty graph. */
  absence: Absence | null;
  pan: { x: number; y: number };
  zoom: number;
}

/**
 * Undo (the last 30 steps: search, expand, hide, collapse, paths, filters, date, layout) and the
 * browser's Back and Forward: each step is an entry of the browser's history, whose state names a
 * snapshot kept here, so Back restores the picture exactly. An entry with no snapshot (the page was
 * reloaded since) is rebuilt from its URL by the caller.
 */
export class History {
  private readonly undoStack: Snapshot[] = [];
  private readonly entries = new Map<number, Snapshot>();
  private entry = 0;
  /** This page load: entries recorded before a reload hold another, and are rebuilt from their URL. */
  private readonly load = `${Date.now()}-${performance.now()}`;

  constructor(
    private readonly cy: Core,
    /** The absence the graph says now, if any: part of the picture, so that Undo and Back say it again. */
    private readonly absence: () => Absence | null,
  ) {}

  private snapshot(view: ViewState): Snapshot {
    const absence = this.absence();
    return {
      elements: this.cy.elements().jsons() as unknown as ElementDefinition[],
      view: structuredClone(view),
      absence: absence && structuredClone(absence),
      pan: { ...this.cy.pan() },
      zoom: this.cy.zoom(),
    };
  }

  /** Keeps the state before a step, for Undo. */
  remember(view: ViewState): void {
    this.undoStack.push(this.snapshot(view));
    if (this.undoStack.length > 30) this.undoStack.shift();
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  undo(): Snapshot | null {
    return this.undoStack.pop() ?? null;
  }

  /** Puts a snapshot back on screen; returns its view. */
  restore(snapshot: Snapshot): ViewState {
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(snapshot.elements);
    });
    this.cy.viewport({ zoom: snapshot.zoom, pan: snapshot.pan });
    return structuredClone(snapshot.view);
  }

  /** Records the state after a step in the browser's history: a new entry, or the current one again. */
  record(view: ViewState, url: string, mode: 'push' | 'replace'): void {
    if (mode === 'push') this.entry += 1;
    this.entries.set(this.entry, this.snapshot(view));
    // Old entries are dropped beyond 50: Back to them rebuilds the view from the URL.
    this.entries.delete(this.entry - 50);
    const state = { orgraphEntry: this.entry, orgraphLoad: this.load };
    mode === 'push' ? window.history.pushState(state, '', url) : window.history.replaceState(state, '', url);
  }

  /** The snapshot of a history entry the browser went back or forward to, if kept. */
  entryOf(state: unknown): Snapshot | null {
    const { orgraphEntry: entry, orgraphLoad: load } = (state ?? {}) as { orgraphEntry?: number; orgraphLoad?: string };
    if (typeof entry !== 'number' || load !== this.load) return null;
    const snapshot = this.entries.get(entry);
    if (snapshot) this.entry = entry;
    return snapshot ?? null;
  }
}
