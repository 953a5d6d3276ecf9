import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../src/config';
import { STATEMENTS, statementFiles, cypher } from '../../src/cypher/registry';
import { migrationFiles } from '../../src/neo4j/migrations';
import { RELATIONSHIP_TYPE_NAMES } from '../../src/model/vocabulary';
import { JSON_SCHEMA_FILE, renderJsonSchema } from '../../src/cli/write-json-schema';

describe('generated and registered files', () => {
  it('has generated GraphQL types that match the schema and the client documents (run `npm run codegen` if this fails)', () => {
    const codegen = path.join(repoRoot, 'node_modules', '.bin', 'graphql-codegen');
    expect(() => execFileSync(codegen, ['--config', 'codegen.yml', '--check'], { cwd: repoRoot, stdio: 'pipe' })).not.toThrow();
  });

  it('has data/dataset.schema.json as the importer validates (run `npm run codegen` if this fails)', () => {
    expect(fs.readFileSync(JSON_SCHEMA_FILE, 'utf8')).toBe(renderJsonSchema());
  });

  it('names every Cypher file of cypher/queries, cypher/writes and cypher/releases in the registry, and every name has its file', () => {
    const files = [...statementFiles('queries'), ...statementFiles('writes'), ...statementFiles('releases')].sort();
    expect([...STATEMENTS].sort()).toEqual(files);
    for (const name of STATEMENTS) expect(cypher(name).trim().length).toBeGreaterThan(0);
  });

  it('looks up relationships by id through every type of the vocabulary', () => {
    const lookup = cypher('queries/relationships-by-id');
    for (const type of RELATIONSHIP_TYPE_NAMES) expect(lookup).toContain(`MATCH ()-[r:${type} {id: id}]->() USING INDEX SEEK r:${type}(id) RETURN r`);
  });

  it('has a uniqueness constraint, hence an index, on the id of every relationship type', () => {
    const schema = migrationFiles()
      .flatMap((file) => file.statements)
      .join('\n');
    for (const type of RELATIONSHIP_TYPE_NAMES) {
      expect(schema).toContain(`FOR ()-[r:${type}]-() REQUIRE r.id IS UNIQUE`);
    }
  });
});
