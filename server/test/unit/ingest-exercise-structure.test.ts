import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

/** The facts of the given types, without their dates. */
const facts = (text: string, types: string[] = ['PARTICIPATES_IN']) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.filter((fact) => types.includes(fact.type))
    .map((fact) => describeFact({ ...fact, since: undefined, until: undefined }))
    .sort();

describe('ingest: units of a collective force from the states that sent them', () => {
  it('reads «подразделения <сил> из/от <государств>» after «в нём участвовали»: each state in the forces and the exercise, the forces in it', () => {
    expect(facts('Весной в Казахстане прошло учение «Поиск». Помимо казахстанских военных, в нём участвовали контингенты Коллективных сил оперативного реагирования от Армении и Киргизии.')).toEqual([
      'PARTICIPATES_IN armenia → collective-rapid-reaction-forces',
      'PARTICIPATES_IN armenia → search',
      'PARTICIPATES_IN collective-rapid-reaction-forces → search',
      'PARTICIPATES_IN kazakhstan → search',
      'PARTICIPATES_IN kyrgyzstan → collective-rapid-reaction-forces',
      'PARTICIPATES_IN kyrgyzstan → search',
    ]);
  });

  it('reads the same in a relative clause with «приняли участие»', () => {
    expect(facts('В мае под Ошем прошло учение «Эшелон», в котором приняли участие подразделения Коллективных миротворческих сил ОДКБ из Белоруссии и Таджикистана.')).toEqual([
      'PARTICIPATES_IN belarus → collective-peacekeeping-forces',
      'PARTICIPATES_IN belarus → echelon',
      'PARTICIPATES_IN collective-peacekeeping-forces → echelon',
      'PARTICIPATES_IN tajikistan → collective-peacekeeping-forces',
      'PARTICIPATES_IN tajikistan → echelon',
    ]);
  });

  it('reads "units of the <forces> from <states> took part" and "soldiers from <states> took part, serving in <forces>"', () => {
    expect(facts('The Echelon drills ended near Osh on Thursday. Battalions of the Collective Peacekeeping Forces from Armenia and Tajikistan took part.')).toEqual([
      'PARTICIPATES_IN armenia → collective-peacekeeping-forces',
      'PARTICIPATES_IN armenia → echelon',
      'PARTICIPATES_IN collective-peacekeeping-forces → echelon',
      'PARTICIPATES_IN tajikistan → collective-peacekeeping-forces',
      'PARTICIPATES_IN tajikistan → echelon',
    ]);
    expect(facts('The Search exercise wrapped up in Kazakhstan on Monday. Some 800 troops from Belarus and Kyrgyzstan took part, serving in the CRRF.')).toEqual([
      'PARTICIPATES_IN belarus → collective-rapid-reaction-forces',
      'PARTICIPATES_IN belarus → search',
      'PARTICIPATES_IN collective-rapid-reaction-forces → search',
      'PARTICIPATES_IN kyrgyzstan → collective-rapid-reaction-forces',
      'PARTICIPATES_IN kyrgyzstan → search',
    ]);
  });

  it('gives the forces nothing where the units did not take part, or the body is no force', () => {
    expect(facts('Весной в Казахстане прошло учение «Поиск». В нём не участвовали подразделения Коллективных сил оперативного реагирования из Армении.')).toEqual([
      'PARTICIPATES_IN armenia → collective-rapid-reaction-forces',
    ]);
    expect(facts('Весной в Казахстане прошло учение «Поиск». В нём участвовали представители Секретариата ОДКБ из Армении.')).not.toContain('PARTICIPATES_IN csto-secretariat → search');
    expect(facts('The Search exercise wrapped up in Kazakhstan on Monday. Officers of the CSTO Secretariat from Belarus watched.')).toEqual([]);
  });
});

describe('ingest: the place of exercises given by a possessive or a phrase after the name', () => {
  it('reads «на её территории прошли учения …» and "were held on its soil" as the state named before', () => {
    expect(facts('Этой осенью Киргизия приняла союзников. В октябре на её территории прошли учения «Поиск» и «Эшелон», в которых участвовали военные Армении и Белоруссии.', ['HELD_IN'])).toEqual([
      'HELD_IN echelon → kyrgyzstan',
      'HELD_IN search → kyrgyzstan',
    ]);
    expect(facts('Tajikistan hosted the allies this autumn. The Echelon drills took place on its territory in October.', ['HELD_IN'])).toEqual(['HELD_IN echelon → tajikistan']);
  });

  it('gives nothing for a possessive without a place before, or exercises that did not take place there', () => {
    expect(facts('Секретариат подвёл итоги года. На её территории прошли учения «Поиск».', ['HELD_IN'])).toEqual([]);
    expect(facts('Этой осенью Киргизия приняла союзников. На её территории не прошли учения «Поиск».', ['HELD_IN'])).toEqual([]);
  });

  it('reads «учения «X» в A и B» without a verb; not a place the phrase does not give the exercise, nor a name without the noun', () => {
    expect(facts('Министры обсудили итоги года, в том числе учения «Рубеж» в Киргизии и Таджикистане.', ['HELD_IN'])).toEqual([
      'HELD_IN rubezh → kyrgyzstan',
      'HELD_IN rubezh → tajikistan',
    ]);
    expect(facts('Итоги учения «Рубеж» министры обсудили в Бишкеке.', ['HELD_IN'])).toEqual([]);
    expect(facts('Министры обсудили «Рубеж» в Бишкеке.', ['HELD_IN'])).toEqual([]);
  });
});

