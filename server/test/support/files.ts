import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Writes files into a fresh temporary folder and returns the folder. */
export function folderWith(files: Record<string, string>): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'orgraph-test-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(folder, name), content);
  return folder;
}
