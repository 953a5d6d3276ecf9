import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

/** The facts of one sentence of the given types, with their dates. */
const facts = (text: string, types: string[]) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.filter((fact) => types.includes(fact.type))
    .map(describeFact);

describe('ingest: several named exercises under one noun, each an end', () => {
  it('reads a list after the noun and its forces, with commas and «и»', () => {
    // «учения КСОР»: the forces' exercises, which they take part in.
    expect(facts('В октябре в Душанбе прошли совместные учения КСОР «Поиск», «Эшелон» и «Взаимодействие».', ['HELD_IN', 'PARTICIPATES_IN'])).toEqual([
      'HELD_IN search → dushanbe 2026-10..2026-10',
      'HELD_IN echelon → dushanbe 2026-10..2026-10',
      'HELD_IN interaction → dushanbe 2026-10..2026-10',
      'PARTICIPATES_IN collective-rapid-reaction-forces → search 2026-10..2026-10',
      'PARTICIPATES_IN collective-rapid-reaction-forces → echelon 2026-10..2026-10',
      'PARTICIPATES_IN collective-rapid-reaction-forces → interaction 2026-10..2026-10',
    ]);
    expect(facts('Специальные учения КСОР «Поиск» и «Эшелон» начнутся в понедельник.', ['PARTICIPATES_IN'])).toEqual([
      'PARTICIPATES_IN collective-rapid-reaction-forces → search 2026-11-23..2026-11-23',
      'PARTICIPATES_IN collective-rapid-reaction-forces → echelon 2026-11-23..2026-11-23',
    ]);
  });

  it('reads a list before the noun', () => {
    expect(facts('Tajikistan will host the Search and Echelon drills in 2027.', ['HOSTS'])).toEqual(['HOSTS tajikistan → search 2027..2027', 'HOSTS tajikistan → echelon 2027..2027']);
  });

  it('gives nothing when the exercises did not take place, and no other kind of item joins the list', () => {
    expect(facts('В этом году в Душанбе так и не прошли учения «Поиск» и «Эшелон».', ['HELD_IN'])).toEqual([]);
    expect(facts('Kazakhstan hosted the Interaction drills and the foreign ministers in 2025.', ['HOSTS'])).toEqual(['HOSTS kazakhstan → interaction 2025..2025']);
  });
});
