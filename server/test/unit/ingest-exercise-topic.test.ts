import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

/** The facts of the given types, without their dates. */
const facts = (text: string, types: string[] = ['PARTICIPATES_IN']) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.filter((fact) => types.includes(fact.type))
    .map((fact) => describeFact({ ...fact, since: undefined, until: undefined }))
    .sort();

describe('ingest: the exercise that stays the topic across paragraphs (exercise-topic.ts)', () => {
  const named = 'Kyrgyzstan hosted the Echelon exercise near Osh this week.';
  const units = 'Units of the Collective Rapid Reaction Forces from Belarus and Armenia practised clearing a mountain pass.';
  const ofForces = ['PARTICIPATES_IN armenia → collective-rapid-reaction-forces', 'PARTICIPATES_IN belarus → collective-rapid-reaction-forces'];

  it('gives units that practised, two paragraphs after the exercise was named, the exercise: the forces and their states', () => {
    expect(facts(`${named}\n\nThe drills ended on Friday with a live-fire phase.\n\n${units}`)).toEqual([
      'PARTICIPATES_IN armenia → collective-rapid-reaction-forces',
      'PARTICIPATES_IN armenia → echelon',
      'PARTICIPATES_IN belarus → collective-rapid-reaction-forces',
      'PARTICIPATES_IN belarus → echelon',
      'PARTICIPATES_IN collective-rapid-reaction-forces → echelon',
    ]);
  });

  it('keeps the topic over a subheading, in Russian, for states that sent units («свои подразделения … направили»)', () => {
    expect(facts('Учение «Поиск» прошло в Казахстане в октябре.\n\nКто участвовал\n\nСвои подразделения в состав сводной группировки направили Киргизия и Таджикистан.')).toEqual([
      'PARTICIPATES_IN kyrgyzstan → search',
      'PARTICIPATES_IN tajikistan → search',
    ]);
  });

  it('reads «подразделения <сил> из <государств> отрабатывали …» after «Манёвры завершились …»', () => {
    expect(facts('Под Ошем прошло учение «Эшелон».\n\nМанёвры завершились в пятницу боевой стрельбой.\n\nПодразделения Коллективных сил оперативного реагирования из Белоруссии и Армении отрабатывали блокирование перевала.')).toEqual([
      'PARTICIPATES_IN armenia → collective-rapid-reaction-forces',
      'PARTICIPATES_IN armenia → echelon',
      'PARTICIPATES_IN belarus → collective-rapid-reaction-forces',
      'PARTICIPATES_IN belarus → echelon',
      'PARTICIPATES_IN collective-rapid-reaction-forces → echelon',
    ]);
  });

  it('reads the forces alone, after a date that opens the clause, in both languages', () => {
    expect(facts('В Киргизии завершилось учение «Эшелон».\n\nС 3 по 9 октября подразделения Коллективных сил оперативного реагирования отрабатывали переправу через реку.')).toEqual([
      'PARTICIPATES_IN collective-rapid-reaction-forces → echelon',
    ]);
    expect(facts(`${named}\n\nOn Tuesday, units of the Collective Rapid Reaction Forces rehearsed a river crossing.`)).toEqual(['PARTICIPATES_IN collective-rapid-reaction-forces → echelon']);
    expect(facts(`${named}\n\nOn Tuesday, units of the Collective Rapid Reaction Forces did not rehearse a river crossing.`)).toEqual([]);
  });

  it('loses the topic to a meeting, another exercise or a paragraph about something else', () => {
    expect(facts(`${named}\n\nDefence ministers met in Bishkek on Thursday.\n\n${units}`)).toEqual(ofForces);
    expect(facts(`${named}\n\nThe next exercise of the forces is planned for the spring.\n\n${units}`)).toEqual(ofForces);
    expect(facts(`${named}\n\nKyrgyzstan's economy grew by nine percent last year, officials say.\n\n${units}`)).toEqual(ofForces);
  });

  it('gives the exercise nothing from units that did not take part (their forces keep their states)', () => {
    expect(facts(`${named}\n\nThe drills ended on Friday with a live-fire phase.\n\nUnits of the Collective Rapid Reaction Forces from Belarus did not take part.`)).toEqual(['PARTICIPATES_IN belarus → collective-rapid-reaction-forces']);
    expect(facts('Под Ошем прошло учение «Эшелон».\n\nМанёвры завершились в пятницу.\n\nПодразделения Коллективных сил оперативного реагирования из Белоруссии не участвовали.')).not.toContain('PARTICIPATES_IN belarus → echelon');
  });
});

