import type { Core, ElementDefinition } from 'cytoscape';

interface Snapshot {
  elements: ElementDefinition[];
  expanded: string[];
}

/** Undo for the last steps that changed the graph (expand, hide, collapse, paths): up to 20. */
export class History {
  private readonly snapshots: Snapshot[] = [];

  constructor(private readonly cy: Core) {}

  remember(expanded: string[]): void {
    this.snapshots.push({ elements: this.cy.elements().jsons() as unknown as ElementDefinition[], expanded: [...expanded] });
    if (this.snapshots.length > 20) this.snapshots.shift();
  }

  get canUndo(): boolean {
    return this.snapshots.length > 0;
  }

  /** Restores the graph as it was before the last step; returns the expanded ids of then, or null. */
  undo(): string[] | null {
    const snapshot = this.snapshots.pop();
    if (!snapshot) return null;
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(snapshot.elements);
    });
    return snapshot.expanded;
  }
}
