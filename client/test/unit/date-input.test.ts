import { parseDateInput } from '../../src/date-input';

describe('dates as people type them, for "As of"', () => {
  it.each([
    ['2010', '2010'],
    ['2012-09', '2012-09'],
    ['2012-09-01', '2012-09-01'],
    ['01.01.2010', '2010-01-01'],
    ['1.1.2010', '2010-01-01'],
    ['23/06/2006', '2006-06-23'],
    ['09.2012', '2012-09'],
    ['1 Jan 2010', '2010-01-01'],
    ['1 January 2010', '2010-01-01'],
    ['  15  Sept  2012 ', '2012-09-15'],
    ['January 1, 2010', '2010-01-01'],
    ['Feb 2024', '2024-02'],
    ['2010/1/5', '2010-01-05'],
  ])('reads %p as %p', (typed, iso) => {
    expect(parseDateInput(typed)).toEqual({ iso });
  });

  it.each(['2010-13', '31.02.2010', '30 Feb 2010', '2010-02-30'])('refuses %p, which is no real date, saying why', (typed) => {
    const result = parseDateInput(typed);
    expect('error' in result && result.error).toMatch(/not a real date/);
  });

  it.each(['yesterday', '1 Ja 2010', '10', '2010-1-1-1', 'Mayday 2010', ''])('refuses %p with what it accepts', (typed) => {
    const result = parseDateInput(typed);
    expect('error' in result && result.error).toMatch(/is not a date: type a year/);
  });
});
