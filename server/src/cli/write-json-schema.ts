import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config';
import { datasetJsonSchema } from '../dataset/json-schema';

/** data/dataset.schema.json, for editors and other tools; generated from the importer's own schema. */
export const JSON_SCHEMA_FILE = path.join(repoRoot, 'data', 'dataset.schema.json');

export function renderJsonSchema(): string {
  return JSON.stringify(datasetJsonSchema, null, 2) + '\n';
}

if (require.main === module) {
  fs.writeFileSync(JSON_SCHEMA_FILE, renderJsonSchema());
  console.log(`Wrote ${path.relative(process.cwd(), JSON_SCHEMA_FILE)}`);
}
