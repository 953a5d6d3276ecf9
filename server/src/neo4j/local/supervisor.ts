import type { Log } from './fetch';
import { underMaintenance } from './maintenance';
import { lastLogLines, startLocalNeo4j, type Exit, type LocalNeo4j, type LocalNeo4jOptions } from './process';

/** Waits between restarts: doubling from the first to the last, back to the first after a good run. */
export const BACKOFF = { firstMs: 1_000, maxMs: 30_000, resetAfterMs: 60_000 };

export interface SupervisedNeo4j extends LocalNeo4j {
  /** The JVM now running, or null while it is down and being brought back. */
  current(): LocalNeo4j | null;
  /** Restarts so far (each one logged with the reason). */
  restarts(): number;
}

/** How often a supervisor looks whether a backup or restore is done. */
const MAINTENANCE_POLL_MS = 500;

/** The delay before the attempt that follows `failures` consecutive failed runs. */
export function backoffMs(failures: number, backoff = BACKOFF): number {
  return Math.min(backoff.maxMs, backoff.firstMs * 2 ** Math.max(0, failures - 1));
}

export function describeExit(exit: Exit): string {
  if (exit.signal) return `killed by ${exit.signal}`;
  // The guard reports a JVM killed by a signal as 128 + its number.
  if (exit.code !== null && exit.code > 128) return `exit code ${exit.code} (killed by signal ${exit.code - 128}${exit.code === 137 ? ', SIGKILL: the OOM killer or kill -9' : ''})`;
  if (exit.code === 3) return 'exit code 3 (out of memory: the JVM stops itself on OutOfMemoryError)';
  return `exit code ${exit.code}`;
}

/**
 * The local Neo4j under a supervisor: started like startLocalNeo4j, then watched. When the JVM exits
 * without being asked to (the OOM killer, a crash, kill -9), the log says how it ended with the last
 * lines of its logs, and it is started again on the same port and data, after 1 s, then 2, 4 … 30 s
 * while attempts keep failing. Neo4j replays its transaction log at start, so every committed
 * transaction is there again; meanwhile the API answers DATABASE_UNAVAILABLE, and the driver reconnects
 * by itself once Bolt answers. `stop()` ends the watch and the JVM.
 */
export async function superviseLocalNeo4j(options: LocalNeo4jOptions, backoff = BACKOFF): Promise<SupervisedNeo4j> {
  const log: Log = options.log;
  let running: LocalNeo4j | null = await startLocalNeo4j(options);
  const first = running;
  let stopping = false;
  let restarts = 0;
  let timer: NodeJS.Timeout | undefined;
  let starting: Promise<void> | null = null;

  const watch = (neo4j: LocalNeo4j, startedAt: number, failures: number) => {
    void neo4j.exited.then((exit) => {
      if (stopping || running !== neo4j) return;
      running = null;
      if (underMaintenance(neo4j.layout)) {
        log(`Neo4j (${options.instanceName}) was stopped for maintenance (a backup or restore); it starts again when that is done.`);
        schedule(0);
        return;
      }
      const failed = Date.now() - startedAt < backoff.resetAfterMs ? failures + 1 : 1;
      log(`Neo4j (${options.instanceName}) exited unexpectedly: ${describeExit(exit)}.\n${lastLogLines(neo4j.layout)}`);
      schedule(failed);
    });
  };

  const schedule = (failures: number) => {
    const delay = failures === 0 ? MAINTENANCE_POLL_MS : backoffMs(failures, backoff);
    if (failures > 0) log(`Restarting Neo4j (${options.instanceName}) in ${delay / 1000} s...`);
    timer = setTimeout(() => {
      if (underMaintenance(first.layout)) {
        schedule(failures);
        return;
      }
      starting = (async () => {
        try {
          const neo4j = await startLocalNeo4j({ ...options, fresh: false });
          if (stopping) {
            await neo4j.stop();
            return;
          }
          restarts += 1;
          running = neo4j;
          log(`Neo4j (${options.instanceName}) is back after ${restarts} restart${restarts > 1 ? 's' : ''}.`);
          watch(neo4j, Date.now(), failures);
        } catch (error) {
          if (stopping) return;
          log(`Restarting Neo4j (${options.instanceName}) failed: ${(error as Error).message}`);
          schedule(failures + 1);
        } finally {
          starting = null;
        }
      })();
    }, delay);
  };

  watch(first, Date.now(), 0);
  let stopped: Promise<void> | null = null;
  let ended: (exit: Exit) => void = () => undefined;
  const exited = new Promise<Exit>((resolve) => (ended = resolve));
  return {
    ...first,
    /** Settles when the supervisor has been stopped (a restart is not an end). */
    exited,
    // The same port, user and password across restarts; only the process changes.
    get javaPid() {
      return running?.javaPid ?? first.javaPid;
    },
    current: () => running,
    restarts: () => restarts,
    stop() {
      stopped ??= (async () => {
        stopping = true;
        clearTimeout(timer);
        await starting;
        const last = running;
        await last?.stop();
        ended(last ? await last.exited : { code: null, signal: null });
      })();
      return stopped;
    },
  };
}
