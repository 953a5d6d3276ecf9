import neo4j from 'neo4j-driver';
import { loadConfig } from '../server/src/config';
import { startLocalNeo4j } from '../server/src/neo4j/local/process';
(async () => {
  const local = await startLocalNeo4j({ home: loadConfig({}).home, instanceName: 'scratch', boltPort: 17790, heap: '256m', pageCache: '16m', startTimeoutMs: 120000, fresh: true, log: console.log });
  const driver = neo4j.driver(local.uri, neo4j.auth.basic(local.user, local.password));
  try {
    await driver.executeQuery('CREATE (:X {n: 1})');
    await driver.executeQuery('STOP DATABASE neo4j WAIT', {}, { database: 'system' });
    console.log('stopped', (await driver.executeQuery('SHOW DATABASES', {}, { database: 'system' })).records.map((r) => [r.get('name'), r.get('currentStatus')]));
    await driver.executeQuery('START DATABASE neo4j WAIT', {}, { database: 'system' });
    console.log('started');
  } catch (e) { console.log('ERR', (e as Error).message); }
  await driver.close(); await local.stop();
})();
