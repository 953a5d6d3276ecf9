/**
 * Everything that makes a view, kept in the URL so that a view can be shared and restored:
 * ?focus=csto&expanded=russia,icmec&asOf=2012&release=3&layout=concentric&hideKinds=TOPIC&hideTypes=FOCUSES_ON&renderer=webgl
 */
export const LAYOUTS = ['fcose', 'concentric', 'breadthfirst'] as const;
export type LayoutName = (typeof LAYOUTS)[number];
/** Cytoscape's canvas renderer, or its WebGL one (faster with a GPU; slower in software, see bench/README.md). */
export const RENDERERS = ['canvas', 'webgl'] as const;
export type RendererName = (typeof RENDERERS)[number];

export interface ViewState {
  focus: string;
  expanded: string[];
  asOf: string | null;
  /** The release the graph is read at (what the graph said then); null for the latest. */
  release: number | null;
  layout: LayoutName;
  hiddenKinds: string[];
  hiddenTypes: string[];
  renderer: RendererName;
}

export const DEFAULT_VIEW: ViewState = { focus: 'csto', expanded: [], asOf: null, release: null, layout: 'fcose', hiddenKinds: [], hiddenTypes: [], renderer: 'canvas' };

const list = (value: string | null) => (value ? value.split(',').map((item) => item.trim()).filter(Boolean) : []);
const ID = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const RELEASE = /^[1-9]\d{0,8}$/;

/** Reads a view from a query string; anything malformed falls back to the default rather than failing. */
export function readView(search: string): ViewState {
  const params = new URLSearchParams(search);
  const focus = params.get('focus');
  const asOf = params.get('asOf');
  const layout = params.get('layout') as LayoutName | null;
  const renderer = params.get('renderer') as RendererName | null;
  const release = params.get('release');
  return {
    focus: focus && ID.test(focus) ? focus : DEFAULT_VIEW.focus,
    expanded: list(params.get('expanded')).filter((id) => ID.test(id)),
    asOf: asOf && DATE.test(asOf) ? asOf : null,
    release: release && RELEASE.test(release) ? Number(release) : null,
    layout: layout && LAYOUTS.includes(layout) ? layout : DEFAULT_VIEW.layout,
    hiddenKinds: list(params.get('hideKinds')),
    hiddenTypes: list(params.get('hideTypes')),
    renderer: renderer && RENDERERS.includes(renderer) ? renderer : DEFAULT_VIEW.renderer,
  };
}

/** Writes a view as a query string, leaving out what is at its default. */
export function writeView(view: ViewState): string {
  const params = new URLSearchParams();
  params.set('focus', view.focus);
  if (view.expanded.length) params.set('expanded', view.expanded.join(','));
  if (view.asOf) params.set('asOf', view.asOf);
  if (view.release !== null) params.set('release', String(view.release));
  if (view.layout !== DEFAULT_VIEW.layout) params.set('layout', view.layout);
  if (view.hiddenKinds.length) params.set('hideKinds', view.hiddenKinds.join(','));
  if (view.hiddenTypes.length) params.set('hideTypes', view.hiddenTypes.join(','));
  if (view.renderer !== DEFAULT_VIEW.renderer) params.set('renderer', view.renderer);
  return `?${params.toString().replace(/%2C/g, ',')}`;
}
