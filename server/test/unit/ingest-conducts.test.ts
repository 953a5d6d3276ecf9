import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

/** The facts of the given types. */
const facts = (text: string, types: string[]) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.filter((fact) => types.includes(fact.type))
    .map(describeFact);

describe('ingest: who conducts an exercise, said after it or with a clause between', () => {
  it('reads a relative clause after the exercises («которые проведут КСОР»)', () => {
    // «Летом» in a clause about the future: next summer (dates.ts).
    expect(facts('Летом под Минском пройдут учения «Поиск» и «Эшелон», которые проведут КСОР.', ['CONDUCTS'])).toEqual([
      'CONDUCTS collective-rapid-reaction-forces → search 2027..2027',
      'CONDUCTS collective-rapid-reaction-forces → echelon 2027..2027',
    ]);
    expect(facts('Учение «Кобальт» на полигоне под Душанбе, которое провели Коллективные силы оперативного реагирования, завершилось.', ['CONDUCTS'])).toEqual([
      'CONDUCTS collective-rapid-reaction-forces → cobalt',
    ]);
  });

  it('reads a participle clause between the exercise and "was run by", and no programme administered', () => {
    expect(facts('The Cobalt drill, staged in Kazakhstan in May, was run by the Collective Rapid Reaction Forces.', ['CONDUCTS', 'ADMINISTERS'])).toEqual([
      'CONDUCTS collective-rapid-reaction-forces → cobalt 2026-05..2026-05',
    ]);
  });

  it('gives nothing for forces that did not conduct it', () => {
    expect(facts('Учение «Кобальт», которое так и не провели КСОР, перенесли.', ['CONDUCTS'])).toEqual([]);
  });

  it('reads the forces, then the place, then the exercises («КСОР проведут в Таджикистане учения «A» и «B»»), without the bare noun beside them', () => {
    expect(facts('Летом КСОР проведут в Казахстане сразу два учения — «Поиск» и «Эшелон».', ['CONDUCTS', 'HELD_IN'])).toEqual([
      'HELD_IN search → kazakhstan 2027..2027',
      'HELD_IN echelon → kazakhstan 2027..2027',
      'CONDUCTS collective-rapid-reaction-forces → search 2027..2027',
      'CONDUCTS collective-rapid-reaction-forces → echelon 2027..2027',
    ]);
    expect(facts('Летом КСОР не проведут в Казахстане учения «Поиск» и «Эшелон».', ['CONDUCTS', 'HELD_IN'])).toEqual([]);
  });
});
