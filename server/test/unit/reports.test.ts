import { csvCell } from '../../src/reports/csv';
import { Footnotes, period } from '../../src/reports/model';
import type { CitationModel } from '../../src/model/records';

const citation = (source: string, quote?: string): CitationModel => ({ source: { id: source, title: `Title ${source}` }, quote: quote ?? null });

describe('report building blocks', () => {
  it('numbers footnotes in order of first use, the same citation keeping its number', () => {
    const notes = new Footnotes();
    expect(notes.cite([citation('a', 'q1'), citation('b')])).toEqual([1, 2]);
    expect(notes.cite([citation('a', 'q1'), citation('a', 'q2')])).toEqual([1, 3]);
    expect(notes.list.map((note) => note.citation.source.id)).toEqual(['a', 'b', 'a']);
  });

  it('quotes CSV cells only when needed, doubling quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "frozen"')).toBe('"say ""frozen"""');
    expect(csvCell(null)).toBe('');
  });

  it('writes periods as people read them', () => {
    expect(period('1992-05-15', '1999')).toBe('1992-05-15 – 1999');
    expect(period('2025-11-27', '2025-11-27')).toBe('2025-11-27');
    expect(period('2026-01-01', null)).toBe('since 2026-01-01');
    expect(period(null, null)).toBe('');
  });
});
