import fs from 'node:fs';
import { importPaths, type Counts, type ImportSummary } from '../dataset/import';
import { DatasetError } from '../dataset/types';
import { loadConfig } from '../config';
import { importFtmFile } from '../interchange/ftm-import';
import { looksLikeFtm } from '../interchange/ftm-read';
import { cliAuthor } from '../releases/commit';
import { applyMigrations } from '../neo4j/migrations';
import { runCli, withDatabase } from './run';

const USAGE = `Usage: npm run import -- [--dry-run] [--verbose] <file or folder> [more files or folders]
       npm run import -- [--dry-run] [--accept] <file.ftm.json>

Imports datasets in the native format (.yaml, .yml, .json; see docs/data-format.md) or CSV
(entities, relationships and sources files, told apart by their headers). Everything is
validated first; then all of it is written in one transaction, or nothing is.
--verbose prints each step of the import with its duration as it ends.

A FollowTheMoney file (JSON lines: .ftm.json, .jsonl, .ndjson, or any .json whose first line is an
FtM entity) is read into the review queue as proposed facts, cited to the file; with --accept it
goes straight into the graph as one release. One FtM file at a time, alone.`;

const FTM_EXTENSIONS = ['.ftm.json', '.ftm.jsonl', '.jsonl', '.ndjson'];

function isFtmFile(file: string): boolean {
  if (FTM_EXTENSIONS.some((extension) => file.toLowerCase().endsWith(extension))) return true;
  if (!file.toLowerCase().endsWith('.json') || !fs.existsSync(file) || !fs.statSync(file).isFile()) return false;
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(64 * 1024);
    return looksLikeFtm(head.subarray(0, fs.readSync(fd, head, 0, head.length, 0)).toString('utf8'));
  } finally {
    fs.closeSync(fd);
  }
}

const line = (name: string, counts: Counts) =>
  `  ${name.padEnd(14)} ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged`;

function printSummary(summary: ImportSummary, dryRun: boolean) {
  console.log(
    [
      dryRun ? 'Dry run: nothing was written. The import would give:' : summary.noChange ? 'Nothing to change: the graph already holds these records.' : `Imported as release ${summary.release}:`,
      line('sources', summary.sources),
      line('entities', summary.entities),
      line('relationships', summary.relationships),
    ].join('\n'),
  );
}

async function importFtm(file: string, accept: boolean, dryRun: boolean): Promise<number> {
  return withDatabase(async ({ database }) => {
    await applyMigrations(database);
    const result = await importFtmFile(database, file, { accept, dryRun, author: cliAuthor() });
    if (result.mode === 'accept') {
      printSummary(result.summary, dryRun);
      return 0;
    }
    const { ingestion, unproposed } = result;
    const relations = ['NEW', 'SUPPORTS_EXISTING', 'CONFLICTS'].map((relation) => `${ingestion.proposals.filter((p) => p.relation === relation).length} ${relation.toLowerCase().replace('_', ' ')}`);
    const unreferenced = ingestion.proposals.filter((p) => p.unreferenced).length;
    console.log(
      [
        `${dryRun ? 'Dry run: nothing was written. Would propose' : 'Proposed'} ${ingestion.proposals.length} facts for review from source "${ingestion.source.id}"${ingestion.created ? '' : ' (already read before)'}: ${relations.join(', ')}; ${unreferenced} unreferenced.`,
        ...(unproposed.length > 0 ? [`${unproposed.length} entities have no relationship in the file and are not proposed (import them with --accept): ${unproposed.slice(0, 10).join(', ')}${unproposed.length > 10 ? ', …' : ''}`] : []),
        dryRun ? '' : 'Review them in the explorer, or with the reviewProposals mutation.',
      ].filter(Boolean).join('\n'),
    );
    return 0;
  });
}

async function main(argv: string[]) {
  const dryRun = argv.includes('--dry-run');
  const verbose = argv.includes('--verbose');
  const accept = argv.includes('--accept');
  const paths = argv.filter((arg) => arg !== '--dry-run' && arg !== '--verbose' && arg !== '--accept');
  if (paths.length === 0 || argv.includes('--help')) {
    console.log(USAGE);
    return paths.length === 0 && !argv.includes('--help') ? 2 : 0;
  }
  const unknown = paths.filter((arg) => arg.startsWith('--'));
  if (unknown.length > 0) {
    console.error(`Unknown option ${unknown.join(', ')}\n\n${USAGE}`);
    return 2;
  }
  const ftm = paths.filter(isFtmFile);
  if (ftm.length > 0 && paths.length > 1) {
    console.error(`An FtM file is imported alone: ${ftm.join(', ')} came with other files.\n\n${USAGE}`);
    return 2;
  }
  if (ftm.length > 0) {
    return importFtm(ftm[0]!, accept, dryRun).catch((error: unknown) => {
      if (!(error instanceof DatasetError)) throw error;
      console.error(error.message);
      return 1;
    });
  }
  if (accept) {
    console.error(`--accept is for FtM files; a dataset is always imported straight into the graph.\n\n${USAGE}`);
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
    printSummary(summary, dryRun);
    return 0;
  });
}

runCli(main);
