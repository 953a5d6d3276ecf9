import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

/** The PARTICIPATES_IN facts of a text, with their dates. */
const participants = (text: string) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.filter((fact) => fact.type === 'PARTICIPATES_IN')
    .map(describeFact);

describe('ingest: states taking part, said through who stood for them', () => {
  it('reads a meeting "attended by" the ministers or presidents of states, in its sentence or the one before', () => {
    expect(participants('The Moscow session will be attended by the presidents of Belarus, Kazakhstan and Tajikistan.')).toEqual([
      'PARTICIPATES_IN belarus → "Moscow session"',
      'PARTICIPATES_IN kazakhstan → "Moscow session"',
      'PARTICIPATES_IN tajikistan → "Moscow session"',
    ]);
    expect(
      participants('Ministers confer\n\nThe meeting of the foreign ministers opened in Astana on Tuesday. It was chaired by the host and attended by the foreign ministers of Armenia and Kyrgyzstan.'),
    ).toEqual(['PARTICIPATES_IN armenia → "meeting" 2026-11-17..2026-11-17', 'PARTICIPATES_IN kyrgyzstan → "meeting" 2026-11-17..2026-11-17']);
  });

  it('gives nothing for a meeting they did not attend', () => {
    expect(participants('The summit was not attended by the leaders of Armenia and Azerbaijan.')).toEqual([]);
  });
});
