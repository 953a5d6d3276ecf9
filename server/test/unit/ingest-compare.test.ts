import { compareWithGraph } from '../../src/ingest/extract';
import type { ExistingRelationship, ProposedFact } from '../../src/ingest/types';
import { cstoNames } from '../support/ingest';

const evidence = { quote: 'q', prefix: '', suffix: '', paragraph: 1, start: 0, end: 1 };
const fact = (type: ProposedFact['type'], from: string, to: string, extra: Partial<ProposedFact> = {}): ProposedFact => ({
  type, from: { entityId: from, text: from }, to: { entityId: to, text: to }, evidence, rule: 'test', ...extra,
});
const graph = cstoNames.relationships;
const idOf = (match: (rel: ExistingRelationship) => boolean) => graph.filter(match).map((rel) => rel.id);

describe('ingest: a proposal against what the graph says', () => {
  it('supports an existing fact with the same type, ends and compatible dates', () => {
    const result = compareWithGraph(fact('CHAIRS', 'russia', 'csto', { since: '2026', until: '2026', role: 'chair' }), graph);
    expect(result).toEqual({ relation: 'SUPPORTS_EXISTING', matches: idOf((rel) => rel.type === 'CHAIRS' && rel.from === 'russia' && rel.to === 'csto') });
  });

  it('conflicts with the same ends at other dates, and with another holder of a single-holder post at the same time', () => {
    const chair = compareWithGraph(fact('CHAIRS', 'kazakhstan', 'csto', { since: '2026', until: '2026' }), graph);
    expect(chair.relation).toBe('CONFLICTS');
    expect(chair.matches.sort()).toEqual(
      idOf((rel) => rel.type === 'CHAIRS' && rel.to === 'csto' && (rel.from === 'kazakhstan' || rel.from === 'russia')).sort(),
    );
    const post = compareWithGraph(fact('HOLDS_POSITION', 'stanislav-zas', 'csto', { role: 'Secretary-General', since: '2027' }), graph);
    expect(post.relation).toBe('CONFLICTS');
    expect(post.matches).toEqual(expect.arrayContaining(idOf((rel) => rel.from === 'taalatbek-masadykov' && rel.type === 'HOLDS_POSITION')));
  });

  it('is new when the graph says nothing of it, or when an end is not a known entity', () => {
    expect(compareWithGraph(fact('MEMBER_OF', 'serbia', 'csto', { since: '2026' }), graph)).toEqual({ relation: 'NEW', matches: [] });
    const unresolved = { ...fact('CHAIRS', 'russia', 'csto'), to: { text: 'the organization' } };
    expect(compareWithGraph(unresolved, graph)).toEqual({ relation: 'NEW', matches: [] });
  });

  it('does not take an acting Secretary-General for a rival of the one in post', () => {
    const acting = compareWithGraph(fact('HOLDS_POSITION', 'valery-semerikov', 'csto', { role: 'Secretary-General (acting)', since: '2018-11' }), graph);
    expect(acting.relation).toBe('SUPPORTS_EXISTING');
  });
});
