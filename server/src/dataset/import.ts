import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { StatementName } from '../cypher/registry';
import { DatabaseMemoryError, QueryTimeoutError, type Database, type Transaction } from '../neo4j/database';
import { commitRelease, latestVersions, lockReleases, NothingToCommit, type ReleaseInfo } from '../releases/commit';
import { canonical, changeRow, recordKey, type ChangeRow, type RecordKind } from '../releases/records';
import { datasetFiles, isIssue, readDatasetFile, type ParsedFile } from './read';
import { entityRow, relationshipRow, sourceRow, type CitationOwnerRow } from './rows';
import { DatasetError, type ImportIssue } from './types';
import { checkReferences, identifiersHeldElsewhere, referencedIds, validateFiles, type ValidatedDataset } from './validate';
import { identifierHolders } from '../graph/identifiers';

export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportSummary {
  dryRun: boolean;
  sources: Counts;
  entities: Counts;
  relationships: Counts;
  /** True when the import wrote nothing because everything was already as the files say. */
  noChange: boolean;
  /** The release the import committed; null when it changed nothing or was a dry run. */
  release: number | null;
}

/** author, summary and origin describe the release the import commits (defaults: the CLI's user, counts, file names). */
export interface ImportOptions extends ReleaseInfo {
  dryRun?: boolean;
  /** Time limit of the import's transaction; without it the database's default applies. */
  timeoutMs?: number;
  /** Told when each step of the import ends, with its duration (the CLI's --verbose, the import benchmark). */
  onStep?: (step: ImportStep, ms: number) => void;
  /**
   * Further writes that belong with the import (a review's decisions, an ingested source's text), run
   * in its transaction after the records, even when they changed nothing; not on a dry run.
   */
  alongside?: (tx: Transaction, summary: ImportSummary) => Promise<void>;
}

export type ImportStep = 'read' | 'validate' | 'existing records' | 'sources' | 'entities' | 'relationships' | 'citations' | 'commit' | 'statistics';

/** Runs one step and reports how long it took. */
async function step<T>(options: ImportOptions, name: ImportStep, work: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  const result = await work();
  options.onStep?.(name, performance.now() - started);
  return result;
}

/**
 * From this many records written (sources, entities and relationships), an import has Neo4j refresh
 * its statistics: enough to change good plans (a first load of the CSTO graph writes about 340), while
 * an edit of a few records through the API leaves the query caches alone.
 */
const REFRESH_STATISTICS_FROM = 100;

const written = (summary: ImportSummary) =>
  [summary.sources, summary.entities, summary.relationships].reduce((sum, counts) => sum + counts.created + counts.updated, 0);

/** Rows per UNWIND statement: large enough to keep round trips few, small enough for a modest heap. */
const BATCH = 5_000;

/**
 * Runs a write statement over rows in batches of BATCH. The batches are sent without waiting for one
 * another: the driver queues them on the transaction's connection, so Neo4j runs one batch while the
 * next is being encoded here. They still run in order, and the first error fails the whole import.
 */
async function writeInBatches(tx: Transaction, name: StatementName, rows: object[], key = 'rows'): Promise<void> {
  const pending: Array<Promise<unknown>> = [];
  for (let i = 0; i < rows.length; i += BATCH) pending.push(tx.run(name, { [key]: rows.slice(i, i + BATCH) }));
  await Promise.all(pending);
}

/** Reads files (or the dataset files of folders); every problem found is reported, none is thrown one at a time. */
export function parseFiles(paths: string[]): { files: ParsedFile[]; issues: ImportIssue[] } {
  const files: ParsedFile[] = [];
  const issues: ImportIssue[] = [];
  for (const target of paths) {
    let names: string[];
    try {
      names = datasetFiles(target);
    } catch (error) {
      issues.push({ origin: { file: target, path: '' }, message: (error as Error).message });
      continue;
    }
    if (names.length === 0) issues.push({ origin: { file: target, path: '' }, message: 'holds no dataset files (.yaml, .yml, .json, .csv)' });
    for (const name of names) {
      const parsed = readDatasetFile(name);
      if (isIssue(parsed)) issues.push(parsed);
      else files.push(parsed);
    }
  }
  return { files, issues };
}

