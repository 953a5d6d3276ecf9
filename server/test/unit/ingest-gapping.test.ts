/**
 * Round 17: exercises and their places where the verb is shared or left out (coordination, lists, gapping), and an
 * exercise's name with the kind of exercise said between it and its noun.
 */
import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

const facts = (text: string, types: string[]) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.filter((fact) => types.includes(fact.type))
    .map(describeFact);

describe('ingest gapping: exercises sharing a place, each item with its own time', () => {
  it('holds every exercise of an item in the item\'s place, dated by the item\'s own time, in English and Russian', () => {
    expect(facts('The staff kept the troops busy: Cobalt in Kazakhstan in the spring, Search and Echelon in Tajikistan in October.', ['HELD_IN'])).toEqual([
      'HELD_IN cobalt → kazakhstan',
      'HELD_IN search → tajikistan 2026-10..2026-10',
      'HELD_IN echelon → tajikistan 2026-10..2026-10',
    ]);
    expect(facts('Год выдался насыщенным: «Кобальт» в Казахстане в мае, «Поиск» и «Эшелон» в Таджикистане осенью.', ['HELD_IN'])).toEqual([
      'HELD_IN cobalt → kazakhstan 2026-05..2026-05',
      'HELD_IN search → tajikistan',
      'HELD_IN echelon → tajikistan',
    ]);
  });

  it('reads nothing in a sentence that takes the list back', () => {
    expect(facts('Search and Echelon in Tajikistan, and Cobalt in Kazakhstan, may yet be called off.', ['HELD_IN'])).toEqual([]);
  });
});

describe('ingest gapping: the kind of exercise between its name and its noun', () => {
  it('reads the name as the exercise in each of two coordinated clauses and in a coordinated subject', () => {
    expect(facts('In May the Cobalt counter-terrorism exercise was held in Kazakhstan, and the Search reconnaissance drill took place in Tajikistan.', ['HELD_IN'])).toEqual([
      'HELD_IN cobalt → kazakhstan 2026-05..2026-05',
      'HELD_IN search → tajikistan',
    ]);
    expect(facts('The Echelon rear-services drill and the Search reconnaissance exercise were staged in Armenia.', ['HELD_IN'])).toEqual([
      'HELD_IN echelon → armenia',
      'HELD_IN search → armenia',
    ]);
  });

  it('does not take a determiner after a name for the kind of exercise', () => {
    expect(facts('After Cobalt the next drill was held in Kazakhstan.', ['HELD_IN'])).not.toContain('HELD_IN cobalt → kazakhstan');
  });
});

describe('ingest gapping: whose exercise a name is, in the Russian genitive', () => {
  it('reads each name after «учения разведчиков» and «и тыловиков» as an exercise held there', () => {
    expect(facts('Учения связистов «Поиск» и сапёров «Эшелон» прошли в Таджикистане.', ['HELD_IN'])).toEqual([
      'HELD_IN search → tajikistan',
      'HELD_IN echelon → tajikistan',
    ]);
  });

  it('takes no name the genitive does not lead to', () => {
    expect(facts('В Таджикистане прошли учения сапёров, а «Эшелон» перенесли на весну.', ['HELD_IN'])).not.toContain('HELD_IN echelon → tajikistan');
  });
});

describe('ingest gapping: an exercise name opening a sentence, coordinated with another', () => {
  it('reads a capitalised ordinary-word name at the opening when "and" or «и» joins it to a name', () => {
    expect(facts('Search and Cobalt were staged with little publicity in Armenia in June.', ['HELD_IN'])).toEqual(['HELD_IN search → armenia 2026-06..2026-06', 'HELD_IN cobalt → armenia 2026-06..2026-06']);
    expect(facts('Поиск и «Кобальт» прошли в Армении в июне.', ['HELD_IN'])).toEqual(['HELD_IN search → armenia 2026-06..2026-06', 'HELD_IN cobalt → armenia 2026-06..2026-06']);
  });

  it('leaves the common noun at the opening where no name follows the conjunction', () => {
    expect(facts('Search and rescue teams were sent to Armenia in June.', ['HELD_IN'])).toEqual([]);
  });
});

describe('ingest gapping: «там же», the place of the event held before', () => {
  it('holds the exercises where the paragraph last held a named one, past a sentence that names another place', () => {
    expect(
      facts('В мае учение «Кобальт» прошло на полигоне в Киргизии. Руководил им генерал, служивший в Казахстане. Тогда же там же прошли учения «Поиск» и «Эшелон».', ['HELD_IN']),
    ).toEqual(expect.arrayContaining(['HELD_IN search → kyrgyzstan 2026-05..2026-05', 'HELD_IN echelon → kyrgyzstan 2026-05..2026-05']));
  });

  it('gives nothing with no place of an event before, nor for «там же, где»', () => {
    expect(facts('Армения прислала наблюдателей. Там же прошли учения «Поиск».', ['HELD_IN'])).toEqual([]);
    expect(facts('Учение «Кобальт» проходит в Армении. Учение «Поиск» прошло там же, где и год назад.', ['HELD_IN'])).not.toContain('HELD_IN search → armenia');
  });
});

