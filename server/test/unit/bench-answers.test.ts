import { answerDifferences, idsAndCounts } from '../../../bench/peer/answers';

/** What bench:ab compares before timing two versions of the API: the ids and counts of their answers. */
describe('bench answers as ids and counts', () => {
  const answer = {
    entity: {
      id: 'csto',
      name: 'Collective Security Treaty Organization',
      citations: [{ quote: 'a', source: { title: 'T' } }, { quote: 'b', source: { title: 'U' } }],
      relationships: { totalCount: 7, edges: [{ node: { id: 'r1', from: { id: 'russia' } } }, { node: { id: 'r2', from: { id: 'belarus' } } }] },
    },
    paths: [{ length: 2 }, { length: 3 }],
    neighbourhood: { truncated: false },
  };

  it('keeps every id, count and list length under its path, and nothing else', () => {
    expect(idsAndCounts(answer)).toEqual({
      'entity.id': ['csto'],
      'entity.citations[]': ['2'],
      'entity.relationships.totalCount': ['7'],
      'entity.relationships.edges[]': ['2'],
      'entity.relationships.edges.node.id': ['r1', 'r2'],
      'entity.relationships.edges.node.from.id': ['russia', 'belarus'],
      'paths[]': ['2'],
      'paths.length': ['2', '3'],
      'neighbourhood.truncated': ['false'],
    });
  });

  it('finds two answers alike whatever their order, and names what differs', () => {
    const reordered = { ...answer, entity: { ...answer.entity, relationships: { ...answer.entity.relationships, edges: [...answer.entity.relationships.edges].reverse() } } };
    expect(answerDifferences('entity', idsAndCounts(answer), { after: idsAndCounts(reordered) }, {}, 'before')[0]).toMatch(/^- entity, after: same/);
    const fewer = { ...answer, entity: { ...answer.entity, citations: answer.entity.citations.slice(1), relationships: { ...answer.entity.relationships, totalCount: 6 } } };
    const lines = answerDifferences('entity', idsAndCounts(answer), { after: idsAndCounts(fewer) }, {}, 'before');
    expect(lines[0]).toMatch(/^- entity, after: differs/);
    expect(lines.join('\n')).toMatch(/entity\.citations\[\]: 1 from before, 1 from after; only before: 1 \[2\]; only after: 1 \[1\]/);
    expect(lines.join('\n')).toMatch(/entity\.relationships\.totalCount: .*only before: 1 \[7\]; only after: 1 \[6\]/);
  });
});
