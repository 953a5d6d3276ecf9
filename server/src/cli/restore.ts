import { loadConfig } from '../config';
import { portInUse } from '../neo4j/connect';
import { restoreLocal } from '../neo4j/local/backup';
import { instanceLayout } from '../neo4j/local/layout';
import { runningJava } from '../neo4j/local/maintenance';
import { applyMigrations } from '../neo4j/migrations';
import { runCli, withDatabase } from './run';

const USAGE = `Usage: npm run restore -- <file.dump>

Replaces the local Neo4j's database with a dump made by \`npm run backup\` (neo4j-admin database load).
The database as it was is dumped first into .orgraph/backups/ (before-restore-dev-<time>.dump), so
nothing is lost. Neo4j is stopped meanwhile; a running \`npm start\` answers DATABASE_UNAVAILABLE and
brings it back. The schema migrations are applied to the restored database afterwards.`;

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
  const served = runningJava(instanceLayout(config.home, 'dev')) !== null;
  const safety = await restoreLocal(argv[0]!, { home: config.home, instanceName: 'dev', say: (line) => console.error(line) });
  console.log(`Restored ${argv[0]}. The database as it was before is in ${safety}.`);
  // The running server's supervisor brings Neo4j back (else this command starts it for the duration).
  for (let waited = 0; served && !(await portInUse(config.boltPort)) && waited < config.startTimeoutMs; waited += 500) {
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await withDatabase(({ database }) => applyMigrations(database));
  return 0;
}

runCli(main);
