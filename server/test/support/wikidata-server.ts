import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { repoRoot } from '../../src/config';
import { WIKIDATA_DEFAULTS, type WikidataConfig } from '../../src/interchange/wikidata/config';

/**
 * A local stand-in for Wikidata's services that answers only the requests listed in
 * server/test/fixtures/wikidata/requests.json, with the response files beside it. Every request is
 * recorded (path, query, headers); one not in the list gets 404 and is recorded as unexpected.
 * `failNext` queues answers (a status with headers, or a hang) to give before the real one.
 */
export const FIXTURES = path.join(repoRoot, 'server', 'test', 'fixtures', 'wikidata');

export interface FixtureRequest {
  path: string;
  query: Record<string, string>;
  accept: string;
  file: string;
}

export interface RecordedRequest {
  path: string;
  query: Record<string, string>;
  headers: http.IncomingHttpHeaders;
  answered: number | 'hang';
  expected: boolean;
}

type Failure = { status: number; headers?: Record<string, string> } | 'hang';

export interface WikidataServer {
  url: string;
  config(overrides?: Partial<WikidataConfig>): WikidataConfig;
  requests: RecordedRequest[];
  fixtures: FixtureRequest[];
  failNext(...failures: Failure[]): void;
  stop(): Promise<void>;
}

const sameQuery = (a: Record<string, string>, b: Record<string, string>) => JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

export async function startWikidataServer(): Promise<WikidataServer> {
  const fixtures = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'requests.json'), 'utf8')) as FixtureRequest[];
  const requests: RecordedRequest[] = [];
  const failures: Failure[] = [];
  const hanging = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const query = Object.fromEntries(url.searchParams.entries());
    const fixture = fixtures.find((f) => f.path === decodeURIComponent(url.pathname) && sameQuery(f.query, query));
    const record: RecordedRequest = { path: decodeURIComponent(url.pathname), query, headers: req.headers, answered: 200, expected: Boolean(fixture) };
    requests.push(record);
    const failure = failures.shift();
    if (failure === 'hang') {
      record.answered = 'hang';
      hanging.add(res);
      res.on('close', () => hanging.delete(res));
      return;
    }
    if (failure) {
      record.answered = failure.status;
      res.writeHead(failure.status, { 'content-type': 'text/plain', ...failure.headers }).end('try later');
      return;
    }
    if (!fixture) {
      record.answered = 404;
      res.writeHead(404, { 'content-type': 'text/plain' }).end('no such fixture');
      return;
    }
    const type = fixture.accept === 'application/sparql-results+json' ? 'application/sparql-results+json; charset=utf-8' : 'application/json; charset=utf-8';
    res.writeHead(200, { 'content-type': type }).end(fs.readFileSync(path.join(FIXTURES, fixture.file)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    fixtures,
    config: (overrides = {}) => ({ ...WIKIDATA_DEFAULTS, sparqlUrl: `${url}/sparql`, entityDataUrl: `${url}/wiki/Special:EntityData`, backoffMs: 1, contact: 'orgraph-tests@example.org', ...overrides }),
    failNext: (...more) => failures.push(...more),
    stop: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
