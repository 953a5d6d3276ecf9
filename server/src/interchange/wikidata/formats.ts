/**
 * The parts of Wikidata's JSON formats the import reads: Special:EntityData (the Wikibase JSON data
 * model: items, statements with mainsnak, qualifiers, references and rank) and SPARQL 1.1 JSON results.
 */

export interface TimeValue {
  /** "+1992-05-15T00:00:00Z"; a year or month has zeros for what it does not know ("+1993-00-00T00:00:00Z"). */
  time: string;
  /** 9 year, 10 month, 11 day (0-8: millennia to decades, coarser than a partial date holds). */
  precision: number;
  timezone?: number;
  before?: number;
  after?: number;
  calendarmodel?: string;
}

export type DataValue =
  | { type: 'wikibase-entityid'; value: { 'entity-type': string; id: string; 'numeric-id'?: number } }
  | { type: 'time'; value: TimeValue }
  | { type: 'string'; value: string }
  | { type: 'monolingualtext'; value: { text: string; language: string } }
  | { type: string; value: unknown };

export interface Snak {
  snaktype: 'value' | 'somevalue' | 'novalue';
  property: string;
  datavalue?: DataValue;
  datatype?: string;
}

export interface Reference {
  hash: string;
  snaks: Record<string, Snak[]>;
  'snaks-order'?: string[];
}

export interface Statement {
  /** "Q7159$5E0A…": the statement id the proposal's origin names. */
  id: string;
  type: 'statement';
  rank: 'preferred' | 'normal' | 'deprecated';
  mainsnak: Snak;
  qualifiers?: Record<string, Snak[]>;
  'qualifiers-order'?: string[];
  references?: Reference[];
}

export interface TermValue {
  language: string;
  value: string;
}

export interface Item {
  type: 'item';
  id: string;
  /** The revision the statements were read at. */
  lastrevid: number;
  modified?: string;
  labels: Record<string, TermValue>;
  descriptions?: Record<string, TermValue>;
  aliases: Record<string, TermValue[]>;
  claims: Record<string, Statement[]>;
}

export interface EntityDataDocument {
  entities: Record<string, Item>;
}

export interface SparqlBinding {
  type: 'uri' | 'literal' | 'bnode';
  value: string;
  'xml:lang'?: string;
  datatype?: string;
}

export interface SparqlResults {
  head: { vars: string[] };
  results: { bindings: Array<Record<string, SparqlBinding>> };
}
