import { findDates } from '../../src/ingest/dates';
import { partialDate } from '../../src/model/partial-date';
import { cstoGazetteer, describeFact } from '../support/ingest';
import { extract } from '../../src/ingest/extract';

const dates = (text: string, published: string) =>
  findDates(text, partialDate(published)).map((found) => `${found.role}:${found.date}${found.until ? `..${found.until}` : ''}`);
const facts = (text: string, published: string) => extract(text, { gazetteer: cstoGazetteer, published }).proposals.map(describeFact);

// Sentences written for the test.
describe('ingest: ranges as journalists write them', () => {
  it('reads two days joined by a dash before a Russian month as a range', () => {
    expect(dates('Совещание пройдёт в Оше 14–15 марта.', '2027-02-04')).toEqual(['point:2027-03-14..2027-03-15']);
    expect(dates('Учения прошли 3-7 сентября 2026 года.', '2027-02-04')).toEqual(['point:2026-09-03..2026-09-07']);
    // Days that run backwards are no range: only the day before the month is read.
    expect(dates('Совещание пройдёт 15–14 марта.', '2027-02-04')).toEqual(['point:2027-03-14']);
    expect(facts('Заседание Постоянного совета пройдёт в Бишкеке 10–11 декабря.', '2026-11-15')).toContain('HELD_IN "Заседание Постоянного совета" → bishkek 2026-12-10..2026-12-11');
  });

  it('reads "from one year through another" as a period', () => {
    expect(dates('He led the staff from 2019 through 2022.', '2027-02-04')).toEqual(['point:2019..2022']);
    expect(facts('Imangali Tasmagambetov was Secretary-General of the CSTO from 2023 through 2025.', '2026-11-15')).toContain(
      'HOLDS_POSITION imangali-tasmagambetov → csto 2023..2025 [Secretary-General]',
    );
  });
});

// Sentences written for the test, published on 20 November 2026.
describe('ingest: a season alone', () => {
  it('is the next such season\'s year in a clause about the future, in both languages', () => {
    expect(dates('The ministers will meet in Minsk in the spring.', '2026-11-20')).toEqual(['point:2027']);
    expect(dates('Dushanbe will host the next summit in the autumn.', '2026-11-20')).toEqual(['point:2027']);
    expect(dates('Учения пройдут летом в Киргизии.', '2026-11-20')).toEqual(['point:2027']);
    expect(dates('Осенью следующую сессию примет Ереван.', '2026-11-20')).toEqual(['point:2027']);
    expect(dates('The envoys will gather in the summer.', '2026-02-10')).toEqual(['point:2026']);
  });

  it('gives no date in a past clause, and leaves a season with its own year to that year', () => {
    expect(dates('The drills were held in the spring.', '2026-11-20')).toEqual([]);
    expect(dates('Весной учения прошли в Таджикистане.', '2026-11-20')).toEqual([]);
    expect(dates('The summit will be held in the autumn of 2028.', '2026-11-20')).toEqual(['point:2028']);
    expect(dates('Весной следующего года сессия пройдёт в Минске.', '2026-11-20')).toEqual(['point:2027']);
    // An adjective is no date: "its spring session".
    expect(dates('The assembly will hold its spring session in Minsk.', '2026-11-20')).toEqual([]);
  });
});

describe('ingest: a day as speech says it', () => {
  it('reads "the first of January" and "the 15th of May 1992"', () => {
    expect(dates('He takes up the post on the first of January.', '2026-11-26')).toEqual(['point:2027-01-01']);
    expect(dates('The treaty was signed on the 15th of May 1992.', '2026-11-26')).toEqual(['point:1992-05-15']);
    // "the first of the members" is no date.
    expect(dates('Kyrgyzstan was the first of the members to ratify it.', '2026-11-26')).toEqual([]);
  });
});
