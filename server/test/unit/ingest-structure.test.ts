import { describeFact, extractFrom } from '../support/ingest';
import { headWord } from '../../src/ingest/head-reference';

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

describe('ingest: leaving a treaty by not renewing it', () => {
  const TREATY = 'The Collective Security Treaty dates from 1992. Nine states signed up in its first two years.';
  const TREATY_RU = 'Договор о коллективной безопасности заключён в 1992 году. За два года к нему присоединились девять государств.';

  it('reads "declined to renew the treaty" and "walked away when the treaty came up for renewal" as the treaty named before, however far back', () => {
    expect(facts(`${TREATY} Armenia stayed. Georgia and Azerbaijan refused to renew the treaty in 1999.`, 'MEMBER_OF')).toEqual([
      'MEMBER_OF georgia → collective-security-treaty ..1999',
      'MEMBER_OF azerbaijan → collective-security-treaty ..1999',
    ]);
    expect(facts(`${TREATY} Georgia, which had joined late, walked out when the treaty was up for renewal in 1999.`, 'MEMBER_OF')).toEqual(['MEMBER_OF georgia → collective-security-treaty ..1999']);
  });

  it('reads «не продлили участие в нём», «отказались продлевать договор X и Y» and «Продлевать участие в нём отказались: X и Y»', () => {
    // A pronoun is the treaty named in this sentence or the one before.
    expect(facts('Договор о коллективной безопасности заключён в 1992 году. Грузия в 1999 году не продлила участие в нём.', 'MEMBER_OF')).toEqual(['MEMBER_OF georgia → collective-security-treaty ..1999']);
    expect(facts(`${TREATY_RU} В 1999 году отказались продлить договор Грузия и Азербайджан.`, 'MEMBER_OF')).toEqual([
      'MEMBER_OF georgia → collective-security-treaty ..1999',
      'MEMBER_OF azerbaijan → collective-security-treaty ..1999',
    ]);
    expect(facts('Договор о коллективной безопасности заключён в 1992 году. Продлевать участие в нём отказались двое: Грузия и Азербайджан.', 'MEMBER_OF')).toEqual([
      'MEMBER_OF georgia → collective-security-treaty',
      'MEMBER_OF azerbaijan → collective-security-treaty',
    ]);
  });

  it('gives nothing where the treaty was renewed, or where no treaty was named', () => {
    expect(facts(`${TREATY} Georgia renewed the treaty in 1999.`, 'MEMBER_OF')).toEqual([]);
    expect(facts(`${TREATY_RU} Грузия продлила участие в нём.`, 'MEMBER_OF')).toEqual([]);
    expect(facts('The ministers met in Minsk. Georgia declined to renew the treaty in 1999.', 'MEMBER_OF')).toEqual([]);
  });
});

describe('ingest: the head noun of a name', () => {
  it('is the last word before a qualifier in English and the first noun in Russian', () => {
    expect(headWord('Collective Security Treaty Organization')).toBe('organization');
    expect(headWord('Collective Security Treaty')).toBe('treaty');
    expect(headWord('Interstate Commission for Military-Economic Cooperation')).toBe('commission');
    expect(headWord('Парламентская ассамблея ОДКБ')).toBe('ассамблея');
    expect(headWord('Организация Договора о коллективной безопасности')).toBe('организация');
  });
});

