import { loadConfig } from '../config';
import { backupLocal } from '../neo4j/local/backup';
import { runCli } from './run';

const USAGE = `Usage: npm run backup -- [--to <folder>]

Dumps the local Neo4j's database (neo4j-admin database dump) into <folder>, by default
.orgraph/backups/ (under ORGRAPH_HOME), as orgraph-dev-<time>.dump. Neo4j is stopped for the seconds
the dump takes: a running \`npm start\` answers DATABASE_UNAVAILABLE meanwhile and brings it back.
\`npm run restore -- <file>\` loads a dump back.`;

async function main(argv: string[]) {
  const [option, folder, ...rest] = argv;
  const valid = argv.length === 0 || (option === '--to' && folder !== undefined && !folder.startsWith('--') && rest.length === 0);
  if (!valid) {
    console.error(USAGE);
    return argv.includes('--help') ? 0 : 2;
  }
  const config = loadConfig();
  if (config.remote) {
    console.error('NEO4J_URI is set: back up that server with its own tools (neo4j-admin database dump or backup there).');
    return 2;
  }
  const started = Date.now();
  const file = await backupLocal({ home: config.home, instanceName: 'dev', folder, say: (line) => console.error(line) });
  console.log(`Backup written in ${((Date.now() - started) / 1000).toFixed(1)} s: ${file}`);
  return 0;
}

runCli(main);
