import type { LocalNeo4j } from '../../src/neo4j/local/process';

export default async function globalTeardown(): Promise<void> {
  const local = (globalThis as { __orgraphTestNeo4j?: LocalNeo4j }).__orgraphTestNeo4j;
  await local?.stop();
}
