import { ConfigError } from '../../config';

/** Where the Wikidata client goes and how patiently (WIKIDATA_* variables; the defaults are Wikidata's public services). */
export interface WikidataConfig {
  /** The SPARQL endpoint (GET with ?query=…&format=json). */
  sparqlUrl: string;
  /** The folder of Special:EntityData: `<entityDataUrl>/<QID>.json` is an item's JSON. */
  entityDataUrl: string;
  /** Per request attempt. */
  timeoutMs: number;
  /** Further attempts after a 429, a 5xx or a timeout. */
  retries: number;
  /** The first wait before a retry, doubled each time (a Retry-After header, when given, wins). */
  backoffMs: number;
  /** Who to contact about the traffic, in the User-Agent (Wikimedia's policy asks for one). */
  contact: string;
}

export const WIKIDATA_DEFAULTS: WikidataConfig = {
  sparqlUrl: 'https://query.wikidata.org/sparql',
  entityDataUrl: 'https://www.wikidata.org/wiki/Special:EntityData',
  timeoutMs: 30_000,
  retries: 3,
  backoffMs: 1_000,
  contact: 'set WIKIDATA_CONTACT to an e-mail address or URL',
};

type Env = Record<string, string | undefined>;

function url(env: Env, name: string, fallback: string): string {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} must be an http(s) URL, got "${raw.slice(0, 100)}"`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new ConfigError(`${name} must be an http(s) URL, got "${raw.slice(0, 100)}"`);
  if (parsed.search || parsed.hash) throw new ConfigError(`${name} must have no query or fragment (the client adds its own), got "${raw.slice(0, 100)}"`);
  return raw.replace(/\/+$/, '');
}

function whole(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw.slice(0, 100)}"`);
  return Number(raw);
}

export function wikidataConfig(env: Env = process.env): WikidataConfig {
  return {
    sparqlUrl: url(env, 'WIKIDATA_SPARQL_URL', WIKIDATA_DEFAULTS.sparqlUrl),
    entityDataUrl: url(env, 'WIKIDATA_ENTITY_DATA_URL', WIKIDATA_DEFAULTS.entityDataUrl),
    timeoutMs: whole(env, 'WIKIDATA_TIMEOUT_MS', WIKIDATA_DEFAULTS.timeoutMs, 100, 300_000),
    retries: whole(env, 'WIKIDATA_RETRIES', WIKIDATA_DEFAULTS.retries, 0, 10),
    backoffMs: whole(env, 'WIKIDATA_BACKOFF_MS', WIKIDATA_DEFAULTS.backoffMs, 0, 60_000),
    contact: env.WIKIDATA_CONTACT?.trim() || WIKIDATA_DEFAULTS.contact,
  };
}
