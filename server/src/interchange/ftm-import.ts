import fs from 'node:fs';
import path from 'node:path';
import { importParsedFiles, type ImportSummary } from '../dataset/import';
import type { ParsedFile } from '../dataset/read';
import type { EntityRecord, SourceRecord } from '../dataset/types';
import { entitiesById } from '../graph/entities';
import type { EntityKindName } from '../model/vocabulary';
import type { Database } from '../neo4j/database';
import { textHash } from '../sources/identity';
import type { IngestionModel, ProposedEntityModel } from '../sources/models';
import { proposeClaims, type StructuredClaim } from '../sources/propose';
import { readFtmLines } from './ftm-read';
import { ftmRecords, type FtmRecords } from './ftm-records';

/**
 * `npm run import -- file.ftm.json`: FtM entities into the review queue as proposals (one per
 * relationship, origin `ftm:<entity id>`), cited to the file, stored as a source whose text has one
 * paragraph per FtM entity; or, with `accept`, straight into the graph as one release through the
 * importer, each record cited as its FtM `description` lines say (ftm-records.ts).
 */

export interface FtmImportOptions {
  accept?: boolean;
  dryRun?: boolean;
  author?: string;
}

export type FtmImportResult = { mode: 'accept'; summary: ImportSummary; records: FtmRecords } | { mode: 'review'; ingestion: IngestionModel; records: FtmRecords; unproposed: string[] };

async function knownSources(db: Database): Promise<SourceRecord[]> {
  const rows = await db.read<{ source: Record<string, string | null> }>('queries/export-sources');
  return rows.map(({ source }) => Object.fromEntries(Object.entries(source).filter(([, value]) => value !== null)) as unknown as SourceRecord);
}

/** Errors of the importer's own checks point at the FtM line the record came from. */
function parsedFile(name: string, records: FtmRecords): ParsedFile {
  const data = { sources: records.sources, entities: records.entities.map((item) => item.record), relationships: records.relationships.map((item) => item.record) };
  return {
    file: name,
    data,
    lineOf: ([section, index]) =>
      section === 'entities' ? records.entities[index as number]?.line : section === 'relationships' ? records.relationships[index as number]?.line : undefined,
  };
}

const proposedEntity = (record: EntityRecord): ProposedEntityModel => ({
  id: record.id,
  kind: record.kind.toUpperCase() as EntityKindName,
  name: record.name,
  ...(record.aliases ? { aliases: record.aliases } : {}),
  ...(record.description ? { description: record.description } : {}),
  ...(record.start ? { start: record.start } : {}),
  ...(record.end ? { end: record.end } : {}),
  ...(record.identifiers ? { identifiers: record.identifiers } : {}),
});

/** One claim per relationship, quoting its paragraph; an end the graph lacks is proposed as a new entity. */
async function claimsOf(db: Database, records: FtmRecords): Promise<StructuredClaim[]> {
  const entities = new Map(records.entities.map((item) => [item.record.id, item.record]));
  const existing = await entitiesById(db, [...entities.keys()]);
  return records.relationships.map(({ record, ftmId, paragraph, referenced }) => {
    const end = (id: string) => (existing.has(id) ? { id, text: existing.get(id)!.name, proposed: null } : { id: null, text: entities.get(id)?.name ?? id, proposed: entities.get(id) ? proposedEntity(entities.get(id)!) : null });
    const [from, to] = [end(record.from), end(record.to)];
    return {
      type: record.type,
      fromId: from.id,
      fromText: from.text,
      fromNew: from.proposed,
      toId: to.id,
      toText: to.text,
      toNew: to.proposed,
      since: record.since ?? null,
      until: record.until ?? null,
      attested: record.attested?.[0] ?? null,
      role: record.role ?? null,
      status: record.status ?? null,
      paragraph,
      quote: records.paragraphs[paragraph - 1]!,
      origin: `ftm:${ftmId}`,
      rule: 'ftm',
      unreferenced: !referenced,
    };
  });
}

export async function importFtmFile(db: Database, file: string, options: FtmImportOptions = {}): Promise<FtmImportResult> {
  const name = path.basename(file);
  const lines = readFtmLines(file, fs.readFileSync(file, 'utf8'));
  const records = ftmRecords({ name: file, title: `FollowTheMoney file ${name}` }, lines, await knownSources(db));
  const text = records.paragraphs.join('\n\n');
  if (options.accept) {
    const fileCited = records.sources.some((source) => source.id === records.fileSource.id);
    const summary = await importParsedFiles(db, [parsedFile(file, records)], {
      dryRun: Boolean(options.dryRun),
      author: options.author ?? 'editor',
      origin: `ftm:${name}`,
      summary: `FtM file ${name} imported: ${records.entities.length} entities, ${records.relationships.length} relationships`,
      // The file's text is kept when something is cited to it, so that those quotes can be checked.
      ...(fileCited
        ? {
            alongside: async (tx) => {
              await tx.run('writes/store-source-text', {
                sourceId: records.fileSource.id,
                contentHash: textHash(records.paragraphs),
                paragraphs: records.paragraphs,
                language: null,
                ingestedAt: new Date().toISOString(),
                mentions: [],
              });
            },
          }
        : {}),
    });
    return { mode: 'accept', summary, records };
  }
  const claims = await claimsOf(db, records);
  const related = new Set(records.relationships.flatMap(({ record }) => [record.from, record.to]));
  const ingestion = await proposeClaims(db, { title: records.fileSource.title, text }, claims, {
    dryRun: Boolean(options.dryRun),
    author: options.author ?? 'editor',
    origin: `ftm:${name}`,
    summary: `FtM file ${name} read: ${claims.length} proposed facts`,
  });
  return { mode: 'review', ingestion, records, unproposed: records.entities.filter(({ record }) => !related.has(record.id)).map(({ record }) => record.id) };
}
