import type { Core } from 'cytoscape';
import cytoscape from 'cytoscape';
import navigator from 'cytoscape-navigator';
import { shown } from './graph-view';
import 'cytoscape-navigator/cytoscape.js-navigator.css';

cytoscape.use(navigator);

/** Above this many visible nodes, a minimap shows where the view is in the whole graph. */
const LARGE = 40;
/** Below this width of the graph (a phone), the minimap would cover too much of it: none. */
const NARROW = 600;

/** The overview in a corner of the graph (cytoscape-navigator), shown only once the graph is large. */
export function attachMinimap(cy: Core, container: HTMLElement): () => void {
  // The extension takes a selector, and measures its panel once: it must be laid out (not display:none).
  (cy as unknown as { navigator(options: object): unknown }).navigator({
    container: `#${container.id}`,
    viewLiveFramerate: 0,
    thumbnailEventFramerate: 15,
    thumbnailLiveFramerate: false,
    dblClickDelay: 200,
    removeCustomContainer: false,
    rerenderDelay: 150,
  });
  return () => {
    container.classList.toggle('minimap-hidden', shown(cy).nodes().length <= LARGE || cy.width() < NARROW);
  };
}
