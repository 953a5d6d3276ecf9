import path from 'node:path';
import { namedKeys } from './http/auth';
import { wikidataConfig, type WikidataConfig } from './interchange/wikidata/config';

/**
 * Settings read from the environment, validated once at start-up.
 * Every variable is documented in the README's configuration table; keep the two in step.
 */
export interface Config {
  /** HTTP host and port for GraphQL, GraphiQL, reports, health and the explorer. */
  host: string;
  port: number;
  /** A remote Neo4j to use instead of the local one; null means "start our own". */
  remote: RemoteNeo4j | null;
  /** Where the local Neo4j lives: jars, data, logs and the generated password. */
  home: string;
  boltPort: number;
  heap: string;
  pageCache: string;
  /** How long to wait for the local Neo4j to accept Bolt connections. */
  startTimeoutMs: number;
  /** Dataset loaded when the database holds no entities; null disables the seed. */
  seed: string | null;
  /** Cypher transaction timeout for API requests. */
  queryTimeoutMs: number;
  /**
   * How long a request waits for Neo4j to answer one statement: past it, the client gets
   * DATABASE_UNAVAILABLE (a frozen Neo4j never reaches its own Cypher timeout). Above queryTimeoutMs,
   * so a slow query still gets its own error, QUERY_TOO_COMPLEX.
   */
  requestTimeoutMs: number;
  /** Transaction timeout of an import from files (npm run import, the seed at start-up). */
  importTimeoutMs: number;
  /** Origins allowed by CORS; empty means CORS stays closed. */
  corsOrigins: string[];
  /** Keys that allow writes (mutations); none means writes are refused. */
  editorKeys: string[];
  /** Keys that allow reads; none means reads are open (editor keys always read). */
  readerKeys: string[];
  /** The response cache of reads (server/src/cache/); null when ORGRAPH_CACHE=off. */
  cache: { maxEntries: number; maxBytes: number; trustMs: number } | null;
  /** The Wikidata services the import reads (WIKIDATA_* variables). */
  wikidata: WikidataConfig;
}

export interface RemoteNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The repository's root: every relative default is taken from here, not from the caller's cwd. */
export const repoRoot = path.resolve(__dirname, '..', '..');

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) {
    throw new ConfigError(`${name} must be a whole number, got "${raw}"`);
  }
  const value = Number(raw);
  if (value < min || value > max) {
    throw new ConfigError(`${name} must be between ${min} and ${max}, got ${value}`);
  }
  return value;
}

/**
 * The ports the Fetch standard calls "bad": browsers refuse to open them and Node's fetch (the start-up
 * warm-up, notebooks' clients) fails on them with a bare "fetch failed", so the explorer would not load.
 */
const FETCH_BLOCKED_PORTS = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104, 109, 110,
  111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532,
  540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061,
  6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

function httpPort(env: Env): number {
  const port = integer(env, 'PORT', 4000, 0, 65535);
  if (FETCH_BLOCKED_PORTS.has(port)) {
    throw new ConfigError(`PORT ${port} is one that browsers refuse to open (a "bad port" of the Fetch standard), so the explorer could not load; choose another, e.g. 4000`);
  }
  return port;
}

function memorySize(env: Env, name: string, fallback: string): string {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^\d+[kmgKMG]$/.test(raw)) {
    throw new ConfigError(`${name} must be a size such as 512m or 2g, got "${raw}"`);
  }
  return raw.toLowerCase();
}

const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];

function remoteNeo4j(env: Env): RemoteNeo4j | null {
  const uri = env.NEO4J_URI?.trim();
  if (!uri) return null;
  const scheme = /^([a-z0-9+]+):\/\//.exec(uri)?.[1];
  if (!scheme || !NEO4J_SCHEMES.includes(scheme)) {
    throw new ConfigError(
      `NEO4J_URI must start with one of ${NEO4J_SCHEMES.map((s) => s + '://').join(', ')}, got "${uri}"`,
    );
  }
  const password = env.NEO4J_PASSWORD;
  if (!password) {
    throw new ConfigError('NEO4J_URI is set, so NEO4J_PASSWORD must be set too (the password of NEO4J_USER)');
  }
  return {
    uri,
    user: env.NEO4J_USER?.trim() || 'neo4j',
    password,
    database: env.NEO4J_DATABASE?.trim() || undefined,
  };
}

