import { loadConfig, ConfigError } from '../../src/config';
import { renderNeo4jConf } from '../../src/neo4j/local/conf';
import { parseJavaMajor } from '../../src/neo4j/local/java';
import { instanceLayout } from '../../src/neo4j/local/layout';
import { generatePassword } from '../../src/neo4j/local/password';
import { splitStatements } from '../../src/neo4j/migrations';

describe('the local Neo4j settings', () => {
  const conf = renderNeo4jConf(instanceLayout('/tmp/home', 'dev'), { boltPort: 17999, pageCache: '64m' });
  const settings = Object.fromEntries(
    conf
      .split('\n')
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => line.split('=') as [string, string]),
  );

  it('listens on loopback only, with authentication on and HTTP off', () => {
    expect(settings['server.default_listen_address']).toBe('127.0.0.1');
    expect(settings['server.bolt.listen_address']).toBe('127.0.0.1:17999');
    expect(settings['dbms.security.auth_enabled']).toBe('true');
    expect(settings['server.http.enabled']).toBe('false');
    expect(settings['server.https.enabled']).toBe('false');
  });

  it('keeps data and logs inside the instance folder', () => {
    expect(settings['server.directories.data']).toBe('/tmp/home/neo4j/dev/data');
    expect(settings['server.directories.logs']).toBe('/tmp/home/neo4j/dev/logs');
  });

  it('takes extra settings, each declared once: one of ours is replaced, not repeated', () => {
    const lines = renderNeo4jConf(instanceLayout('/tmp/home', 'test'), {
      boltPort: 17999,
      pageCache: '64m',
      settings: { 'db.transaction.timeout': '2s', 'db.memory.transaction.max': '40m' },
    })
      .split('\n')
      .filter((line) => line && !line.startsWith('#'));
    expect(lines.filter((line) => line.startsWith('db.transaction.timeout='))).toEqual(['db.transaction.timeout=2s']);
    expect(lines).toContain('db.memory.transaction.max=40m');
    expect(new Set(lines.map((line) => line.split('=')[0])).size).toBe(lines.length);
  });

  it('reads Java versions old and new', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajor('java version "1.8.0_402"')).toBe(8);
    expect(parseJavaMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajor('nonsense')).toBeNull();
  });

  it('splits schema files into statements, skipping comments', () => {
    expect(splitStatements('// a comment; with a semicolon\nCREATE INDEX a;\n\nCREATE INDEX b\n  FOR (n) ON (n.x);\n')).toEqual([
      'CREATE INDEX a',
      'CREATE INDEX b\n  FOR (n) ON (n.x)',
    ]);
  });
});

describe('settings from the environment', () => {
  it('has defaults that need nothing set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ host: '127.0.0.1', port: 4000, remote: null, boltPort: 17687, corsOrigins: [] });
  });

  it('uses NEO4J_URI with its credentials', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://example.databases.neo4j.io', NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'graph' });
    expect(config.remote).toEqual({ uri: 'neo4j+s://example.databases.neo4j.io', user: 'neo4j', password: 'pw', database: 'graph' });
  });

  it('says which setting is wrong and how', () => {
    expect(() => loadConfig({ PORT: 'http' })).toThrow(new ConfigError('PORT must be a whole number, got "http"'));
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT must be between 0 and 65535/);
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' })).toThrow(/NEO4J_URI must start with one of bolt:\/\//);
    expect(() => loadConfig({ NEO4J_URI: 'bolt://localhost:7687' })).toThrow(/NEO4J_PASSWORD must be set/);
    expect(() => loadConfig({ NEO4J_HEAP: 'lots' })).toThrow(/NEO4J_HEAP must be a size such as 512m/);
  });
});

describe('the local Neo4j password', () => {
  it('is never read as an option on neo4j-admin’s command line', () => {
    // Base64url passwords started with "-" one time in 64, and the first start failed.
    const passwords = Array.from({ length: 2_000 }, generatePassword);
    for (const password of passwords) expect(password).toMatch(/^[0-9a-f]{48}$/);
    expect(new Set(passwords).size).toBe(passwords.length);
  });
});
