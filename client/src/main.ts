import { request } from './api';
import { renderEdge, renderNode } from './details';
import { addSubgraph, createGraph, replaceSubgraph, type GraphEdge, type GraphNode } from './graph-view';
import { NeighbourhoodQuery } from './queries';
import { attachSearch } from './search-box';

const status = document.getElementById('status')!;
const details = document.getElementById('details')!;
const asOfInput = document.getElementById('as-of') as HTMLInputElement;
const report = (message: string) => {
  status.textContent = message;
};

const cy = createGraph(document.getElementById('graph')!);
const params = new URLSearchParams(location.search);
let focus = params.get('focus') ?? 'csto';
asOfInput.value = params.get('asOf') ?? '';

const asOf = () => asOfInput.value.trim() || null;

async function show(id: string, anchor: string | null, replace: boolean) {
  report('Loading…');
  try {
    const data = await request(NeighbourhoodQuery, { id, depth: 1, asOf: asOf(), limit: 300 });
    if (replace) replaceSubgraph(cy, data.neighbourhood);
    else addSubgraph(cy, data.neighbourhood, anchor);
    report(data.neighbourhood.truncated ? 'Showing the first 300 neighbours; the rest were left out.' : '');
  } catch (error) {
    report((error as Error).message);
  }
}

function setFocus(id: string) {
  focus = id;
  const url = new URL(location.href);
  url.searchParams.set('focus', id);
  history.replaceState(null, '', url);
  return show(id, null, true).then(() => cy.getElementById(id).select());
}

cy.on('tap', 'node', (event) => renderNode(details, event.target.data() as GraphNode, asOf()));
cy.on('tap', 'edge', (event) =>
  renderEdge(details, event.target.data() as GraphEdge, (id) => (cy.getElementById(id).data('name') as string | undefined) ?? id),
);
cy.on('dbltap', 'node', (event) => void show(event.target.id(), event.target.id(), false));

asOfInput.addEventListener('change', () => {
  const url = new URL(location.href);
  if (asOf()) url.searchParams.set('asOf', asOf()!);
  else url.searchParams.delete('asOf');
  history.replaceState(null, '', url);
  void show(focus, null, true);
});

attachSearch(document.getElementById('search') as HTMLInputElement, document.getElementById('search-results') as HTMLUListElement, (id) => void setFocus(id), report);

window.orgraph = { cy, ready: show(focus, null, true) };
