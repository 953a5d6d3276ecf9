import fs from 'node:fs';
import path from 'node:path';
import { startOrgraph, type Orgraph } from '../../src/bootstrap';
import { loadConfig, repoRoot } from '../../src/config';
import { backupLocal } from '../../src/neo4j/local/backup';
import { superviseLocalNeo4j, type SupervisedNeo4j } from '../../src/neo4j/local/supervisor';
import { syntheticGraph } from '../../../bench/synthetic';
import { contentHash } from '../../src/dataset/export';
import { importPaths } from '../../src/dataset/import';
import { Database, DatabaseMemoryError, DatabaseUnavailableError } from '../../src/neo4j/database';
import { restoreLocalDatabase } from '../../src/releases/restore';
import { folderWith } from '../support/files';
import { freePort } from '../support/ports';
import { graphql } from '../support/test-neo4j';

/**
 * Its own Neo4j (instance "resilience", under the supervisor `npm start` uses), because this suite
 * stops, freezes and kills it under a running server: requests must fail fast with
 * DATABASE_UNAVAILABLE, /readyz must say so, service must come back by itself, and what was committed
 * must still be there afterwards.
 */
const EDITOR = 'editor-key-for-resilience-0001';
const INSTANCE = 'resilience';
let boltPort: number;
let neo4j: SupervisedNeo4j;
let orgraph: Orgraph;
/** What the supervisor logged. */
const supervisorLog: string[] = [];

// A small per-transaction memory limit: room for the CSTO graph, not for a large import.
const startNeo4j = (fresh: boolean) =>
  superviseLocalNeo4j({
    home: loadConfig({}).home,
    instanceName: INSTANCE,
    boltPort,
    heap: '512m',
    pageCache: '64m',
    startTimeoutMs: 180_000,
    fresh,
    settings: { 'db.memory.transaction.max': '40m' },
    log: (line) => supervisorLog.push(line),
  });

beforeAll(async () => {
  boltPort = await freePort();
  neo4j = await startNeo4j(true);
  orgraph = await startOrgraph(
    {
      ...loadConfig({}),
      port: 0,
      remote: { uri: neo4j.uri, user: neo4j.user, password: neo4j.password, database: undefined },
      seed: path.join(repoRoot, 'data', 'csto'),
      editorKeys: [EDITOR],
      // Generous: a fresh JVM on a busy machine can take seconds over its first statements.
      queryTimeoutMs: 30_000,
      requestTimeoutMs: 32_000,
    },
    { instanceName: INSTANCE, say: () => undefined, log: () => undefined },
  );
}, 240_000);

afterAll(async () => {
  await orgraph?.stop();
  await neo4j?.stop();
}, 120_000);

const write = (query: string, variables: Record<string, unknown>) =>
  fetch(`${orgraph.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${EDITOR}` },
    body: JSON.stringify({ query, variables }),
  }).then((response) => response.json() as Promise<any>);

