import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

/** The facts of the given types, without their dates. */
const facts = (text: string, types: string[]) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.filter((fact) => types.includes(fact.type))
    .map((fact) => describeFact({ ...fact, since: undefined, until: undefined }));

describe('ingest: the states whose troops an exercise drew, in a phrase after it', () => {
  it('reads "with troops from", "alongside units from", "involving N soldiers from", in the sentence or after it', () => {
    expect(facts('The Cobalt drills began near Almaty on Monday. Kazakh police trained alongside detachments from Russia and Belarus.', ['PARTICIPATES_IN'])).toEqual([
      'PARTICIPATES_IN russia → cobalt',
      'PARTICIPATES_IN belarus → cobalt',
    ]);
    expect(facts('Armenia staged the Echelon exercise last spring, involving some 900 servicemen from Kyrgyzstan and Tajikistan.', ['PARTICIPATES_IN'])).toEqual([
      'PARTICIPATES_IN kyrgyzstan → echelon',
      'PARTICIPATES_IN tajikistan → echelon',
    ]);
  });

  it('reads states named by demonyms that share the noun ("alongside Belarusian, Kyrgyz and Russian troops")', () => {
    expect(facts('The Search drills opened near Brest on Tuesday, with Belarusian, Kyrgyz and Russian troops on the range.', ['PARTICIPATES_IN'])).toEqual([
      'PARTICIPATES_IN belarus → search',
      'PARTICIPATES_IN kyrgyzstan → search',
      'PARTICIPATES_IN russia → search',
    ]);
    expect(facts('The Search drills opened near Brest on Tuesday, without Belarusian and Kyrgyz troops.', ['PARTICIPATES_IN'])).toEqual([]);
  });

  it('reads units of a state\'s armed forces in a relative clause («в котором участвовали подразделения Вооружённых Сил X»)', () => {
    expect(facts('Летом в Армении прошло учение «Поиск», в котором участвовали подразделения Вооружённых Сил Казахстана и военнослужащие армии Киргизии.', ['PARTICIPATES_IN'])).toEqual([
      'PARTICIPATES_IN kazakhstan → search',
    ]);
    expect(facts('Летом в Армении прошло учение «Поиск», в котором не участвовали подразделения Вооружённых Сил Казахстана.', ['PARTICIPATES_IN'])).toEqual([]);
  });

  it('gives nothing for a meeting, or troops that stayed away', () => {
    expect(facts('The foreign ministers met in Minsk, alongside officials from Kazakhstan.', ['PARTICIPATES_IN'])).toEqual([]);
    expect(facts('The Search exercise began in Minsk on Monday, without troops from Armenia.', ['PARTICIPATES_IN'])).toEqual([]);
  });

  it('dates the states by the exercise the sentence dates before them', () => {
    const dated = extract('The exercises went ahead. In May the Collective Rapid Reaction Forces held Interaction-2027 in Kazakhstan, with units from Russia.', { gazetteer: cstoGazetteer, published: '2027-11-20' })
      .proposals.filter((fact) => fact.type === 'PARTICIPATES_IN').map(describeFact);
    expect(dated).toEqual(['PARTICIPATES_IN russia → interaction 2027-05..2027-05']);
  });
});

describe('ingest: who directs an exercise conducts it', () => {
  it('reads "directed by" and "under the command of" an officer, after his title', () => {
    expect(facts('Rubezh-2027 will be held in Tajikistan. The drills will be directed by the chief of the CSTO Joint Staff, Colonel General Andrey Serdyukov.', ['CONDUCTS'])).toEqual([
      'CONDUCTS andrey-serdyukov → rubezh',
    ]);
    expect(facts('The Search exercise, under the overall command of Andrey Serdyukov, ended on Friday.', ['CONDUCTS'])).toEqual(['CONDUCTS andrey-serdyukov → search']);
  });

  it('reads «руководил учением X» and «под общим руководством» a body, in Russian', () => {
    expect(facts('В октябре в Киргизии прошло учение «Нерушимое братство». Руководил учением начальник Объединённого штаба ОДКБ Андрей Сердюков.', ['CONDUCTS'])).toEqual([
      'CONDUCTS andrey-serdyukov → indestructible-brotherhood',
    ]);
    expect(facts('Учение «Эшелон» проходило под общим руководством Объединённого штаба ОДКБ.', ['CONDUCTS'])).toEqual(['CONDUCTS csto-joint-staff → echelon']);
  });

  it('gives nothing for a negation or a delegation led by him', () => {
    expect(facts('The Rubezh drills opened in Dushanbe. They were not directed by Andrey Serdyukov this time.', ['CONDUCTS'])).toEqual([]);
    expect(facts('В октябре прошло учение «Поиск». Руководил делегацией начальник Объединённого штаба ОДКБ Андрей Сердюков.', ['CONDUCTS'])).toEqual([]);
  });
});

