import { proposalEndsReader } from '../support/ingest';

/**
 * Round 23 (contingents): who took part in a deployment or an exercise, and who directed it, read by the frame. Sentences written
 * for these tests, not taken from the corpus.
 */
const { only } = proposalEndsReader('2026-11-20');
const participants = (text: string) => only(text, 'PARTICIPATES_IN');
const conducts = (text: string) => only(text, 'CONDUCTS');

describe('a force placed in a state by a verb of movement, presence or withdrawal', () => {
  it('reads "flew into" and "left"', () => {
    expect(participants('In January 2022 the Collective Peacekeeping Forces flew into Kazakhstan within two days.')).toContain('PARTICIPATES_IN collective-peacekeeping-forces → ?');
    expect(participants('The remaining units of the Collective Peacekeeping Forces left Kazakhstan by 19 January 2022.')).toContain('PARTICIPATES_IN collective-peacekeeping-forces → ?');
  });
  it('reads the bloc that sent troops', () => {
    expect(participants('During the unrest of January 2022 the CSTO sent roughly 2,000 peacekeeping troops to Kazakhstan.')).toContain('PARTICIPATES_IN csto → ?');
  });
  it('reads «развернулись в», «были развёрнуты в», «покинули страну»', () => {
    expect(participants('В январе 2022 года Коллективные миротворческие силы ОДКБ за считаные дни развернулись в Казахстане.')).toContain('PARTICIPATES_IN collective-peacekeeping-forces → ?');
    expect(participants('Тогда Коллективные миротворческие силы ОДКБ были развёрнуты в Казахстане по просьбе его президента.')).toContain('PARTICIPATES_IN collective-peacekeeping-forces → ?');
  });
  it('reads nothing negated, nothing at an exercise, nothing hypothetical', () => {
    expect(participants('The Secretary-General of the CSTO arrived in Dushanbe on Monday.')).not.toContain('PARTICIPATES_IN csto → ?');
    expect(participants('The Collective Rapid Reaction Forces have never been deployed to Kazakhstan or anywhere else.')).not.toContain('PARTICIPATES_IN collective-rapid-reaction-forces → ?');
    expect(participants('Коллективные силы оперативного реагирования ни разу не были развёрнуты в Армении.')).not.toContain('PARTICIPATES_IN collective-rapid-reaction-forces → ?');
    expect(participants('The Collective Rapid Reaction Forces arrived in Belarus for the Interaction exercise.')).not.toContain('PARTICIPATES_IN collective-rapid-reaction-forces → ?');
    expect(participants('The Collective Peacekeeping Forces could be sent to Tajikistan if the border flares up.')).not.toContain('PARTICIPATES_IN collective-peacekeeping-forces → ?');
  });
});

