import { performance } from 'node:perf_hooks';
import { withinDeadline, type Database } from '../neo4j/database';

/** The state of the graph a read is answered at: the latest release and the edits made without one. */
export interface GraphVersion {
  latest: number;
  edits: number;
}

export const versionTag = (version: GraphVersion): string => `${version.latest}.${version.edits}`;

/**
 * Reads the graph's version for requests, at most one statement in flight. A request never takes the
 * answer of a check that started before it arrived (that check may have read the head before a release
 * the request's client already saw committed): it waits for the next check, which every request that
 * arrived meanwhile shares. So under load there is about one version read per round trip, not one per
 * request, and a read that starts after a release commits, in any process, sees that release.
 */
export class VersionClock {
  private running: Promise<GraphVersion> | null = null;
  private next: Promise<GraphVersion> | null = null;

  /** Called with each version read, so a cache can drop what an edit without a release made stale. */
  private readonly listeners: Array<(version: GraphVersion) => void> = [];

  /** The last version read and when: reused for `trustMs` (0: never) unless a write here made it old. */
  private last: { version: GraphVersion; at: number } | null = null;

  constructor(
    private readonly database: Database,
    private readonly trustMs = 0,
  ) {}

  /** A write in this process: the next request reads the version again, whatever `trustMs` says. */
  forget(): void {
    this.last = null;
  }

  onVersion(listener: (version: GraphVersion) => void): void {
    this.listeners.push(listener);
  }

  /**
   * The version, within the calling request's deadline: a request that shares a check another request
   * started (or waits behind it) on a frozen Neo4j still gets its answer when its own deadline passes.
   */
  current(): Promise<GraphVersion> {
    if (this.last && performance.now() - this.last.at < this.trustMs) return Promise.resolve(this.last.version);
    if (!this.running) return withinDeadline((this.running = this.check()));
    // Already queued behind the running check: share that next one.
    this.next ??= this.running.catch(() => undefined).then(() => {
      this.next = null;
      return (this.running = this.check());
    });
    return withinDeadline(this.next);
  }

  private async check(): Promise<GraphVersion> {
    const at = performance.now();
    try {
      const [row] = await this.database.readOnce<GraphVersion>('releases/version');
      const version = { latest: row?.latest ?? 0, edits: row?.edits ?? 0 };
      for (const listener of this.listeners) listener(version);
      this.last = { version, at };
      return version;
    } finally {
      this.running = null;
    }
  }
}
