import { findDates } from '../../src/ingest/dates';
import { partialDate } from '../../src/model/partial-date';

const dated = (sentence: string, published: string) => findDates(sentence, partialDate(published)).map((date) => `${date.role} ${date.date}`);

// Sentences written for the test, read in November: a state that began at a day without a year, and "the next day".
describe('ingest: a state that holds since a day looks back, "the next day" is no future', () => {
  it('reads "since January" as this January even beside a future clause (EN)', () => {
    expect(dated('Kazakhstan has led the bloc since January and will pass the chair to Armenia on 1 January 2028.', '2027-11-20')).toEqual(['since 2027-01', 'point 2028-01-01']);
    expect(dated('Ever since March the envoy has been based in Dushanbe.', '2027-11-20')).toEqual(['since 2027-03']);
  });

  it('reads «с 1 января» with a present of state as this year (RU)', () => {
    expect(dated('Казахстан председательствует в Совете с 1 января.', '2027-11-20')).toEqual(['since 2027-01-01']);
    expect(dated('С 1 марта миссию возглавляет дипломат из Минска.', '2027-11-20')).toEqual(['since 2027-03-01']);
  });

  it('keeps a present of change or a future with «с» as the coming day (negative)', () => {
    expect(dated('С 1 января председательство переходит к Армении.', '2027-11-20')).toEqual(['since 2028-01-01']);
    expect(dated('С 1 января Советом будет руководить Армения.', '2027-11-20')).toEqual(['since 2028-01-01']);
    expect(dated('From January Armenia will chair the Council.', '2027-11-20')).toEqual(['since 2028-01']);
  });

  it('reads a day after "the next day" / «на следующий день» in a past clause as past', () => {
    expect(dated('The next day, 12 November, the ministers met in Baku.', '2027-11-20')).toEqual(['point 2027-11-12']);
    expect(dated('На следующий день, 12 ноября, министры собрались в Баку.', '2027-11-20')).toEqual(['point 2027-11-12']);
    // Still the future where the words say so.
    expect(dated('The ministers will meet next month, on 12 December.', '2027-11-20')).toContain('point 2027-12-12');
    expect(dated('Министры соберутся в следующий раз 12 октября.', '2027-11-20')).toEqual(['point 2028-10-12']);
  });
});
