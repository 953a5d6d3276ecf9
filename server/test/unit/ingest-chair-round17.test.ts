import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

/** The facts of one type a text gives, described with their dates. */
const facts = (type: string, text: string) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.filter((fact) => fact.type === type)
    .map(describeFact)
    .map((fact) => fact.replace(/ \[chair\]$/u, ''));

// Every sentence here was written for these tests.
describe('ingest: a relative clause between the subject and its verb', () => {
  it('reads past a relative of the subject with any verb, a thousands comma and a place in it', () => {
    expect(facts('CHAIRS', 'Tajikistan, which borders Afghanistan to the south, assumes the rotating chairmanship of the CSTO on 1 January.')).toContain(
      'CHAIRS tajikistan → csto 2027-01-01..',
    );
    expect(facts('CHAIRS', 'Kazakhstan, whose 7,600km frontier with Russia is the longest in the world, will take over the chairmanship of the CSTO in January.')).toContain(
      'CHAIRS kazakhstan → csto 2027-01..',
    );
  });

  it('reads a take-over of the organization\'s chairmanship as its start', () => {
    expect(facts('CHAIRS', "Belarus takes over the CSTO's rotating chairmanship from Kazakhstan on 1 January.")).toEqual([
      'CHAIRS belarus → csto 2027-01-01..',
      'CHAIRS kazakhstan → csto ..2026-12-31',
    ]);
  });

  it('does not read past a relative that names another organization, nor a relative whose subject is another', () => {
    expect(facts('HELD_IN', 'The Interstate Commission for Military-Economic Cooperation, which manages the CSTO Interstate Program, met in Minsk.').join()).not.toMatch(
      /interstate-program/u,
    );
    expect(facts('CHAIRS', 'Kazakhstan, which its neighbours call a broker, said Belarus takes over the chairmanship of the CSTO in January.')).toEqual([
      'CHAIRS belarus → csto 2027-01..',
    ]);
  });
});

describe('ingest: a state chairing the organization, in more of its shapes', () => {
  it('reads "whose country" after a leader as the state he leads', () => {
    expect(facts('CHAIRS', 'Kassym-Jomart Tokayev, whose country holds the rotating CSTO chairmanship this year, opened the talks.')).toEqual([
      'CHAIRS kazakhstan → csto 2026..2026',
    ]);
    // A turn wanted is not held.
    expect(facts('CHAIRS', 'Kassym-Jomart Tokayev, whose country wants the CSTO chairmanship, opened the talks.')).toEqual([]);
  });

  it('reads the leader chairing past "whose country …" between commas', () => {
    expect(facts('CHAIRS', 'The leaders met in Minsk. Alexander Lukashenko, whose country holds the chairmanship this year, chaired the Collective Security Council.')).toContain(
      'CHAIRS alexander-lukashenko → collective-security-council 2026..2026',
    );
  });

  it('reads a possessive chairmanship with "year-long" and "held its chairmanship"', () => {
    expect(facts('CHAIRS', 'The drill was the high point of Belarus\'s year-long chairmanship of the CSTO.')).toEqual(['CHAIRS belarus → csto']);
    expect(facts('CHAIRS', 'The CSTO met in Yerevan. Armenia held its rotating chairmanship in 2022.')).toEqual(['CHAIRS armenia → csto 2022..2022']);
  });

  it('reads «председательство принадлежит X», «организацию возглавляет X» after a date and «пришлось на» a year', () => {
    expect(facts('CHAIRS', 'ОДКБ собралась в Минске. В 2023 году председательство в организации принадлежало Белоруссии.')).toEqual(['CHAIRS belarus → csto 2023..2023']);
    expect(facts('CHAIRS', 'ОДКБ собралась в Минске. Всё просто: в 2023 году блоком руководила Белоруссия.')).toEqual(['CHAIRS belarus → csto 2023..2023']);
    expect(facts('CHAIRS', 'ОДКБ собралась в Ереване. Председательство Армении в ОДКБ пришлось на 2022 год.')).toEqual(['CHAIRS armenia → csto 2022..2022']);
    expect(facts('CHAIRS', 'ОДКБ собралась в Минске. Председательствовала в 2023 году Белоруссия.')).toEqual(['CHAIRS belarus → csto 2023..2023']);
  });

  it('reads nothing from a chairmanship only sought or one that might have fallen in a year', () => {
    expect(facts('CHAIRS', 'ОДКБ собралась в Ереване. Заявка на председательство принадлежит Армении.')).toEqual([]);
    expect(facts('CHAIRS', 'ОДКБ собралась в Ереване. Председательство Армении в ОДКБ могло прийтись на 2027 год.')).toEqual([]);
  });
});

