import { importPaths, type Counts } from '../dataset/import';
import { DatasetError } from '../dataset/types';
import { loadConfig } from '../config';
import { applyMigrations } from '../neo4j/migrations';
import { runCli, withDatabase } from './run';

const USAGE = `Usage: npm run import -- [--dry-run] [--verbose] <file or folder> [more files or folders]

Imports datasets in the native format (.yaml, .yml, .json; see docs/data-format.md) or CSV
(entities, relationships and sources files, told apart by their headers). Everything is
validated first; then all of it is written in one transaction, or nothing is.
--verbose prints each step of the import with its duration as it ends.`;

const line = (name: string, counts: Counts) =>
  `  ${name.padEnd(14)} ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged`;

async function main(argv: string[]) {
  const dryRun = argv.includes('--dry-run');
  const verbose = argv.includes('--verbose');
  const paths = argv.filter((arg) => arg !== '--dry-run' && arg !== '--verbose');
  if (paths.length === 0 || argv.includes('--help')) {
    console.log(USAGE);
    return paths.length === 0 && !argv.includes('--help') ? 2 : 0;
  }
  const unknown = paths.filter((arg) => arg.startsWith('--'));
  if (unknown.length > 0) {
    console.error(`Unknown option ${unknown.join(', ')}\n\n${USAGE}`);
    return 2;
  }
  return withDatabase(async ({ database }) => {
    await applyMigrations(database);
    const summary = await importPaths(database, paths, {
      dryRun,
      timeoutMs: loadConfig().importTimeoutMs,
      ...(verbose ? { onStep: (step: string, ms: number) => console.error(`  ${step}: ${(ms / 1000).toFixed(1)} s`) } : {}),
    }).catch((error: unknown) => {
      if (error instanceof DatasetError) return error;
      throw error;
    });
    if (summary instanceof DatasetError) {
      console.error(summary.message);
      return 1;
    }
    console.log(
      [
        dryRun ? 'Dry run: nothing was written. The import would give:' : summary.noChange ? 'Nothing to change: the graph already holds these records.' : `Imported as release ${summary.release}:`,
        line('sources', summary.sources),
        line('entities', summary.entities),
        line('relationships', summary.relationships),
      ].join('\n'),
    );
    return 0;
  });
}

runCli(main);
