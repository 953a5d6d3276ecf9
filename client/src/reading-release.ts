/**
 * The release every read of the explorer is made at (null: the latest). The view holds it (main.ts
 * says where from, once); modules that read on their own, such as the search boxes, ask here.
 */
let source: () => number | null = () => null;

export function readReleaseFrom(get: () => number | null): void {
  source = get;
}

export const readingRelease = (): number | null => source();
