import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, repoRoot } from '../../src/config';

const REQUIREMENTS = path.join(repoRoot, 'notebooks', 'requirements.txt');

/**
 * The notebooks' virtual environment (.orgraph/venv), created and filled from
 * notebooks/requirements.txt when missing or when the requirements changed. Returns its python.
 */
export function notebookPython(): string {
  const venv = path.join(loadConfig({}).home, 'venv');
  const python = path.join(venv, 'bin', 'python');
  const stamp = path.join(venv, '.requirements-sha256');
  const wanted = createHash('sha256').update(fs.readFileSync(REQUIREMENTS)).digest('hex');
  if (fs.existsSync(python) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === wanted) return python;
  process.stderr.write(`[notebooks] installing ${path.relative(repoRoot, REQUIREMENTS)} into ${venv} (first run only)\n`);
  execFileSync('python3', ['-m', 'venv', venv], { stdio: 'inherit' });
  execFileSync(python, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '-r', REQUIREMENTS], { stdio: 'inherit' });
  fs.writeFileSync(stamp, wanted);
  return python;
}
