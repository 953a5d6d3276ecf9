import { migrationFiles } from '../../src/neo4j/migrations';
import { RELATIONSHIP_TYPE_NAMES } from '../../src/model/vocabulary';

describe('the full-text index behind roleSearch', () => {
  it('covers the role of every relationship type of the vocabulary', () => {
    const statement = migrationFiles()
      .flatMap((file) => file.statements)
      .find((text) => text.includes('FULLTEXT INDEX relationship_roles'));
    expect(statement).toBeDefined();
    const types = /FOR \(\)-\[r:([A-Z_|]+)\]-\(\) ON EACH \[r\.role\]/.exec(statement!)?.[1]?.split('|');
    expect([...(types ?? [])].sort()).toEqual([...RELATIONSHIP_TYPE_NAMES].sort());
  });
});
