import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

/** The facts of the given types a text gives, described. */
const facts = (text: string, types: RegExp) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.map(describeFact)
    .filter((fact) => types.test(fact))
    .map((fact) => fact.replace(/ \d{4}.*$/u, ''));

describe('ingest: the event or programme a sentence refers back to', () => {
  it('does not take the verb «встречали» for a meeting («встреча»)', () => {
    // Written for the test: people greeted at a station, then the exercise they came back from.
    expect(facts('На вокзале в Гомеле встречали бойцов, вернувшихся с учения «Поиск». В нём участвовали подразделения России и Казахстана.', /PARTICIPATES_IN/)).toEqual([
      'PARTICIPATES_IN russia → search',
      'PARTICIPATES_IN kazakhstan → search',
    ]);
    // The noun still is one: «встречу» of the leaders.
    expect(facts('Лидеры провели встречу в Минске.', /HELD_IN/)).toEqual(['HELD_IN "встречу" → minsk']);
  });

  it('takes the programme the paragraph named two sentences before as the one paid for', () => {
    const text = 'The Interstate targeted programme to strengthen the Tajik-Afghan border is behind schedule. Deliveries to the outposts slipped again this year. Belarus and Russia fund it.';
    expect(facts(text, /PARTICIPATES_IN/)).toEqual(['PARTICIPATES_IN belarus → tajik-afghan-border-programme', 'PARTICIPATES_IN russia → tajik-afghan-border-programme']);
    // Nor of a paragraph two before: the next paragraph may go on about it (programme-roles.ts), not the one after that,
    // unless that one speaks of what the programme is made of (its deliveries to the outposts: round 16).
    expect(facts(text.replace('schedule. ', 'schedule.\n\nThe summit in Minsk ended on Friday.\n\n').replace('Deliveries to the outposts slipped', 'The weather was mild'), /PARTICIPATES_IN/)).toEqual([]);
  });

  it('keeps where an exercise was held beside the state a rule read as its host', () => {
    expect(facts('Учения «Эшелон» в этом году провели Коллективные силы оперативного реагирования в Республике Казахстан, на полигоне под Караганды; принимающей стороной выступил Казахстан.', /HOSTS|HELD_IN/)).toEqual([
      'HOSTS kazakhstan → echelon',
      'HELD_IN echelon → kazakhstan',
    ]);
  });
});

describe('ingest: participation, conduct and funding in the constructions of unseen articles', () => {
  const RU_PROGRAMME = 'Межгосударственная целевая программа по укреплению таджикско-афганской границы вступила во второй этап.';
  const EN_PROGRAMME = 'The Interstate targeted programme to strengthen the Tajik-Afghan border has entered its second stage.';

  it('reads the exercise first, then who holds it («Учения «Поиск» проводят КСОР»)', () => {
    // The exercise by its noun alone, the one named in the sentence before.
    expect(facts('В пятницу завершились учения «Поиск». Учение провели Коллективные силы оперативного реагирования.', /CONDUCTS/)).toEqual(['CONDUCTS collective-rapid-reaction-forces → search']);
    // Held somewhere, no one named as holding it.
    expect(facts('Учения «Поиск» провели в Белоруссии.', /CONDUCTS/)).toEqual([]);
  });

  it('reads units of a state "which took part" in an exercise', () => {
    expect(facts('В Гродно вернулась рота Вооружённых сил Республики Беларусь, которая в сентябре участвовала в учении «Эшелон».', /PARTICIPATES_IN/)).toEqual(['PARTICIPATES_IN belarus → echelon']);
    expect(facts('В Гродно вернулась рота Вооружённых сил Республики Беларусь, которая в сентябре не участвовала в учении «Эшелон».', /PARTICIPATES_IN/)).toEqual([]);
  });

  it('reads "the exercise, in which X took part (alongside those of Y and Z)"', () => {
    expect(facts('The minister praised the Echelon exercise held in September, in which Armenian sappers trained alongside those of Belarus and Kazakhstan.', /PARTICIPATES_IN/)).toEqual([
      'PARTICIPATES_IN belarus → echelon',
      'PARTICIPATES_IN kazakhstan → echelon',
    ]);
    expect(facts('He recalled the Search exercise, in which units from Russia and Kyrgyzstan took part.', /PARTICIPATES_IN/)).toEqual([
      'PARTICIPATES_IN russia → search',
      'PARTICIPATES_IN kyrgyzstan → search',
    ]);
    // Not a state that did not.
    expect(facts('He recalled the Search exercise, in which Armenia did not take part.', /PARTICIPATES_IN/)).toEqual([]);
  });

  it('reads the share first and the state paying it after, in Russian, and states "which sent funds"', () => {
    expect(facts(`${RU_PROGRAMME} Львиную долю даёт Россия, остальное — партнёры; свою долю исправно вносит Белоруссия.`, /PARTICIPATES_IN/)).toEqual([
      'PARTICIPATES_IN russia → tajik-afghan-border-programme',
      'PARTICIPATES_IN belarus → tajik-afghan-border-programme',
    ]);
    expect(facts(`${RU_PROGRAMME} Мы благодарны Казахстану и Армении, которые уже перечислили на эти цели свои взносы.`, /PARTICIPATES_IN/)).toEqual([
      'PARTICIPATES_IN kazakhstan → tajik-afghan-border-programme',
      'PARTICIPATES_IN armenia → tajik-afghan-border-programme',
    ]);
    // No programme named: nothing to take part in.
    expect(facts('Львиную долю даёт Россия.', /PARTICIPATES_IN/)).toEqual([]);
  });

  it('reads "pay most of the bill" and "contributed more than their shares", in English', () => {
    expect(facts(`${EN_PROGRAMME} Russia and Belarus pay most of the bill.`, /PARTICIPATES_IN/)).toEqual([
      'PARTICIPATES_IN russia → tajik-afghan-border-programme',
      'PARTICIPATES_IN belarus → tajik-afghan-border-programme',
    ]);
    expect(facts(`${EN_PROGRAMME} Armenia has contributed far more than its formal share.`, /PARTICIPATES_IN/)).toEqual(['PARTICIPATES_IN armenia → tajik-afghan-border-programme']);
    expect(facts(`${EN_PROGRAMME} Armenia may pay more than its share next year.`, /PARTICIPATES_IN/)).toEqual([]);
  });
});