describe('ingest: an exercise held within a series is part of it', () => {
  it('reads «проводится в рамках учения «X»» and «в его рамках прошли учения «А» и «Б»» (the series named before)', () => {
    expect(facts('Учение «Эшелон» ежегодно проводится в рамках большого учения «Боевое братство». В прошлом году в его рамках прошли также учения «Поиск» и «Взаимодействие».', ['PART_OF'])).toEqual([
      'PART_OF echelon → combat-brotherhood',
      'PART_OF interaction → combat-brotherhood',
      'PART_OF search → combat-brotherhood',
    ]);
  });

  it('reads "under the umbrella of", "as part of" and a counted list after a dash, in English', () => {
    expect(facts('The Echelon and Search drills, held in Kazakhstan in May, ran as part of the wider Combat Brotherhood exercise.', ['PART_OF'])).toEqual([
      'PART_OF echelon → combat-brotherhood',
      'PART_OF search → combat-brotherhood',
    ]);
    expect(facts('Kyrgyz units joined both exercises of the Combat Brotherhood cycle staged in Armenia last year: Echelon and Interaction.', ['PART_OF'])).toEqual([
      'PART_OF echelon → combat-brotherhood',
      'PART_OF interaction → combat-brotherhood',
    ]);
  });

  it('gives nothing for a programme an exercise serves', () => {
    expect(facts('The Echelon drills were staged as part of the Interstate Programme to strengthen the Tajik-Afghan border.', ['PART_OF'])).toEqual([]);
    expect(facts('Весной в рамках Межгосударственной целевой программы прошло учение «Эшелон».', ['PART_OF'])).toEqual([]);
  });
});

describe('ingest: a state sending units to an exercise named before the verb', () => {
  it('reads «X на «Y» прислал роту», with a corrective «не батальон, а роту»', () => {
    expect(facts('Таджикистан на учение «Эшелон» в этот раз выделил инженерную роту.')).toEqual(['PARTICIPATES_IN tajikistan → echelon']);
    expect(facts('Киргизия в этом году на учение «Поиск» прислала не полк, как обещала, а батальон.')).toEqual(['PARTICIPATES_IN kyrgyzstan → search']);
  });

  it('gives nothing for observers or a refusal', () => {
    expect(facts('Армения на учение «Поиск» направила лишь группу офицеров-наблюдателей.')).toEqual([]);
    expect(facts('Армения на учение «Поиск» не прислала ни одного взвода.')).toEqual([]);
  });
});

describe('ingest: forces that rehearsed or practised something at an exercise take part in it (round 16b)', () => {
  it('reads "the forces rehearsed X …, in an exercise called Y" and «силы отработали задачи на учении «Y»»', () => {
    expect(facts("In May the bloc's Collective Peacekeeping Forces practised escorting convoys near the border, in an exercise called Cobalt.")).toEqual([
      'PARTICIPATES_IN collective-peacekeeping-forces → cobalt',
    ]);
    expect(facts('Осенью Коллективные силы оперативного реагирования ОДКБ отрабатывали освобождение заложников на учении «Эшелон» в Киргизии.')).toEqual([
      'PARTICIPATES_IN collective-rapid-reaction-forces → echelon',
    ]);
  });

  it('reads an idiom with "not" that negates nothing ("not far from here"), and gives nothing for a real negation or a body that is no force', () => {
    expect(facts("The bloc's Collective Peacekeeping Forces rehearsed a river crossing not far from Osh, in an exercise called Cobalt.")).toEqual([
      'PARTICIPATES_IN collective-peacekeeping-forces → cobalt',
    ]);
    expect(facts("The bloc's Collective Peacekeeping Forces did not rehearse anything at the Cobalt exercise.")).toEqual([]);
    expect(facts('Коллективные силы оперативного реагирования ОДКБ не отрабатывали задачи на учении «Эшелон».')).toEqual([]);
    expect(facts('The CSTO Joint Staff tested its plans at the Cobalt exercise.')).toEqual([]);
  });
});

describe('ingest: "the exercise of the bloc\'s forces": the forces, not the bloc whose they are', () => {
  it('reads the forces after a possessive owner', () => {
    expect(facts("Kyrgyz units joined the Echelon exercise of the CSTO's Collective Rapid Reaction Forces.", ['PARTICIPATES_IN', 'CONDUCTS'])).toContain(
      'PARTICIPATES_IN collective-rapid-reaction-forces → echelon',
    );
    expect(facts("Kyrgyz units joined the Echelon exercise of the CSTO's Collective Rapid Reaction Forces.", ['CONDUCTS'])).toEqual([]);
  });
});
