import { performance } from 'node:perf_hooks';
import { DatabaseUnavailableError, withinDeadline, type Database, type Deadline } from '../neo4j/database';

/** The state of the graph a read is answered at: the latest release and the edits made without one. */
export interface GraphVersion {
  latest: number;
  edits: number;
}

export const versionTag = (version: GraphVersion): string => `${version.latest}.${version.edits}`;

/** What the clock reads the version through (`Database.read`) and announces its trust window with (`Database.write`). */
export type VersionReader = Pick<Database, 'read' | 'write'>;

/**
 * Reads the graph's version for requests, at most one statement in flight. A request never takes the
 * answer of a read that started before it arrived (that read may have seen the head before a release
 * the request's client already saw committed): it waits for the next read, which every request that
 * arrives meanwhile shares and which starts the moment the one in flight ends. So under load there is
 * one version read per round trip, not one per request, and a read that starts after a release
 * commits, in any process, sees that release.
 *
 * With a trust window (`trustMs`, ORGRAPH_CACHE_TRUST_MS) a read is reused for that long, measured from
 * when it started, once the window is announced on the release head: every write that moves the head
 * then waits out the largest announced window after its commit (server/src/neo4j/commit-wait.ts), so a
 * request that starts after a write was acknowledged, here or on any other server, is past the window
 * of every read that missed the write, and reads again.
 */
export class VersionClock {
  /** The read in flight, if any. */
  private inFlight: Promise<GraphVersion> | null = null;
  /** The read that the requests arrived during the one in flight wait for, started when that one ends. */
  private queued: { version: Promise<GraphVersion>; start(): void } | null = null;

  /** Called with each version read, so a cache can drop what an edit without a release made stale. */
  private readonly listeners: Array<(version: GraphVersion) => void> = [];

  /** The last version read and when: reused for `trustMs` (0: never) unless a write here made it old. */
  private last: { version: GraphVersion; at: number } | null = null;

  /** Counts the writes in this process: a read that began before one may not be trusted after it. */
  private writes = 0;

  /** The window reads are trusted for: 0 until `wantedTrustMs` is announced on the release head. */
  private trustMs = 0;

  constructor(
    private readonly database: VersionReader,
    private readonly wantedTrustMs = 0,
    /** How long a request waits for the version (the requests' deadline; null: as long as it takes). */
    private readonly deadline: Deadline | null = null,
  ) {}

  /** A write in this process: the next request reads the version again, whatever `trustMs` says. */
  forget(): void {
    this.writes += 1;
    this.last = null;
  }

  onVersion(listener: (version: GraphVersion) => void): void {
    this.listeners.push(listener);
  }

  /** The version last read while it is within the trust window (null: a request must wait for a read). */
  trusted(): GraphVersion | null {
    return this.last && performance.now() - this.last.at < this.trustMs ? this.last.version : null;
  }

  /**
   * The version, within the requests' deadline: a request that shares a read another request
   * started (or waits behind it) on a frozen Neo4j still gets its answer when its own deadline passes.
   */
  current(): Promise<GraphVersion> {
    const trusted = this.trusted();
    if (trusted) return Promise.resolve(trusted);
    if (!this.inFlight) return withinDeadline(this.start(), this.deadline);
    if (!this.queued) {
      let start!: () => void;
      const version = new Promise<GraphVersion>((resolve, reject) => {
        start = () => this.start().then(resolve, reject);
      });
      this.queued = { version, start };
    }
    return withinDeadline(this.queued.version, this.deadline);
  }

  /** Starts a read; when it ends, the queued one (if any) starts at once, so none is in flight beside it. */
  private start(): Promise<GraphVersion> {
    const read = this.read();
    this.inFlight = read;
    const handOver = () => {
      this.inFlight = null;
      const queued = this.queued;
      this.queued = null;
      queued?.start();
    };
    read.then(handOver, handOver);
    return read;
  }

  private async read(): Promise<GraphVersion> {
    if (this.trustMs < this.wantedTrustMs) await this.announce();
    const at = performance.now();
    const writesBefore = this.writes;
    const [row] = await this.database.read<GraphVersion>('releases/version');
    const version = { latest: row?.latest ?? 0, edits: row?.edits ?? 0 };
    for (const listener of this.listeners) listener(version);
    // A write here while it ran may have committed after it read: its answer is still given to the
    // requests that were waiting for it (they arrived before the write), but not trusted for later ones.
    if (this.writes === writesBefore) this.last = { version, at };
    return version;
  }

  /**
   * Announces the trust window on the release head before any read is trusted for it. If the
   * announcement fails, reads are not trusted (each request reads the version) until one succeeds.
   */
  private async announce(): Promise<void> {
    try {
      await this.database.write('releases/announce-trust', { trustMs: this.wantedTrustMs });
      this.trustMs = this.wantedTrustMs;
    } catch (error) {
      // Unreachable: the version read would wait out the deadline again. Otherwise (a database that
      // refuses the write) the read goes ahead, untrusted.
      if (error instanceof DatabaseUnavailableError) throw error;
    }
  }
}
