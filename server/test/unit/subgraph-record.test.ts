import { readSubgraph, type SubgraphRecord } from '../../src/graph/subgraph-record';

const TASS = { id: 'tass', title: 'TASS', publisher: 'TASS', url: null, published: null, retrieved: null, language: 'ru' };

describe("the neighbourhood's record, read by position", () => {
  it('gives lean entities and relationships their unread values as null, and each citation its source', () => {
    const record: SubgraphRecord = {
      nodes: [['csto', 'ORGANIZATION', 'CSTO'], ['russia', 'STATE', 'Russia']],
      edges: [['r1', 'MEMBER_OF', 'russia', 'csto', '1992-05-15', null, null, ['tass', 'kremlin', 'tass']]],
      truncated: true,
      sources: [['tass', 'TASS'], ['kremlin', 'Kremlin']],
    };
    expect(readSubgraph(record)).toEqual({
      nodes: [
        { id: 'csto', kind: 'ORGANIZATION', name: 'CSTO', description: null, start: null, end: null, aliases: null, identifiers: null, citations: [] },
        { id: 'russia', kind: 'STATE', name: 'Russia', description: null, start: null, end: null, aliases: null, identifiers: null, citations: [] },
      ],
      edges: [{
        id: 'r1', type: 'MEMBER_OF', from: 'russia', to: 'csto', since: '1992-05-15', until: null, attested: null, status: null, role: null, note: null,
        citations: [
          { quote: null, locator: null, claimedBy: null, source: { id: 'tass', title: 'TASS' } },
          { quote: null, locator: null, claimedBy: null, source: { id: 'kremlin', title: 'Kremlin' } },
          { quote: null, locator: null, claimedBy: null, source: { id: 'tass', title: 'TASS' } },
        ],
      }],
      truncated: true,
    });
  });

  it('reads the details and whole citations at their positions when they were selected', () => {
    const citation = { quote: 'Russia is a member.', locator: 'p. 2', claimedBy: null, source: TASS };
    const record: SubgraphRecord = {
      nodes: [['csto', 'ORGANIZATION', 'CSTO', 'A military alliance.', '2002-10-07', null, '[{"name":"ОДКБ","lang":"ru"}]', null, [citation]]],
      edges: [['r1', 'MEMBER_OF', 'russia', 'csto', null, '2024', ['2010'], [citation], 'member', null, 'a note']],
      truncated: false,
      sources: null,
    };
    const { nodes, edges } = readSubgraph(record);
    expect(nodes).toEqual([{ id: 'csto', kind: 'ORGANIZATION', name: 'CSTO', description: 'A military alliance.', start: '2002-10-07', end: null, aliases: '[{"name":"ОДКБ","lang":"ru"}]', identifiers: null, citations: [citation] }]);
    expect(edges).toEqual([{ id: 'r1', type: 'MEMBER_OF', from: 'russia', to: 'csto', since: null, until: '2024', attested: ['2010'], status: 'member', role: null, note: 'a note', citations: [citation] }]);
  });
});