export async function importPaths(db: Database, paths: string[], options: ImportOptions = {}): Promise<ImportSummary> {
  const { files, issues } = await step(options, 'read', () => parseFiles(paths));
  if (issues.length > 0) throw new DatasetError(issues);
  return importParsedFiles(db, files, options);
}

/** Rows as the write statements take them: the citations go to their own statement. */
const statementRows = <T extends { owner: CitationOwnerRow }>(rows: T[]) => rows.map(({ owner: _owner, ...row }) => row);

function count<T extends { id: string; props: { hash: string } }>(rows: T[], existing: Map<string, string>) {
  const counts: Counts = { created: 0, updated: 0, unchanged: 0 };
  const created: T[] = [];
  const updated: T[] = [];
  for (const row of rows) {
    const hash = existing.get(row.id);
    if (hash === undefined) created.push(row);
    else if (hash !== row.props.hash) updated.push(row);
    else counts.unchanged += 1;
  }
  counts.created = created.length;
  counts.updated = updated.length;
  return { counts, created, updated, changed: [...created, ...updated] };
}

/**
 * Validates everything, then writes everything in one transaction. The database look-ups that
 * validation needs run inside that same transaction, so what was checked is what is written,
 * and any problem rolls the whole import back.
 */
export async function importParsedFiles(db: Database, files: ParsedFile[], options: ImportOptions = {}): Promise<ImportSummary> {
  const { dataset, issues } = await step(options, 'validate', () => validateFiles(files));
  if (issues.length > 0) throw new DatasetError(issues);
  let committing = 0;
  // Not retried: an import that failed for lack of time or memory would fail again, as slowly.
  const origin = options.origin ?? files.map((file) => (path.isAbsolute(file.file) ? path.relative(process.cwd(), file.file) : file.file)).join(', ');
  const summary = await db
    .transaction(
      async (tx) => {
        const result = await importValidated(tx, dataset, { ...options, origin });
        if (!result.dryRun) await options.alongside?.(tx, result);
        // Writes alongside an import that changed no record (a source's text, proposals) make no
        // release, yet reads see them: response caches must learn of it as of a release.
        if (!result.dryRun && options.alongside && result.release === null) await tx.run('releases/note-edit');
        committing = performance.now();
        return result;
      },
      { retry: false, ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }) },
    )
    .catch((error: unknown) => {
      // A dry run, or nothing to change: rolled back, so no release (and the release lock is let go).
      if (error instanceof NothingToCommit) return error.result as ImportSummary;
      throw tooLarge(error, options);
    });
  options.onStep?.('commit', performance.now() - committing);
  if (!summary.dryRun && written(summary) >= REFRESH_STATISTICS_FROM) {
    // Best effort: the import is committed, and Neo4j resamples by itself in time anyway (a user
    // without the right to call the procedure, on a managed service, loses only that head start).
    await step(options, 'statistics', () => db.write('writes/refresh-statistics').catch(() => undefined));
  }
  return summary;
}

/** Time and memory errors, reworded for an import: what was lost (nothing) and what to do. */
function tooLarge(error: unknown, options: ImportOptions): unknown {
  const parts = 'or import the data in parts (each part in its own transaction)';
  if (error instanceof QueryTimeoutError) {
    const limit = options.timeoutMs === undefined ? "the database's transaction time limit" : `its time limit of ${Math.round(options.timeoutMs / 1000)} s`;
    return new QueryTimeoutError(`The import took longer than ${limit} and was stopped; nothing was written. Raise ORGRAPH_IMPORT_TIMEOUT_MS, ${parts}.`);
  }
  if (error instanceof DatabaseMemoryError) {
    return new DatabaseMemoryError(`${error.message} Give Neo4j more memory (NEO4J_HEAP for the local one), ${parts}.`);
  }
  return error;
}

