import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

/** The facts of the given types, without their dates, sorted. */
const facts = (text: string, types: string[]) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.filter((fact) => types.includes(fact.type))
    .map((fact) => describeFact({ ...fact, since: undefined, until: undefined }))
    .sort();

describe('ingest: taking part in the exercises the sentence before named, left out of the sentence', () => {
  it('gives every exercise of a list in focus to the units that "took part"', () => {
    expect(facts('The Echelon logistics exercise and the Search reconnaissance drill ended near Brest on Friday. Troops from Kyrgyzstan and Tajikistan also took part.', ['PARTICIPATES_IN'])).toEqual([
      'PARTICIPATES_IN kyrgyzstan → echelon',
      'PARTICIPATES_IN kyrgyzstan → search',
      'PARTICIPATES_IN tajikistan → echelon',
      'PARTICIPATES_IN tajikistan → search',
    ]);
  });

  it('reads «В них приняли участие …» after the exercises are named', () => {
    expect(facts('В октябре в Киргизии прошли учения «Поиск» и «Эшелон». В них приняли участие подразделения Казахстана и Таджикистана.', ['PARTICIPATES_IN'])).toEqual([
      'PARTICIPATES_IN kazakhstan → echelon',
      'PARTICIPATES_IN kazakhstan → search',
      'PARTICIPATES_IN tajikistan → echelon',
      'PARTICIPATES_IN tajikistan → search',
    ]);
  });

  it('reads an edition with a year the graph lacks as its series when the sentence says it was held or joined', () => {
    expect(facts('Armenian sappers took part in Interaction-2025, which was held near Pskov. Units from Belarus took part too.', ['PARTICIPATES_IN'])).toEqual([
      'PARTICIPATES_IN armenia → interaction',
      'PARTICIPATES_IN belarus → interaction',
    ]);
  });

  it('gives nothing for units that did not take part, nor without an exercise named before', () => {
    expect(facts('The Echelon logistics exercise ended near Brest on Friday. Troops from Kyrgyzstan did not take part.', ['PARTICIPATES_IN'])).toEqual([]);
    expect(facts('В октябре в Киргизии прошли учения «Поиск». В них не участвовали подразделения Казахстана.', ['PARTICIPATES_IN'])).toEqual([]);
    // A meeting named before: no exercise to take part in.
    expect(facts('The foreign ministers met in Minsk on Friday. Troops from Kyrgyzstan took part.', ['PARTICIPATES_IN']).filter((fact) => /echelon|search|interaction|rubezh|cobalt/.test(fact))).toEqual([]);
  });

  it('reads a name with a gloss in brackets before its noun as an exercise (the Cobalt ("Blue") drills)', () => {
    expect(facts('The Cobalt ("Blue") drills ended near Almaty on Friday. Some 400 troops from Russia and Armenia took part.', ['PARTICIPATES_IN'])).toEqual([
      'PARTICIPATES_IN armenia → cobalt',
      'PARTICIPATES_IN russia → cobalt',
    ]);
  });
});

describe('ingest: a plural exercise noun after a sentence that named several stands for them all', () => {
  it('gives «Руководить учениями будет X» to every exercise of the list before', () => {
    expect(facts('По плану, учение «Поиск» и учение «Эшелон» пройдут в Армении в мае. Руководить учениями будет Объединённый штаб ОДКБ.', ['CONDUCTS'])).toEqual([
      'CONDUCTS csto-joint-staff → echelon',
      'CONDUCTS csto-joint-staff → search',
    ]);
  });

  it('keeps a singular noun to the one exercise, and gives nothing for a list named two sentences apart', () => {
    expect(facts('По плану, учение «Поиск» пройдёт в Армении в мае. Руководить учением будет Объединённый штаб ОДКБ.', ['CONDUCTS'])).toEqual([
      'CONDUCTS csto-joint-staff → search',
    ]);
    expect(facts('Учение «Поиск» пройдёт в Армении в мае. Учение «Эшелон» пройдёт в Киргизии в июне. Руководить учениями будет Объединённый штаб ОДКБ.', ['CONDUCTS'])).not.toContain('CONDUCTS csto-joint-staff → search');
  });
});

describe('ingest: who pays for the programme the article named, in a paragraph that speaks of it only by its noun', () => {
  it('gives the payers of "the programme" two paragraphs after its name', () => {
    const text = 'The CSTO Interstate Targeted Programme to Strengthen the Tajik-Afghan Border was adopted in 2024.\n\nDeliveries began this year.\n\nTajikistan coordinates the programme. Russia funds most of it.';
    expect(facts(text, ['PARTICIPATES_IN'])).toContain('PARTICIPATES_IN russia → tajik-afghan-border-programme');
  });

  it('gives nothing where no programme is spoken of in the sentence or the one before', () => {
    const text = 'The CSTO Interstate Targeted Programme to Strengthen the Tajik-Afghan Border was adopted in 2024.\n\nDeliveries began this year.\n\nThe summit opened in Minsk. Russia funds most of it.';
    expect(facts(text, ['PARTICIPATES_IN'])).toEqual([]);
  });
});

describe('ingest: a body that directed the exercises named before, by a pronoun or "both"', () => {
  it('gives "The CSTO Joint Staff directed both." to each exercise of the sentence before', () => {
    expect(facts('The Cobalt and Search exercises were held in Armenia in May. The CSTO Joint Staff directed both.', ['CONDUCTS'])).toEqual([
      'CONDUCTS csto-joint-staff → cobalt',
      'CONDUCTS csto-joint-staff → search',
    ]);
  });

  it('gives nothing when it never directed them', () => {
    expect(facts('The Cobalt and Search exercises were held in Armenia in May. The CSTO Joint Staff never directed them.', ['CONDUCTS'])).toEqual([]);
  });
});

describe('ingest: "all the exercises", «всеми учениями»: every exercise the paragraph named, not only the last sentence\'s', () => {
  it('spreads a body directing all the exercises over each one the paragraph named before', () => {
    expect(facts('Next year Belarus will host the Interaction and Search exercises. The Rubezh exercise will be held in Kyrgyzstan. All the exercises will be directed by the CSTO Joint Staff.', ['CONDUCTS']).sort()).toEqual([
      'CONDUCTS csto-joint-staff → interaction',
      'CONDUCTS csto-joint-staff → rubezh',
      'CONDUCTS csto-joint-staff → search',
    ]);
    expect(facts('В 2027 году в Белоруссии пройдут учения «Взаимодействие» и «Поиск». Учение «Рубеж» состоится в Киргизии. Руководить всеми учениями будет Объединённый штаб ОДКБ.', ['CONDUCTS']).sort()).toEqual([
      'CONDUCTS csto-joint-staff → interaction',
      'CONDUCTS csto-joint-staff → rubezh',
      'CONDUCTS csto-joint-staff → search',
    ]);
  });

  it('keeps a plural noun without the quantifier to the last sentence\'s exercises', () => {
    expect(facts('Next year Belarus will host the Interaction and Search exercises. The Rubezh exercise will be held in Kyrgyzstan. The drills will be directed by the CSTO Joint Staff.', ['CONDUCTS'])).not.toContain('CONDUCTS csto-joint-staff → interaction');
  });
});
