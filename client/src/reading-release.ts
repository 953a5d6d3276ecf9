/**
 * The release every read of the explorer is made at (null: the latest). The view holds it (main.ts
 * says where from, once); modules that read on their own, such as the search boxes, ask here.
 */
let source: () => number | null = () => null;

export function readReleaseFrom(get: () => number | null): void {
  source = get;
}

export const readingRelease = (): number | null => source();

/** The query of a report link, so that the report is of what the explorer shows: its date and its release. */
export function reportQuery(asOf: string | null, release: number | null): string {
  const params = new URLSearchParams();
  if (asOf) params.set('asOf', asOf);
  if (release !== null) params.set('release', String(release));
  const query = params.toString();
  return query ? `?${query}` : '';
}
