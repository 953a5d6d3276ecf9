import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Orgraph } from '../../src/bootstrap';
import { repoRoot } from '../../src/config';
import { notebookPython } from '../support/python';
import { startTestServer } from '../support/test-neo4j';

const run = promisify(execFile);
const NOTEBOOKS = fs
  .readdirSync(path.join(repoRoot, 'notebooks'))
  .filter((name) => name.endsWith('.ipynb'))
  .sort()
  .map((name) => `notebooks/${name}`);

let orgraph: Orgraph;
let python: string;
beforeAll(async () => {
  python = notebookPython();
  orgraph = await startTestServer();
}, 900_000);
afterAll(() => orgraph?.stop());

describe('the example notebooks, run against a live server with the CSTO graph', () => {
  it('execute without a cell raising, and give the expected key results', async () => {
    expect(NOTEBOOKS.length).toBeGreaterThanOrEqual(2);
    const { stdout } = await run(python, ['notebooks/run_notebooks.py', ...NOTEBOOKS], {
      cwd: repoRoot,
      env: { ...process.env, ORGRAPH_URL: orgraph.url, MPLBACKEND: 'Agg' },
      maxBuffer: 10 * 1024 * 1024,
      timeout: 600_000,
    }).catch((error: { stderr?: string; message: string }) => {
      throw new Error(`A notebook failed:\n${error.stderr ?? error.message}`);
    });
    const checks = JSON.parse(stdout) as Record<string, Record<string, string>>;

    const querying = checks['notebooks/01-querying-the-graph.ipynb']!;
    expect(querying['check-search']).toBe('csto');
    const members = JSON.parse(querying['check-members']!) as Record<string, string[]>;
    expect(members['2003-06-01']).toEqual(['Armenia', 'Belarus', 'Kazakhstan', 'Kyrgyzstan', 'Russia', 'Tajikistan']);
    expect(members['2010-01-01']).toContain('Uzbekistan');
    expect(members['2025-06-01']).not.toContain('Uzbekistan');
    expect(JSON.parse(querying['check-centrality']!)[0]).toBe('csto');

    const reports = checks['notebooks/02-reports-from-a-notebook.ipynb']!;
    expect(JSON.parse(reports['check-connection']!)).toMatchObject({ sections: expect.arrayContaining(['Shortest paths', 'What they share']) });
    const csv = JSON.parse(reports['check-csv']!) as { rows: number; member_states: string[] };
    expect(csv.rows).toBeGreaterThan(40);
    expect(csv.member_states).toEqual(['Armenia', 'Azerbaijan', 'Belarus', 'Georgia', 'Kazakhstan', 'Kyrgyzstan', 'Russia', 'Tajikistan', 'Uzbekistan']);
  }, 600_000);
});