describe('ingest: a series the article once called an exercise is one when named bare (event-reference.ts articleEvents)', () => {
  it('reads «учениями» as the series named bare in the sentence before, not as an exercise named farther back', () => {
    const text = 'В сентябре в Белоруссии прошло учение «Взаимодействие».\n\nВ ноябре в Таджикистане завершилось учение «Рубеж-2026».\n\nАрмения на учения никого не направила.\n\nВ 2027 году «Взаимодействие» пройдёт в Казахстане. Руководить учениями будет Объединённый штаб ОДКБ.';
    expect(facts(text, ['CONDUCTS'])).toEqual(['CONDUCTS csto-joint-staff → interaction']);
  });

  it('keeps a list named again one by one as the list «учениями» stands for', () => {
    const text = 'Осенью пройдут учения «Взаимодействие» и «Поиск». Во «Взаимодействии» будут задействованы Коллективные силы оперативного реагирования, в «Поиске» — разведчики. Руководить учениями будет Объединённый штаб ОДКБ.';
    expect(facts(text, ['CONDUCTS'])).toEqual(['CONDUCTS csto-joint-staff → interaction', 'CONDUCTS csto-joint-staff → search']);
  });

  it('reads nothing into a name never called an exercise', () => {
    const text = 'В 2027 году «Взаимодействие» пройдёт в Казахстане, а «Поиск» — в Киргизии. Руководить учениями будет Объединённый штаб ОДКБ.';
    expect(facts(text, ['CONDUCTS'])).not.toContain('CONDUCTS csto-joint-staff → interaction');
  });
});

describe('ingest: an exercise in focus dates its facts by the range a sentence gave it (event-dates.ts eventAnchors)', () => {
  const dated = (text: string) => extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' }).proposals.filter((fact) => fact.type === 'CONDUCTS').map(describeFact);

  it('takes "ran from November 9 to 15" as when the exercise was held, for the facts of the next paragraph', () => {
    expect(dated('The drill, Echelon-2026, ran from November 9 to 15 at a mountain range.\n\nThe exercise was directed by Colonel General Andrey Serdyukov, chief of the CSTO Joint Staff.')).toEqual([
      'CONDUCTS andrey-serdyukov → echelon 2026-11-09..2026-11-15',
    ]);
  });

  it('does not take a term that only begins ("since November 9") as the exercise\'s dates', () => {
    expect(dated('The Echelon-2026 drill has been under way since November 9 at a mountain range.\n\nThe exercise was directed by Colonel General Andrey Serdyukov, chief of the CSTO Joint Staff.')).not.toContain(
      'CONDUCTS andrey-serdyukov → echelon 2026-11-09..',
    );
  });
});

describe('ingest: the forces of the sentence before, by a possessive before their exercise', () => {
  it('reads "Their annual <exercise>" and «Их ежегодное учение «…»» as the forces taking part', () => {
    expect(facts('This year the bloc invested in the Collective Rapid Reaction Forces. Their annual Interaction exercise was held in Russia in the autumn.')).toEqual([
      'PARTICIPATES_IN collective-rapid-reaction-forces → interaction',
    ]);
    expect(facts('В этом году организация вкладывалась в Коллективные силы оперативного реагирования. Их ежегодное учение «Взаимодействие» прошло осенью в России.')).toEqual([
      'PARTICIPATES_IN collective-rapid-reaction-forces → interaction',
    ]);
  });

  it('reads no participant into "Its" after a body that is no force', () => {
    expect(facts('The CSTO held its summit in Moscow. Its annual Interaction exercise took place in Russia in the autumn.')).toEqual([]);
  });
});
