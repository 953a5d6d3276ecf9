/**
 * Round 17: exercises and their places where the verb is shared or left out (coordination, lists, gapping), and an
 * exercise's name with the kind of exercise said between it and its noun.
 */
import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

const facts = (text: string, types: string[]) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.filter((fact) => types.includes(fact.type))
    .map(describeFact);

describe('ingest gapping: exercises sharing a place, each item with its own time', () => {
  it('holds every exercise of an item in the item\'s place, dated by the item\'s own time, in English and Russian', () => {
    expect(facts('The staff kept the troops busy: Cobalt in Kazakhstan in the spring, Search and Echelon in Tajikistan in October.', ['HELD_IN'])).toEqual([
      'HELD_IN cobalt → kazakhstan',
      'HELD_IN search → tajikistan 2026-10..2026-10',
      'HELD_IN echelon → tajikistan 2026-10..2026-10',
    ]);
    expect(facts('Год выдался насыщенным: «Кобальт» в Казахстане в мае, «Поиск» и «Эшелон» в Таджикистане осенью.', ['HELD_IN'])).toEqual([
      'HELD_IN cobalt → kazakhstan 2026-05..2026-05',
      'HELD_IN search → tajikistan',
      'HELD_IN echelon → tajikistan',
    ]);
  });

  it('reads nothing in a sentence that takes the list back', () => {
    expect(facts('Search and Echelon in Tajikistan, and Cobalt in Kazakhstan, may yet be called off.', ['HELD_IN'])).toEqual([]);
  });
});

describe('ingest gapping: the kind of exercise between its name and its noun', () => {
  it('reads the name as the exercise in each of two coordinated clauses and in a coordinated subject', () => {
    expect(facts('In May the Cobalt counter-terrorism exercise was held in Kazakhstan, and the Search reconnaissance drill took place in Tajikistan.', ['HELD_IN'])).toEqual([
      'HELD_IN cobalt → kazakhstan 2026-05..2026-05',
      'HELD_IN search → tajikistan',
    ]);
    expect(facts('The Echelon rear-services drill and the Search reconnaissance exercise were staged in Armenia.', ['HELD_IN'])).toEqual([
      'HELD_IN echelon → armenia',
      'HELD_IN search → armenia',
    ]);
  });

  it('does not take a determiner after a name for the kind of exercise', () => {
    expect(facts('After Cobalt the next drill was held in Kazakhstan.', ['HELD_IN'])).not.toContain('HELD_IN cobalt → kazakhstan');
  });
});
