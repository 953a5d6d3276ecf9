import Ajv, { type ErrorObject } from 'ajv';
import { identifierKey, identifierProblem } from '../model/identifiers';
import { endsBeforeStart, isPartialDateError, parsePartialDate } from '../model/partial-date';
import { datasetJsonSchema } from './json-schema';
import type { ParsedFile } from './read';
import type {
  CitationRecord,
  DatasetDocument,
  EntityRecord,
  ImportIssue,
  Located,
  Origin,
  RelationshipRecord,
  SourceRecord,
} from './types';

export type IdentifiedRelationship = RelationshipRecord & { id: string };

export interface ValidatedDataset {
  sources: Array<Located<SourceRecord>>;
  entities: Array<Located<EntityRecord>>;
  relationships: Array<Located<IdentifiedRelationship>>;
}

const ajv = new Ajv({ allErrors: true, strict: true });
const validateDocument = ajv.compile<DatasetDocument>(datasetJsonSchema);

export function pathText(pathInData: Array<string | number>): string {
  return pathInData.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part),
    '',
  );
}

function origin(file: ParsedFile, pathInData: Array<string | number>): Origin {
  const line = file.lineOf(pathInData);
  return { file: file.file, path: pathText(pathInData), ...(line ? { line } : {}) };
}

const DATE_FIELDS = ['since', 'until', 'attested', 'start', 'end', 'published', 'retrieved'];
const ID_FIELDS = ['id', 'from', 'to', 'source'];

