import fs from 'node:fs';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../../src/config';
import { instanceLayout } from '../../src/neo4j/local/layout';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/neo4j/local/process';
import { freePort } from '../support/ports';

/**
 * Its own Neo4j (instance "password-check"), started once from an empty folder: the password file
 * is the only thing in it, as an interrupted first start of an earlier version left it.
 */
const INSTANCE = 'password-check';
let local: LocalNeo4j | undefined;

afterAll(async () => {
  await local?.stop();
  fs.rmSync(instanceLayout(loadConfig({}).home, INSTANCE).instance, { recursive: true, force: true });
});

describe('a local Neo4j whose password file holds a password that starts with "-"', () => {
  it('sets it as the initial password and accepts it', async () => {
    const home = loadConfig({}).home;
    const layout = instanceLayout(home, INSTANCE);
    fs.rmSync(layout.instance, { recursive: true, force: true });
    fs.mkdirSync(layout.instance, { recursive: true });
    const password = '-Abc_dEf-0123456789';
    fs.writeFileSync(layout.passwordFile, `${password}\n`, { mode: 0o600 });

    local = await startLocalNeo4j({ home, instanceName: INSTANCE, boltPort: await freePort(), heap: '256m', pageCache: '16m', startTimeoutMs: 120_000, log: () => undefined });
    expect(local.password).toBe(password);
    const driver = neo4j.driver(local.uri, neo4j.auth.basic(local.user, password));
    try {
      const result = await driver.executeQuery('RETURN 1 AS one');
      expect(result.records[0]!.get('one').toNumber()).toBe(1);
    } finally {
      await driver.close();
    }
  }, 180_000);
});