describe('when an import needs more memory than Neo4j allows a transaction', () => {
  it('refuses it with a message that says what to do, and writes nothing', async () => {
    const db = Database.connect(neo4j, 60_000);
    try {
      const file = path.join(folderWith({}), 'large.json');
      fs.writeFileSync(file, JSON.stringify(syntheticGraph(5_000).dataset));
      const before = await contentHash(db);
      const started = db.statementsRun;
      const error = await importPaths(db, [file]).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(DatabaseMemoryError);
      expect((error as Error).message).toMatch(/^The database ran out of memory for this transaction, so nothing was written \(Neo4j: .+\)\. Give Neo4j more memory \(NEO4J_HEAP/);
      // Not retried: at most the statements of one pass (1 look-up, 1 + 1 + 2 + 3 batches of writes).
      expect(db.statementsRun - started).toBeLessThanOrEqual(8);
      expect(await contentHash(db)).toBe(before);
    } finally {
      await db.close();
    }
  });
});

describe('when Neo4j goes away and comes back', () => {
  it('keeps data written through the API across a restart, reports unavailability at once, and recovers by itself', async () => {
    const written = await write('mutation($e: EntityInput!) { upsertEntity(entity: $e) { id } }', {
      e: { id: 'written-before-restart', kind: 'TOPIC', name: 'Written before the restart', citations: [{ source: 'trend-2025-11-27' }] },
    });
    expect(written.errors).toBeUndefined();

    await neo4j.stop();
    const started = Date.now();
    const down = await graphql(orgraph.url, '{ entity(id: "csto") { name } }');
    expect(down.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(down.errors?.[0]?.message).not.toMatch(/bolt|127\.0\.0\.1|Neo4jError/);
    expect(Date.now() - started).toBeLessThan(15_000);
    const notReady = await fetch(`${orgraph.url}/readyz`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toMatchObject({ ready: false, neo4j: 'unreachable' });
    expect((await fetch(`${orgraph.url}/healthz`)).status).toBe(200);

    neo4j = await startNeo4j(false);
    let back: any;
    for (let attempt = 0; attempt < 30; attempt++) {
      back = await graphql(orgraph.url, '{ entity(id: "written-before-restart") { name } csto: entity(id: "csto") { name } }');
      if (!back.errors) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(back.errors).toBeUndefined();
    expect(back.data).toEqual({ entity: { name: 'Written before the restart' }, csto: { name: 'Collective Security Treaty Organization' } });
    expect((await fetch(`${orgraph.url}/readyz`)).status).toBe(200);
  }, 180_000);
});

interface Outcome {
  started: number;
  ended: number;
  status: number;
  code: string | undefined;
  message: string | undefined;
  retryAfter: string | null;
}

const LOAD_QUERY = '{ entity(id: "csto") { name relationships(first: 5) { totalCount edges { node { from { name } } } } } }';

/** `clients` loops of reads against `url` until `stop()`; every answer is kept with its times. */
function load(url: string, clients: number) {
  const outcomes: Outcome[] = [];
  let running = true;
  const loop = async () => {
    while (running) {
      const started = Date.now();
      try {
        const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: LOAD_QUERY }) });
        const body = (await response.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
        outcomes.push({ started, ended: Date.now(), status: response.status, code: body.errors?.[0]?.extensions?.code, message: body.errors?.[0]?.message, retryAfter: response.headers.get('retry-after') });
      } catch (error) {
        outcomes.push({ started, ended: Date.now(), status: 0, code: `no answer: ${(error as Error).message}`, message: undefined, retryAfter: null });
      }
      if (outcomes[outcomes.length - 1]!.code) await sleep(100);
    }
  };
  const loops = Array.from({ length: clients }, loop);
  return {
    outcomes,
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(probe: () => Promise<T | undefined>, limitMs: number): Promise<T> {
  const end = Date.now() + limitMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('gave up waiting');
    await sleep(500);
  }
}

/** Waits until the API answers reads again (the supervisor brought Neo4j back) and returns the answer. */
const answering = (url: string, query: string) =>
  until(async () => {
    const answer = await graphql(url, query);
    return answer.errors ? undefined : answer;
  }, 240_000);

describe('when Neo4j freezes for longer than the request deadline (SIGSTOP) under load', () => {
  it('answers every request by its deadline with DATABASE_UNAVAILABLE and Retry-After, /readyz within 2 s, then recovers', async () => {
    // A server of its own with a short deadline, on the same Neo4j.
    const deadlineMs = 2_500;
    const fast = await startOrgraph(
      { ...loadConfig({}), port: 0, remote: { uri: neo4j.uri, user: neo4j.user, password: neo4j.password, database: undefined }, seed: null, queryTimeoutMs: 1_000, requestTimeoutMs: deadlineMs },
      { instanceName: INSTANCE, say: () => undefined, log: () => undefined },
    );
    const clients = load(fast.url, 8);
    let frozenAt = 0;
    let thawedAt = 0;
    let readyz: { body: any; status: number; ended: number } | undefined;
    try {
      await sleep(1_000);
      frozenAt = Date.now();
      process.kill(neo4j.javaPid, 'SIGSTOP');
      await sleep(1_000);
      const response = await fetch(`${fast.url}/readyz`);
      readyz = { status: response.status, body: await response.json(), ended: Date.now() };
      await sleep(8_000);
    } finally {
      thawedAt = Date.now();
      process.kill(neo4j.javaPid, 'SIGCONT');
    }
    const back = await answering(fast.url, '{ entity(id: "csto") { name } }');
    await clients.stop();
    await fast.stop();

    expect(back.data).toEqual({ entity: { name: 'Collective Security Treaty Organization' } });
    expect(readyz).toMatchObject({ status: 503, body: { ready: false, neo4j: 'not answering' } });
    expect(readyz!.ended).toBeLessThan(thawedAt);
    // Requests sent while frozen, early enough for their deadline to pass before the thaw, and after the
    // trust window of the last release-number read (within it, hits are answered from memory, rightly).
    const trustMs = loadConfig({}).cache!.trustMs;
    const frozen = clients.outcomes.filter((o) => o.started > frozenAt + 100 + trustMs && o.started < thawedAt - deadlineMs - 2_000);
    expect(frozen.length).toBeGreaterThanOrEqual(8);
    for (const outcome of frozen) {
      expect(outcome).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE', retryAfter: '5' });
      expect(outcome.message).toMatch(/^The graph database (did not answer in 2\.5 s|is busy)/);
      // Answered while Neo4j was still frozen, not when it came back.
      expect(outcome.ended).toBeLessThan(thawedAt);
    }
    const codes = new Set(clients.outcomes.map((o) => o.code));
    expect(codes.has('INTERNAL_SERVER_ERROR')).toBe(false);
    expect([...codes].filter((code) => code?.startsWith('no answer'))).toEqual([]);
  }, 300_000);
});

describe('when the Neo4j process is killed (kill -9)', () => {
  it('under load: answers DATABASE_UNAVAILABLE, the supervisor brings Neo4j back, and committed data is all there', async () => {
    const written = await write('mutation($e: EntityInput!) { upsertEntity(entity: $e) { id } }', {
      e: { id: 'committed-before-kill', kind: 'TOPIC', name: 'Committed before the kill', citations: [{ source: 'trend-2025-11-27' }] },
    });
    expect(written.errors).toBeUndefined();
    const restarts = neo4j.restarts();
    const clients = load(orgraph.url, 8);
    await sleep(1_000);
    process.kill(neo4j.javaPid, 'SIGKILL');
    await until(async () => (neo4j.restarts() > restarts ? true : undefined), 240_000);
    const back = await answering(orgraph.url, '{ entity(id: "committed-before-kill") { name } csto: entity(id: "csto") { name } }');
    await sleep(500);
    await clients.stop();

    expect(back.data).toEqual({ entity: { name: 'Committed before the kill' }, csto: { name: 'Collective Security Treaty Organization' } });
    const codes = new Set(clients.outcomes.map((o) => o.code));
    expect(codes.has('DATABASE_UNAVAILABLE')).toBe(true);
    expect([...codes].filter((code) => code !== undefined && code !== 'DATABASE_UNAVAILABLE')).toEqual([]);
    expect(clients.outcomes.filter((o) => o.code === 'DATABASE_UNAVAILABLE').every((o) => o.status === 503 && o.retryAfter === '5')).toBe(true);
    // Served again: a burst of concurrent reads all answered.
    const burst = await Promise.all(Array.from({ length: 8 }, () => graphql(orgraph.url, LOAD_QUERY)));
    expect(burst.map((answer) => answer.errors)).toEqual(Array(8).fill(undefined));
    expect(supervisorLog.join('\n')).toMatch(/exited unexpectedly: exit code 137 \(killed by signal 9, SIGKILL: the OOM killer or kill -9\)\.\nLast lines of .*console\.log/);
    expect((await fetch(`${orgraph.url}/readyz`)).status).toBe(200);
  }, 300_000);

  it('during an import: the import writes nothing, and the graph is as it was once Neo4j is back', async () => {
    const db = Database.connect(neo4j, 60_000);
    try {
      const file = path.join(folderWith({}), 'import.json');
      fs.writeFileSync(file, JSON.stringify(syntheticGraph(1_000, 7).dataset));
      const before = await contentHash(db);
      const restarts = neo4j.restarts();
      let killedAfter: string | undefined;
      const error = await importPaths(db, [file], {
        onStep: (step) => {
          // Entities are written, relationships not yet: the transaction is open and half done.
          if (step === 'entities' && !killedAfter) {
            killedAfter = step;
            process.kill(neo4j.javaPid, 'SIGKILL');
          }
        },
      }).catch((caught: unknown) => caught);
      expect(killedAfter).toBe('entities');
      expect(error).toBeInstanceOf(DatabaseUnavailableError);
      await until(async () => (neo4j.restarts() > restarts ? true : undefined), 240_000);
      expect(await until(() => contentHash(db), 120_000)).toBe(before);
    } finally {
      await db.close();
    }
  }, 300_000);
});

describe('backup and restore of the local database', () => {
  const upsert = (id: string) =>
    write('mutation($e: EntityInput!) { upsertEntity(entity: $e) { id } }', { e: { id, kind: 'TOPIC', name: id, citations: [{ source: 'trend-2025-11-27' }] } });

  it('round-trips: a restore brings back what the backup held, keeps what it replaced in a dump of its own, and moves the release head past where it was', async () => {
    expect((await upsert('in-the-backup')).errors).toBeUndefined();
    const folder = folderWith({});
    const settings = { home: loadConfig({}).home, instanceName: INSTANCE, folder, say: () => undefined };

    const dump = await backupLocal(settings);
    expect(path.basename(dump)).toMatch(/^orgraph-resilience-.*\.dump$/);
    expect(fs.statSync(dump).size).toBeGreaterThan(1_000);
    // The server kept running; the supervisor started Neo4j again after the dump.
    await answering(orgraph.url, '{ entity(id: "in-the-backup") { id } }');
    expect((await upsert('after-the-backup')).errors).toBeUndefined();
    // A GET read of the release made after the backup, which the server caches and whose ETag a client keeps.
    const url = `${orgraph.url}/graphql?query=${encodeURIComponent('{ entity(id: "after-the-backup") { id } }')}`;
    const read = (headers: Record<string, string> = {}) => fetch(url, { headers: { 'apollo-require-preflight': 'true', ...headers } });
    const before = await read();
    expect(((await before.json()) as any).data.entity).toEqual({ id: 'after-the-backup' });
    const etag = before.headers.get('etag')!;
    expect((await read({ 'if-none-match': etag })).status).toBe(304);

    const db = Database.connect(neo4j, 60_000);
    let safety: string;
    try {
      safety = await restoreLocalDatabase(db, dump, settings, 240_000);
    } finally {
      await db.close();
    }
    const restored = await answering(orgraph.url, '{ kept: entity(id: "in-the-backup") { id } later: entity(id: "after-the-backup") { id } csto: entity(id: "csto") { name } }');
    expect(restored.data).toEqual({ kept: { id: 'in-the-backup' }, later: null, csto: { name: 'Collective Security Treaty Organization' } });
    expect(path.basename(safety)).toMatch(/^before-restore-resilience-.*\.dump$/);
    expect(fs.readdirSync(folder).filter((name) => name.endsWith('.partial'))).toEqual([]);
    expect(supervisorLog.join('\n')).toMatch(/stopped for maintenance/);

    // The next release takes the number the one made after the backup had: the read is answered afresh,
    // not from the server's cache, and the client's ETag of before does not match.
    expect((await upsert('after-the-restore')).errors).toBeUndefined();
    const after = await read({ 'if-none-match': etag });
    expect(after.headers.get('x-orgraph-release')).toBe(before.headers.get('x-orgraph-release'));
    expect(after.status).toBe(200);
    expect(((await after.json()) as any).data.entity).toBeNull();
  }, 600_000);
});
