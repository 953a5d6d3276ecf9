import { loadConfig } from '../config';
import { connect, type Connection } from '../neo4j/connect';

/**
 * What every command-line tool shares: the database (NEO4J_URI, the running local Neo4j, or one
 * started for the duration), closed afterwards; an exit code; and a one-line message instead of a
 * stack trace when something fails.
 */
export function runCli(main: (argv: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}

export async function withDatabase<T>(work: (connection: Connection) => Promise<T>): Promise<T> {
  const connection = await connect(loadConfig(), { instanceName: 'dev', attach: true, log: (text) => console.error(text) });
  try {
    return await work(connection);
  } finally {
    await connection.close();
  }
}
