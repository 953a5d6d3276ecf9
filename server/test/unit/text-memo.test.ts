import { memoizeByText } from '../../src/cache/text-memo';

describe('memoizeByText', () => {
  it('computes once per text it keeps, and again for a text too long to keep', () => {
    const seen: string[] = [];
    const length = memoizeByText((text) => {
      seen.push(text);
      return text.length;
    });
    expect([length('{ a }'), length('{ a }'), length('{ b }')]).toEqual([5, 5, 5]);
    expect(seen).toEqual(['{ a }', '{ b }']);
    const long = 'x'.repeat(300_000);
    length(long);
    length(long);
    expect(seen.filter((text) => text === long)).toHaveLength(2);
  });

  it('forgets the least recently used texts beyond its budget', () => {
    let computed = 0;
    const memo = memoizeByText((text) => {
      computed += 1;
      return text;
    });
    const texts = Array.from({ length: 30 }, (_, i) => `${i}`.padEnd(100_000, '.'));
    for (const text of texts) memo(text);
    memo(texts[29]!);
    expect(computed).toBe(30);
    memo(texts[0]!);
    expect(computed).toBe(31);
  });
});