function list(env: Env, name: string): string[] {
  return (env[name] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** API keys: long enough to resist guessing. Editor keys may carry a name (`name:key`), checked without it. */
function keys(env: Env, name: string): string[] {
  const found = list(env, name);
  const short = (name === 'ORGRAPH_EDITOR_KEYS' ? namedKeys(found).map(({ key }) => key) : found).find((key) => key.length < 16);
  if (short !== undefined) throw new ConfigError(`${name}: every key must be at least 16 characters (one has ${short.length})`);
  return found;
}

/** The request deadline leaves this much beyond the Cypher timeout by default, for Neo4j to report its own timeout. */
const DEADLINE_MARGIN_MS = 2_000;

function requestTimeout(env: Env, queryTimeoutMs: number): number {
  const value = integer(env, 'ORGRAPH_REQUEST_TIMEOUT_MS', queryTimeoutMs + DEADLINE_MARGIN_MS, 500, 600_000 + DEADLINE_MARGIN_MS);
  if (value <= queryTimeoutMs) {
    throw new ConfigError(
      `ORGRAPH_REQUEST_TIMEOUT_MS (${value}) must be greater than ORGRAPH_QUERY_TIMEOUT_MS (${queryTimeoutMs}), ` +
        'or a slow query would be reported as an unavailable database',
    );
  }
  return value;
}

/** Hits under load skip the release-number read; a write takes this much longer (README, "Caching"). */
export const DEFAULT_TRUST_MS = 200;

function cacheSettings(env: Env): Config['cache'] {
  const setting = (env.ORGRAPH_CACHE?.trim() || 'on').toLowerCase();
  if (setting !== 'on' && setting !== 'off') throw new ConfigError(`ORGRAPH_CACHE must be on or off, got "${env.ORGRAPH_CACHE}"`);
  const maxEntries = integer(env, 'ORGRAPH_CACHE_MAX_ENTRIES', 5_000, 1, 10_000_000);
  const maxMegabytes = integer(env, 'ORGRAPH_CACHE_MAX_MB', 64, 1, 65_536);
  // How long a release-number read is reused (from when it started); every write waits the longest
  // window any server announced after its commit, so no server answers from before an acknowledged write.
  const trustMs = integer(env, 'ORGRAPH_CACHE_TRUST_MS', DEFAULT_TRUST_MS, 0, 60_000);
  return setting === 'off' ? null : { maxEntries, maxBytes: maxMegabytes * 1024 * 1024, trustMs };
}

export function loadConfig(env: Env = process.env): Config {
  const seedSetting = env.ORGRAPH_SEED?.trim();
  const queryTimeoutMs = integer(env, 'ORGRAPH_QUERY_TIMEOUT_MS', 10_000, 100, 600_000);
  return {
    host: env.HOST?.trim() || '127.0.0.1',
    port: httpPort(env),
    remote: remoteNeo4j(env),
    home: path.resolve(repoRoot, env.ORGRAPH_HOME?.trim() || '.orgraph'),
    boltPort: integer(env, 'NEO4J_BOLT_PORT', 17687, 1, 65535),
    heap: memorySize(env, 'NEO4J_HEAP', '3g'),
    pageCache: memorySize(env, 'NEO4J_PAGECACHE', '512m'),
    startTimeoutMs: integer(env, 'NEO4J_START_TIMEOUT_MS', 120_000, 1_000, 3_600_000),
    seed: seedSetting === 'none' ? null : path.resolve(repoRoot, seedSetting || 'data/csto'),
    queryTimeoutMs,
    requestTimeoutMs: requestTimeout(env, queryTimeoutMs),
    importTimeoutMs: integer(env, 'ORGRAPH_IMPORT_TIMEOUT_MS', 600_000, 1_000, 86_400_000),
    corsOrigins: list(env, 'ORGRAPH_CORS_ORIGINS'),
    editorKeys: keys(env, 'ORGRAPH_EDITOR_KEYS'),
    readerKeys: keys(env, 'ORGRAPH_READER_KEYS'),
    cache: cacheSettings(env),
    wikidata: wikidataConfig(env),
  };
}
