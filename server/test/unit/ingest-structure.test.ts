import { describeFact, extractFrom } from '../support/ingest';

/** Observers, seats and membership as journalists write them (round 13, STRUCT): sentences written for the test. */
const facts = (text: string, type: string) => extractFrom(text, '2026-12-10').proposals.map(describeFact).filter((fact) => fact.startsWith(`${type} `));

describe('ingest: an observer at a body spoken of by its noun or a pronoun', () => {
  it('reads «при ассамблее» and «при ней» as the assembly named before, with «сохраняет» and «числится»', () => {
    expect(facts('Весной Парламентская ассамблея ОДКБ обновила регламент. Статус наблюдателя при ассамблее по-прежнему сохраняет Народная скупщина Сербии.', 'OBSERVER_OF')).toEqual([
      'OBSERVER_OF national-assembly-of-serbia → csto-parliamentary-assembly {observer}',
    ]);
    expect(facts('Депутаты ПА ОДКБ приняли бюджет. Наблюдателями при ней числятся Национальная ассамблея Афганистана и Народная скупщина Сербии.', 'OBSERVER_OF')).toEqual([
      'OBSERVER_OF parliament-of-afghanistan → csto-parliamentary-assembly {observer}',
      'OBSERVER_OF national-assembly-of-serbia → csto-parliamentary-assembly {observer}',
    ]);
  });

  it('reads the body first: «При ПА ОДКБ наблюдателем является X»', () => {
    expect(facts('При ПА ОДКБ наблюдателем является Народная скупщина Сербии.', 'OBSERVER_OF')).toEqual(['OBSERVER_OF national-assembly-of-serbia → csto-parliamentary-assembly {observer}']);
  });

  it('gives nothing where no body with that noun was named, or where the status is denied', () => {
    expect(facts('ОДКБ провела саммит. Статус наблюдателя при ассамблее сохраняет Народная скупщина Сербии.', 'OBSERVER_OF')).toEqual([]);
    expect(facts('Парламентская ассамблея ОДКБ собралась. Статус наблюдателя при ассамблее не имеет Народная скупщина Сербии.', 'OBSERVER_OF')).toEqual([]);
  });
});

describe('ingest: where a body is seated', () => {
  it('reads "headquartered in" and "based in" after the body, also after another participle, and "has its headquarters in"', () => {
    expect(facts('The CSTO, set up in 2002 and headquartered in Moscow, has six members.', 'HEADQUARTERED_IN')).toEqual(['HEADQUARTERED_IN csto → moscow']);
    expect(facts('The CSTO Parliamentary Assembly, based in St Petersburg, adopted two model laws.', 'HEADQUARTERED_IN')).toEqual(['HEADQUARTERED_IN csto-parliamentary-assembly → saint-petersburg']);
    expect(facts('The CSTO Secretariat has its seat in Moscow.', 'HEADQUARTERED_IN')).toEqual(['HEADQUARTERED_IN csto-secretariat → moscow']);
    expect(facts("The headquarters of the CSTO is in Moscow.", 'HEADQUARTERED_IN')).toEqual(['HEADQUARTERED_IN csto → moscow']);
  });

  it('reads "met in X, where its headquarters is" and «собралась в X, где находится её штаб-квартира»', () => {
    expect(facts('The CSTO Parliamentary Assembly gathered on Monday in St Petersburg, where its headquarters is.', 'HEADQUARTERED_IN')).toEqual(['HEADQUARTERED_IN csto-parliamentary-assembly → saint-petersburg']);
    expect(facts('Парламентская ассамблея ОДКБ заседала в Санкт-Петербурге, где располагается её штаб-квартира.', 'HEADQUARTERED_IN')).toEqual(['HEADQUARTERED_IN csto-parliamentary-assembly → saint-petersburg']);
  });

  it('reads a Russian participle after two bodies: «X и Y, расположенные в Москве»', () => {
    expect(facts('Объединённый штаб ОДКБ и Секретариат ОДКБ, находящиеся в Москве, готовят учения.', 'HEADQUARTERED_IN')).toEqual([
      'HEADQUARTERED_IN csto-joint-staff → moscow',
      'HEADQUARTERED_IN csto-secretariat → moscow',
    ]);
  });

  it('gives nothing for a meeting in a city, or a seat denied', () => {
    expect(facts('The CSTO Parliamentary Assembly met in St Petersburg on Monday.', 'HEADQUARTERED_IN')).toEqual([]);
    expect(facts('The CSTO Secretariat is not based in Minsk.', 'HEADQUARTERED_IN')).toEqual([]);
  });
});