describe('ingest: who directs and who takes part in an exercise the sentence refers to by a pronoun (round 16b)', () => {
  it('reads a body directing "it" with an aside between subject and verb, and «Руководил им X», «Им руководил X»', () => {
    expect(facts('In June the Search exercise ran near Brest. The CSTO Joint Staff, led since 2024 by Colonel General Andrey Serdyukov, directed it.', ['CONDUCTS'])).toEqual([
      'CONDUCTS csto-joint-staff → search',
    ]);
    expect(facts('Весной под Ошем прошло учение «Эшелон». Руководил им Объединённый штаб ОДКБ.', ['CONDUCTS'])).toEqual(['CONDUCTS csto-joint-staff → echelon']);
    expect(facts('Весной под Ошем прошло учение «Эшелон». Им руководил Объединённый штаб ОДКБ.', ['CONDUCTS'])).toEqual(['CONDUCTS csto-joint-staff → echelon']);
  });

  it('gives nothing when the body did not direct it, or "it" is no exercise', () => {
    expect(facts('In June the Search exercise ran near Brest. The CSTO Joint Staff, in Moscow, did not direct it.', ['CONDUCTS'])).toEqual([]);
    expect(facts('Весной под Ошем прошло учение «Эшелон». Руководил им не Объединённый штаб ОДКБ.', ['CONDUCTS'])).toEqual([]);
    expect(facts('The foreign ministers met in Minsk in June. The CSTO Joint Staff, in Moscow, directed it.', ['CONDUCTS'])).toEqual([]);
  });

  it('reads units described by their service before the states («подразделения военной разведки России и Киргизии»)', () => {
    expect(facts('Летом под Карагандой прошло учение «Поиск». В нём участвовали подразделения специального назначения Белоруссии и Киргизии.', ['PARTICIPATES_IN'])).toEqual([
      'PARTICIPATES_IN belarus → search',
      'PARTICIPATES_IN kyrgyzstan → search',
    ]);
    expect(facts('Летом под Карагандой прошло учение «Поиск». В нём не участвовали подразделения специального назначения Белоруссии.', ['PARTICIPATES_IN'])).toEqual([]);
  });

  it('reads "Troops came from A and B" of the exercise named before; nothing for "No troops came", nor "sent no troops"', () => {
    expect(facts('The Echelon exercise ended near Osh on Friday. Some 400 troops came from Kazakhstan and Tajikistan.', ['PARTICIPATES_IN'])).toEqual([
      'PARTICIPATES_IN kazakhstan → echelon',
      'PARTICIPATES_IN tajikistan → echelon',
    ]);
    expect(facts('The Echelon exercise ended near Osh on Friday. No troops came from Armenia.', ['PARTICIPATES_IN'])).toEqual([]);
    expect(facts('The Echelon exercise ended near Osh on Friday. Armenia sent no troops.', ['PARTICIPATES_IN'])).toEqual([]);
    expect(facts('The summit opened in Minsk on Friday. Troops came from Russia to guard it.', ['PARTICIPATES_IN'])).toEqual([]);
  });

  it('reads a sentence opening with the verb of taking part («Участвовали подразделения из X»), units only', () => {
    expect(facts('В мае под Ошем прошло учение «Эшелон». Участвовали подразделения тылового обеспечения из Казахстана и Таджикистана.', ['PARTICIPATES_IN'])).toEqual([
      'PARTICIPATES_IN kazakhstan → echelon',
      'PARTICIPATES_IN tajikistan → echelon',
    ]);
    expect(facts('В мае в Бишкеке прошло заседание Совета министров обороны ОДКБ. Участвовали министры Казахстана и Таджикистана.', ['PARTICIPATES_IN']).filter((fact) => fact.includes('echelon'))).toEqual([]);
    expect(facts('В мае под Ошем прошло учение «Эшелон». Не участвовали подразделения из Казахстана.', ['PARTICIPATES_IN'])).toEqual([]);
  });

  it('reads «Его провели силы под руководством X»: the officer after his title, not the body his title names', () => {
    expect(facts('В мае под Ошем прошло учение «Эшелон». Его провели Коллективные силы оперативного реагирования под руководством начальника Объединённого штаба ОДКБ генерал-полковника Андрея Сердюкова.', ['CONDUCTS'])).toEqual([
      'CONDUCTS collective-rapid-reaction-forces → echelon',
      'CONDUCTS andrey-serdyukov → echelon',
    ]);
    expect(facts('В мае под Ошем прошло учение «Эшелон». Его провели не под руководством Андрея Сердюкова.', ['CONDUCTS'])).toEqual([]);
  });
});

