import { describeFact, extractFrom } from '../support/ingest';

/**
 * Who chaired a meeting the graph has no entity for (round 14b, MEMBER2): sentences written for the test, not
 * taken from the corpus.
 */
const published = '2026-12-10';
const chairs = (text: string) => extractFrom(text, published).proposals.map(describeFact).filter((fact) => fact.startsWith('CHAIRS '));

describe('ingest: the chair of a meeting of an organization', () => {
  it('reads "X presided over the bloc’s summit" as the summit’s chair, not the organization’s', () => {
    const found = chairs("The CSTO met in Minsk. President Alexander Lukashenko presided over the bloc's summit on Friday.");
    expect(found.some((fact) => fact.startsWith('CHAIRS alexander-lukashenko → "'))).toBe(true);
    expect(found.some((fact) => fact.startsWith('CHAIRS alexander-lukashenko → csto'))).toBe(false);
  });

  it('reads «Заседание в Минске провёл президент Белоруссии X»: a place after the meeting, a title before the name', () => {
    expect(chairs('Заседание в Минске провёл президент Белоруссии Александр Лукашенко.').some((fact) => fact.startsWith('CHAIRS alexander-lukashenko → "'))).toBe(true);
  });

  it('reads «Его вёл министр X» after a sentence naming the meeting', () => {
    const found = chairs('Совет министров иностранных дел ОДКБ провёл заседание в Ереване. Его вёл министр иностранных дел Казахстана Мурат Нуртлеу.');
    expect(found.some((fact) => /^CHAIRS (?:murat-nurtleu|"Мурат Нуртлеу") → "/.test(fact))).toBe(true);
  });

  it('gives no chair where nobody led the meeting: «Его не вёл …», an unrelated pronoun', () => {
    expect(chairs('Совет министров иностранных дел ОДКБ провёл заседание в Ереване. Его не вёл министр Мурат Нуртлеу.')).toEqual([]);
    expect(chairs('ОДКБ собралась в Ереване. Его поддержал министр Мурат Нуртлеу.')).toEqual([]);
  });
});

describe('ingest: a meeting with its place and date before "chaired by", and «вести организацию» for a year', () => {
  it('reads "The session of the Council in Minsk on 5 May, chaired by President X, …"', () => {
    expect(chairs('The session of the Collective Security Council in Minsk on May 5, chaired by President Alexander Lukashenko, approved the budget.')).toEqual([
      'CHAIRS alexander-lukashenko → "session of the Collective Security Council" 2026-05-05..2026-05-05 [chair]',
    ]);
  });

  it('reads «Белоруссия вела организацию в 2023 году» as the year’s chairmanship, and not «вела переговоры»', () => {
    expect(chairs('Порядок прост. Белоруссия вела ОДКБ в 2023 году.')).toEqual(['CHAIRS belarus → csto 2023..2023 [chair]']);
    expect(chairs('Белоруссия вела переговоры с ОДКБ в 2023 году.')).toEqual([]);
  });
});
