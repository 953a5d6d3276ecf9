import { escapeLucene, luceneQuery, words } from '../../src/graph/search-query';

describe('the search query builder', () => {
  it('splits on spaces and punctuation and lowercases, in any script', () => {
    expect(words('Tajik-Afghan  border')).toEqual(['tajik', 'afghan', 'border']);
    expect(words('ОДКБ')).toEqual(['одкб']);
    expect(words('  ')).toEqual([]);
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
  });
});
