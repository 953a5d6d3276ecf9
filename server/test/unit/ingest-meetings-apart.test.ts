import { findDates } from '../../src/ingest/dates';
import { partialDate } from '../../src/model/partial-date';
import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

/** The facts of the given types a text gives. */
const facts = (text: string, types: string[], published = '2026-06-10') =>
  extract(text, { gazetteer: cstoGazetteer, published })
    .proposals.filter((fact) => types.includes(fact.type))
    .map(describeFact);

describe('ingest: several meetings in one text kept apart', () => {
  it('reads each place of an English list after a plural meeting noun, each with its own date only', () => {
    expect(facts('The country was absent from the summits in Astana in 2024, Bishkek in 2025 and Moscow this month.', ['HELD_IN'])).toEqual([
      'HELD_IN "summits" → astana 2024..2024',
      'HELD_IN "summits" → bishkek 2025..2025',
      'HELD_IN "summits" → moscow 2026-06..2026-06',
    ]);
    expect(facts('The delegation missed the sessions in Minsk in 2023 and Moscow in 2025.', ['HELD_IN'])).toEqual([
      'HELD_IN "sessions" → minsk 2023..2023',
      'HELD_IN "sessions" → moscow 2025..2025',
    ]);
    expect(facts('It sent no one to the summits in Astana in 2024 or, earlier this month, Moscow.', ['HELD_IN'])).toEqual([
      'HELD_IN "summits" → astana 2024..2024',
      'HELD_IN "summits" → moscow 2026-06..2026-06',
    ]);
  });

  it('gives a later place no date of an earlier one, and reads no city after the list as a meeting place', () => {
    // Trap: 2024 is Astana's; the text does not say when Bishkek's and Moscow's were.
    expect(facts('The delegation skipped the summits in Astana in 2024, Bishkek and Moscow.', ['HELD_IN'])).toEqual([
      'HELD_IN "summits" → astana 2024..2024',
      'HELD_IN "summits" → bishkek',
      'HELD_IN "summits" → moscow',
    ]);
    // Trap: a comma ending the clause, then a capital as the subject of the next.
    expect(facts('Armenia skipped the summits in Minsk in 2023, and Moscow said nothing.', ['HELD_IN'])).toEqual(['HELD_IN "summits" → minsk 2023..2023']);
    expect(facts('The delegation skipped the summit in Astana in 2024, Bishkek and Moscow.', ['HELD_IN']).filter((fact) => fact.includes('bishkek'))).not.toContainEqual(expect.stringContaining('2024'));
  });

  it('reads a capital in a list of places as a place, and one after a comma ending a clause as its state', () => {
    expect(facts('Armenia stayed away from the summits in Minsk, Astana and Bishkek.', ['HELD_IN'])).toEqual([
      'HELD_IN "summits" → minsk',
      'HELD_IN "summits" → astana',
      'HELD_IN "summits" → bishkek',
    ]);
    expect(facts('After the summits in Astana, Yerevan froze its participation in the CSTO in February 2024.', ['MEMBER_OF'])).toEqual([
      'MEMBER_OF armenia → csto 2024-02.. {participation frozen}',
    ]);
  });

  it('dates a month "of that year" by the year written before it, not by a month whose year is guessed', () => {
    const dates = (text: string, earlier: string | undefined) => findDates(text, partialDate('2026-11-30'), earlier).map((found) => `${found.role}:${found.date}`);
    expect(dates('Решение принял Совет в Москве в мае 2002 года, а Устав был подписан в Кишинёве 7 октября того же года.', '1992')).toEqual([
      'point:2002-05',
      'point:2002-10-07',
    ]);
    // Trap: "in May" alone is the publication's year, not one written; "that year" is then the text's last.
    expect(dates('The ministers met in May, and in October of that year the leaders met in Minsk.', '2019')).toEqual(['point:2026-05', 'point:2019-10']);
  });

  it('keeps a headline\'s meeting when the body recalls an earlier year\'s meeting in the same city, and drops it when the body restates it', () => {
    expect(
      facts(
        'В Минске прошло заседание Комитета секретарей советов безопасности ОДКБ\n\nЛукашенко напомнил, что в ноябре 2023 года в Минске прошла сессия Совета коллективной безопасности.',
        ['HELD_IN'],
        '2026-11-27',
      ),
    ).toEqual(['HELD_IN "заседание Комитета секретарей советов безопасности ОДКБ" → minsk', 'HELD_IN "сессия Совета коллективной безопасности" → minsk 2023-11..2023-11']);
    expect(
      facts('В Минске прошло заседание Комитета секретарей советов безопасности ОДКБ\n\n27 ноября в Минске прошло заседание Комитета секретарей советов безопасности ОДКБ.', ['HELD_IN'], '2026-11-27'),
    ).toEqual(['HELD_IN "заседание Комитета секретарей советов безопасности ОДКБ" → minsk 2026-11-27..2026-11-27']);
  });
});
