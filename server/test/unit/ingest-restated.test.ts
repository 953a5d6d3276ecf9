import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

const facts = (text: string, types: string[]) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.filter((fact) => types.includes(fact.type))
    .map(describeFact);

describe('ingest restated: a fact said again in a later sentence is proposed once', () => {
  it('one chairmanship read from two sentences, with the dates of both', () => {
    expect(facts('Kazakhstan, which chairs the CSTO this year, proposed a new budget.\n\nOn 1 January Kazakhstan will hand the chairmanship over to Belarus.', ['CHAIRS'])).toEqual([
      'CHAIRS kazakhstan → csto 2026..2026-12-31 [chair]',
      'CHAIRS belarus → csto 2027-01-01.. [chair]',
    ]);
  });

  it('a year and a day of that year fit one term', () => {
    expect(facts("Belarus's chairmanship of the CSTO in 2027 will focus on drones.\n\nBelarus takes over the chairmanship on 1 January 2027.", ['CHAIRS'])).toEqual(['CHAIRS belarus → csto 2027-01-01..2027 [chair]']);
  });

  it('two meetings without names in one city in one month stay two', () => {
    expect(facts('The Permanent Council met in Moscow on 2 December.\n\nThe session in Moscow on 24 December approved the budget.', ['HELD_IN'])).toEqual([
      'HELD_IN "Permanent Council met" → moscow 2025-12-02..2025-12-02',
      'HELD_IN "session" → moscow 2025-12-24..2025-12-24',
    ]);
  });

  it('two meetings in one city whose bodies differ stay two, though both names say "security"', () => {
    expect(facts('В Душанбе прошло заседание Комитета секретарей советов безопасности ОДКБ.\n\nВ 2021 году в Душанбе прошла сессия Совета коллективной безопасности.', ['HELD_IN'])).toEqual([
      'HELD_IN "заседание Комитета секретарей советов безопасности ОДКБ" → dushanbe',
      'HELD_IN "сессия Совета коллективной безопасности" → dushanbe 2021..2021',
    ]);
  });

  it('one meeting named twice in one city stays one', () => {
    expect(facts('Заседание Комитета секретарей советов безопасности ОДКБ прошло в Душанбе.\n\nВ Душанбе прошло заседание Комитета секретарей советов безопасности ОДКБ.', ['HELD_IN'])).toHaveLength(1);
  });

  it('an undated membership said twice, in both languages', () => {
    expect(facts('Armenia remains a member of the CSTO.\n\nOfficials in Yerevan insist that Armenia remains a member of the CSTO.', ['MEMBER_OF'])).toEqual(['MEMBER_OF armenia → csto']);
    expect(facts('Армения остаётся членом ОДКБ.\n\nВ Ереване настаивают, что Армения остаётся членом ОДКБ.', ['MEMBER_OF'])).toEqual(['MEMBER_OF armenia → csto']);
  });

  it('keeps the periods of a membership that comes and goes', () => {
    expect(facts('Армения вступила в ОДКБ в 2002 году. Армения вышла из ОДКБ в 2012 году. В 2015 году Армения вступила в ОДКБ снова.', ['MEMBER_OF'])).toEqual([
      'MEMBER_OF armenia → csto 2002..',
      'MEMBER_OF armenia → csto ..2012',
      'MEMBER_OF armenia → csto 2015..',
    ]);
  });

  it('a meeting in a city named twice is one; two bodies meeting in the same city are two', () => {
    const text = 'Сессия Совета коллективной безопасности прошла в Минске 5 декабря.\n\nНа саммите в Минске лидеры обсудили Афганистан.\n\nЗаседание Совета министров иностранных дел прошло в Минске 4 декабря.';
    expect(facts(text, ['HELD_IN'])).toEqual(['HELD_IN "Сессия Совета коллективной безопасности" → minsk 2025-12-05..2025-12-05', 'HELD_IN "Заседание Совета министров иностранных дел" → minsk 2025-12-04..2025-12-04']);
    expect(facts('The session of the Collective Security Council was held in Minsk on 5 December.\n\nAt the summit in Minsk the leaders discussed Afghanistan.\n\nThe Council of Foreign Ministers met in Minsk on 4 December.', ['HELD_IN'])).toEqual([
      'HELD_IN "session of the Collective Security Council" → minsk 2025-12-05..2025-12-05',
      'HELD_IN "Council of Foreign Ministers met" → minsk 2025-12-04..2025-12-04',
    ]);
  });
});