describe('ingest: the answer to a question about who belongs', () => {
  it('reads the list that opens the answer to "Who are its members?" or «Какие страны входят …?» as the members', () => {
    expect(facts('Readers ask about the CSTO.\n\nWho are the members these days?\n\nFive in practice: Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan.', 'MEMBER_OF')).toEqual([
      'MEMBER_OF belarus → csto', 'MEMBER_OF kazakhstan → csto', 'MEMBER_OF kyrgyzstan → csto', 'MEMBER_OF russia → csto', 'MEMBER_OF tajikistan → csto',
    ]);
    expect(facts('Вопросы читателей об ОДКБ.\n\n«Какие государства входят в блок?» — пишет читательница из Омска.\n\nПять: Белоруссия, Казахстан, Киргизия, Россия и Таджикистан.', 'MEMBER_OF')).toEqual([
      'MEMBER_OF belarus → csto', 'MEMBER_OF kazakhstan → csto', 'MEMBER_OF kyrgyzstan → csto', 'MEMBER_OF russia → csto', 'MEMBER_OF tajikistan → csto',
    ]);
  });

  it('gives nothing after another question, or for a list that does not open the answer', () => {
    expect(facts('Readers ask about the CSTO.\n\nWho sent troops to the drills?\n\nFive in practice: Belarus, Kazakhstan, Kyrgyzstan, Russia and Tajikistan.', 'MEMBER_OF')).toEqual([]);
    expect(facts('Readers ask about the CSTO.\n\nWho are the members these days?\n\nIt is complicated. Officers came from: Belarus, Kazakhstan and Russia.', 'MEMBER_OF')).toEqual([]);
  });
});

describe('ingest: a membership said without the organization, in an article about one of its bodies', () => {
  it('goes to the organization the body belongs to, not to the body', () => {
    const text = 'The CSTO Council of Defence Ministers met in Minsk on Tuesday. The Council of Defence Ministers approved a training plan. The Council of Defence Ministers will meet again in May. Armenia, which has frozen its participation, sent nobody. Armenia remains a member state.';
    expect(facts(text, 'MEMBER_OF')).toEqual(['MEMBER_OF armenia → csto {participation frozen}', 'MEMBER_OF armenia → csto']);
  });
});

describe('ingest: the bodies of an organization', () => {
  it('reads "X, made up of …, is the top body", "X is a permanent body of Y" and "Y\'s bodies are X"', () => {
    expect(facts('The CSTO reformed itself in 2002. The Collective Security Council, which gathers the presidents, is the supreme body.', 'PART_OF')).toEqual(['PART_OF collective-security-council → csto']);
    expect(facts('The CSTO Joint Staff is a permanent working body of the CSTO.', 'PART_OF')).toEqual(['PART_OF csto-joint-staff → csto']);
  });

  it('reads «Высшим органом X является Y», «Постоянно действующими органами являются X и Y», «X — высший орган» and «В распоряжении организации находятся X»', () => {
    expect(facts('Уставным органом ОДКБ является Совет министров обороны ОДКБ.', 'PART_OF')).toEqual(['PART_OF council-of-defence-ministers → csto']);
    expect(facts('ОДКБ создана в 2002 году. Рабочими органами являются Секретариат ОДКБ и Объединённый штаб ОДКБ.', 'PART_OF')).toEqual([
      'PART_OF csto-secretariat → csto',
      'PART_OF csto-joint-staff → csto',
    ]);
    expect(facts('ОДКБ создана в 2002 году. Совет коллективной безопасности — высший орган организации.', 'PART_OF')).toEqual(['PART_OF collective-security-council → csto']);
    expect(facts('ОДКБ создана в 2002 году. В распоряжении организации находятся Коллективные миротворческие силы.', 'PART_OF')).toEqual(['PART_OF collective-peacekeeping-forces → csto']);
  });

  it('gives nothing for a denied body, or a body of state power', () => {
    expect(facts('The CSTO met. The CSTO Joint Staff is not a body of the Collective Security Council.', 'PART_OF')).toEqual([]);
    expect(facts('ОДКБ создана в 2002 году. Совет коллективной безопасности — высший орган государственной власти.', 'PART_OF')).toEqual([]);
  });
});

describe('ingest: states that remain members, in the plural', () => {
  it('reads "X and Y remain members" as members of the article\'s organization, not where denied', () => {
    expect(facts('The CSTO summit ended. Belarus and Tajikistan remain full members, whatever Yerevan does.', 'MEMBER_OF')).toEqual(['MEMBER_OF belarus → csto', 'MEMBER_OF tajikistan → csto']);
    expect(facts('The CSTO summit ended. Belarus and Tajikistan are no longer members.', 'MEMBER_OF')).toEqual([]);
  });
});
