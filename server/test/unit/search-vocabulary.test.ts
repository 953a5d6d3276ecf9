import { fuzzyTerm, searchQuery } from '../../src/graph/search-query';
import { editDistance, indexTerms, MAX_EXPANSIONS, signature, similarity, Vocabulary } from '../../src/graph/search-vocabulary';

const points = (word: string) => [...word].map((char) => char.codePointAt(0)!);
const distance = (a: string, b: string, max = 2) => editDistance(points(a), points(b), max);

describe('the words the index holds', () => {
  it('splits names as the standard analyser does: by the Unicode word rules, lowercased', () => {
    expect(indexTerms('Collective Security Treaty Organization')).toEqual(['collective', 'security', 'treaty', 'organization']);
    expect(indexTerms('Tajik-Afghan border (programme), 2016–2020')).toEqual(['tajik', 'afghan', 'border', 'programme', '2016', '2020']);
    // An apostrophe or a full stop between letters keeps a word whole; other punctuation splits.
    expect(indexTerms("Côte d'Ivoire U.S.A. O’Brien")).toEqual(['côte', "d'ivoire", 'u.s.a', 'o’brien']);
    expect(indexTerms('Организация Договора о коллективной безопасности')).toEqual(['организация', 'договора', 'о', 'коллективной', 'безопасности']);
  });

  it('lowercases one code point at a time, as Lucene does', () => {
    // JavaScript's toLowerCase gives "i̇" (two code points) and a final sigma; Lucene "i" and σ.
    expect(indexTerms('İstanbul ΟΔΥΣΣΕΥΣ')).toEqual(['istanbul', 'οδυσσευσ']);
  });

  it('keeps each Han character as a word of its own too (Lucene makes each one a token)', () => {
    expect(indexTerms('上海合作组织')).toEqual(expect.arrayContaining(['上', '海', '合', '作', '组', '织']));
  });
});

describe("the edit distance of Lucene's fuzzy terms", () => {
  it('counts insertions, deletions and substitutions, in code points', () => {
    expect(distance('security', 'security')).toBe(0);
    expect(distance('securty', 'security')).toBe(1);
    expect(distance('securityy', 'security')).toBe(1);
    expect(distance('sekurity', 'security')).toBe(1);
    expect(distance('коллективной', 'коллективная')).toBe(2);
    expect(distance('𝒜bc', 'abc')).toBe(1);
  });

  it('counts a swap of two adjacent letters as one edit, but not a swap with a letter between (restricted Damerau)', () => {
    expect(distance('secuirty', 'security')).toBe(1);
    expect(distance('ca', 'abc', 3)).toBe(3);
  });

  it('stops at the bound', () => {
    expect(distance('kazakhstan', 'uzbekistan', 2)).toBe(3);
    expect(distance('ab', 'abcdef', 2)).toBe(3);
  });

  it('passes over words whose letters differ in more code points than the bound', () => {
    // Signatures are a lower bound: two words the distance accepts never differ in more bits than it.
    for (const [a, b] of [['secuirty', 'security'], ['colective', 'collective'], ['rusia', 'russia']]) {
      const d = distance(a!, b!);
      expect(d).toBeLessThanOrEqual(2);
      const bitsA = signature(points(a!));
      const bitsB = signature(points(b!));
      const missing = (x: number, y: number) => (x & ~y).toString(2).replace(/0/g, '').length;
      expect(missing(bitsA, bitsB)).toBeLessThanOrEqual(d);
      expect(missing(bitsB, bitsA)).toBeLessThanOrEqual(d);
    }
  });

  it("gives each word the similarity Lucene boosts it by: 1 less the edits over the shorter word's length", () => {
    expect(similarity(0, 8, 8)).toBe(1);
    expect(similarity(1, 8, 7)).toBe(Math.fround(1 - Math.fround(1 / 7)));
    expect(similarity(2, 12, 12)).toBe(Math.fround(1 - Math.fround(2 / 12)));
  });
});

describe('typos expanded from the vocabulary', () => {
  const names: Array<[string, string[]]> = [
    ['Collective Security Treaty Organization', ['ОДКБ', 'CSTO']],
    ['Committee of Secretaries of Security Councils', []],
    ['Security Council', []],
    ['Collective security', ['коллективной безопасности']],
  ];

  it('are the words within the edit distance, in the fields that hold them, boosted by their similarity', async () => {
    const vocabulary = await Vocabulary.of(names);
    expect(vocabulary.fuzzy('councl', 2)).toEqual([
      { field: 'name', term: 'council', boost: similarity(1, 7, 6) },
      { field: 'name', term: 'councils', boost: similarity(2, 8, 6) },
    ]);
    expect(vocabulary.fuzzy('cstoo', 1)).toEqual([{ field: 'aliasNames', term: 'csto', boost: similarity(1, 4, 5) }]);
    // The word itself, when the index holds it, is a variant of similarity 1, in each field that has it.
    expect(vocabulary.fuzzy('security', 1)).toEqual([{ field: 'name', term: 'security', boost: 1 }]);
    expect(vocabulary.fuzzy('qxzvjk', 2)).toEqual([]);
  });

  it('keep the 50 best per field, the lower word first among equals, as Lucene does', async () => {
    // 75 words one edit from "abcd", all of similarity 0.75, and "abcd" itself.
    const letters = [...'abcdefghijklmnopqrstuvwxyz'];
    const near = [...letters.filter((x) => x !== 'c').map((x) => `ab${x}d`), ...letters.filter((x) => x !== 'd').map((x) => `abc${x}`), ...letters.filter((x) => x !== 'b').map((x) => `a${x}cd`)];
    const vocabulary = await Vocabulary.of([...near.map((word) => [word.toUpperCase(), []] as [string, string[]]), ['abcd', []]]);
    const variants = vocabulary.fuzzy('abcd', 1);
    expect(variants).toHaveLength(MAX_EXPANSIONS);
    expect(variants[0]).toEqual({ field: 'name', term: 'abcd', boost: 1 });
    expect(variants.slice(1).map((v) => v.term)).toEqual([...near].sort().slice(0, MAX_EXPANSIONS - 1));
    expect(new Set(variants.slice(1).map((v) => v.boost))).toEqual(new Set([similarity(1, 4, 4)]));
  });

  it('replace the fuzzy terms in the query with field-bound one-word phrases, and drop a typo nothing is near', async () => {
    const vocabulary = await Vocabulary.of(names);
    expect(fuzzyTerm('councl', 2)).toBe('councl~2');
    expect(fuzzyTerm('councl', 2, vocabulary)).toBe(`name:"council"^0.833333313 OR name:"councils"^0.666666627`);
    expect(fuzzyTerm('qxzvjk', 2, vocabulary)).toBeNull();
    expect(searchQuery('councl', vocabulary)).toBe('(councl^4 OR councl*^2 OR name:"council"^0.833333313 OR name:"councils"^0.666666627)');
    expect(searchQuery('qxzvjk', vocabulary)).toBe('(qxzvjk^4 OR qxzvjk*^2)');
    const two = searchQuery('security councl', vocabulary)!;
    expect(two).not.toMatch(/~/);
    expect(two).toContain('+(councl^4 OR councl*^2 OR name:"council"^0.833333313 OR coun*)');
  });

  it('escape the words they send, so a word of the index cannot change the query', async () => {
    const vocabulary = await Vocabulary.of([['a:b"c', []]]);
    // "a:b" is one word by the Unicode rules (a colon between letters); the quote splits.
    expect(fuzzyTerm('a:bb', 1, vocabulary)).toBe('name:"a\\:b"^0.666666627');
  });
});
