import type { Core } from 'cytoscape';

declare global {
  interface Window {
    /** The explorer's graph, for people debugging in the console and for the end-to-end tests. */
    orgraph: { cy: Core; ready: Promise<void> };
  }
}
