import { ConfigError } from '../../src/config';
import { WikidataClient, WikidataRequestError, WikidataUnavailableError, retryAfterMs } from '../../src/interchange/wikidata/client';
import { wikidataConfig } from '../../src/interchange/wikidata/config';
import { harvest } from '../../src/interchange/wikidata/harvest';
import { WIKIDATA_PARTS } from '../../src/interchange/wikidata/queries';
import { freePort } from '../support/ports';
import { startWikidataServer, type WikidataServer } from '../support/wikidata-server';

let wikidata: WikidataServer;
beforeAll(async () => {
  wikidata = await startWikidataServer();
});
afterAll(() => wikidata.stop());
beforeEach(() => wikidata.requests.splice(0));

/** A client whose waits are recorded instead of slept. */
function client(overrides = {}) {
  const waits: number[] = [];
  return { waits, client: new WikidataClient(wikidata.config(overrides), { sleep: async (ms) => void waits.push(ms) }) };
}

const key = (r: { path: string; query: Record<string, string> }) => `${r.path} ${JSON.stringify(Object.entries(r.query).sort())}`;

describe('the Wikidata client against the response files', () => {
  it('sends exactly the requests the files answer, naming itself and asking for the right format', async () => {
    const { client: wd } = client();
    const csto = await harvest(wd, 'Q7159', WIKIDATA_PARTS);
    const sco = await harvest(wd, 'Q485207', WIKIDATA_PARTS);
    expect(wikidata.requests.filter((r) => !r.expected).map(key)).toEqual([]);
    // Every response file is asked for, and nothing else.
    expect(new Set(wikidata.requests.map(key))).toEqual(new Set(wikidata.fixtures.map(key)));
    for (const request of wikidata.requests) {
      const fixture = wikidata.fixtures.find((f) => key(f) === key(request))!;
      expect(request.headers.accept).toBe(fixture.accept);
      expect(request.headers['user-agent']).toMatch(/^Orgraph\/\d+\.\d+\.\d+ \(.*contact: orgraph-tests@example\.org\) Node\.js\//);
    }
    expect(csto.found.members).toEqual(['Q159', 'Q184', 'Q232', 'Q265', 'Q399', 'Q863']);
    expect(csto.offices).toEqual(['Q90000101']);
    expect(sco.found.parts).toEqual(['Q90000402']);
    expect(csto.items.get('Q7159')!.lastrevid).toBe(2245001001);
    // The documents the references cite ("stated in") are read for their labels.
    expect(csto.items.has('Q90000001')).toBe(true);
  });

  it('retries a 429 after the Retry-After it was given, and a 503 after a doubling backoff', async () => {
    const { client: wd, waits } = client({ backoffMs: 10 });
    wikidata.failNext({ status: 429, headers: { 'retry-after': '2' } }, { status: 503 });
    const document = await wd.entityData('Q159');
    expect(document.entities.Q159!.labels.en!.value).toBe('Russia');
    expect(wikidata.requests.map((r) => r.answered)).toEqual([429, 503, 200]);
    expect(waits).toEqual([2000, 20]);
    expect(retryAfterMs('Wed, 21 Oct 2026 07:28:00 GMT', Date.parse('Wed, 21 Oct 2026 07:27:30 GMT'))).toBe(30_000);
  });

  it('gives up after its retries with a message that says what happened', async () => {
    const { client: wd, waits } = client({ retries: 2 });
    wikidata.failNext({ status: 502 }, { status: 503 }, { status: 504 });
    await expect(wd.entityData('Q159')).rejects.toThrow(new WikidataUnavailableError(`Wikidata (${new URL(wikidata.url).host}) did not answer item Q159 after 3 attempts (last: HTTP 504). Try again later; nothing was imported.`));
    expect(waits).toEqual([1, 2]);
  });

  it('does not wait for a Retry-After beyond a minute', async () => {
    const { client: wd, waits } = client();
    wikidata.failNext({ status: 429, headers: { 'retry-after': '3600' } });
    await expect(wd.entityData('Q159')).rejects.toThrow(/after 4 attempts \(last: HTTP 429, Retry-After 3600 s\)/);
    expect(waits).toEqual([]);
    expect(wikidata.requests).toHaveLength(1);
  });

  it('abandons an attempt that gets no answer within the timeout, and tries again', async () => {
    const { client: wd, waits } = client({ timeoutMs: 300, retries: 1 });
    wikidata.failNext('hang');
    const results = await wd.sparql(wikidata.fixtures.find((f) => f.file === 'sparql/members-Q7159.json')!.query.query!);
    expect(results.results.bindings).toHaveLength(6);
    expect(wikidata.requests.map((r) => r.answered)).toEqual(['hang', 200]);
    expect(waits).toEqual([1]);
  });

  it('does not retry what Wikidata refuses (an unknown item), and refuses an id that is not a QID before asking', async () => {
    const { client: wd } = client();
    await expect(wd.entityData('Q1')).rejects.toThrow(WikidataRequestError);
    await expect(wd.entityData('Q1')).rejects.toThrow(/Wikidata has no item Q1 \(404/);
    expect(wikidata.requests).toHaveLength(2);
    await expect(wd.entityData('russia')).rejects.toThrow('"russia" is not a Wikidata item id');
    expect(wikidata.requests).toHaveLength(2);
  });

  it('says plainly when Wikidata cannot be reached at all (offline), without retrying', async () => {
    const closed = await freePort();
    const { client: wd, waits } = client({ entityDataUrl: `http://127.0.0.1:${closed}/wiki/Special:EntityData` });
    await expect(wd.entityData('Q159')).rejects.toThrow(
      new WikidataUnavailableError(
        `Wikidata could not be reached at 127.0.0.1:${closed} (ECONNREFUSED) while asking for item Q159: this machine seems to be offline, or WIKIDATA_SPARQL_URL / WIKIDATA_ENTITY_DATA_URL point at a host that does not answer. Nothing was imported.`,
      ),
    );
    expect(waits).toEqual([]);
  });
});

describe('Wikidata settings', () => {
  it('default to the public Wikidata services', () => {
    expect(wikidataConfig({})).toMatchObject({ sparqlUrl: 'https://query.wikidata.org/sparql', entityDataUrl: 'https://www.wikidata.org/wiki/Special:EntityData' });
  });
  it('refuse a URL that is not http(s) or carries a query, naming the variable', () => {
    expect(() => wikidataConfig({ WIKIDATA_SPARQL_URL: 'ftp://example.org/sparql' })).toThrow(new ConfigError('WIKIDATA_SPARQL_URL must be an http(s) URL, got "ftp://example.org/sparql"'));
    expect(() => wikidataConfig({ WIKIDATA_ENTITY_DATA_URL: 'not a url' })).toThrow(/WIKIDATA_ENTITY_DATA_URL must be an http\(s\) URL/);
    expect(() => wikidataConfig({ WIKIDATA_SPARQL_URL: 'https://example.org/sparql?format=xml' })).toThrow(/no query or fragment/);
    expect(() => wikidataConfig({ WIKIDATA_RETRIES: '-1' })).toThrow(/WIKIDATA_RETRIES must be a whole number from 0 to 10/);
  });
});