/**
 * The relationships of the dataset already in the graph, by id: content hash, and the element id to
 * replace one by. existing-records found most between their ends; those whose ends changed came back
 * without an element id and are looked up by id alone.
 */
async function relationshipsInGraph(tx: Transaction, found: Array<[string, string | null, string | null]>) {
  const versions = new Map<string, { hash: string; elementId: string }>();
  const moved: string[] = [];
  for (const [id, hash, elementId] of found) {
    if (elementId === null) moved.push(id);
    else versions.set(id, { hash: hash ?? '', elementId });
  }
  if (moved.length > 0) {
    const relocated = await tx.run<{ id: string; hash: string | null; elementId: string }>('queries/relationships-by-id', { ids: moved });
    for (const row of relocated) versions.set(row.id, { hash: row.hash ?? '', elementId: row.elementId });
  }
  return versions;
}

async function importValidated(tx: Transaction, dataset: ValidatedDataset, options: ImportOptions): Promise<ImportSummary> {
  // First of all: writers queue here, so what is read below is what the previous release left.
  const latest = await lockReleases(tx);
  const release = latest + 1;
  const referenced = referencedIds(dataset);
  const sources = dataset.sources.map(({ record }) => sourceRow(record));
  const entities = dataset.entities.map(({ record }) => entityRow(record));
  const relationships = dataset.relationships.map(({ record }) => relationshipRow(record));

  const [existing] = await step(options, 'existing records', () =>
    tx.run<{
      entities: Array<[string, string | null, number | null]>;
      sources: Array<[string, string | null]>;
      relationships: Array<[string, string | null, string | null]>;
    }>('queries/existing-records', {
      entityIds: [...new Set([...referenced.entityIds, ...entities.map((row) => row.id)])],
      sourceIds: [...new Set([...referenced.sourceIds, ...sources.map((row) => row.id)])],
      relationships: relationships.map((row) => ({ id: row.id, from: row.from, to: row.to, firstCitationId: row.owner.citations[0]!.id })),
    }),
  );
  // A retired entity is not there for references, and writing it again brings it back (an addition).
  const existingEntities = new Map(existing!.entities.filter(([, , retiredIn]) => retiredIn === null).map(([id, hash]) => [id, hash ?? '']));
  const retiredEntities = new Set(existing!.entities.filter(([, , retiredIn]) => retiredIn !== null).map(([id]) => id));
  const existingSources = new Map(existing!.sources.map(([id, hash]) => [id, hash ?? '']));
  const relationshipVersions = await relationshipsInGraph(tx, existing!.relationships);
  const existingRelationships = new Map([...relationshipVersions].map(([id, version]) => [id, version.hash]));

  const referenceIssues = checkReferences(dataset, {
    entityIds: new Set(existingEntities.keys()),
    sourceIds: new Set(existingSources.keys()),
  });
  if (referenceIssues.length > 0) throw new DatasetError(referenceIssues);
  const identifierIssues = identifiersHeldElsewhere(dataset, await identifierHolders(tx, dataset.entities.flatMap(({ record }) => record.identifiers ?? [])));
  if (identifierIssues.length > 0) throw new DatasetError(identifierIssues);

  const sourceChanges = count(sources, existingSources);
  const entityChanges = count(entities, existingEntities);
  const relationshipChanges = count(relationships, existingRelationships);
  const summary: ImportSummary = {
    dryRun: Boolean(options.dryRun),
    sources: sourceChanges.counts,
    entities: entityChanges.counts,
    relationships: relationshipChanges.counts,
    noChange: sourceChanges.changed.length + entityChanges.changed.length + relationshipChanges.changed.length === 0,
    release: null,
  };
  // Writes alongside the import (a review's decisions) are committed even when no record changed: with no release.
  if (options.dryRun || (summary.noChange && !options.alongside)) throw new NothingToCommit(summary);
  if (summary.noChange) return summary;
  const changes = await changeRows(tx, dataset, release, {
    SOURCE: sourceChanges,
    ENTITY: entityChanges,
    RELATIONSHIP: relationshipChanges,
  });
  const versioned = <T extends { props: object }>(rows: T[], extra: object = {}) => rows.map((row) => ({ ...row, props: { ...row.props, addedIn: release, ...extra } }));
  sourceChanges.changed = versioned(sourceChanges.changed);
  const revived = entityChanges.created.filter((row) => retiredEntities.has(row.id));
  entityChanges.created = versioned(entityChanges.created.filter((row) => !retiredEntities.has(row.id)), { createdIn: release });
  entityChanges.updated = versioned([...entityChanges.updated, ...revived]);
  relationshipChanges.created = versioned(relationshipChanges.created);
  relationshipChanges.updated = versioned(relationshipChanges.updated);

  await step(options, 'sources', async () => {
    await writeInBatches(tx, 'writes/upsert-sources', sourceChanges.changed);
  });
  // What is new is created in one pass; what changed is merged, and its stale parts removed.
  await step(options, 'entities', async () => {
    await writeInBatches(tx, 'writes/create-entities', statementRows(entityChanges.created));
    await writeInBatches(tx, 'writes/upsert-entities', statementRows(entityChanges.updated));
  });
  await step(options, 'relationships', async () => {
    await writeInBatches(tx, 'writes/create-relationships', statementRows(relationshipChanges.created));
    const replacements = statementRows(relationshipChanges.updated).map((row) => ({ ...row, replaces: relationshipVersions.get(row.id)!.elementId, retiredIn: release }));
    await writeInBatches(tx, 'writes/replace-relationships', replacements);
  });
  await step(options, 'citations', async () => {
    const created = [...entityChanges.created, ...relationshipChanges.created].flatMap(({ owner }) => owner.citations.map((citation) => ({ ...citation, owner: owner.key })));
    await writeInBatches(tx, 'writes/create-citations', created);
    const updated: CitationOwnerRow[] = [...entityChanges.updated, ...relationshipChanges.updated].map((row) => row.owner);
    await writeInBatches(tx, 'writes/replace-citations', updated, 'owners');
  });
  summary.release = await commitRelease(tx, latest, options, changes);
  return summary;
}

