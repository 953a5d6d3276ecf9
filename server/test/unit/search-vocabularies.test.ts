import { continuesFrom } from '../../src/graph/search-vocabularies';
import { Vocabulary } from '../../src/graph/search-vocabulary';

// A vocabulary is kept up to date by adding what releases write (server/src/graph/search-vocabularies.ts).

describe('a vocabulary that names are added to', () => {
  it('expands a typo to a word added after the expansion was first made', async () => {
    const vocabulary = await Vocabulary.of([['Collective Security Council', null]]);
    expect(vocabulary.fuzzy('quarzmoore', 2)).toEqual([]);
    vocabulary.add([['Quartzmoor Consortium', ['Квартцмур']]]);
    expect(vocabulary.fuzzy('quarzmoore', 2)).toEqual([{ field: 'name', term: 'quartzmoor', boost: expect.any(Number) }]);
    expect(vocabulary.fuzzy('квартсмур', 1).map((variant) => variant.field)).toEqual(['aliasNames']);
  });

  it('adds a word already held in another field to that field', async () => {
    const vocabulary = await Vocabulary.of([['Vexlow', null]]);
    expect(vocabulary.fuzzy('vexlov', 1).map((variant) => variant.field)).toEqual(['name']);
    vocabulary.add([['Another', ['Vexlow']]]);
    expect(vocabulary.fuzzy('vexlov', 1).map((variant) => variant.field)).toEqual(['name', 'aliasNames']);
    expect(vocabulary.size).toBe(2);
  });
});

describe('whether the releases after a vocabulary can be added to it', () => {
  const known = { latest: 10, edits: 4 };
  it('yes when the head went on from it: more releases, edits without one', () => {
    expect(continuesFrom(known, { latest: 10, edits: 4, rewoundAt: 0 })).toBe(true);
    expect(continuesFrom(known, { latest: 12, edits: 4, rewoundAt: 0 })).toBe(true);
    expect(continuesFrom(known, { latest: 12, edits: 6, rewoundAt: 3 })).toBe(true);
    // The vocabulary was read after the last rewind (its edits count is the rewind's or later).
    expect(continuesFrom(known, { latest: 12, edits: 6, rewoundAt: 4 })).toBe(true);
  });

  it('no after a restore or a reset since it was read, even with as many releases or more', () => {
    expect(continuesFrom(known, { latest: 12, edits: 5, rewoundAt: 5 })).toBe(false);
    expect(continuesFrom(known, { latest: 3, edits: 5, rewoundAt: 5 })).toBe(false);
  });

  it('no when the head is behind it (a database loaded from a dump by hand)', () => {
    expect(continuesFrom(known, { latest: 9, edits: 4, rewoundAt: 0 })).toBe(false);
    expect(continuesFrom(known, { latest: 11, edits: 3, rewoundAt: 0 })).toBe(false);
  });
});
