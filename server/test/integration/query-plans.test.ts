import type { StatementName } from '../../src/cypher/registry';
import type { Database } from '../../src/neo4j/database';
import { planOf } from '../support/plans';
import { testDatabase } from '../support/test-neo4j';

let db: Database;
beforeAll(() => {
  db = testDatabase();
});
afterAll(() => db.close());

const NO_DATES = { asOfFirst: null, asOfLast: null, release: null };

/**
 * Statements that start from ids: each must seek through an index, never scan every node or a whole
 * label. (The lists of entities, which must read an index in order, are checked on a larger graph in
 * query-plans-at-scale.test.ts.)
 */
const LOOKUPS: Array<[StatementName, Record<string, unknown>]> = [
  ['queries/entities-by-id', { ids: ['csto'], release: null, withDetails: true, withCitations: true, withCitationDetails: true }],
  ['queries/neighbourhood', { id: 'csto', depth: 2, limit: 200, types: null, kinds: null, ...NO_DATES, withNodeDetails: true, withNodeCitations: true, withEdgeDetails: true, withEdgeCitations: true, withEdgeCitationQuotes: true, withEdgeCitationDetails: true }],
  ['queries/relationships-of', { ids: ['csto'], types: null, direction: 'BOTH', ...NO_DATES, offset: 0, first: 10, withCitations: true, withEndDetails: true, withEndCitations: true, entity: null }],
  ['queries/paths', { from: 'belarus', to: 'csto', maxHops: 4, first: 3, types: null, ...NO_DATES }],
  ['queries/timeline', { id: 'uzbekistan', release: null }],
  ['releases/versions-at', { keys: ['entity:csto', 'relationship:russia.member-of.csto.1992-05-15'], release: 1 }],
  ['releases/latest-changes', { keys: ['entity:csto'] }],
  ['releases/history', { keys: ['entity:csto'] }],
  ['queries/relationship-by-id', { id: 'russia.member-of.csto.1992-05-15', from: 'russia' }],
  ['queries/existing-records', { entityIds: ['csto'], sourceIds: ['tass'], relationships: [{ id: 'russia.member-of.csto.1992-05-15', firstCitationId: 'relationship:russia.member-of.csto.1992-05-15#1' }] }],
  ['queries/relationships-by-id', { ids: ['russia.member-of.csto.1992-05-15'] }],
  ['queries/search-vocabulary-since', { since: 1 }],
];

describe('query plans', () => {
  it.each<[StatementName, Record<string, unknown>]>([
    ['writes/replace-relationships', { rows: [{ replaces: '5:x:1', retiredIn: 2, from: 'russia', to: 'csto', type: 'MEMBER_OF', props: {} }] }],
    ['releases/retire-relationships', { rows: [{ elementId: '5:x:1' }], release: 2 }],
  ])('%s finds the relationship by its element id, without a scan', async (name, params) => {
    const plan = await planOf(db, name, params);
    expect(plan.some((operator) => /ByElementIdSeek/.test(operator))).toBe(true);
    expect(plan.filter((operator) => /AllNodesScan|NodeByLabelScan|RelationshipTypeScan|AllRelationshipsScan/.test(operator))).toEqual([]);
  });

  it.each(LOOKUPS)('%s seeks by index and scans no label', async (name, params) => {
    const plan = await planOf(db, name, params);
    expect(plan.some((operator) => /IndexSeek|UniqueIndexSeek/.test(operator))).toBe(true);
    expect(plan.filter((operator) => /AllNodesScan|NodeByLabelScan|RelationshipTypeScan|AllRelationshipsScan/.test(operator))).toEqual([]);
  });

  it('the driver asks Neo4j for no notifications, and plans still come', async () => {
    // Without the filter, Neo4j warns of every property a statement names that no node holds (a
    // fresh graph's `retiredIn`, a source's `url`), on every read, and the driver decodes each warning.
    const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
    try {
      const unknown = await session.run('MATCH (n:Entity {id: $id}) RETURN n.propertyNoNodeHas AS value', { id: 'csto' });
      expect(unknown.records.map((record) => record.get('value'))).toEqual([null]);
      expect(unknown.summary.notifications).toEqual([]);
      expect(unknown.summary.gqlStatusObjects.map((status) => status.gqlStatus)).toEqual(['00000']);
    } finally {
      await session.close();
    }
    expect(await planOf(db, 'queries/entities-by-id', LOOKUPS[0]![1])).toContain('NodeUniqueIndexSeek');
  });
});
