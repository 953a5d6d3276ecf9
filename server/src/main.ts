import './production-mode';
import { startOrgraph } from './bootstrap';
import { ConfigError, loadConfig } from './config';
import { LocalNeo4jError } from './neo4j/local/java';
import { DatasetError } from './dataset/types';

/** `npm start`: the local Neo4j (or NEO4J_URI), the schema, the seed data, and the server on one port. */
async function main() {
  const config = loadConfig();
  const orgraph = await startOrgraph(config, {
    instanceName: 'dev',
    say: (line) => console.log(line),
    log: (entry) => console.error(JSON.stringify({ time: new Date().toISOString(), ...entry })),
  });
  console.log(`\nOrgraph is ready:\n  explorer  ${orgraph.url}/\n  GraphQL   ${orgraph.url}/graphql (GraphiQL in a browser)\n  health    ${orgraph.url}/readyz\n  metrics   ${orgraph.url}/metrics\nPress Ctrl-C to stop.`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the server and Neo4j...`);
    await orgraph.stop();
    console.log('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof LocalNeo4jError || error instanceof DatasetError;
  console.error(known ? `\nOrgraph could not start: ${(error as Error).message}` : error);
  process.exit(1);
});