/** The change records of an import: an addition per new record, a change (with its version before) per updated one. */
async function changeRows(
  tx: Transaction,
  dataset: ValidatedDataset,
  release: number,
  written: Record<RecordKind, { created: Array<{ id: string }>; updated: Array<{ id: string }> }>,
): Promise<ChangeRow[]> {
  const records: Record<RecordKind, Map<string, Parameters<typeof canonical>[1]>> = {
    SOURCE: new Map(dataset.sources.map(({ record }) => [record.id, record])),
    ENTITY: new Map(dataset.entities.map(({ record }) => [record.id, record])),
    RELATIONSHIP: new Map(dataset.relationships.map(({ record }) => [record.id, record])),
  };
  const kinds = Object.keys(written) as RecordKind[];
  const before = await latestVersions(
    tx,
    kinds.flatMap((kind) => written[kind].updated.map((row) => recordKey(kind, row.id))),
  );
  return kinds.flatMap((kind) => [
    ...written[kind].created.map((row) => changeRow(kind, 'ADDED', release, row.id, null, canonical(kind, records[kind].get(row.id)!))),
    ...written[kind].updated.map((row) =>
      changeRow(kind, 'CHANGED', release, row.id, before.get(recordKey(kind, row.id)) ?? null, canonical(kind, records[kind].get(row.id)!)),
    ),
  ]);
}
