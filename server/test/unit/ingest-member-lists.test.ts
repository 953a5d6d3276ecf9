import { describeFact, extractFrom } from '../support/ingest';

/**
 * The list of an organization's members as a reference paragraph states it (round 14b, MEMBER2): sentences
 * written for the test, not taken from the corpus.
 */
const published = '2026-12-10';
const members = (text: string) => extractFrom(text, published).proposals.map(describeFact).filter((fact) => fact.startsWith('MEMBER_OF '));

describe('ingest: the members listed after "its members" with a time word, or after a count', () => {
  it('reads "Its members today are …" and "the CSTO’s member states at present are …"', () => {
    expect(members('The CSTO was set up in 2002 in Moscow. Its members today are Belarus, Kyrgyzstan and Tajikistan.').sort()).toEqual([
      'MEMBER_OF belarus → csto', 'MEMBER_OF kyrgyzstan → csto', 'MEMBER_OF tajikistan → csto',
    ]);
    expect(members("The CSTO's member states at present are Russia and Kazakhstan.").sort()).toEqual(['MEMBER_OF kazakhstan → csto', 'MEMBER_OF russia → csto']);
  });

  it('reads "The bloc now has five members: …" and "The CSTO counts four member states — …"', () => {
    expect(members('Foreign ministers of the CSTO met in Minsk on Friday. The bloc now has five members: Belarus, Kazakhstan and Russia, among others.').sort()).toEqual([
      'MEMBER_OF belarus → csto', 'MEMBER_OF kazakhstan → csto', 'MEMBER_OF russia → csto',
    ]);
    expect(members('The CSTO counts four member states — Armenia, Belarus, Russia and Tajikistan.').sort()).toEqual([
      'MEMBER_OF armenia → csto', 'MEMBER_OF belarus → csto', 'MEMBER_OF russia → csto', 'MEMBER_OF tajikistan → csto',
    ]);
  });

  it('reads «ОДКБ объединяет …» with the states in the accusative, and «Членов сейчас пять: …» of the organization named before', () => {
    expect(members('Сегодня ОДКБ объединяет Белоруссию, Киргизию и Россию.').sort()).toEqual([
      'MEMBER_OF belarus → csto', 'MEMBER_OF kyrgyzstan → csto', 'MEMBER_OF russia → csto',
    ]);
    expect(members('Секретариат ОДКБ подвёл итоги года. Членов сейчас пять: Казахстан, Таджикистан и Белоруссия.').sort()).toEqual([
      'MEMBER_OF belarus → csto', 'MEMBER_OF kazakhstan → csto', 'MEMBER_OF tajikistan → csto',
    ]);
    expect(members('У ОДКБ шесть государств-членов: Армения и Россия в их числе.').sort()).toEqual(['MEMBER_OF armenia → csto', 'MEMBER_OF russia → csto']);
  });

  it('gives no membership for a count of participants of an exercise, nor for states the bloc does not unite', () => {
    expect(members('Учения ОДКБ прошли в Киргизии. Участвовали пять стран: Казахстан, Россия и Таджикистан.')).toEqual([]);
    expect(members('The CSTO exercise drew troops from four countries: Belarus, Russia and Tajikistan.')).toEqual([]);
    expect(members('ОДКБ не объединяет Узбекистан и Азербайджан.')).toEqual([]);
  });
});

describe('ingest: a membership the records state, and a participation frozen in the bodies of the organization', () => {
  const all = (text: string) => extractFrom(text, published).proposals.map(describeFact).filter((fact) => fact.startsWith('MEMBER_OF '));

  it('reads "X is still listed in the bloc’s records as a member" and "X counts as a full member"', () => {
    expect(members('The CSTO meets next week. Kyrgyzstan is still listed in the bloc\'s statutes as a member.')).toEqual(['MEMBER_OF kyrgyzstan → csto']);
    expect(members('The CSTO meets next week. Tajikistan counts as a full member state.')).toEqual(['MEMBER_OF tajikistan → csto']);
  });

  it('reads "X, whose participation in CSTO bodies has been frozen since …" with its status and start', () => {
    expect(all('Ministers met in Minsk. Armenia, whose participation in CSTO structures has been frozen since March 2024, sent nobody.')).toEqual([
      'MEMBER_OF armenia → csto 2024-03.. {participation frozen}',
    ]);
  });

  it('gives nothing for a state listed as a guest, nor for a participation that is not frozen', () => {
    expect(members('The CSTO meets next week. Serbia is listed as a guest of the summit.')).toEqual([]);
    expect(all('Ministers met in Minsk. Armenia, whose participation in CSTO structures has been questioned since March 2024, sent nobody.')).toEqual([]);
  });
});
