import { loadConfig } from '../config';
import { ensureNeo4jJars } from '../neo4j/local/fetch';
import { checkJava } from '../neo4j/local/java';
import { instanceLayout } from '../neo4j/local/layout';
import { runCli } from './run';

const USAGE = `Usage: npm run neo4j:fetch

Downloads Neo4j Community's jars (with Maven, over neo4j/pom.xml) into ORGRAPH_HOME's shared lib
folder, as \`npm start\` and \`npm test\` do on their first run, without starting anything: to set up a
machine ahead of time. Does nothing when they are already there.`;

async function main(argv: string[]) {
  if (argv.length > 0) {
    console.error(USAGE);
    return argv.includes('--help') ? 0 : 2;
  }
  checkJava();
  // The jars are shared by every instance; the instance name only places its own folders.
  const layout = instanceLayout(loadConfig().home, 'dev');
  await ensureNeo4jJars(layout, (line) => console.error(line));
  console.log(`Neo4j's jars are in ${layout.lib}`);
  return 0;
}

runCli(main);
