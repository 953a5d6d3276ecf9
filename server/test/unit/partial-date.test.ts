import { endBefore, endsBeforeStart, holdsOn, parsePartialDate, partialDate } from '../../src/model/partial-date';

describe('partial dates', () => {
  it('keeps the precision and the interval a date denotes', () => {
    expect(parsePartialDate('1992')).toEqual({ text: '1992', precision: 'year', first: '1992-01-01', last: '1992-12-31' });
    expect(parsePartialDate('2024-02')).toEqual({ text: '2024-02', precision: 'month', first: '2024-02-01', last: '2024-02-29' });
    expect(parsePartialDate('2023-02')).toMatchObject({ last: '2023-02-28' });
    expect(parsePartialDate('1992-05-15')).toEqual({ text: '1992-05-15', precision: 'day', first: '1992-05-15', last: '1992-05-15' });
  });

  it('refuses what is not a partial ISO date, saying why', () => {
    expect(parsePartialDate('15 May 1992')).toEqual({ error: expect.stringContaining('not a partial ISO date') });
    expect(parsePartialDate('1992-13')).toEqual({ error: expect.stringContaining('months run from 01 to 12') });
    expect(parsePartialDate('2023-02-29')).toEqual({ error: expect.stringContaining('has 28 days') });
    expect(parsePartialDate('92')).toHaveProperty('error');
  });

  it('ends a term the day before the next starts, keeping a month or a year as given', () => {
    expect(endBefore('2027-01-01')).toBe('2026-12-31');
    expect(endBefore('2024-03-01')).toBe('2024-02-29');
    expect(endBefore('2026-05-15')).toBe('2026-05-14');
    expect(endBefore('2026-05')).toBe('2026-05');
    expect(endBefore('2026')).toBe('2026');
  });

  it('compares periods by their intervals', () => {
    expect(endsBeforeStart(partialDate('1999'), partialDate('1999-04'))).toBe(false);
    expect(endsBeforeStart(partialDate('2012-12-19'), partialDate('2012-06-28'))).toBe(true);
    expect(endsBeforeStart(partialDate('2012'), partialDate('2012-06-28'))).toBe(false);
  });

  it('decides whether a fact holds on a date: since <= date <= until, open ends allowed', () => {
    const since = partialDate('2006-06-23');
    const until = partialDate('2012-06-28');
    expect(holdsOn(partialDate('2010'), since, until)).toBe(true);
    expect(holdsOn(partialDate('2006'), since, until)).toBe(true);
    expect(holdsOn(partialDate('2006-06-22'), since, until)).toBe(false);
    expect(holdsOn(partialDate('2013'), since, until)).toBe(false);
    expect(holdsOn(partialDate('2030'), since, null)).toBe(true);
    expect(holdsOn(partialDate('1900'), null, until)).toBe(true);
  });
});
