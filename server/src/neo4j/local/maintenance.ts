import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { LocalNeo4jError } from './java';
import type { InstanceLayout } from './layout';
import { javaPidFile } from './process';

/**
 * Work on a local Neo4j's files that needs the database closed: dumps and loads. Neo4j Community
 * cannot stop one database while the server runs (STOP DATABASE is Enterprise), so the whole JVM is
 * stopped for the moment the work takes. A marker file tells the supervisor of a running `npm start`
 * that this exit is wanted: it waits for the marker to go, then starts Neo4j again, and the API answers
 * DATABASE_UNAVAILABLE for those seconds.
 */
export function maintenanceMarker(layout: InstanceLayout): string {
  return path.join(layout.run, 'maintenance.json');
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Whether work holds the instance's files now (a marker whose writer still runs). */
export function underMaintenance(layout: InstanceLayout): boolean {
  try {
    const { pid } = JSON.parse(fs.readFileSync(maintenanceMarker(layout), 'utf8')) as { pid: number };
    return alive(pid);
  } catch {
    return false;
  }
}

/** The JVM of this instance if it runs (its pid file, checked against the process's command line). */
export function runningJava(layout: InstanceLayout): number | null {
  try {
    const pid = Number(fs.readFileSync(javaPidFile(layout), 'utf8').trim());
    const command = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return command.includes('CommunityEntryPoint') && command.includes(layout.instance) ? pid : null;
  } catch {
    return null;
  }
}

async function waitForExit(pid: number, limitMs: number): Promise<void> {
  const until = Date.now() + limitMs;
  while (alive(pid)) {
    if (Date.now() > until) throw new LocalNeo4jError(`Neo4j (process ${pid}) did not stop within ${limitMs / 1000} s.`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Runs `work` with the instance's JVM stopped; a supervisor that was running it starts it again after. */
export async function withNeo4jStopped<T>(layout: InstanceLayout, reason: string, work: () => Promise<T>, say: (line: string) => void): Promise<T> {
  fs.mkdirSync(layout.run, { recursive: true });
  fs.writeFileSync(maintenanceMarker(layout), JSON.stringify({ pid: process.pid, reason }));
  try {
    const pid = runningJava(layout);
    if (pid !== null) {
      say(`Stopping Neo4j (process ${pid}) for the ${reason}; a running server answers DATABASE_UNAVAILABLE until it is back.`);
      process.kill(pid, 'SIGTERM');
      await waitForExit(pid, 120_000);
    }
    return await work();
  } finally {
    fs.rmSync(maintenanceMarker(layout), { force: true });
  }
}

/** Runs `neo4j-admin` on the instance, with stdin and stdout connected to files when given. */
export function neo4jAdmin(layout: InstanceLayout, args: string[], io: { stdin?: string; stdout?: string } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const input = io.stdin ? fs.openSync(io.stdin, 'r') : 'ignore';
    const output = io.stdout ? fs.openSync(io.stdout, 'w') : 'pipe';
    const admin = spawn('java', ['-cp', `${layout.lib}/*`, 'org.neo4j.cli.AdminTool', ...args], {
      env: { ...process.env, NEO4J_HOME: layout.instance, NEO4J_CONF: layout.conf },
      stdio: [input, output, 'pipe'],
    });
    let errors = '';
    admin.stderr?.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString('utf8')).slice(-4000)));
    admin.stdout?.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString('utf8')).slice(-4000)));
    admin.on('error', reject);
    admin.on('close', (code) => {
      if (typeof input === 'number') fs.closeSync(input);
      if (typeof output === 'number') fs.closeSync(output);
      if (code === 0) resolve();
      else reject(new LocalNeo4jError(`neo4j-admin ${args.slice(0, 2).join(' ')} failed (exit code ${code}):\n${errors.trim()}`));
    });
  });
}
