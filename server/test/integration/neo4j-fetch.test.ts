import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../../src/config';

/** `npm run neo4j:fetch` as a user runs it, in a home of its own: exit code, output. */
async function neo4jFetch(home: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, ORGRAPH_HOME: home };
  try {
    const { stdout, stderr } = await promisify(execFile)(`${repoRoot}/node_modules/.bin/tsx`, ['server/src/cli/neo4j-fetch.ts', ...args], { cwd: repoRoot, env, encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('npm run neo4j:fetch', () => {
  let home: string;
  beforeEach(() => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'orgraph-fetch-'));
  });
  afterEach(() => fs.rmSync(home, { recursive: true, force: true }));

  it('finds jars already downloaded into ORGRAPH_HOME and downloads nothing', async () => {
    // A complete download is what ensureNeo4jJars marks with .complete.
    fs.mkdirSync(path.join(home, 'neo4j', 'lib'), { recursive: true });
    fs.writeFileSync(path.join(home, 'neo4j', 'lib', '.complete'), '');
    const run = await neo4jFetch(home);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(`Neo4j's jars are in ${path.join(home, 'neo4j', 'lib')}`);
    expect(run.stderr).not.toMatch(/Downloading/);
    expect(fs.readdirSync(path.join(home, 'neo4j'))).toEqual(['lib']);
  });

  it('refuses an argument it does not take, with its usage, and touches nothing', async () => {
    const run = await neo4jFetch(home, '--version', '5.26');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^Usage: npm run neo4j:fetch/);
    expect(fs.readdirSync(home)).toEqual([]);
  });
});