/** Turns Ajv's errors into sentences a person editing the file can act on. */
function schemaMessage(error: ErrorObject, field: string | number | undefined, value: unknown): string {
  const shown = JSON.stringify(value);
  switch (error.keyword) {
    case 'required':
      return `missing required field "${(error.params as { missingProperty: string }).missingProperty}"`;
    case 'additionalProperties':
      return `unknown field "${(error.params as { additionalProperty: string }).additionalProperty}"`;
    case 'enum':
      return `${shown} is not a known ${field === 'kind' ? 'entity kind' : field === 'type' ? 'relationship type' : 'value'}; expected one of ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
    case 'minItems':
      return field === 'citations' ? 'needs at least one citation (every fact has its evidence)' : `must have at least ${(error.params as { limit: number }).limit} item(s)`;
    case 'pattern':
      if (typeof field === 'string' && DATE_FIELDS.includes(field)) return `${shown} is not a partial ISO date (expected YYYY, YYYY-MM or YYYY-MM-DD)`;
      if (typeof field === 'string' && ID_FIELDS.includes(field)) return `${shown} is not a valid id (lowercase letters and digits, joined by - or .)`;
      if (field === 'url') return `${shown} is not an http(s) URL`;
      return `${shown} is not in the expected form`;
    case 'type':
      return `${shown} should be ${error.params && (error.params as { type: string }).type === 'array' ? 'a list' : `of type ${(error.params as { type: string }).type}`}`;
    default:
      return error.message ?? 'is not valid';
  }
}

function valueAt(data: unknown, pathInData: Array<string | number>): unknown {
  return pathInData.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], data);
}

function schemaIssues(file: ParsedFile): ImportIssue[] {
  if (validateDocument(file.data)) return [];
  return (validateDocument.errors ?? []).map((error) => {
    const pathInData = error.instancePath
      .split('/')
      .slice(1)
      .map((part) => (/^\d+$/.test(part) ? Number(part) : part.replace(/~1/g, '/').replace(/~0/g, '~')));
    return {
      origin: origin(file, pathInData),
      // An item of a list of dates (attested[0]) is named by its list.
      message: schemaMessage(
        error,
        typeof pathInData[pathInData.length - 1] === 'number' && pathInData[pathInData.length - 2] === 'attested' ? 'attested' : pathInData[pathInData.length - 1],
        valueAt(file.data, pathInData),
      ),
    };
  });
}

export function relationshipId(record: RelationshipRecord): string {
  return record.id ?? [record.from, record.type.toLowerCase().replace(/_/g, '-'), record.to, record.since].filter(Boolean).join('.');
}

function checkPeriod(issues: ImportIssue[], at: Origin, start: string | undefined, end: string | undefined, names: [string, string]) {
  const parsed = [start, end].map((text) => (text === undefined ? null : parsePartialDate(text)));
  parsed.forEach((date, i) => {
    if (date && isPartialDateError(date)) issues.push({ origin: { ...at, path: `${at.path}.${names[i]}` }, message: date.error });
  });
  const [first, last] = parsed;
  if (first && last && !isPartialDateError(first) && !isPartialDateError(last) && endsBeforeStart(first, last)) {
    issues.push({ origin: at, message: `${names[1]} ${end} is before ${names[0]} ${start}` });
  }
}

/** Attested dates must exist and lie within the relationship's own period, when it has one. */
function checkAttested(issues: ImportIssue[], at: Origin, record: RelationshipRecord) {
  const since = record.since ? parsePartialDate(record.since) : null;
  const until = record.until ? parsePartialDate(record.until) : null;
  (record.attested ?? []).forEach((text, i) => {
    const day = parsePartialDate(text);
    const where = { ...at, path: `${at.path}.attested[${i}]` };
    if (isPartialDateError(day)) {
      issues.push({ origin: where, message: day.error });
    } else if (since && !isPartialDateError(since) && day.last < since.first) {
      issues.push({ origin: where, message: `attested ${text} is before since ${record.since}` });
    } else if (until && !isPartialDateError(until) && day.first > until.last) {
      issues.push({ origin: where, message: `attested ${text} is after until ${record.until}` });
    }
  });
}

/**
 * Checks the files on their own and together: each against the JSON Schema, then dates that exist
 * and periods that do not end before they start, then ids that appear twice. References to ids
 * outside the dataset are checked against the database by `checkReferences`.
 */
export function validateFiles(files: ParsedFile[]): { dataset: ValidatedDataset; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const dataset: ValidatedDataset = { sources: [], entities: [], relationships: [] };
  for (const file of files) {
    const found = schemaIssues(file);
    issues.push(...found);
    // Records with schema problems are reported once, not checked further.
    const faulty = new Set(found.map((issue) => /^\w+\[\d+\]/.exec(issue.origin.path)?.[0] ?? '*'));
    if (faulty.has('*')) continue;
    const sound = <T>(section: string, records: T[] | undefined) =>
      (records ?? []).map((record, i) => ({ record, i })).filter(({ i }) => !faulty.has(`${section}[${i}]`));
    const document = file.data as DatasetDocument;
    sound('sources', document.sources).forEach(({ record, i }) => {
      const at = origin(file, ['sources', i]);
      checkPeriod(issues, at, record.published, record.retrieved, ['published', 'retrieved']);
      dataset.sources.push({ record, origin: at });
    });
    sound('entities', document.entities).forEach(({ record, i }) => {
      const at = origin(file, ['entities', i]);
      checkPeriod(issues, at, record.start, record.end, ['start', 'end']);
      (record.identifiers ?? []).forEach((identifier, j) => {
        const problem = identifierProblem(identifier);
        if (problem) issues.push({ origin: origin(file, ['entities', i, 'identifiers', j]), message: problem });
      });
      dataset.entities.push({ record, origin: at });
    });
    sound('relationships', document.relationships).forEach(({ record, i }) => {
      const at = origin(file, ['relationships', i]);
      checkPeriod(issues, at, record.since, record.until, ['since', 'until']);
      checkAttested(issues, at, record);
      dataset.relationships.push({ record: { ...record, id: relationshipId(record) }, origin: at });
    });
  }
  for (const [what, records] of [
    ['source', dataset.sources],
    ['entity', dataset.entities],
    ['relationship', dataset.relationships],
  ] as const) {
    const seen = new Map<string, Origin>();
    for (const { record, origin: at } of records) {
      const first = seen.get(record.id);
      if (first) {
        issues.push({ origin: at, message: `duplicate ${what} id "${record.id}" (first defined at ${first.file}${first.line ? `:${first.line}` : ''})` });
      } else {
        seen.set(record.id, at);
      }
    }
  }
  issues.push(...sharedIdentifiers(dataset.entities));
  return { dataset, issues };
}

/** An identifier names one thing: two entities holding the same one are the same entity written twice. */
function sharedIdentifiers(entities: ValidatedDataset['entities']): ImportIssue[] {
  const holders = new Map<string, { id: string; origin: Origin }>();
  const issues: ImportIssue[] = [];
  for (const { record, origin: at } of entities) {
    for (const key of new Set((record.identifiers ?? []).map(identifierKey))) {
      const first = holders.get(key);
      if (first && first.id !== record.id) {
        issues.push({ origin: { ...at, path: `${at.path}.identifiers` }, message: `identifier ${key} is already the identifier of entity "${first.id}" (${first.origin.file}${first.origin.line ? `:${first.origin.line}` : ''})` });
      } else if (!first) {
        holders.set(key, { id: record.id, origin: at });
      }
    }
  }
  return issues;
}

/** Identifiers the dataset gives that other entities of the graph hold already (`holders`: key to entity ids). */
export function identifiersHeldElsewhere(dataset: ValidatedDataset, holders: Map<string, string[]>): ImportIssue[] {
  // An entity this dataset rewrites keeps only the identifiers the dataset gives it.
  const rewritten = new Map(dataset.entities.map(({ record }) => [record.id, new Set((record.identifiers ?? []).map(identifierKey))]));
  return dataset.entities.flatMap(({ record, origin: at }) =>
    [...new Set((record.identifiers ?? []).map(identifierKey))].flatMap((key) => {
      const others = (holders.get(key) ?? []).filter((id) => id !== record.id && (rewritten.get(id)?.has(key) ?? true));
      return others.length > 0 ? [{ origin: { ...at, path: `${at.path}.identifiers` }, message: `identifier ${key} already belongs to entity "${others[0]}" in the graph` }] : [];
    }),
  );
}

/** The ids a dataset refers to, for one database look-up of those it does not define itself. */
export function referencedIds(dataset: ValidatedDataset): { entityIds: string[]; sourceIds: string[] } {
  const entityIds = new Set<string>();
  const sourceIds = new Set<string>();
  const cite = (citations: CitationRecord[]) => citations.forEach((citation) => sourceIds.add(citation.source));
  dataset.entities.forEach(({ record }) => cite(record.citations));
  dataset.relationships.forEach(({ record }) => {
    entityIds.add(record.from);
    entityIds.add(record.to);
    cite(record.citations);
  });
  return { entityIds: [...entityIds], sourceIds: [...sourceIds] };
}

/** Every relationship endpoint and every cited source must exist, in the dataset or in the database. */
export function checkReferences(
  dataset: ValidatedDataset,
  known: { entityIds: Set<string>; sourceIds: Set<string> },
): ImportIssue[] {
  const entityIds = new Set([...known.entityIds, ...dataset.entities.map(({ record }) => record.id)]);
  const sourceIds = new Set([...known.sourceIds, ...dataset.sources.map(({ record }) => record.id)]);
  const issues: ImportIssue[] = [];
  const checkCitations = (citations: CitationRecord[], at: Origin) =>
    citations.forEach((citation, i) => {
      if (!sourceIds.has(citation.source)) {
        issues.push({
          origin: { ...at, path: `${at.path}.citations[${i}].source` },
          message: `cites unknown source "${citation.source}" (not in this dataset nor in the graph)`,
        });
      }
    });
  for (const { record, origin: at } of dataset.entities) checkCitations(record.citations, at);
  for (const { record, origin: at } of dataset.relationships) {
    for (const end of ['from', 'to'] as const) {
      if (!entityIds.has(record[end])) {
        issues.push({
          origin: { ...at, path: `${at.path}.${end}` },
          message: `${end} "${record[end]}" is not an entity of this dataset nor of the graph`,
        });
      }
    }
    checkCitations(record.citations, at);
  }
  return issues;
}
