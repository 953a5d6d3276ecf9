import { loadConfig } from '../server/src/config';
import { cypher, STATEMENTS } from '../server/src/cypher/registry';
import { Database } from '../server/src/neo4j/database';
import { startLocalNeo4j } from '../server/src/neo4j/local/process';
import { applyMigrations } from '../server/src/neo4j/migrations';

async function main() {
  const config = loadConfig(process.env);
  const neo4j = await startLocalNeo4j({ home: config.home, instanceName: 'prof', boltPort: 17799, heap: '1g', pageCache: '256m', startTimeoutMs: 300000, fresh: true, log: () => undefined });
  const db = Database.connect(neo4j, 600000);
  try {
    await applyMigrations(db);
    for (const name of STATEMENTS) {
      try {
        const r = await db.driver.executeQuery('EXPLAIN ' + cypher(name), {});
        const ops: string[] = [];
        const walk = (p: any) => { ops.push(p.operatorType.replace(/@.*/, '')); p.children.forEach(walk); };
        walk(r.summary.plan);
        const bad = name === process.argv[2] ? ops : ops.filter((o) => /AllNodesScan|NodeByLabelScan|RelationshipTypeScan|AllRelationshipsScan/.test(o));
        console.log(name.padEnd(40), bad.join(' '));
      } catch (e) { console.log(name, 'ERR', (e as Error).message.slice(0, 100)); }
    }
  } finally { await db.close(); await neo4j.stop(); }
}
main();
