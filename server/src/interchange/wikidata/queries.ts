/**
 * The SPARQL the import sends: which items point at the organization. Statements themselves (with
 * their ids, qualifiers, references and ranks) are read from each item's EntityData, not from SPARQL.
 * `p:`/`ps:` rather than `wdt:` so that statements of every rank are found (ranks are judged later).
 */

export type WikidataPart = 'members' | 'officeholders' | 'parts' | 'events';
export const WIKIDATA_PARTS: readonly WikidataPart[] = ['members', 'officeholders', 'parts', 'events'];

const pointingAt = (property: string, qid: string) => `SELECT DISTINCT ?item WHERE {\n  ?item p:${property} ?statement .\n  ?statement ps:${property} wd:${qid} .\n}\nORDER BY ?item`;

export const SPARQL: Record<WikidataPart, (qid: string) => string> = {
  /** Members that say so on their own item (P463 member of). */
  members: (qid) => pointingAt('P463', qid),
  /** Bodies that say they are part of it (P361). */
  parts: (qid) => pointingAt('P361', qid),
  /** Holders (P39) of an office the organization names as its head's (P2388), or that names it (P2389). */
  officeholders: (qid) =>
    `SELECT DISTINCT ?item ?office WHERE {\n  { wd:${qid} p:P2388/ps:P2388 ?office . } UNION { ?office p:P2389/ps:P2389 wd:${qid} . }\n  ?item p:P39/ps:P39 ?office .\n}\nORDER BY ?item ?office`,
  /** Events it organized (P664 organizer). */
  events: (qid) => pointingAt('P664', qid),
};

/** "http://www.wikidata.org/entity/Q159" -> "Q159"; null for anything else (a blank node, a literal). */
export function qidOfUri(uri: string): string | null {
  const match = /\/entity\/(Q[1-9]\d*)$/.exec(uri);
  return match ? match[1]! : null;
}
