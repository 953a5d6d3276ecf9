import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

const facts = (text: string, types: string[]) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.filter((fact) => types.includes(fact.type))
    .map(describeFact);

describe('ingest: «на территории X» places an event in X; only a verb of hosting makes X its host', () => {
  it('an exercise held on a state\'s territory is held in it, not hosted by it', () => {
    expect(facts('В 2027 году силы ОДКБ проведут учение «Поиск» на территории Киргизии.', ['HOSTS', 'HELD_IN'])).toEqual(['HELD_IN search → kyrgyzstan 2027..2027']);
    expect(facts('В сентябре на территории Киргизии прошло учение «Поиск-2026».', ['HOSTS', 'HELD_IN'])).toEqual(['HELD_IN search → kyrgyzstan 2026-09..2026-09']);
  });

  it('a state that received or hosted it hosts it', () => {
    expect(facts('Киргизия принимала учение «Эшелон» в 2025 году.', ['HOSTS'])).toEqual(['HOSTS kyrgyzstan → echelon 2025..2025']);
    expect(facts('Kyrgyzstan hosted the Echelon drills in 2025.', ['HOSTS'])).toEqual(['HOSTS kyrgyzstan → echelon 2025..2025']);
  });
});
