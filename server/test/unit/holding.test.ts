import { datesText, holding, lifetimeState, timeState, type DatedFact } from '../../src/model/holding';
import { partialDate } from '../../src/model/partial-date';

const on = (text: string) => partialDate(text);

describe('whether a relationship held on a date: HELD, NOT_HELD or UNKNOWN', () => {
  it('decides a dated relationship by its since and until, open ends open', () => {
    const bordyuzha: DatedFact = { since: '2003', until: '2016' };
    expect(holding(bordyuzha, on('2010-01-01'))).toBe('HELD');
    expect(holding(bordyuzha, on('2003'))).toBe('HELD');
    expect(holding(bordyuzha, on('2002-12-31'))).toBe('NOT_HELD');
    expect(timeState(bordyuzha, on('2002-12-31'))).toBe('future');
    expect(timeState(bordyuzha, on('2017-01-01'))).toBe('former');
    expect(holding({ since: '1992-05-15' }, on('2030'))).toBe('HELD');
    expect(holding({ until: '1999' }, on('1950'))).toBe('HELD');
    expect(timeState({ until: '1999' }, on('2000'))).toBe('former');
  });

  it('compares the intervals partial dates denote, never inventing precision', () => {
    const uzbekistan: DatedFact = { since: '2006-06-23', until: '2012-06-28' };
    expect(holding(uzbekistan, on('2006'))).toBe('HELD');
    expect(holding(uzbekistan, on('2006-06-22'))).toBe('NOT_HELD');
    expect(holding(uzbekistan, on('2012-06'))).toBe('HELD');
    expect(holding(uzbekistan, on('2012-07'))).toBe('NOT_HELD');
  });

  it('says an undated relationship is not known for a date', () => {
    expect(holding({}, on('2010-01-01'))).toBe('UNKNOWN');
    expect(holding({ attested: [] }, on('1995'))).toBe('UNKNOWN');
  });

  it('holds an attested relationship on its attested dates only, unknown elsewhere', () => {
    const serdyukov: DatedFact = { attested: ['2024-02'] };
    expect(holding(serdyukov, on('2024-02-15'))).toBe('HELD');
    expect(holding(serdyukov, on('2024'))).toBe('HELD');
    expect(holding(serdyukov, on('2010-01-01'))).toBe('UNKNOWN');
    expect(holding(serdyukov, on('2025'))).toBe('UNKNOWN');
    const twice: DatedFact = { attested: ['2019', '2024-02'] };
    expect(holding(twice, on('2019-06'))).toBe('HELD');
    // Held at two dates says nothing of the years between them.
    expect(holding(twice, on('2021'))).toBe('UNKNOWN');
  });

  it('cannot hold before both ends exist nor after either ends, unless its own dates say otherwise', () => {
    const crrfPartOf: DatedFact = { from: { start: '2009-02-04' }, to: { start: '2002' } };
    expect(holding(crrfPartOf, on('2003'))).toBe('NOT_HELD');
    expect(timeState(crrfPartOf, on('2003'))).toBe('future');
    expect(holding(crrfPartOf, on('2010'))).toBe('UNKNOWN');
    expect(holding({ ...crrfPartOf, attested: ['2003'] }, on('2003'))).toBe('NOT_HELD');
    const atSession: DatedFact = { since: '2002-05-14', to: { start: '2002-05-14', end: '2002-05-14' } };
    expect(holding(atSession, on('2002-05-14'))).toBe('HELD');
    expect(timeState(atSession, on('2010'))).toBe('former');
    // Not begun wins: at a date when one end did not exist yet, nothing about it is "former".
    expect(timeState({ until: '2001', from: { start: '2005' } }, on('2003'))).toBe('future');
    // Its own dates win: members of the CSTO from the treaty of 1992, before the organization of 2002.
    expect(holding({ since: '1992-05-15', to: { start: '2002' } }, on('1995'))).toBe('HELD');
    expect(holding({ until: '2030', from: { end: '2020' } }, on('2025'))).toBe('HELD');
    expect(timeState({ since: '1992', to: { start: '2002', end: '2020' } }, on('2025'))).toBe('former');
    // Ends with no dates bound nothing.
    expect(holding({ since: '1993', from: {}, to: { start: null, end: null } }, on('1995'))).toBe('HELD');
  });

  it('places an entity on a date by its own start and end', () => {
    expect(lifetimeState({ start: '2009-02-04' }, on('2003'))).toBe('future');
    expect(lifetimeState({ start: '2009-02-04' }, on('2009'))).toBe('held');
    expect(lifetimeState({ start: '2022-01-06', end: '2022-01-19' }, on('2023'))).toBe('former');
    expect(lifetimeState({}, on('1900'))).toBe('held');
  });

  it('reads a fact’s own dates in a few words', () => {
    expect(datesText({ since: '1992-05-15' })).toBe('1992-05-15 –');
    expect(datesText({ since: '2003', until: '2016' })).toBe('2003 – 2016');
    expect(datesText({ since: '2022', until: '2022' })).toBe('2022');
    expect(datesText({ attested: ['2024-02'] })).toBe('attested 2024-02');
    expect(datesText({})).toBe('date unknown');
  });
});
