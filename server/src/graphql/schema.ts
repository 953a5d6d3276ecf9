import fs from 'node:fs';
import path from 'node:path';

const SCHEMA_DIR = path.join(__dirname, 'schema');

/** The schema's SDL: every .graphql file of server/src/graphql/schema, in name order. */
export function typeDefs(): string {
  return fs
    .readdirSync(SCHEMA_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => fs.readFileSync(path.join(SCHEMA_DIR, file), 'utf8'))
    .join('\n');
}
