import { findDates } from '../../src/ingest/dates';
import { extract } from '../../src/ingest/extract';
import { partialDate } from '../../src/model/partial-date';
import { cstoGazetteer, describeFact } from '../support/ingest';

const facts = (text: string, published = '2026-11-15') => extract(text, { gazetteer: cstoGazetteer, published }).proposals.map(describeFact);
const chairOfTalks = (text: string) => facts(text).filter((fact) => /^CHAIRS "/u.test(fact));

// Sentences written for the test: who chaired a meeting, and why, with the year of the country's chairmanship.
describe('ingest: a date in a clause giving a reason is not the main clause\'s', () => {
  it('leaves the meeting undated by the year of a reason (EN)', () => {
    expect(chairOfTalks('The talks were chaired by Sergei Lavrov because Russia holds the chairmanship of the CSTO this year.')).toEqual(['CHAIRS "Sergei Lavrov" → "talks" [chair]']);
    expect(chairOfTalks('The talks were chaired by Sergei Lavrov, whose country leads the CSTO in 2026.')).toEqual(['CHAIRS "Sergei Lavrov" → "talks" [chair]']);
  });

  it('leaves the meeting undated by the year of a reason, a «страна которого» clause or a dash (RU)', () => {
    for (const text of [
      'Переговоры вёл Сергей Лавров, поскольку Россия председательствует в ОДКБ в 2026 году.',
      'Переговоры вёл Сергей Лавров, страна которого председательствует в ОДКБ в этом году.',
      'Переговоры вёл Сергей Лавров — Россия в этом году председательствует в ОДКБ.',
    ]) expect(chairOfTalks(text)).toEqual(['CHAIRS "Сергей Лавров" → "Переговоры" [chair]']);
    // «страна которого» read as the state it refers to is still the opening of a clause of its own.
    expect(chairOfTalks('Заседание провёл министр иностранных дел России Сергей Лавров, страна которого председательствует в ОДКБ в 2026 году.')).toEqual([
      'CHAIRS "Сергей Лавров" → "Заседание" [chair]',
    ]);
  });

  it('still reads the main clause\'s own date, and the reason\'s year for the reason\'s fact', () => {
    const text = 'The talks were chaired by Sergei Lavrov on 10 November because Russia holds the chairmanship of the CSTO this year.';
    expect(facts(text)).toEqual(['CHAIRS russia → csto 2026..2026 [chair]', 'CHAIRS "Sergei Lavrov" → "talks" 2026-11-10..2026-11-10 [chair]']);
    expect(facts('Переговоры вёл Сергей Лавров — Россия в этом году председательствует в ОДКБ.')).toContain('CHAIRS russia → csto 2026..2026 [chair]');
  });

  it('reads "to" or "с" before a date only as a word of its own, not the end of a name ("the CSTO this year")', () => {
    const role = (text: string) => findDates(text, partialDate('2026-11-15')).map((found) => found.role);
    expect(role('Russia holds the chairmanship of the CSTO this year.')).toEqual(['point']);
    expect(role('Russia chairs the bloc up to 2027.')).toEqual(['until']);
    expect(role('Казахстан состоит в организации с 1994 года.')).toEqual(['since']);
  });
});