describe('ingest: a body that directed a count of exercises, "including" the ones named (round 16b)', () => {
  it('reads "X directed five exercises, including A and B" and «под руководством X проведено N учений, в том числе «А» и «Б»»', () => {
    expect(facts('This year the CSTO Joint Staff ran six exercises, including Cobalt and Echelon.', ['CONDUCTS'])).toEqual([
      'CONDUCTS csto-joint-staff → cobalt',
      'CONDUCTS csto-joint-staff → echelon',
    ]);
    expect(facts('За год под руководством Объединённого штаба ОДКБ проведено шесть учений, в том числе «Кобальт» и «Эшелон».', ['CONDUCTS'])).toEqual([
      'CONDUCTS csto-joint-staff → cobalt',
      'CONDUCTS csto-joint-staff → echelon',
    ]);
  });

  it('gives nothing for exercises it did not direct', () => {
    expect(facts('This year the CSTO Joint Staff has not directed any exercises, including Cobalt.', ['CONDUCTS'])).toEqual([]);
    expect(facts('За год под руководством Объединённого штаба ОДКБ не проведено ни одного учения, в том числе «Кобальт».', ['CONDUCTS'])).toEqual([]);
  });
});

describe('ingest: a state hosting an exercise the sentence names by its common noun (round 16b)', () => {
  it('reads the exercise in focus, or the one a colon goes on to name', () => {
    expect(facts('The Echelon exercise ended near Osh on Friday. Kyrgyzstan hosted the drills for the second time.', ['HOSTS'])).toEqual(['HOSTS kyrgyzstan → echelon']);
    expect(facts('Летом под Ошем прошло учение «Эшелон». Киргизия принимала тыловые учения впервые с 2019 года.', ['HOSTS'])).toEqual(['HOSTS kyrgyzstan → echelon']);
    expect(facts('Армения уже принимала учения ОДКБ: в мае под Ереваном прошло учение «Кобальт».', ['HOSTS'])).toEqual(['HOSTS armenia → cobalt']);
  });

  it('gives nothing for a state that never hosted them', () => {
    expect(facts('The Echelon exercise ended near Osh on Friday. Armenia has never hosted the drills.', ['HOSTS'])).toEqual([]);
    expect(facts('Летом под Ошем прошло учение «Эшелон». Армения не принимала тыловые учения с 2019 года.', ['HOSTS'])).toEqual([]);
  });
});

describe('ingest: a host named as the subject of an earlier verb ("X takes over … and will host …")', () => {
  it('reads the second verb of the same subject, in a relative clause or not', () => {
    expect(facts('Next year the chairmanship goes to Kyrgyzstan, which takes office in January and will host the autumn summit.', ['HOSTS'])).toEqual([
      'HOSTS kyrgyzstan → "autumn summit"',
    ]);
    expect(facts('Armenia skipped the talks in Minsk and hosted the Cobalt exercise instead.', ['HOSTS'])).toEqual(['HOSTS armenia → cobalt']);
  });

  it('gives nothing when the first verb is negated or another subject stands between', () => {
    expect(facts('Kyrgyzstan did not bid for the chairmanship and will host no summit.', ['HOSTS'])).toEqual([]);
    expect(facts('Kyrgyzstan takes over the chairmanship, Russia said, and Belarus will host the summit.', ['HOSTS'])).toEqual(['HOSTS belarus → "summit"']);
  });
});
