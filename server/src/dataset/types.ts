/**
 * The native dataset format, as written in data files (YAML or JSON). docs/data-format.md documents it
 * and data/dataset.schema.json is its JSON Schema (generated from json-schema.ts).
 */

export interface SourceRecord {
  id: string;
  title: string;
  publisher?: string;
  url?: string;
  published?: string;
  retrieved?: string;
  language?: string;
}

export interface CitationRecord {
  /** The id of a Source, in this dataset or already in the database. */
  source: string;
  quote?: string;
  locator?: string;
  /** Who makes the claim, where it is someone's position rather than the source's own statement. */
  claimedBy?: string;
}

export interface AliasRecord {
  name: string;
  lang?: string;
}

export interface IdentifierRecord {
  scheme: string;
  value: string;
}

export interface EntityRecord {
  id: string;
  /** Lowercase in files (organization, state, …); the API speaks the uppercase enum. */
  kind: string;
  name: string;
  aliases?: AliasRecord[];
  description?: string;
  start?: string;
  end?: string;
  identifiers?: IdentifierRecord[];
  citations: CitationRecord[];
}

export interface RelationshipRecord {
  /** Optional: derived from from, type, to and since when absent. */
  id?: string;
  from: string;
  type: string;
  to: string;
  since?: string;
  until?: string;
  /** Dates on which the sources attest that it held, when they give no since/until: held then, start and end unknown. */
  attested?: string[];
  status?: string;
  role?: string;
  note?: string;
  citations: CitationRecord[];
}

export interface DatasetDocument {
  sources?: SourceRecord[];
  entities?: EntityRecord[];
  relationships?: RelationshipRecord[];
}

/** Where a record came from, for error messages: "data/csto/states.yaml:12 (entities[3])". */
export interface Origin {
  file: string;
  line?: number;
  path: string;
}

export interface Located<T> {
  record: T;
  origin: Origin;
}

export interface ImportIssue {
  origin: Origin;
  message: string;
}

export function describeOrigin(origin: Origin): string {
  return `${origin.file}${origin.line ? `:${origin.line}` : ''}${origin.path ? ` (${origin.path})` : ''}`;
}

export function formatIssue(issue: ImportIssue): string {
  return `${describeOrigin(issue.origin)}: ${issue.message}`;
}

/** Raised when a dataset is refused; nothing was written. */
export class DatasetError extends Error {
  override name = 'DatasetError';
  constructor(readonly issues: ImportIssue[]) {
    super(
      `The dataset was refused, nothing was written (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` +
        issues
          .slice(0, 50)
          .map((issue) => `  ${formatIssue(issue)}`)
          .join('\n') +
        (issues.length > 50 ? `\n  … and ${issues.length - 50} more` : ''),
    );
  }
}
