import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config';

/**
 * Every Cypher statement the project runs lives in cypher/ as a .cypher file. They are read once,
 * on first use, and addressed by their path without the extension ("queries/entities-by-id").
 * A statement can only be named from this list, so a typo fails the type check, and a file
 * without a name here fails the registry test.
 */
export const STATEMENTS = [
  'queries/entities-by-id',
  'queries/entities-by-identifier',
  'queries/entities-by-name',
  'queries/search',
  'queries/search-at-release',
  'queries/search-vocabulary',
  'queries/search-vocabulary-since',
  'queries/entity-list',
  'queries/entity-list-by-start',
  'queries/neighbourhood',
  'queries/relationships-of',
  'queries/stats',
  'queries/entity-count',
  'queries/existing-records',
  'queries/relationships-by-id',
  'queries/export-sources',
  'queries/export-entities',
  'queries/export-relationships',
  'queries/fingerprint',
  'queries/relationship-by-id',
  'queries/paths',
  'queries/timeline',
  'queries/report',
  'queries/shared-neighbours',
  'queries/applied-migrations',
  'queries/await-indexes',
  'queries/role-search',
  'queries/role-search-at-release',
  'queries/source-by-content-hash',
  'queries/source-documents',
  'queries/mentions-of-sources',
  'queries/mentions-of-entities',
  'queries/proposal-page',
  'queries/proposals-by-id',
  'queries/proposals-of-sources',
  'queries/proposal-claims',
  'queries/proposal-candidates',
  'queries/gazetteer-entities',
  'queries/gazetteer-posts',
  'queries/relationships-of-entities',
  'writes/upsert-sources',
  'writes/upsert-entities',
  'writes/create-entities',
  'writes/replace-relationships',
  'writes/create-relationships',
  'writes/replace-citations',
  'writes/create-citations',
  'writes/delete-everything',
  'writes/record-migration',
  'writes/refresh-statistics',
  'writes/store-source-text',
  'writes/store-proposals',
  'writes/decide-proposals',
  'writes/load-raw-nodes',
  'writes/load-raw-relationships',
  'releases/lock',
  'releases/commit',
  'releases/create-changes',
  'releases/latest-changes',
  'releases/latest',
  'releases/versions-at',
  'releases/releases',
  'releases/release',
  'releases/changes',
  'releases/history',
  'releases/records-at',
  'releases/retire-entity',
  'releases/retire-relationships',
  'releases/purge',
  'releases/purges',
  'releases/version',
  'releases/note-edit',
  'releases/announce-trust',
  'releases/set-trust',
  'releases/head',
  'releases/after-restore',
  'releases/unnamed-changes',
  'releases/name-changes',
] as const;

export type StatementName = (typeof STATEMENTS)[number];

export const cypherDir = path.join(repoRoot, 'cypher');

let cache: Map<StatementName, string> | null = null;

export function cypher(name: StatementName): string {
  cache ??= new Map(STATEMENTS.map((statement) => [statement, readStatement(statement)]));
  return cache.get(name)!;
}

function readStatement(name: string): string {
  const file = path.join(cypherDir, `${name}.cypher`);
  if (!fs.existsSync(file)) throw new Error(`Cypher statement ${name} has no file ${file}`);
  return fs.readFileSync(file, 'utf8');
}

/** Every .cypher file below a folder of cypher/, as names relative to cypher/ (for the registry test). */
export function statementFiles(folder: string): string[] {
  return fs
    .readdirSync(path.join(cypherDir, folder))
    .filter((file) => file.endsWith('.cypher'))
    .map((file) => `${folder}/${file.replace(/\.cypher$/, '')}`)
    .sort();
}
