import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { renderNeo4jConf } from './conf';
import { ensureNeo4jJars, type Log } from './fetch';
import { checkJava, LocalNeo4jError } from './java';
import { instanceLayout, type InstanceLayout } from './layout';
import { ensurePassword } from './password';

export interface LocalNeo4jOptions {
  home: string;
  /** "dev" for npm start, "test" for the test suite: each has its own data, logs and password. */
  instanceName: string;
  boltPort: number;
  heap: string;
  pageCache: string;
  startTimeoutMs: number;
  /** Settings added to the generated neo4j.conf. */
  settings?: Record<string, string>;
  /** Start from an empty database (the tests do). */
  fresh?: boolean;
  log: Log;
}

export interface LocalNeo4j {
  uri: string;
  user: string;
  password: string;
  layout: InstanceLayout;
  /** The JVM's process id (not its guard's): what a test freezes or kills. */
  javaPid: number;
  /** Settles when the JVM has exited, for whatever reason, with how it ended. */
  exited: Promise<Exit>;
  /** Stops the JVM and waits for it to exit. Safe to call twice. */
  stop(): Promise<void>;
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+ExitOnOutOfMemoryError',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dfile.encoding=UTF-8',
];

/**
 * The JVM runs under a small shell guard that holds our stdin pipe. When this Node process
 * ends for any reason, even SIGKILL, the pipe closes and the guard stops Neo4j, so no JVM is
 * ever orphaned. Closing stdin is also how we stop it on purpose.
 */
const GUARD = `
exec 3<&0
java "$@" </dev/null 3<&- &
pid=$!
echo "$pid" > "$ORGRAPH_JAVA_PID_FILE"
# A background job's stdin is /dev/null unless redirected explicitly, hence fd 3.
( cat <&3 >/dev/null; kill -TERM "$pid" 2>/dev/null ) &
watcher=$!
trap 'kill -TERM "$pid" 2>/dev/null' TERM INT HUP
status=0
while kill -0 "$pid" 2>/dev/null; do wait "$pid"; status=$?; done
kill "$watcher" 2>/dev/null
exit "$status"
`;

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

function tailOf(file: string, lines: number): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return `(no ${file})`;
  }
}

