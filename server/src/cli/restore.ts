import { loadConfig } from '../config';
import { applyMigrations } from '../neo4j/migrations';
import { restoreLocalDatabase } from '../releases/restore';
import { runCli, withDatabase } from './run';

const USAGE = `Usage: npm run restore -- <file.dump>

Replaces the local Neo4j's database with a dump made by \`npm run backup\` (neo4j-admin database load).
The database as it was is dumped first into .orgraph/backups/ (before-restore-dev-<time>.dump), so
nothing is lost. Neo4j is stopped meanwhile; a running \`npm start\` answers DATABASE_UNAVAILABLE and
brings it back. The schema migrations are applied to the restored database afterwards, and the release
head moves past where it was, so no cache or ETag of an answer given before takes it for the restored one.`;

async function main(argv: string[]) {
  if (argv.length !== 1 || argv[0]!.startsWith('--')) {
    console.error(USAGE);
    return argv.includes('--help') ? 0 : 2;
  }
  const config = loadConfig();
  if (config.remote) {
    console.error('NEO4J_URI is set: restore that server with its own tools (neo4j-admin database load there).');
    return 2;
  }
  const safety = await withDatabase(async ({ database }) => {
    const dumped = await restoreLocalDatabase(database, argv[0]!, { home: config.home, instanceName: 'dev', say: (line) => console.error(line) }, config.startTimeoutMs);
    await applyMigrations(database);
    return dumped;
  });
  console.log(`Restored ${argv[0]}. The database as it was before is in ${safety}.`);
  return 0;
}

runCli(main);
