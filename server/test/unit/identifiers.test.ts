import { identifierIndexQuery, identifierProblem, identifierUrl } from '../../src/model/identifiers';
import { inMemoryFile } from '../../src/dataset/read';
import { validateFiles } from '../../src/dataset/validate';

describe('external identifiers', () => {
  it('checks the form of known schemes and names what is wrong', () => {
    expect(identifierProblem({ scheme: 'wikidata', value: 'Q7159' })).toBeNull();
    expect(identifierProblem({ scheme: 'wikidata', value: 'q7159' })).toMatch(/not a Wikidata item id/);
    expect(identifierProblem({ scheme: 'wikidata', value: 'Q07' })).toMatch(/not a Wikidata item id/);
    expect(identifierProblem({ scheme: 'iso3166-1', value: 'RU' })).toBeNull();
    expect(identifierProblem({ scheme: 'iso3166-1', value: 'RUS' })).toMatch(/ISO 3166-1/);
    expect(identifierProblem({ scheme: 'Wikidata', value: 'Q1' })).toMatch(/scheme "Wikidata"/);
    expect(identifierProblem({ scheme: 'opensanctions', value: 'NK-abc' })).toBeNull();
    expect(identifierProblem({ scheme: 'opensanctions', value: 'two words' })).toMatch(/without spaces/);
  });

  it('links a Wikidata item to its page and leaves schemes without pages unlinked', () => {
    expect(identifierUrl({ scheme: 'wikidata', value: 'Q7159' })).toBe('https://www.wikidata.org/wiki/Q7159');
    expect(identifierUrl({ scheme: 'ftm', value: 'orgraph-entity-csto' })).toBeNull();
  });

  it('looks a key up as one escaped phrase of the keyword index', () => {
    expect(identifierIndexQuery({ scheme: 'wikidata', value: 'Q7159' })).toBe('"wikidata:Q7159"');
    expect(identifierIndexQuery({ scheme: 'x', value: 'a"b\\c' })).toBe('"x:a\\"b\\\\c"');
  });

  it('refuses, in a dataset, a malformed identifier and one identifier given to two entities, saying where', () => {
    const citations = [{ source: 's' }];
    const { issues } = validateFiles([
      inMemoryFile('ids.json', {
        entities: [
          { id: 'a', kind: 'organization', name: 'A', identifiers: [{ scheme: 'wikidata', value: 'Q1' }], citations },
          { id: 'b', kind: 'organization', name: 'B', identifiers: [{ scheme: 'wikidata', value: 'Q1' }], citations },
          { id: 'c', kind: 'organization', name: 'C', identifiers: [{ scheme: 'wikidata', value: 'Q1x' }], citations },
        ],
      }),
    ]);
    expect(issues.map((issue) => [issue.origin.path, issue.message])).toEqual([
      ['entities[2].identifiers[0]', 'wikidata identifier "Q1x" is not a Wikidata item id such as Q7159'],
      ['entities[1].identifiers', expect.stringContaining('identifier wikidata:Q1 is already the identifier of entity "a"')],
    ]);
  });
});
