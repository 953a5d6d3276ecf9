import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

const facts = (text: string, types: string[]) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.filter((fact) => types.includes(fact.type))
    .map(describeFact);

describe('ingest: an exercise noun stands for an exercise, not for a plan or a meeting', () => {
  it('«в учении» after «в соответствии с Планом …» is the exercise the article is about, not the plan', () => {
    const text = '«Эшелон-2026»: связисты ОДКБ завершили учение\n\nВ Киргизии завершилось учение «Эшелон-2026».\n\nКиргизия принимала «Эшелон» впервые. Учение проводилось в соответствии с Планом военного сотрудничества ОДКБ на 2026–2030 годы.\n\nВ учении участвовали подразделения из России и Казахстана.';
    expect(facts(text, ['PARTICIPATES_IN'])).toEqual(['PARTICIPATES_IN russia → echelon 2026..2026', 'PARTICIPATES_IN kazakhstan → echelon 2026..2026']);
    expect(facts('Kyrgyzstan hosted the Echelon-2026 exercise.\n\nThe exercise was held under the CSTO Military Cooperation Plan for 2026-2030.\n\nUnits from Russia and Kazakhstan took part in the exercise.', ['PARTICIPATES_IN'])).toEqual([
      'PARTICIPATES_IN russia → echelon',
      'PARTICIPATES_IN kazakhstan → echelon',
    ]);
  });

  it('contingents sent where the sentence speaks of exercises go to the exercise, with its date, not to the meeting before', () => {
    const text = 'Учение «Эшелон» пройдёт в Киргизии в октябре.\n\nМинистры обороны на заседании Совета министров обороны ОДКБ 3 июня одобрили план. Проводить учения будут Коллективные силы оперативного реагирования, а контингенты направят Белоруссия и Армения.';
    expect(facts(text, ['PARTICIPATES_IN'])).toEqual(['PARTICIPATES_IN belarus → echelon 2027-10..2027-10', 'PARTICIPATES_IN armenia → echelon 2027-10..2027-10']);
  });

  it('an exercise noun, its genitive description, then its name is the named exercise («учение подразделений … «Кобальт-2026»»)', () => {
    expect(facts('С 1 по 4 октября в Киргизии прошло учение подразделений специального назначения органов внутренних дел и безопасности «Кобальт-2026».', ['HELD_IN'])).toEqual([
      'HELD_IN cobalt → kyrgyzstan 2026-10-01..2026-10-04',
    ]);
    expect(facts('В октябре в Белоруссии прошло учение миротворческих сил «Нерушимое братство-2026».', ['HELD_IN'])).toEqual(['HELD_IN indestructible-brotherhood → belarus 2026-10..2026-10']);
    // "учение и «Поиск»" are two exercises: the noun is not the name after "и".
    expect(facts('В сентябре в Киргизии прошло командно-штабное учение и «Поиск-2026».', ['HELD_IN'])).toEqual(['HELD_IN search → kyrgyzstan 2026-09..2026-09']);
  });

  it('«В нём участвовали …» after such a sentence takes part in the named exercise, not in its noun', () => {
    const text = 'С 10 по 13 ноября в Киргизии прошло учение подразделений специального назначения органов безопасности «Кобальт-2026». В нём участвовали подразделения Белоруссии, России и Казахстана.';
    expect(facts(text, ['PARTICIPATES_IN'])).toEqual([
      'PARTICIPATES_IN belarus → cobalt 2026-11-10..2026-11-13',
      'PARTICIPATES_IN russia → cobalt 2026-11-10..2026-11-13',
      'PARTICIPATES_IN kazakhstan → cobalt 2026-11-10..2026-11-13',
    ]);
  });
});
