/**
 * A gazetteer from dataset files (data/csto): the names and aliases of their entities (and their people's
 * posts), read with the dataset reader, no database. For tests, the benchmark and offline use.
 */
import { parseFiles } from '../dataset/import';
import type { DatasetDocument, RelationshipRecord } from '../dataset/types';
import { buildGazetteer } from './gazetteer';
import { withKnownPosts } from './known-posts';
import type { ExistingRelationship, Gazetteer, GazetteerEntry } from './types';

export interface DatasetNames {
  entries: GazetteerEntry[];
  relationships: ExistingRelationship[];
}

/** The entities and relationships of dataset files or folders; throws on a file that cannot be read. */
export function readDatasetNames(paths: string[]): DatasetNames {
  const { files, issues } = parseFiles(paths);
  if (issues.length > 0) throw new Error(`cannot read ${paths.join(', ')}: ${issues.map((issue) => issue.message).join('; ')}`);
  const entries: GazetteerEntry[] = [];
  const relationships: ExistingRelationship[] = [];
  for (const file of files) {
    const document = file.data as DatasetDocument;
    for (const entity of document.entities ?? []) {
      entries.push({ id: entity.id, kind: entity.kind, name: entity.name, aliases: (entity.aliases ?? []).map((alias) => ({ name: alias.name, language: alias.lang })) });
    }
    (document.relationships ?? []).forEach((rel: RelationshipRecord, i) => {
      relationships.push({ id: rel.id ?? `${file.file}#${i}`, type: rel.type, from: rel.from, to: rel.to, since: rel.since, until: rel.until, role: rel.role, status: rel.status });
    });
  }
  return { entries: withKnownPosts(entries, relationships), relationships };
}

export function datasetGazetteer(paths: string[]): Gazetteer {
  return buildGazetteer(readDatasetNames(paths).entries);
}
