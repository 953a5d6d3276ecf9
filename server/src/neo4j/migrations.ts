import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { cypher, cypherDir } from '../cypher/registry';
import type { Database } from './database';
import { backfillReleases } from '../releases/backfill';
import { nameOldChanges } from '../releases/change-names';

export interface MigrationFile {
  name: string;
  statements: string[];
  checksum: string;
}

/** Splits a schema file into statements: `;` ends a statement, `//` lines are comments. */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((statement) => statement.trim())
    .filter(Boolean);
}

export function migrationFiles(dir = path.join(cypherDir, 'schema')): MigrationFile[] {
  return fs
    .readdirSync(dir)
    .filter((file) => /^\d{3}-.*\.cypher$/.test(file))
    .sort()
    .map((file) => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      return {
        name: file.replace(/\.cypher$/, ''),
        statements: splitStatements(text),
        checksum: createHash('sha256').update(text).digest('hex'),
      };
    });
}

/**
 * Applies the schema files of cypher/schema in order, each recorded in the database once applied.
 * Every statement is idempotent (IF NOT EXISTS), so a file that changed is simply applied again.
 * Returns the names applied in this call.
 */
export async function applyMigrations(db: Database, files = migrationFiles()): Promise<string[]> {
  const applied = new Map(
    (await db.read<{ name: string; checksum: string }>('queries/applied-migrations')).map((row) => [row.name, row.checksum]),
  );
  const ran: string[] = [];
  for (const file of files) {
    if (applied.get(file.name) === file.checksum) continue;
    for (const statement of file.statements) await db.runSchemaStatement(statement);
    await db.write('writes/record-migration', { name: file.name, checksum: file.checksum });
    ran.push(file.name);
  }
  // Without the API's query timeout: populating a new index on a large graph can take a while.
  if (ran.length > 0) await db.runSchemaStatement(cypher('queries/await-indexes'));
  // A graph written before releases becomes release 1 (needs the records as JSON, hence not in Cypher).
  if (await backfillReleases(db)) ran.push('release 1 from the graph as it was');
  if (ran.some((name) => name.startsWith('010-')) && (await nameOldChanges(db)) > 0) ran.push('alias names of older change records');
  return ran;
}

/** Whether every schema file has been applied (for /readyz). */
export async function schemaIsCurrent(db: Database, files = migrationFiles()): Promise<boolean> {
  const applied = new Map(
    (await db.read<{ name: string; checksum: string }>('queries/applied-migrations')).map((row) => [row.name, row.checksum]),
  );
  return files.every((file) => applied.get(file.name) === file.checksum);
}
