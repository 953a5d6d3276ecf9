import type { Orgraph } from '../../src/bootstrap';
import { NeighbourhoodDocument } from '../../../client/src/generated/graphql';
import { DEFAULT_VIEW } from '../../../client/src/view-state';
import { startOrgraph } from '../../src/bootstrap';
import { testConfig } from '../support/test-neo4j';

jest.setTimeout(120_000);

const started: Orgraph[] = [];
afterAll(async () => {
  await Promise.all(started.map((server) => server.stop()));
});

async function start(options: Partial<Parameters<typeof startOrgraph>[1]> = {}) {
  const logged: Array<Record<string, unknown>> = [];
  const said: string[] = [];
  const orgraph = await startOrgraph(testConfig(), { instanceName: 'test', say: (line) => said.push(line), log: (entry) => logged.push(entry), ...options });
  started.push(orgraph);
  return { orgraph, logged, said };
}

const readyz = async (url: string) => {
  const response = await fetch(`${url}/readyz`);
  return { status: response.status, body: (await response.json()) as { ready: boolean; warmUp: string } };
};

describe('the warm-up at start-up', () => {
  it('keeps /readyz at 503 while it runs, and says ready once it is done', async () => {
    let during: Awaited<ReturnType<typeof readyz>> | undefined;
    const { orgraph } = await start({
      warmUp: async (url) => {
        during = await readyz(url);
        return { ok: true, requests: 0 };
      },
    });
    expect(during).toEqual({ status: 503, body: expect.objectContaining({ ready: false, warmUp: 'running' }) });
    expect(await readyz(orgraph.url)).toEqual({ status: 200, body: expect.objectContaining({ ready: true, warmUp: 'done' }) });
  });

  it('runs the explorer\'s first requests: the first explorer load is answered from the cache', async () => {
    const { orgraph, said } = await start();
    expect(said.some((line) => /^Warmed up: 6 requests/.test(line))).toBe(true);
    const response = await fetch(`${orgraph.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: NeighbourhoodDocument.toString(), variables: { id: DEFAULT_VIEW.focus, depth: 1, types: null, limit: 300 } }),
    });
    const answer = (await response.json()) as { data: { neighbourhood: { nodes: unknown[] } }; extensions: { cache: string } };
    expect(answer.extensions.cache).toBe('hit');
    expect(answer.data.neighbourhood.nodes.length).toBeGreaterThan(5);
  });

  it('does not keep the server unready when it fails or hangs: it is logged, and the server is ready', async () => {
    const failed = await start({ warmUp: async () => ({ ok: false, error: 'Neo4j refused' }) });
    expect(await readyz(failed.orgraph.url)).toEqual({ status: 200, body: expect.objectContaining({ ready: true, warmUp: 'failed' }) });
    expect(failed.logged).toContainEqual(expect.objectContaining({ event: 'warm-up failed', message: expect.stringContaining('Neo4j refused') }));

    const hung = await start({ warmUp: () => new Promise(() => undefined), warmUpLimitMs: 300 });
    expect(await readyz(hung.orgraph.url)).toEqual({ status: 200, body: expect.objectContaining({ ready: true, warmUp: 'failed' }) });
    expect(hung.logged).toContainEqual(expect.objectContaining({ event: 'warm-up failed', message: expect.stringContaining('not finished in 0.3 s') }));
  });
});
