import { proposalEndsReader } from '../support/ingest';

/**
 * Round 22 (exparts): who took part in an exercise the sentence does not name — the exercise in focus. Sentences written
 * for these tests, not taken from the corpus.
 */
const { only } = proposalEndsReader('2026-11-20');
const participants = (text: string) => only(text, 'PARTICIPATES_IN');

describe('an exercise named bare is in focus for the next sentence', () => {
  it('reads states that sent contingents after an edition named with no noun of its kind', () => {
    const found = participants('Rubezh-2026, staged on 6-10 October in Tajikistan, drew 1,500 troops. Russia, Kazakhstan and Kyrgyzstan sent contingents.');
    expect(found).toEqual(expect.arrayContaining(['PARTICIPATES_IN russia → rubezh', 'PARTICIPATES_IN kazakhstan → rubezh', 'PARTICIPATES_IN kyrgyzstan → rubezh']));
  });
  it('reads the Russian edition named bare', () => {
    const found = participants('«Рубеж-2026» прошёл в Таджикистане в октябре. Свои роты прислали Казахстан и Киргизия.');
    expect(found).toEqual(expect.arrayContaining(['PARTICIPATES_IN kazakhstan → rubezh', 'PARTICIPATES_IN kyrgyzstan → rubezh']));
  });
});

describe('troops of a force, then the states they came from', () => {
  it('reads "troops of the forces took part, from A, B and C"', () => {
    const found = participants('The Indestructible Brotherhood exercise ended in Kyrgyzstan. Some 900 peacekeepers of the Collective Peacekeeping Forces took part, from Belarus, Kazakhstan and Tajikistan.');
    expect(found).toEqual(expect.arrayContaining(['PARTICIPATES_IN belarus → indestructible-brotherhood', 'PARTICIPATES_IN kazakhstan → indestructible-brotherhood', 'PARTICIPATES_IN tajikistan → indestructible-brotherhood']));
  });
  it('reads "servicemen were involved, mostly from A and B"', () => {
    const found = participants('The Echelon drill was held near Minsk. About 700 servicemen were involved, mostly from Russia and Belarus.');
    expect(found).toEqual(expect.arrayContaining(['PARTICIPATES_IN russia → echelon', 'PARTICIPATES_IN belarus → echelon']));
  });
  it('reads «военнослужащих <сил> из A, B»', () => {
    const found = participants('Учение «Поиск-2026» завершилось под Брестом. Всего в нём участвовали более тысячи военнослужащих Коллективных сил оперативного реагирования из Казахстана и Киргизии.');
    expect(found).toEqual(expect.arrayContaining(['PARTICIPATES_IN kazakhstan → search', 'PARTICIPATES_IN kyrgyzstan → search']));
  });
  it('reads «прибыли миротворцы из A и B»', () => {
    const found = participants('Учения «Нерушимое братство» прошли в Киргизии. На полигон прибыли миротворцы из Белоруссии и Таджикистана.');
    expect(found).toEqual(expect.arrayContaining(['PARTICIPATES_IN belarus → indestructible-brotherhood', 'PARTICIPATES_IN tajikistan → indestructible-brotherhood']));
  });
});

describe('the states after a dash or a colon', () => {
  it('reads «подразделения всех пяти государств — A, B …»', () => {
    const found = participants('Учение «Эшелон-2026» прошло в Белоруссии. В нём участвовали подразделения всех пяти государств — России, Белоруссии, Казахстана, Киргизии и Таджикистана.');
    expect(found).toEqual(expect.arrayContaining(['PARTICIPATES_IN russia → echelon', 'PARTICIPATES_IN kyrgyzstan → echelon', 'PARTICIPATES_IN tajikistan → echelon']));
  });
  it('reads "units of all four member states: A, B …"', () => {
    const found = participants('The Search exercise closed in Belarus on Friday. It drew units of all four member states: Russia, Belarus, Kazakhstan and Kyrgyzstan.');
    expect(found).toEqual(expect.arrayContaining(['PARTICIPATES_IN russia → search', 'PARTICIPATES_IN kazakhstan → search', 'PARTICIPATES_IN kyrgyzstan → search']));
  });
});

describe('a state that sent a formation', () => {
  it('reads "A and B have each deployed a battalion" and a formation after adjectives', () => {
    const found = participants('The Interaction exercise opened near Brest. Russia and Kazakhstan have each deployed a battalion, and Kyrgyzstan fielded its largest ever mountain rifle company.');
    expect(found).toEqual(expect.arrayContaining(['PARTICIPATES_IN russia → interaction', 'PARTICIPATES_IN kazakhstan → interaction', 'PARTICIPATES_IN kyrgyzstan → interaction']));
  });
  it('reads «A и B направили разведывательные роты»', () => {
    const found = participants('Учение «Поиск» завершилось в Белоруссии. Казахстан и Таджикистан направили разведывательные роты.');
    expect(found).toEqual(expect.arrayContaining(['PARTICIPATES_IN kazakhstan → search', 'PARTICIPATES_IN tajikistan → search']));
  });
  it('reads the passive "units were contributed by A and B"', () => {
    const found = participants('The Echelon drill was held in Belarus. Logistics units were contributed by Russia and Tajikistan.');
    expect(found).toEqual(expect.arrayContaining(['PARTICIPATES_IN russia → echelon', 'PARTICIPATES_IN tajikistan → echelon']));
  });
});

describe('near misses', () => {
  it('does not read troops at a meeting', () => {
    expect(participants('The summit of the Collective Security Council opened in Moscow. Troops from Russia and Belarus guarded the venue.')).toEqual([]);
  });
  it('does not read a contingent that was not sent or will only be', () => {
    const found = participants('The Search exercise closed in Belarus on Friday. Kyrgyzstan did not send its company, and Tajikistan may send a platoon next year.');
    expect(found).not.toContain('PARTICIPATES_IN kyrgyzstan → search');
    expect(found).not.toContain('PARTICIPATES_IN tajikistan → search');
  });
  it('does not read a question', () => {
    expect(participants('Учение «Поиск» завершилось в Белоруссии. Направили ли свои роты Казахстан и Таджикистан?')).toEqual([]);
  });
  it('does not read states listed after a dash that are not whose the troops are', () => {
    const found = participants('The Search exercise closed in Belarus. The units drilled near three borders — with Poland, Lithuania and Ukraine.');
    expect(found).toEqual([]);
  });
});