function setInitialPassword(layout: InstanceLayout, password: string): void {
  const result = spawnSync(
    'java',
    // "--": a password file written by an earlier version may hold one that starts with "-".
    ['-cp', `${layout.lib}/*`, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', '--', password],
    { env: { ...process.env, NEO4J_HOME: layout.instance, NEO4J_CONF: layout.conf }, encoding: 'utf8' },
  );
  if (result.status !== 0) {
    throw new LocalNeo4jError(`Setting the local Neo4j's initial password failed:\n${result.stderr || result.stdout}`);
  }
}

function prepareInstance(options: LocalNeo4jOptions): { layout: InstanceLayout; password: string } {
  const layout = instanceLayout(options.home, options.instanceName);
  if (options.fresh) fs.rmSync(layout.instance, { recursive: true, force: true });
  for (const dir of [layout.conf, layout.data, layout.logs, layout.run, layout.plugins, layout.import]) {
    fs.mkdirSync(dir, { recursive: true });
  }
  fs.writeFileSync(`${layout.conf}/neo4j.conf`, renderNeo4jConf(layout, options));

  const authFile = `${layout.data}/dbms/auth.ini`;
  const { password, created } = ensurePassword(layout.passwordFile);
  const databaseExists = fs.existsSync(authFile);
  if (created && databaseExists) {
    throw new LocalNeo4jError(
      `The password file ${layout.passwordFile} was missing but the database in ${layout.data} already exists, ` +
        `so its password is unknown. Restore the password file, or delete ${layout.instance} to start an empty database.`,
    );
  }
  if (!databaseExists) setInitialPassword(layout, password);
  return { layout, password };
}

async function waitForBolt(uri: string, user: string, password: string, child: ChildProcess, deadline: number, log: Log) {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { connectionTimeout: 2000 });
  let lastReport = Date.now();
  try {
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null) return 'exited' as const;
      try {
        await driver.verifyConnectivity();
        return 'ready' as const;
      } catch (error) {
        const code = (error as { code?: string }).code ?? '';
        if (code.includes('Unauthorized') || code.includes('AuthenticationRateLimit')) throw error;
      }
      if (Date.now() - lastReport > 5000) {
        lastReport = Date.now();
        log('  ...waiting for Neo4j to accept connections');
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return 'timeout' as const;
  } finally {
    await driver.close();
  }
}

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  checkJava();
  await ensureNeo4jJars(instanceLayout(options.home, options.instanceName), options.log);

  if (!(await portIsFree(options.boltPort))) {
    throw new LocalNeo4jError(
      `Port ${options.boltPort} on 127.0.0.1 is already in use, so the local Neo4j cannot listen there. ` +
        'Another Orgraph may be running; stop it, or set NEO4J_BOLT_PORT to a free port.',
    );
  }
  const { layout, password } = prepareInstance(options);
  const uri = `bolt://127.0.0.1:${options.boltPort}`;
  options.log(`Starting Neo4j (${options.instanceName}) on ${uri}...`);

  const consoleLog = fs.openSync(layout.consoleLog, 'a');
  const child = spawn(
    'bash',
    [
      '-c',
      GUARD,
      'neo4j-guard',
      `-Xms${options.heap}`,
      `-Xmx${options.heap}`,
      ...JVM_FLAGS,
      '-cp',
      `${layout.lib}/*`,
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${layout.instance}`,
      `--config-dir=${layout.conf}`,
      '--console-mode',
    ],
    // Its own process group: Ctrl-C reaches only us, and we stop Neo4j in order.
    {
      stdio: ['pipe', consoleLog, consoleLog],
      detached: true,
      env: { ...process.env, NEO4J_HOME: layout.instance, ORGRAPH_JAVA_PID_FILE: javaPidFile(layout) },
    },
  );
  fs.closeSync(consoleLog);
  const exited = new Promise<Exit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));

  let stopping: Promise<void> | null = null;
  const stop = () => {
    stopping ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      // destroy() closes the pipe (end() would only half-close it), which is what the guard waits for.
      child.stdin?.destroy();
      const killTimer = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          /* already gone */
        }
      }, 30_000);
      await exited;
      clearTimeout(killTimer);
    })();
    return stopping;
  };

  const outcome = await waitForBolt(uri, 'neo4j', password, child, Date.now() + options.startTimeoutMs, options.log).catch(
    async (error: Error) => {
      await stop();
      throw new LocalNeo4jError(`The local Neo4j refused the stored password in ${layout.passwordFile}: ${error.message}`);
    },
  );
  if (outcome !== 'ready') {
    await stop();
    throw new LocalNeo4jError(
      (outcome === 'exited'
        ? 'Neo4j exited while starting.'
        : `Neo4j did not accept connections within ${options.startTimeoutMs / 1000} s (NEO4J_START_TIMEOUT_MS).`) +
        `\n${lastLogLines(layout)}`,
    );
  }
  options.log(`Neo4j is ready on ${uri} (data in ${layout.data}).`);
  const javaPid = Number(fs.readFileSync(javaPidFile(layout), 'utf8').trim());
  return { uri, user: 'neo4j', password, layout, javaPid, exited, stop };
}

/** Where the guard writes the JVM's process id. */
export function javaPidFile(layout: InstanceLayout): string {
  return path.join(layout.run, 'java.pid');
}

/** The last lines of the logs that say why Neo4j stopped or did not start. */
export function lastLogLines(layout: InstanceLayout): string {
  return (
    `Last lines of ${layout.consoleLog}:\n${tailOf(layout.consoleLog, 25)}` +
    `\nLast lines of ${layout.logs}/debug.log:\n${tailOf(`${layout.logs}/debug.log`, 15)}`
  );
}
