import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The local instance's password: generated once, kept in a file only its owner can read.
 * Returns whether it was created now, because Neo4j accepts an initial password only
 * before its first start.
 */
export function ensurePassword(file: string): { password: string; created: boolean } {
  if (fs.existsSync(file)) {
    fs.chmodSync(file, 0o600);
    return { password: fs.readFileSync(file, 'utf8').trim(), created: false };
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const password = randomBytes(24).toString('base64url');
  fs.writeFileSync(file, password + '\n', { mode: 0o600 });
  return { password, created: true };
}
