import { extract } from '../../src/ingest/extract';
import { cstoGazetteer } from '../support/ingest';

/** Each proposal of a text as "TYPE from → to", an end without an entity as "?". */
const facts = (text: string, published = '2026-11-25') =>
  extract(text, { gazetteer: cstoGazetteer, published }).proposals.map((fact) => `${fact.type} ${fact.from.entityId ?? '?'} → ${fact.to.entityId ?? '?'}`);
const only = (text: string, type: string) => facts(text).filter((fact) => fact.startsWith(`${type} `));

describe('ingest: exercises within a series, the series told first (series-parts.ts)', () => {
  it('reads a relative clause on the series and the exercises held within it', () => {
    expect(only('The autumn opened with Combat Brotherhood in Kazakhstan, within which the forces held the Echelon and later the Search exercises.', 'PART_OF')).toEqual([
      'PART_OF echelon → combat-brotherhood',
      'PART_OF search → combat-brotherhood',
    ]);
    expect(only('The main drill was the Combat Brotherhood exercise, as part of which Interaction was staged near Brest.', 'PART_OF')).toEqual(['PART_OF interaction → combat-brotherhood']);
    expect(only('В октябре прошло учение «Боевое братство», в ходе которого на полигоне в Киргизии проводились учения «Поиск» и «Эшелон».', 'PART_OF')).toEqual([
      'PART_OF search → combat-brotherhood',
      'PART_OF echelon → combat-brotherhood',
    ]);
  });

  it('reads the series fronted and the series as an umbrella over a colon list', () => {
    expect(only('As part of Combat Brotherhood, the CSTO Joint Staff conducted the Search and Echelon exercises in Kyrgyzstan.', 'PART_OF')).toEqual([
      'PART_OF search → combat-brotherhood',
      'PART_OF echelon → combat-brotherhood',
    ]);
    expect(only('Two drills were held under the Combat Brotherhood umbrella: Echelon, for supply units; and Interaction, for the rapid reaction forces.', 'PART_OF')).toEqual([
      'PART_OF echelon → combat-brotherhood',
      'PART_OF interaction → combat-brotherhood',
    ]);
    expect(only('В рамках «Боевого братства» в этом году прошли два учения: «Эшелон» и «Поиск».', 'PART_OF')).toEqual([
      'PART_OF echelon → combat-brotherhood',
      'PART_OF search → combat-brotherhood',
    ]);
  });

  it('does not read a negated one, a programme or plan as the series, nor another relation', () => {
    expect(only('Combat Brotherhood, within which the forces never held Search, ended in October.', 'PART_OF')).toEqual([]);
    expect(only('The Interstate Program, within which members held Interaction talks, was extended.', 'PART_OF')).toEqual([]);
    expect(only('Belarus hosted Combat Brotherhood, and Kazakhstan held Search.', 'PART_OF')).toEqual([]);
  });
});
