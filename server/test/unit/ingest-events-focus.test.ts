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
    // Not a programme of another paragraph.
    expect(facts(text.replace('schedule. ', 'schedule.\n\n'), /PARTICIPATES_IN/)).toEqual([]);
  });

  it('keeps where an exercise was held beside the state a rule read as its host', () => {
    expect(facts('Учения «Эшелон» в этом году провели Коллективные силы оперативного реагирования в Республике Казахстан, на полигоне под Караганды; принимающей стороной выступил Казахстан.', /HOSTS|HELD_IN/)).toEqual([
      'HOSTS kazakhstan → echelon',
      'HELD_IN echelon → kazakhstan',
    ]);
  });
});