describe('ingest: a state named by the adjective of the units it sends', () => {
  it('reads "Belarusian units", «белорусские военные» as the state taking part', () => {
    expect(facts('Armenian sappers took part in the Echelon exercise last month.', /PARTICIPATES_IN/)).toEqual(['PARTICIPATES_IN armenia → echelon']);
    expect(facts('В следующем году таджикские военнослужащие примут участие в учении «Поиск».', /PARTICIPATES_IN/)).toEqual(['PARTICIPATES_IN tajikistan → search']);
    // Not taking part, and not a member of what they join.
    expect(facts('В следующем году таджикские военнослужащие не примут участие в учении «Поиск».', /PARTICIPATES_IN/)).toEqual([]);
    expect(facts('Kyrgyz servicemen will join Indestructible Brotherhood in October.', /MEMBER_OF/)).toEqual([]);
  });
});

describe('ingest: participants of the event named before, in Russian', () => {
  it('reads the state "besides" which others took part («помимо», «кроме»), in either order', () => {
    expect(facts('В мае прошло учение «Кобальт». В нём, помимо казахстанских спецназовцев, участвовали подразделения Армении и Белоруссии.', /PARTICIPATES_IN/)).toEqual([
      'PARTICIPATES_IN armenia → cobalt',
      'PARTICIPATES_IN belarus → cobalt',
      'PARTICIPATES_IN kazakhstan → cobalt',
    ]);
    expect(facts('В мае прошло учение «Кобальт». Кроме Киргизии, в нём участвовали подразделения России.', /PARTICIPATES_IN/)).toEqual(['PARTICIPATES_IN russia → cobalt', 'PARTICIPATES_IN kyrgyzstan → cobalt']);
    expect(facts('В мае прошло учение «Кобальт». Кроме Киргизии, в нём никто не участвовал.', /PARTICIPATES_IN/)).toEqual([]);
  });

  it('reads delegations "in place" or "arrived" at the meeting named before, a live feed\'s time first', () => {
    expect(facts('09:00 В Минске открылось заседание Совета министров обороны ОДКБ.\n\n09:20 Делегации Армении и Таджикистана на месте.', /PARTICIPATES_IN/)).toEqual([
      'PARTICIPATES_IN armenia → "заседание Совета министров обороны ОДКБ"',
      'PARTICIPATES_IN tajikistan → "заседание Совета министров обороны ОДКБ"',
    ]);
    expect(facts('В Минске открылось заседание Совета министров обороны ОДКБ. Прибыли делегации Киргизии и России.', /PARTICIPATES_IN/)).toEqual([
      'PARTICIPATES_IN kyrgyzstan → "заседание Совета министров обороны ОДКБ"',
      'PARTICIPATES_IN russia → "заседание Совета министров обороны ОДКБ"',
    ]);
    expect(facts('В Минске открылось заседание Совета министров обороны ОДКБ. Делегации Армении на месте нет.', /PARTICIPATES_IN/)).toEqual([]);
  });
});