describe('the exercise in focus and the participants after a bare verb', () => {
  it('reads «Участвовали A, B и C» after an exercise', () => {
    const found = participants('Учение «Эшелон-2026» прошло под Барановичами. Участвовали Россия, Белоруссия и Казахстан.');
    expect(found).toEqual(expect.arrayContaining(['PARTICIPATES_IN russia → echelon', 'PARTICIPATES_IN belarus → echelon', 'PARTICIPATES_IN kazakhstan → echelon']));
  });
  it('reads a count before the troops: «В нём приняли участие около 800 военнослужащих из A и B»', () => {
    const found = participants('Учение «Поиск-2026» завершилось в Белоруссии. В нём приняли участие около 800 военнослужащих из Киргизии и Таджикистана.');
    expect(found).toEqual(expect.arrayContaining(['PARTICIPATES_IN kyrgyzstan → search', 'PARTICIPATES_IN tajikistan → search']));
  });
  it('reads «В учении участвовали военнослужащие A»', () => {
    const found = participants('В сентябре прошло учение «Взаимодействие-2026». В учении участвовали военнослужащие Казахстана и Армении.');
    expect(found).toEqual(expect.arrayContaining(['PARTICIPATES_IN kazakhstan → interaction', 'PARTICIPATES_IN armenia → interaction']));
  });
  it('reads "Taking part were A, B and C" and "Some 900 troops took part, from A and B"', () => {
    expect(participants('The Rubezh exercise ended in Tajikistan. Taking part were Russia, Kyrgyzstan and Kazakhstan.')).toEqual(
      expect.arrayContaining(['PARTICIPATES_IN russia → rubezh', 'PARTICIPATES_IN kyrgyzstan → rubezh', 'PARTICIPATES_IN kazakhstan → rubezh']),
    );
    expect(participants('The Cobalt drill was held near Almaty. Some 900 servicemen took part, mostly from Belarus and Tajikistan.')).toEqual(
      expect.arrayContaining(['PARTICIPATES_IN belarus → cobalt', 'PARTICIPATES_IN tajikistan → cobalt']),
    );
  });
  it('reads no observers and no refusal', () => {
    expect(participants('Учение «Эшелон-2026» прошло под Барановичами. Участвовали наблюдатели из Армении.')).not.toContain('PARTICIPATES_IN armenia → echelon');
    expect(participants('Учение «Поиск-2026» завершилось в Белоруссии. В нём не участвовали военнослужащие из Армении.')).not.toContain('PARTICIPATES_IN armenia → search');
    expect(participants('The Rubezh exercise ended in Tajikistan. Taking part were observers from Belarus.')).not.toContain('PARTICIPATES_IN belarus → rubezh');
  });
});

describe('a body that directed an exercise', () => {
  it('reads an aside "under X" between the body and its verb', () => {
    const found = conducts('The CSTO Joint Staff under Colonel General Andrey Serdyukov staged the Search and Echelon exercises in Belarus.');
    expect(found).toEqual(expect.arrayContaining(['CONDUCTS csto-joint-staff → search', 'CONDUCTS csto-joint-staff → echelon']));
    expect(conducts('The CSTO Joint Staff, led by Andrey Serdyukov, ran the Cobalt exercise near Almaty in May.')).toContain('CONDUCTS csto-joint-staff → cobalt');
  });
  it('reads the exercise in apposition before a passive', () => {
    expect(conducts("The autumn's largest drill, Interaction-2026, was directed by the CSTO Joint Staff.")).toContain('CONDUCTS csto-joint-staff → interaction');
  });
  it('reads the noun of responsibility in English and Russian', () => {
    expect(conducts('The Barrier exercise ended near Borisov. Overall command of the exercise was the responsibility of the CSTO Joint Staff.')).toContain('CONDUCTS csto-joint-staff → barrier');
    expect(conducts('Учение «Барьер-2026» завершилось под Борисовом. Руководство учением было возложено на Объединённый штаб ОДКБ.')).toContain('CONDUCTS csto-joint-staff → barrier');
  });
  it('reads no negated direction', () => {
    expect(conducts('The Cobalt exercise ended near Almaty. Command of the exercise was not the responsibility of the CSTO Joint Staff.')).not.toContain('CONDUCTS csto-joint-staff → cobalt');
  });
});

