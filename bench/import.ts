/**
 * Import benchmark: writes a synthetic dataset to a JSON file, imports it with `importPaths` (the code
 * behind `npm run import`) into an empty database, then imports it again (nothing to change), and
 * prints the time of each step. Runs on its own Neo4j (instance bench-import, emptied at each run)
 * with the heap the project gives a local Neo4j by default unless --heap says otherwise.
 *
 *   npm run bench:import -- [--entities 52000] [--heap 1g]
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../server/src/config';
import { importPaths, type ImportStep } from '../server/src/dataset/import';
import { Database } from '../server/src/neo4j/database';
import { startLocalNeo4j } from '../server/src/neo4j/local/process';
import { applyMigrations } from '../server/src/neo4j/migrations';
import { syntheticGraph } from './synthetic';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}

async function timedImport(db: Database, file: string, timeoutMs: number) {
  const steps: Array<[ImportStep, number]> = [];
  const started = performance.now();
  const onStep = (step: ImportStep, ms: number) => {
    steps.push([step, ms]);
    console.error(`  ${step}: ${ms.toFixed(0)} ms`);
  };
  const summary = await importPaths(db, [file], { timeoutMs, onStep });
  return { summary, steps, total: performance.now() - started };
}

async function main() {
  const entities = Number(option('entities', '52000'));
  if (!Number.isInteger(entities) || entities < 10) throw new Error('--entities must be a whole number of at least 10');
  const config = loadConfig(process.env);
  const heap = option('heap', config.heap);

  const { dataset } = syntheticGraph(entities);
  const folder = path.join(config.home, 'bench-import');
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, `synthetic-${entities}.json`);
  fs.writeFileSync(file, JSON.stringify(dataset));
  const relationships = dataset.relationships!.length;
  const citations = dataset.entities!.length + relationships;

  const neo4j = await startLocalNeo4j({
    home: config.home,
    instanceName: 'bench-import',
    boltPort: 17797,
    heap,
    pageCache: config.pageCache,
    startTimeoutMs: 300_000,
    fresh: true,
    log: (line) => console.error(line),
  });
  const db = Database.connect(neo4j, 600_000);
  try {
    await applyMigrations(db);
    const first = await timedImport(db, file, config.importTimeoutMs);
    const again = await timedImport(db, file, config.importTimeoutMs);
    const mb = (fs.statSync(file).size / 1e6).toFixed(1);
    console.log(`\nImport of ${path.basename(file)} (${mb} MB): ${entities} entities, ${relationships} relationships, ${citations} citations; Neo4j heap ${heap}`);
    console.log('\n| step | into an empty database (ms) | again, nothing to change (ms) |\n|---|---|---|');
    const againMs = new Map(again.steps);
    for (const [step, ms] of first.steps) console.log(`| ${step} | ${ms.toFixed(0)} | ${againMs.has(step) ? againMs.get(step)!.toFixed(0) : '-'} |`);
    console.log(`| **total** | **${first.total.toFixed(0)}** | **${again.total.toFixed(0)}** |`);
    const s = first.summary;
    console.log(`\nCreated ${s.sources.created} sources, ${s.entities.created} entities, ${s.relationships.created} relationships; the second run: ${again.summary.noChange ? 'nothing to change' : 'CHANGED SOMETHING'}.`);
  } finally {
    await db.close();
    await neo4j.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
