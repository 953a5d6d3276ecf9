import { escapeLucene, EVERY_WORD_BOOST, lucenePhrase, luceneQuery, PHRASE_BOOST, searchQuery, words } from '../../src/graph/search-query';

describe('the search query builder', () => {
  it('splits on spaces and punctuation and lowercases, in any script', () => {
    expect(words('Tajik-Afghan  border')).toEqual(['tajik', 'afghan', 'border']);
    expect(words('ОДКБ')).toEqual(['одкб']);
    expect(words('  ')).toEqual([]);
  });

  it("keeps an apostrophe between letters, as the index's tokenizer does, and drops the others", () => {
    expect(words("Côte d'Ivoire")).toEqual(['côte', "d'ivoire"]);
    expect(words('O’Brien’s fund')).toEqual(['o’brien’s', 'fund']);
    expect(words("'quoted' words' end")).toEqual(['quoted', 'words', 'end']);
  });

  it('matches each word exactly, as a prefix and, for longer words, within an edit distance', () => {
    expect(luceneQuery('Secuirty')).toBe('(secuirty^4 OR secuirty*^2 OR secuirty~2)');
    expect(luceneQuery('csto')).toBe('(csto^4 OR csto*^2 OR csto~1)');
    expect(luceneQuery('un')).toBe('(un^4 OR un*^2)');
  });

  it('requires every word when asked to, for the first try', () => {
    expect(luceneQuery('csto charter', 'all')).toBe('+(csto^4 OR csto*^2 OR csto~1) +(charter^4 OR charter*^2 OR charter~2)');
  });

  it('escapes every Lucene operator, so typed text cannot change the query', () => {
    expect(escapeLucene('a+b-c!(d){e}[f]^g"h~i*j?k:l\\m/n&o|p')).toBe('a\\+b\\-c\\!\\(d\\)\\{e\\}\\[f\\]\\^g\\"h\\~i\\*j\\?k\\:l\\\\m\\/n\\&o\\|p');
    // Punctuation separates words, so operators never reach the query as operators.
    expect(luceneQuery('") MATCH (n) DETACH DELETE n //')).toBe(
      '(match^4 OR match*^2 OR match~1) OR (n^4 OR n*^2) OR (detach^4 OR detach*^2 OR detach~2) OR (delete^4 OR delete*^2 OR delete~2) OR (n^4 OR n*^2)',
    );
    expect(luceneQuery('*** ???')).toBeNull();
    expect(searchQuery('*** ???')).toBeNull();
  });
});

describe('the phrase of an exact name', () => {
  it('is the text whole, quoted, its operators escaped', () => {
    expect(lucenePhrase('collective security')).toBe('"collective security"');
    expect(lucenePhrase('a "b" \\ c*')).toBe('"a \\"b\\" \\\\ c\\*"');
  });
});

describe("search's one query", () => {
  it('is the any-word query when one word was typed', () => {
    expect(searchQuery('ОДКБ')).toBe(luceneQuery('ОДКБ', 'any'));
  });

  it('matches any word, with the phrase and the every-word form boosted above it', () => {
    // In the every-word form a long word is one edit away or has another ending, not two edits away.
    expect(searchQuery('CSTO charter')).toBe(
      `"csto charter"^${PHRASE_BOOST} OR (+(csto^4 OR csto*^2 OR csto~1) +(charter^4 OR charter*^2 OR charter~1 OR chart*))^${EVERY_WORD_BOOST} OR (csto^4 OR csto*^2 OR csto~1) OR (charter^4 OR charter*^2 OR charter~2)`,
    );
  });

  it('keeps operators in typed text out of the query, phrase included', () => {
    const query = searchQuery('Côte d\'Ivoire" OR name:x~ (AND) -y^9 && z || "\\')!;
    expect(query.startsWith(`"côte d'ivoire or name x and y 9 z"^${PHRASE_BOOST} OR (`)).toBe(true);
    // Past the phrase, every quote, colon, tilde, caret, parenthesis and sign is one the builder wrote.
    expect(query.replace(/^"[^"]*"/, '').replace(/\^\d+|~[12]|\*|\(|\)|\+| OR /g, ' ')).not.toMatch(/["():~^+\-&|\\]/);
  });
});
