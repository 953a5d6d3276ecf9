import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The local instance's password: generated once, kept in a file only its owner can read.
 * Returns whether it was created now, because Neo4j accepts an initial password only
 * before its first start.
 */
/**
 * A new random password (192 bits). Hex: it goes on neo4j-admin's command line, where base64url's
 * leading "-" (one in 64) was read as an option and the first start failed.
 */
export function generatePassword(): string {
  return randomBytes(24).toString('hex');
}

export function ensurePassword(file: string): { password: string; created: boolean } {
  if (fs.existsSync(file)) {
    fs.chmodSync(file, 0o600);
    return { password: fs.readFileSync(file, 'utf8').trim(), created: false };
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const password = generatePassword();
  fs.writeFileSync(file, password + '\n', { mode: 0o600 });
  return { password, created: true };
}