describe('ingest: where an exercise was held, said before it or in a gap', () => {
  it('reads a participle of holding with its place before the exercise («прошедшие в Таджикистане учения «Поиск»»)', () => {
    expect(facts('Прошедшие в 2026 году в Таджикистане учения «Поиск» показали слаженность штабов.', /HELD_IN/)).toEqual(['HELD_IN search → tajikistan']);
    // A place the participle does not give: nothing.
    expect(facts('Прошедшие учения «Поиск» показали слаженность штабов Таджикистана.', /HELD_IN/)).toEqual([]);
  });

  it('does not read a place in a gap as the one who held the exercise', () => {
    const found = facts('Коллективные силы оперативного реагирования провели учение «Эшелон» в Армении в 2021 году и в Киргизии в 2022 году.', /CONDUCTS|HELD_IN/);
    expect(found).toContain('CONDUCTS collective-rapid-reaction-forces → echelon');
    expect(found).not.toContain('CONDUCTS kyrgyzstan → echelon');
  });
});

describe('ingest: troops and units of the exercises named before, not of a meeting named since', () => {
  it('reads "N troops took part, from X and Y" of the exercise named last', () => {
    const text = 'In May the CSTO staged the Cobalt exercise near Almaty. Reporters watched it from a press conference tent. Some 900 troops took part, from Armenia and Belarus.';
    expect(facts(text, /PARTICIPATES_IN/)).toEqual(['PARTICIPATES_IN armenia → cobalt', 'PARTICIPATES_IN belarus → cobalt']);
    // No exercise named: nothing.
    expect(facts('Reporters watched from a press conference tent. Some 900 troops took part, from Armenia and Belarus.', /PARTICIPATES_IN/)).toEqual([]);
  });

  it('reads "units from X have confirmed" of the exercise named last', () => {
    expect(facts('Next year the forces will hold the Echelon exercise. "Units from Kazakhstan have already confirmed," the general told the conference.', /PARTICIPATES_IN/)).toEqual(['PARTICIPATES_IN kazakhstan → echelon']);
  });

  it('reads «Их проведут X» and units drawn «в них» as of each exercise the sentence before named', () => {
    const text = 'Осенью пройдут два учения — «Эшелон» и «Кобальт». Их проведут Коллективные силы оперативного реагирования; помимо армянских военных, в них будут задействованы подразделения Белоруссии.';
    expect(facts(text, /PARTICIPATES_IN|CONDUCTS/).sort()).toEqual([
      'CONDUCTS collective-rapid-reaction-forces → cobalt',
      'CONDUCTS collective-rapid-reaction-forces → echelon',
      'PARTICIPATES_IN armenia → cobalt',
      'PARTICIPATES_IN armenia → echelon',
      'PARTICIPATES_IN belarus → cobalt',
      'PARTICIPATES_IN belarus → echelon',
    ]);
    // A session named before, no exercise: nothing conducted.
    expect(facts('В Минске прошла сессия Совета коллективной безопасности. Её провели Коллективные силы оперативного реагирования.', /CONDUCTS/)).toEqual([]);
  });
});

describe('ingest: who holds an exercise, the infinitive first, and troops drawn to it', () => {
  it('reads «Проводить учения будут X» of the exercise named before', () => {
    expect(facts('В мае пройдут учения «Кобальт». Проводить учения будут Коллективные силы оперативного реагирования.', /CONDUCTS/)).toEqual(['CONDUCTS collective-rapid-reaction-forces → cobalt']);
    expect(facts('В мае пройдут учения «Кобальт». Проводить учения будут на полигоне под Алматы.', /CONDUCTS/)).toEqual([]);
  });

  it('reads «к учению привлекут военнослужащих из X»', () => {
    expect(facts('В мае пройдут учения «Кобальт». К маневрам привлекут около тысячи военнослужащих из Армении и Киргизии.', /PARTICIPATES_IN/)).toEqual(['PARTICIPATES_IN armenia → cobalt', 'PARTICIPATES_IN kyrgyzstan → cobalt']);
    expect(facts('В мае пройдут учения «Кобальт». К маневрам не привлекут военнослужащих из Армении.', /PARTICIPATES_IN/)).toEqual([]);
  });
});

describe('ingest: a pronoun subject of a passive of conducting, in English', () => {
  it('reads "It was conducted by X and directed by Y", "Both are to be run by the alliance\'s X" of the exercises named before', () => {
    expect(facts('The Cobalt exercise took place near Almaty in May. It was conducted by the Collective Rapid Reaction Forces and directed by the CSTO Joint Staff.', /CONDUCTS/)).toEqual([
      'CONDUCTS collective-rapid-reaction-forces → cobalt',
      'CONDUCTS csto-joint-staff → cobalt',
    ]);
    expect(facts('Armenia will host the Echelon and Cobalt exercises next year. Both are to be run by the alliance\'s Collective Rapid Reaction Forces.', /CONDUCTS/).sort()).toEqual([
      'CONDUCTS collective-rapid-reaction-forces → cobalt',
      'CONDUCTS collective-rapid-reaction-forces → echelon',
    ]);
    // No exercise before it: a session is not conducted by forces.
    expect(facts('The session took place in Minsk. It was organised by the Collective Rapid Reaction Forces.', /CONDUCTS/)).toEqual([]);
  });
});