describe('ingest: a person chairing a meeting named with its body', () => {
  it('reads «сессия Совета …, которую провёл X» and "the summit in Minsk, which X chaired"', () => {
    expect(facts('CHAIRS', 'В Минске прошла сессия Совета коллективной безопасности, которую провёл президент Белоруссии Александр Лукашенко.')).toEqual([
      'CHAIRS alexander-lukashenko → "сессия Совета коллективной безопасности"',
    ]);
    expect(facts('CHAIRS', 'Armenia skipped the summit in Minsk, which President Alexander Lukashenko chaired.')).toEqual(['CHAIRS alexander-lukashenko → "summit"']);
  });

  it('reads no meeting\'s chair from a body that a person heads', () => {
    expect(facts('CHAIRS', 'He praised the Interstate Commission, which Denis Manturov chairs.')).toEqual([]);
  });
});

describe('ingest: the hand-over with the organization as giver, a bare "takes over" and a term that ends', () => {
  it('reads "the CSTO will pass its chairmanship to X" as X\'s start', () => {
    expect(facts('CHAIRS', 'The CSTO will pass its chairmanship to Kazakhstan on 1 January.')).toEqual(['CHAIRS kazakhstan → csto 2027-01-01..']);
    expect(facts('CHAIRS', 'The CSTO handed its equipment to Kazakhstan on 1 January.')).toEqual([]);
  });

  it('reads "X takes over on 1 January" where the chairmanship was named, and the possessive term that ends', () => {
    expect(facts('CHAIRS', "Belarus's one-year chairmanship of the CSTO ends on 31 December. Kazakhstan takes over on 1 January.")).toEqual([
      'CHAIRS belarus → csto ..2026-12-31',
      'CHAIRS kazakhstan → csto 2027-01-01..',
    ]);
    // Another thing taken over, no chairmanship named.
    expect(facts('CHAIRS', 'The CSTO sent new vehicles. Kazakhstan takes over the border posts on 1 January.')).toEqual([]);
  });
});

describe('ingest: a second verb of a person who opens the sentence', () => {
  it('reads "Kazakh President X hosted the talks and chaired the Council" as his chair of the Council', () => {
    expect(facts('CHAIRS', 'The leaders met in Astana. Kazakh President Kassym-Jomart Tokayev welcomed the guests and chaired the Collective Security Council.')).toEqual([
      'CHAIRS kassym-jomart-tokayev → collective-security-council',
    ]);
  });

  it('gives the second verb to the second subject when there is one', () => {
    expect(facts('CHAIRS', 'The leaders met in Astana. Kassym-Jomart Tokayev welcomed the guests and Alexander Lukashenko chaired the Collective Security Council.')).toEqual([
      'CHAIRS alexander-lukashenko → collective-security-council',
    ]);
  });
});

describe('ingest: the chairmanship taken from a state, the object first and the verb in the future', () => {
  it('reads «Эстафету председательства X примет у Y» and «Председательство X примет от Y» as Y\'s term', () => {
    expect(facts('CHAIRS', 'ОДКБ подвела итоги года. Эстафету председательства Казахстан примет у Белоруссии в январе.')).toContain('CHAIRS belarus → csto');
    expect(facts('CHAIRS', 'ОДКБ подвела итоги года. Председательство в ОДКБ Армения примет от Белоруссии 1 января.')).toContain('CHAIRS belarus → csto');
  });

  it('reads no term of a state something else is taken from', () => {
    expect(facts('CHAIRS', 'ОДКБ подвела итоги года. Технику Казахстан примет у Белоруссии в январе.')).toEqual([]);
  });
});
