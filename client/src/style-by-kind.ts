/** How each kind of entity looks: the graph's styles and the legend both read this. */
export const KIND_STYLE: Record<string, { color: string; shape: string; label: string }> = {
  ORGANIZATION: { color: '#2f6fdf', shape: 'round-rectangle', label: 'Organization' },
  STATE: { color: '#d9822b', shape: 'ellipse', label: 'State' },
  INITIATIVE: { color: '#2e9e6b', shape: 'diamond', label: 'Initiative' },
  EVENT: { color: '#c2425b', shape: 'hexagon', label: 'Event' },
  PERSON: { color: '#7d4fc4', shape: 'ellipse', label: 'Person' },
  PLACE: { color: '#6b7a8f', shape: 'triangle', label: 'Place' },
  TOPIC: { color: '#b59b1f', shape: 'tag', label: 'Topic' },
};