describe('ingest gapping: an exercise joined in a place', () => {
  it('holds the series a verb of taking part names in the place after it, in English and Russian, taken part in or not', () => {
    expect(facts('Kyrgyz units took part in Cobalt in Armenia.', ['HELD_IN'])).toEqual(['HELD_IN cobalt → armenia']);
    expect(facts('Армения не участвовала в «Кобальте» в Киргизии.', ['HELD_IN'])).toEqual(['HELD_IN cobalt → kyrgyzstan']);
  });

  it('holds no programme in the place after it', () => {
    expect(facts('Belarus participated in the Interstate Programme in Tajikistan.', ['HELD_IN'])).toEqual([]);
  });
});

describe('ingest gapping: a pronoun subject of a second clause', () => {
  it('reads «они» and "it" as the exercise the first clause named, past a date', () => {
    expect(facts('Учения «Кобальт» проводятся с 2015 года; в прошлом году они прошли в Армении.', ['HELD_IN'])).toEqual(['HELD_IN cobalt → armenia 2025..2025']);
    expect(facts('The Cobalt exercise has run every year since 2015, and last year it was staged in Armenia.', ['HELD_IN'])).toEqual(['HELD_IN cobalt → armenia 2025..2025']);
  });

  it('gives nothing where the second clause denies it', () => {
    expect(facts('The Cobalt exercise was planned for 2026; it was not held in Armenia.', ['HELD_IN'])).toEqual([]);
  });
});

describe('ingest gapping: a body that held exercises listed after a colon or a dash', () => {
  it('gives the body each exercise of the list, in English and Russian', () => {
    expect(facts('The CSTO Joint Staff, under a new chief, ran a crowded calendar of exercises: Cobalt in Armenia, Search and Echelon in Kyrgyzstan.', ['CONDUCTS'])).toEqual([
      'CONDUCTS csto-joint-staff → cobalt',
      'CONDUCTS csto-joint-staff → search',
      'CONDUCTS csto-joint-staff → echelon',
    ]);
    expect(facts('Объединённый штаб ОДКБ провёл весной два учения — «Кобальт» и «Эшелон».', ['CONDUCTS'])).toEqual([
      'CONDUCTS csto-joint-staff → cobalt',
      'CONDUCTS csto-joint-staff → echelon',
    ]);
  });

  it('gives nothing for talks about exercises, nor where the sentence takes it back', () => {
    expect(facts('The CSTO Joint Staff held talks about two exercises: Cobalt and Search.', ['CONDUCTS'])).toEqual([]);
    expect(facts('The CSTO Joint Staff has not held any exercises this year: Cobalt and Search were called off.', ['CONDUCTS'])).toEqual([]);
  });
});

describe('ingest gapping: a place given only by its description', () => {
  it('holds the meeting in "the Tajik capital", «в белорусской столице», «в Кремле», the place end "?"', () => {
    expect(facts('The next session will be held in the Kyrgyz capital in May.', ['HELD_IN'])).toEqual(['HELD_IN "next session" → "Kyrgyz capital" 2027-05..2027-05']);
    expect(facts('Осенью в армянской столице прошло заседание Совета министров обороны.', ['HELD_IN'])).toEqual(['HELD_IN "заседание Совета министров обороны" → "армянской столице"']);
    expect(facts('Саммит пройдёт в Кремле.', ['HELD_IN'])).toEqual(['HELD_IN "Саммит" → "Кремле"']);
    expect(facts('Defence ministers of Armenia and Belarus met in the Kyrgyz capital in May.', ['HELD_IN'])).toEqual([
      'HELD_IN "ministers of Armenia and Belarus" → "Kyrgyz capital" 2026-05..2026-05',
    ]);
  });

  it('reads no description without a verb of holding, nor the Kremlin as a government', () => {
    expect(facts('The Kremlin said the summit was a success, as did the Kazakh capital.', ['HELD_IN'])).toEqual([]);
    expect(facts('Путин провёл в российской столице переговоры.', ['HELD_IN'])).toEqual([]);
    // A dateline's city: the description is that city, which other rules read.
    expect(facts('BISHKEK, Kyrgyzstan — Defence ministers of the bloc met in the Kyrgyz capital on Thursday.', ['HELD_IN']).filter((fact) => fact.includes('capital'))).toEqual([]);
  });
});
