import fs from 'node:fs';
import { loadConfig } from '../server/src/config';
import { cypher } from '../server/src/cypher/registry';
import { Database, cypherParams } from '../server/src/neo4j/database';
import { startLocalNeo4j } from '../server/src/neo4j/local/process';
import { syntheticGraph } from './synthetic';

async function main() {
  const config = loadConfig(process.env);
  const neo4j = await startLocalNeo4j({ home: config.home, instanceName: 'bench-import', boltPort: 17797, heap: '2g', pageCache: '512m', startTimeoutMs: 300000, log: () => undefined });
  const db = Database.connect(neo4j, 600000);
  try {
    const { dataset } = syntheticGraph(Number(process.argv[2] ?? 20000));
    const ids = dataset.relationships!.map((r) => r.id);
    const variants: Record<string, string> = JSON.parse(fs.readFileSync('/tmp/variants.json', 'utf8'));
    for (const [name, text] of [...Object.entries(variants), ...Object.entries(variants)]) {
      const t = performance.now();
      const r = await db.driver.executeQuery('PROFILE ' + text, cypherParams({ relationshipIds: ids.slice(0, Number(process.argv[3] ?? 5000)), entityIds: process.argv[5] ? dataset.entities!.map((e) => e.id) : [], sourceIds: process.argv[5] ? dataset.sources!.map((s) => s.id) : [] }));
      const plan = r.summary.profile as any;
      const walk = (p: any, d = 0): string => `${' '.repeat(d)}${p.operatorType} rows=${p.rows} hits=${p.dbHits}\n` + p.children.map((c: any) => walk(c, d + 1)).join('');
      console.log(name, (performance.now() - t).toFixed(0), 'ms');
      if (process.argv[4]) console.log(walk(plan));
    }
  } finally { await db.close(); await neo4j.stop(); }
}
main();
