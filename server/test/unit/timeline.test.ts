import { buildTimeline, describeRelationship } from '../../src/graph/timeline';
import type { EntityModel, RelationshipModel } from '../../src/model/records';

const entity = (id: string, name: string, extra: Partial<EntityModel> = {}): EntityModel => ({
  id,
  name,
  kind: 'STATE',
  aliases: [],
  identifiers: [],
  citations: [],
  ...extra,
});
const uzbekistan = entity('uzbekistan', 'Uzbekistan');
const csto = entity('csto', 'CSTO', { kind: 'ORGANIZATION', start: '2002' });
const membership = (since: string, until: string | null, status: string): RelationshipModel => ({
  id: `m-${since}`,
  type: 'MEMBER_OF',
  from: uzbekistan,
  to: csto,
  since,
  until,
  status,
  citations: [],
});

describe('timelines', () => {
  it('reads a relationship as a sentence', () => {
    expect(describeRelationship(membership('2012-06-28', '2012-12-19', 'suspended'))).toBe('Uzbekistan is a member of CSTO (suspended)');
  });

  it('orders beginnings and endings by date, partial dates by their first day, beginnings first on a tie', () => {
    const entries = buildTimeline(csto, [membership('2012-06-28', '2012-12-19', 'suspended'), membership('1992-05-15', '1999', 'founding member'), membership('2006-06-23', '2012-06-28', 'member')]);
    expect(entries.map((entry) => `${entry.date} ${entry.change} ${entry.relationship?.status ?? ''}`.trim())).toEqual([
      '1992-05-15 BEGINS founding member',
      '1999 ENDS founding member',
      '2002 ENTITY_BEGINS',
      '2006-06-23 BEGINS member',
      '2012-06-28 BEGINS suspended',
      '2012-06-28 ENDS member',
      '2012-12-19 ENDS suspended',
    ]);
  });

  it('gives a relationship known only on a date its own entry on that date', () => {
    const serdyukov = entity('andrey-serdyukov', 'Andrey Serdyukov', { kind: 'PERSON' });
    const heads: RelationshipModel = { id: 'h', type: 'HEADS', from: serdyukov, to: csto, attested: ['2024-02'], citations: [] };
    expect(buildTimeline(csto, [heads, membership('2024-02', null, 'participation frozen')]).map((entry) => `${entry.date} ${entry.change}`)).toEqual([
      '2002 ENTITY_BEGINS',
      '2024-02 BEGINS',
      '2024-02 ATTESTED',
    ]);
  });
});