describe('a deployment the graph has no entity for: who went and who commanded it', () => {
  it('reads a force that flew in after a date and a place named before', () => {
    expect(participants('In January 2022, when riots broke out in Kazakhstan, Tokayev asked the bloc for help, and its Collective Peacekeeping Forces flew in within days.')).toContain('PARTICIPATES_IN collective-peacekeeping-forces → ?');
  });
  it('reads the participle «направленные в эту страну»', () => {
    expect(participants('В январе 2022 года он возглавил Коллективные миротворческие силы ОДКБ, направленные в эту страну.')).toContain('PARTICIPATES_IN collective-peacekeeping-forces → ?');
  });
  it('reads who commanded the operation, by a passive and by a relative clause', () => {
    expect(conducts('The operation was commanded by Colonel General Andrey Serdyukov, then commander of the airborne troops.')).toContain('CONDUCTS andrey-serdyukov → ?');
    expect(conducts('Its director was Andrey Serdyukov, a general who led the intervention in Kazakhstan in 2022.')).toContain('CONDUCTS andrey-serdyukov → ?');
    expect(conducts('Руководил им Андрей Сердюков — человек, который в январе 2022-го командовал миротворцами в Казахстане.')).toContain('CONDUCTS andrey-serdyukov → ?');
  });
  it('reads no commander of an operation only proposed', () => {
    expect(conducts('The operation could be commanded by Colonel General Andrey Serdyukov.')).not.toContain('CONDUCTS andrey-serdyukov → ?');
  });
});

describe('exercises listed after a quantifier, and a gapped second exercise', () => {
  it('reads «во всех трёх учениях: A, B и C» and "in all three exercises: A, B and C"', () => {
    expect(participants('Казахстан участвовал во всех трёх учениях серии: «Взаимодействии», «Поиске» и «Эшелоне».')).toEqual(
      expect.arrayContaining(['PARTICIPATES_IN kazakhstan → interaction', 'PARTICIPATES_IN kazakhstan → search', 'PARTICIPATES_IN kazakhstan → echelon']),
    );
    expect(participants('This autumn Kyrgyzstan took part in all three exercises held in Belarus: the Interaction, Search and Echelon drills.')).toEqual(
      expect.arrayContaining(['PARTICIPATES_IN kyrgyzstan → interaction', 'PARTICIPATES_IN kyrgyzstan → echelon']),
    );
  });
  it('reads no state that stayed away from all of them', () => {
    expect(participants('Armenia did not take part in any of the three exercises: Interaction, Search and Echelon.')).not.toContain('PARTICIPATES_IN armenia → search');
  });
  it('reads the gapped item in Russian and English', () => {
    expect(conducts('В этом году Объединённый штаб ОДКБ провел «Взаимодействие» и «Поиск» в Белоруссии, «Рубеж» — в Таджикистане.')).toContain('CONDUCTS csto-joint-staff → rubezh');
    expect(conducts('The CSTO Joint Staff held the Interaction exercise in Belarus and the Rubezh drills in Tajikistan.')).toContain('CONDUCTS csto-joint-staff → rubezh');
  });
});

describe('a stated plan of who will direct the exercise in focus', () => {
  it('reads «Руководить ими будет X» and «Командование учением возьмёт на себя X»', () => {
    expect(conducts('Учения «Взаимодействие» и «Поиск» пройдут в Таджикистане осенью. Руководить ими будет начальник Объединённого штаба ОДКБ Андрей Сердюков.')).toEqual(
      expect.arrayContaining(['CONDUCTS andrey-serdyukov → interaction', 'CONDUCTS andrey-serdyukov → search']),
    );
    expect(conducts('Учение «Рубеж-2027» пройдёт в Киргизии, командование учением возьмёт на себя Объединённый штаб ОДКБ.')).toContain('CONDUCTS csto-joint-staff → rubezh');
  });
  it('reads "X will direct both exercises"', () => {
    expect(conducts('The Interaction and Search exercises will take place in Tajikistan next year. The CSTO Joint Staff will direct both exercises.')).toEqual(
      expect.arrayContaining(['CONDUCTS csto-joint-staff → interaction', 'CONDUCTS csto-joint-staff → search']),
    );
  });
  it('reads no direction that is only possible', () => {
    expect(conducts('Учения «Взаимодействие» и «Поиск» могут пройти в Таджикистане. Руководить ими, возможно, будет Объединённый штаб ОДКБ.')).toEqual([]);
    expect(conducts('The Rubezh exercise may be held in Kyrgyzstan. The CSTO Joint Staff could direct it.')).toEqual([]);
  });
});
