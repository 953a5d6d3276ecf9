import { serverAudits } from 'graphql-http';
import type { Orgraph } from '../../src/bootstrap';
import { startTestServer } from '../support/test-neo4j';

let orgraph: Orgraph;
beforeAll(async () => {
  orgraph = await startTestServer();
});
afterAll(() => orgraph.stop());

describe('GraphQL over HTTP (the graphql-http audit suite)', () => {
  it('passes every MUST-level audit', async () => {
    const audits = serverAudits({ url: `${orgraph.url}/graphql`, fetchFn: fetch });
    const failures: string[] = [];
    let ran = 0;
    for (const audit of audits) {
      if (!audit.name.startsWith('MUST')) continue;
      ran += 1;
      const result = await audit.fn();
      if (result.status !== 'ok') failures.push(`${audit.name}: ${result.reason}`);
    }
    expect(ran).toBeGreaterThan(10);
    expect(failures).toEqual([]);
  });
});
