import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

const facts = (text: string, types: string[]) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.filter((fact) => types.includes(fact.type))
    .map(describeFact);

describe('ingest: exercises, their parts, conductors, participants and places (round 18)', () => {
  it('a year edition the graph lacks is its series where the sentence says it was held or conducted, named first or after a comma', () => {
    expect(facts('«Взаимодействие-2026» провели Коллективные силы оперативного реагирования в сентябре в Белоруссии.', ['CONDUCTS', 'HELD_IN'])).toEqual([
      'CONDUCTS collective-rapid-reaction-forces → interaction 2026-09..2026-09',
      'HELD_IN interaction → belarus 2026-09..2026-09',
    ]);
    expect(facts('The centrepiece was Interaction-2026, held in Belarus in September. The CSTO Joint Staff conducted the drill.', ['CONDUCTS'])).toEqual([
      'CONDUCTS csto-joint-staff → interaction 2026-09..2026-09',
    ]);
  });

  it('units of the forces from states that took part after "and": the forces and the states take part; a body\'s own head directs nothing', () => {
    const text = 'Interaction-2026 was held in Belarus in September. The CSTO Joint Staff, led by Col. Gen. Andrey Serdyukov, conducted the drill, and units of the Collective Rapid Reaction Forces from Russia and Belarus took part.';
    const found = facts(text, ['PARTICIPATES_IN', 'CONDUCTS']);
    expect(found).toEqual(expect.arrayContaining(['PARTICIPATES_IN collective-rapid-reaction-forces → interaction 2026-09..2026-09', 'PARTICIPATES_IN russia → interaction 2026-09..2026-09']));
    expect(found).not.toContain('CONDUCTS andrey-serdyukov → interaction 2026-09..2026-09');
    expect(facts('The drills in Belarus were directed by Colonel General Andrey Serdyukov. Interaction-2026 was the largest.', ['CONDUCTS'])).toEqual([]);
  });

  it('«Руководил учением Объединённый штаб»: the subject after the instrumental noun directs the exercise named before', () => {
    const text = 'С 8 по 12 сентября на полигоне прошло учение «Взаимодействие-2026». Руководил учением Объединённый штаб ОДКБ.';
    expect(facts(text, ['CONDUCTS'])).toEqual(['CONDUCTS csto-joint-staff → interaction 2026-09-08..2026-09-12']);
  });

  it('«Учение Коллективных миротворческих сил прошло …» after the named exercise: the forces take part, «им» is the exercise', () => {
    const text = 'Миротворцы вернулись после учения «Нерушимое братство» в Белоруссии. Учение Коллективных миротворческих сил ОДКБ прошло с 20 по 26 октября. Руководил им Объединённый штаб ОДКБ.';
    expect(facts(text, ['PARTICIPATES_IN', 'CONDUCTS'])).toEqual([
      'PARTICIPATES_IN collective-peacekeeping-forces → indestructible-brotherhood 2026-10-20..2026-10-26',
      'CONDUCTS csto-joint-staff → indestructible-brotherhood 2026-10-20..2026-10-26',
    ]);
    // A body named before a heading verb is still what «им» stands for.
    expect(facts('Секретариат ОДКБ находится в Москве. Руководил им Имангали Тасмагамбетов.', ['HEADS'])).toEqual(['HEADS imangali-tasmagambetov → csto-secretariat']);
  });

  it('«с участием подразделений КСБР»: the forces take part in the exercise of the sentence, not in a meeting', () => {
    expect(facts('В октябре Объединённый штаб ОДКБ провёл учение «Рубеж-2026» с участием подразделений Коллективных сил быстрого развёртывания Центральноазиатского региона.', ['PARTICIPATES_IN'])).toEqual([
      'PARTICIPATES_IN collective-rapid-deployment-forces → rubezh 2026-10..2026-10',
    ]);
    expect(facts('Заседание Совета министров обороны прошло в Минске с участием командования Коллективных сил оперативного реагирования.', ['PARTICIPATES_IN'])).not.toContain(
      'PARTICIPATES_IN collective-rapid-reaction-forces → council-of-defence-ministers',
    );
  });

  it('a series named with its year ties each exercise a counting noun counts, named one by one before; not more than it counts', () => {
    const text = 'В сентябре прошло учение «Взаимодействие-2026».\n\nПараллельно шёл «Эшелон» — учение по материально-техническому обеспечению.\n\nОба учения вошли в серию «Боевое братство-2026».';
    expect(facts(text, ['PART_OF'])).toEqual(['PART_OF interaction → combat-brotherhood', 'PART_OF echelon → combat-brotherhood']);
    const three = 'В сентябре прошло учение «Взаимодействие-2026». На соседнем полигоне прошло учение «Эшелон», а разведчики провели учение «Поиск». Все три мероприятия прошли в рамках учения «Боевое братство-2026».';
    expect(facts(three, ['PART_OF'])).toEqual(['PART_OF interaction → combat-brotherhood', 'PART_OF echelon → combat-brotherhood', 'PART_OF search → combat-brotherhood']);
    // Only one exercise named before: «оба» counts what the text did not name.
    expect(facts('В сентябре прошло учение «Эшелон». Оба учения вошли в серию «Боевое братство-2026».', ['PART_OF'])).toEqual([]);
  });

  it('English: "Both were part of the … series", "… included the Search and Echelon drills"; not a programme', () => {
    expect(facts('Alongside it ran Search, an intelligence exercise, and Echelon, the logistics drill. Both were part of the Combat Brotherhood series.', ['PART_OF'])).toEqual([
      'PART_OF search → combat-brotherhood',
      'PART_OF echelon → combat-brotherhood',
    ]);
    expect(facts('The Combat Brotherhood exercise, held this autumn in Kazakhstan, included the Search and Echelon drills.', ['PART_OF'])).toEqual([
      'PART_OF search → combat-brotherhood',
      'PART_OF echelon → combat-brotherhood',
    ]);
    expect(facts('The Interstate Programme included the Search and Echelon drills.', ['PART_OF'])).toEqual([]);
    expect(facts('«Боевое братство» в этом году включало учения «Поиск» и «Эшелон».', ['PART_OF'])).toEqual(['PART_OF search → combat-brotherhood', 'PART_OF echelon → combat-brotherhood']);
  });

  it('conducted, then held: an aside with its date and agent between the exercise and its verb', () => {
    const text = 'The final stage of the Combat Brotherhood manoeuvres, conducted in September by the CSTO Joint Staff under Colonel General Andrey Serdyukov, was held in Belarus.';
    expect(facts(text, ['CONDUCTS', 'HELD_IN'])).toEqual(['HELD_IN combat-brotherhood → belarus 2026-09..2026-09', 'CONDUCTS csto-joint-staff → combat-brotherhood 2026-09..2026-09']);
    // An aside that names a place is no such aside: the place is its own.
    expect(facts('The Combat Brotherhood manoeuvres, first staged in Kyrgyzstan, were held in Belarus this year.', ['HELD_IN'])).not.toContain('HELD_IN combat-brotherhood → kyrgyzstan');
  });

  it('a state that sent its troops to exercises takes part in each; not one that sent none, nor observers', () => {
    expect(facts('В 2026 году Казахстан направлял своих военных на все учения «Боевого братства», а также на учение «Нерушимое братство-2026» в Кыргызстане.', ['PARTICIPATES_IN'])).toEqual([
      'PARTICIPATES_IN kazakhstan → combat-brotherhood 2026..2026',
      'PARTICIPATES_IN kazakhstan → indestructible-brotherhood 2026..2026',
    ]);
    expect(facts('Казахстан не направил военных на учение «Поиск».', ['PARTICIPATES_IN'])).toEqual([]);
    expect(facts('Армения направила лишь наблюдателей на учение «Поиск».', ['PARTICIPATES_IN'])).toEqual([]);
  });

  it('where troops trained during an exercise is where it was held; not where they did not', () => {
    expect(facts('Peacekeeping units trained in Kyrgyzstan during the Indestructible Brotherhood drill.', ['HELD_IN'])).toEqual(['HELD_IN indestructible-brotherhood → kyrgyzstan']);
    expect(facts('Казахстанские миротворцы тренировались в Киргизии в ходе учения «Нерушимое братство».', ['HELD_IN'])).toEqual(['HELD_IN indestructible-brotherhood → kyrgyzstan']);
    expect(facts('Peacekeeping units never trained in Kyrgyzstan during the Indestructible Brotherhood drill.', ['HELD_IN'])).toEqual([]);
  });

  it('«Руководил Объединённый штаб.» with the object left out directs the exercise named before; «Руководил Секретариатом X» does not', () => {
    const text = '«Взаимодействие-2026» провели Коллективные силы оперативного реагирования в сентябре в Белоруссии. Руководил Объединённый штаб ОДКБ, его начальник Андрей Сердюков.';
    expect(facts(text, ['CONDUCTS'])).toEqual(['CONDUCTS collective-rapid-reaction-forces → interaction 2026-09..2026-09', 'CONDUCTS csto-joint-staff → interaction 2026-09..2026-09']);
    expect(facts('Учение «Поиск» прошло в сентябре. Руководил Секретариатом ОДКБ Имангали Тасмагамбетов.', ['CONDUCTS'])).toEqual([]);
  });

  it('«участвовали во всех учениях ОДКБ, в том числе во «Взаимодействии-2026» в Беларуси»: the named one among them, and its place', () => {
    expect(facts('В 2026 году таджикские военнослужащие участвовали во всех основных учениях ОДКБ, в том числе во «Взаимодействии-2026» в Беларуси.', ['PARTICIPATES_IN', 'HELD_IN'])).toEqual([
      'PARTICIPATES_IN tajikistan → interaction 2026..2026',
      'HELD_IN interaction → belarus 2026..2026',
    ]);
    expect(facts('Таджикистан участвовал во всех учениях, кроме «Поиска».', ['PARTICIPATES_IN']).filter((fact) => fact.includes('search'))).toEqual([]);
  });

  it('"with the forces watching" is no part in the exercise; an aside that is a second subject is no aside', () => {
    expect(facts('The Interaction exercise was held in Belarus, with the Collective Rapid Reaction Forces watching.', ['PARTICIPATES_IN'])).toEqual([]);
    expect(facts('This year Interaction, and then the annual drills of the border guards, will be held in Armenia in May.', ['HELD_IN']).filter((fact) => fact.startsWith('HELD_IN interaction'))).toEqual([]);
  });
});
