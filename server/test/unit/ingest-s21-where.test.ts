import { extract } from '../../src/ingest/extract';
import { cstoGazetteer } from '../support/ingest';

/** Each proposal of a text as "TYPE from → to", an end without an entity as "?". */
const facts = (text: string, published = '2026-06-01') =>
  extract(text, { gazetteer: cstoGazetteer, published }).proposals.map((fact) => `${fact.type} ${fact.from.entityId ?? '?'} → ${fact.to.entityId ?? '?'}`);
const only = (text: string, type: string) => facts(text).filter((fact) => fact.startsWith(`${type} `));

describe('ingest: where meetings and decisions took place, read across the words between the venue and the event (round 21)', () => {
  it('reads a city named after its class noun as the city (place-class-noun.ts)', () => {
    expect(only('The session of the Council of Defence Ministers will be held in the city of Astana in May.', 'HELD_IN')).toEqual(['HELD_IN ? → astana']);
    expect(only('The next meeting of the Permanent Council, which took place in the town of Yerevan, was short.', 'HELD_IN')).toContain('HELD_IN ? → yerevan');
    expect(only('Заседание Совета министров обороны, которое состоялось в г. Астане, было коротким.', 'HELD_IN')).toEqual(['HELD_IN ? → astana']);
    expect(only('Очередная сессия Парламентской ассамблеи прошла в городе Минске.', 'HELD_IN')).toEqual(['HELD_IN ? → minsk']);
    // The noun alone places nothing; a city that is only a subject is no venue.
    expect(only('The city of Minsk has a population of two million.', 'HELD_IN')).toEqual([]);
    expect(only('Город Бишкек готовится к саммиту, дата которого пока не определена.', 'HELD_IN')).toEqual([]);
  });
});
