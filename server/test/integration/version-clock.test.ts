import type { RecordShape } from 'neo4j-driver';
import type { Orgraph } from '../../src/bootstrap';
import { VersionClock, type GraphVersion, type VersionReader } from '../../src/cache/version';
import type { StatementName } from '../../src/cypher/registry';
import type { Database } from '../../src/neo4j/database';
import { graphqlWithKey, startTestServer, testDatabase, withdrawTrust } from '../support/test-neo4j';

const EDITOR = 'version-clock-editor-key-0123456789';
let writer: Orgraph;
let db: Database;
const SOURCE = { id: 'version-clock-source', title: 'Version clock test source' };

jest.setTimeout(120_000);

beforeAll(async () => {
  // The releases come from another server: its own driver and connections, as another process behind a balancer.
  writer = await startTestServer({ editorKeys: [EDITOR], cache: null });
  db = testDatabase();
  const source = await graphqlWithKey(writer.url, 'mutation($s: SourceInput!) { upsertSource(source: $s) { id } }', { s: SOURCE }, EDITOR);
  expect(source.errors).toBeUndefined();
});
afterAll(async () => {
  await db?.close();
  await writer?.stop();
});

/**
 * The real database, read for real, with one difference in timing: the first version read, once Neo4j
 * has answered it, is held back until `letGo`. That is a read which began before a release and has not
 * yet returned, the moment in which a clock that shared its running read would hand out a stale version.
 */
class HeldFirstRead implements VersionReader {
  reads = 0;
  inFlight = 0;
  mostInFlight = 0;
  letGo!: () => void;
  private readonly held = new Promise<void>((resolve) => (this.letGo = resolve));
  private answered!: () => void;
  /** Settles when the first read has its answer from Neo4j (and is being held). */
  readonly firstAnswered = new Promise<void>((resolve) => (this.answered = resolve));

  constructor(private readonly database: Database) {}

  write<T extends RecordShape = RecordShape>(name: StatementName, params?: Record<string, unknown>): Promise<T[]> {
    return this.database.write<T>(name, params);
  }

  async read<T extends RecordShape = RecordShape>(name: StatementName, params?: Record<string, unknown>): Promise<T[]> {
    const number = ++this.reads;
    this.mostInFlight = Math.max(this.mostInFlight, ++this.inFlight);
    try {
      const rows = await this.database.read<T>(name, params);
      if (number === 1) {
        this.answered();
        await this.held;
      }
      return rows;
    } finally {
      this.inFlight -= 1;
    }
  }
}

async function release(name: string): Promise<number> {
  const write = await graphqlWithKey(writer.url, 'mutation($e: EntityInput!) { upsertEntity(entity: $e) { id } }', {
    e: { id: 'version-clock-forum', kind: 'ORGANIZATION', name, citations: [{ source: SOURCE.id, quote: 'It was founded.' }] },
  }, EDITOR);
  expect(write.errors).toBeUndefined();
  const [version] = await db.read<GraphVersion>('releases/version');
  return version!.latest;
}

describe('the version clock shared by cache hits', () => {
  // A clock with a trust window announces it on the release head; the next test's writes need not wait it out.
  afterEach(() => withdrawTrust(db));

  it('gives requests that wait behind a running read one later read, which sees a release committed meanwhile', async () => {
    await release('Version Clock Forum 1');
    const reader = new HeldFirstRead(db);
    const clock = new VersionClock(reader);

    const first = clock.current();
    await reader.firstAnswered;
    // Arrived while the first read runs, before the release: they may not take the first read's answer…
    const waiting = [clock.current(), clock.current()];
    const committed = await release('Version Clock Forum 2');
    // …nor may one that arrived after the release committed.
    waiting.push(clock.current());
    reader.letGo();

    expect((await first).latest).toBeLessThan(committed);
    for (const version of await Promise.all(waiting)) expect(version.latest).toBeGreaterThanOrEqual(committed);
    // The three shared one read, which started only when the first ended.
    expect(reader.reads).toBe(2);
    expect(reader.mostInFlight).toBe(1);

    // Nothing running: the next request reads afresh.
    const committedLater = await release('Version Clock Forum 3');
    expect((await clock.current()).latest).toBeGreaterThanOrEqual(committedLater);
    expect(reader.reads).toBe(3);
  });

  it('does not trust, for later requests, a read that was running when a write in this process committed', async () => {
    await release('Version Clock Forum 4');
    const reader = new HeldFirstRead(db);
    // A trust window longer than the test's reads: only a write here can make the clock read again.
    // (The writer waits it out after its commit: the clock announced it on the release head.)
    const clock = new VersionClock(reader, 5_000);

    const first = clock.current();
    await reader.firstAnswered;
    // A release written through this process while the read is held (the cache calls forget() on a mutation).
    const committed = await release('Version Clock Forum 5');
    clock.forget();
    reader.letGo();
    expect((await first).latest).toBeLessThan(committed);

    // The next request must not be given the held read's (older) version from the trust window.
    expect((await clock.current()).latest).toBeGreaterThanOrEqual(committed);
    expect(reader.reads).toBe(2);
    // Now trusted: within the window no further read is made.
    expect((await clock.current()).latest).toBeGreaterThanOrEqual(committed);
    expect(reader.reads).toBe(2);
  });

  it('hands a failed read on: the requests queued behind it get the next read', async () => {
    let reads = 0;
    const failingFirst: VersionReader = {
      read: async <T extends RecordShape = RecordShape>(name: StatementName, params?: Record<string, unknown>) => {
        reads += 1;
        const rows = await db.read<T>(name, params);
        if (reads === 1) throw new Error('the first read failed');
        return rows;
      },
      write: (name, params) => db.write(name, params),
    };
    const clock = new VersionClock(failingFirst);
    const first = clock.current();
    const queued = clock.current();
    await expect(first).rejects.toThrow('the first read failed');
    expect((await queued).latest).toBeGreaterThan(0);
    expect(reads).toBe(2);
  });
});
