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

  it('reads units "with" an exercise, troops committed "to" it, and units confirmed for the exercise named before', () => {
    expect(participants('The Collective Rapid Reaction Forces ended the Search drills near Minsk on Friday, with reconnaissance units from Belarus and Tajikistan.')).toEqual([
      'PARTICIPATES_IN belarus → search 2026-11-20..2026-11-20',
      'PARTICIPATES_IN tajikistan → search 2026-11-20..2026-11-20',
    ]);
    expect(participants('Armenia and Kazakhstan have committed engineering units to Echelon.')).toEqual(['PARTICIPATES_IN armenia → echelon', 'PARTICIPATES_IN kazakhstan → echelon']);
    expect(participants('The Cobalt exercise will open in Dushanbe in May 2027, and Russia and Belarus have confirmed their special forces.')).toEqual([
      'PARTICIPATES_IN russia → cobalt 2027-05..2027-05',
      'PARTICIPATES_IN belarus → cobalt 2027-05..2027-05',
    ]);
  });

  it('gives nothing for observers, or for units not confirmed', () => {
    expect(participants('The Search drills ended near Minsk on Friday, with observers from Kazakhstan watching.')).toEqual([]);
    expect(participants('The Cobalt exercise will open in Dushanbe in May 2027, but Russia has not confirmed its special forces.')).toEqual([]);
  });

  it('reads "his counterparts from" states at the talks, and «к нему были привлечены» units of states', () => {
    expect(participants('The Kazakh foreign minister arrived for the talks together with his counterparts from Armenia and Tajikistan.')).toEqual([
      'PARTICIPATES_IN armenia → "talks"',
      'PARTICIPATES_IN tajikistan → "talks"',
    ]);
    expect(participants('В мае Таджикистан принял учение «Кобальт»; к нему были привлечены подразделения Киргизии и Казахстана.')).toEqual([
      // The units are dated by the exercise the sentence dates before them.
      'PARTICIPATES_IN kyrgyzstan → cobalt 2026-05..2026-05',
      'PARTICIPATES_IN kazakhstan → cobalt 2026-05..2026-05',
    ]);
  });

  it('gives nothing for counterparts who stayed away', () => {
    expect(participants('The Kazakh foreign minister arrived for the talks, but his counterparts from Armenia and Tajikistan did not.')).toEqual([]);
  });
});

/** The ATTENDED facts of a text. */
const attended = (text: string) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.filter((fact) => fact.type === 'ATTENDED')
    .map(describeFact);

describe('ingest: a speaker at a meeting attended it', () => {
  it('reads "X, Secretary-General of the CSTO, addressed the session" and «X выступил на заседании»', () => {
    expect(attended('Imangali Tasmagambetov, Secretary-General of the CSTO, addressed the session of the Permanent Council in Moscow.')).toEqual([
      'ATTENDED imangali-tasmagambetov → "session of the Permanent Council"',
    ]);
    expect(attended('Свои предложения Касым-Жомарт Токаев изложил на заседании Совета коллективной безопасности.')).toEqual([
      'ATTENDED kassym-jomart-tokayev → "заседании Совета коллективной безопасности"',
    ]);
  });

  it('gives nothing for a speech that was not made there', () => {
    expect(attended('Imangali Tasmagambetov did not address the session of the Permanent Council.')).toEqual([]);
    expect(attended('Касым-Жомарт Токаев не выступил на заседании Совета коллективной безопасности.')).toEqual([]);
  });
});
