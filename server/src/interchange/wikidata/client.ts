import type { WikidataConfig } from './config';
import type { EntityDataDocument, SparqlResults } from './formats';

/**
 * A client for Wikidata's two public read services: Special:EntityData (an item's JSON: claims with
 * qualifiers, references, ranks and statement ids, and the revision they were read at) and the SPARQL
 * endpoint (which items point at an item: members, parts, holders of an office). It names itself in the
 * User-Agent as Wikimedia's policy asks, gives up on an attempt after a timeout, and retries 429 and
 * 5xx answers (and timeouts) with exponential backoff, honouring Retry-After.
 */

const VERSION = '0.1.0';

/** Wikidata could not be reached at all, or kept failing: what happened, and what to do. */
export class WikidataUnavailableError extends Error {
  override name = 'WikidataUnavailableError';
}

/** Wikidata answered, but not with what was asked for (an unknown item, a bad query). */
export class WikidataRequestError extends Error {
  override name = 'WikidataRequestError';
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export const QID = /^Q[1-9]\d*$/;

const RETRIED = new Set([429, 500, 502, 503, 504]);
/** Network failures that mean no route to the service: this machine is offline or the host is wrong. */
const OFFLINE_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ENETUNREACH', 'EHOSTUNREACH', 'ECONNRESET']);
/** A Retry-After beyond this is not waited for: the import fails with the server's advice instead. */
const MAX_WAIT_MS = 60_000;

export interface WikidataClientOptions {
  /** How to wait between attempts (tests pass one that records the waits). */
  sleep?: (ms: number) => Promise<void>;
}

/** Seconds or an HTTP date, as Retry-After may say; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

function networkCode(error: unknown): string | null {
  const cause = (error as { cause?: { code?: string; errors?: Array<{ code?: string }> } })?.cause;
  return cause?.code ?? cause?.errors?.[0]?.code ?? null;
}

export class WikidataClient {
  readonly userAgent: string;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(
    readonly config: WikidataConfig,
    options: WikidataClientOptions = {},
  ) {
    this.userAgent = `Orgraph/${VERSION} (knowledge graph of organizations; Wikidata import for review; contact: ${config.contact}) Node.js/${process.versions.node}`;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** The URL of an item's JSON. */
  entityDataUrl(qid: string): string {
    if (!QID.test(qid)) throw new WikidataRequestError(`"${qid}" is not a Wikidata item id (Q followed by digits, such as Q7159)`, 400);
    return `${this.config.entityDataUrl}/${qid}.json`;
  }

  /** The URL of a SPARQL query (GET, JSON results). */
  sparqlUrl(query: string): string {
    return `${this.config.sparqlUrl}?${new URLSearchParams({ query, format: 'json' })}`;
  }

  /** An item as Special:EntityData gives it (a redirected item comes back under its new id). */
  async entityData(qid: string): Promise<EntityDataDocument> {
    const body = (await this.getJson(this.entityDataUrl(qid), 'application/json', `item ${qid}`)) as EntityDataDocument;
    if (!body || typeof body !== 'object' || typeof body.entities !== 'object') {
      throw new WikidataRequestError(`Special:EntityData answered for ${qid} with something that is not an item's JSON (no "entities")`, 502);
    }
    return body;
  }

  async sparql(query: string): Promise<SparqlResults> {
    const body = (await this.getJson(this.sparqlUrl(query), 'application/sparql-results+json', 'a SPARQL query')) as SparqlResults;
    if (!body?.results || !Array.isArray(body.results.bindings)) throw new WikidataRequestError('The SPARQL endpoint answered with something that is not SPARQL JSON results', 502);
    return body;
  }

  private async getJson(url: string, accept: string, what: string): Promise<unknown> {
    const host = new URL(url).host;
    const attempts = this.config.retries + 1;
    let last = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
      let response: Response;
      try {
        response = await fetch(url, {
          headers: { 'user-agent': this.userAgent, accept },
          signal: AbortSignal.timeout(this.config.timeoutMs),
          redirect: 'follow',
        });
      } catch (error) {
        const code = networkCode(error);
        if (code && OFFLINE_CODES.has(code) && code !== 'ECONNRESET') {
          throw new WikidataUnavailableError(
            `Wikidata could not be reached at ${host} (${code}) while asking for ${what}: this machine seems to be offline, or WIKIDATA_SPARQL_URL / WIKIDATA_ENTITY_DATA_URL point at a host that does not answer. Nothing was imported.`,
          );
        }
        last = (error as Error).name === 'TimeoutError' ? `no answer in ${this.config.timeoutMs} ms` : `${(error as Error).message}${code ? ` (${code})` : ''}`;
        if (attempt < attempts) await this.sleep(this.config.backoffMs * 2 ** (attempt - 1));
        continue;
      }
      if (response.ok) {
        try {
          return await response.json();
        } catch {
          throw new WikidataRequestError(`${host} answered ${what} with a body that is not JSON`, 502);
        }
      }
      await response.body?.cancel();
      if (!RETRIED.has(response.status)) {
        throw new WikidataRequestError(
          response.status === 404 ? `Wikidata has no ${what} (404 from ${host})` : `${host} refused ${what}: HTTP ${response.status} ${response.statusText}`,
          response.status,
        );
      }
      const advised = retryAfterMs(response.headers.get('retry-after'));
      last = `HTTP ${response.status}${advised !== null ? `, Retry-After ${Math.round(advised / 1000)} s` : ''}`;
      if (advised !== null && advised > MAX_WAIT_MS) break;
      if (attempt < attempts) await this.sleep(advised ?? this.config.backoffMs * 2 ** (attempt - 1));
    }
    throw new WikidataUnavailableError(`Wikidata (${host}) did not answer ${what} after ${attempts} attempt${attempts === 1 ? '' : 's'} (last: ${last}). Try again later; nothing was imported.`);
  }
}
