import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

/** The facts of a signing held in a city: the signing (a meeting without an entity) held there, the document adopted at it. */
const signing = (text: string) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-05-15' })
    .proposals.filter((fact) => fact.type === 'HELD_IN' || fact.type === 'ADOPTED_AT')
    .map(describeFact);

describe('ingest: a document signed in a city (the signing as a meeting the graph lacks)', () => {
  it('reads the city before the verb, in English and Russian, with the date', () => {
    expect(signing('On 7 October 2002 in Chisinau, the heads of state signed the CSTO Charter.')).toEqual([
      'HELD_IN "signed" → chisinau 2002-10-07..2002-10-07',
      'ADOPTED_AT csto-charter → "in Chisinau" 2002-10-07..',
    ]);
    expect(signing('7 октября 2002 года в Кишинёве, где собрались главы государств, был подписан Устав ОДКБ.')).toContain('ADOPTED_AT csto-charter → "в Кишинёве" 2002-10-07..');
    expect(signing('В Кишинёве главы шести государств подписывают Устав ОДКБ.')).toEqual(['HELD_IN "подписывают" → chisinau', 'ADOPTED_AT csto-charter → "В Кишинёве"']);
  });

  it('reads the city after the document, and a participle of the signers', () => {
    expect(signing('Belarus was one of the states that signed the CSTO Charter in Chisinau in October 2002.')).toEqual([
      'HELD_IN "signed" → chisinau 2002-10..2002-10',
      'ADOPTED_AT csto-charter → "in Chisinau" 2002-10..',
    ]);
    expect(signing('Белоруссия была среди государств, подписавших Устав ОДКБ в Кишинёве в октябре 2002 года.')).toEqual([
      'HELD_IN "подписавших" → chisinau 2002-10..2002-10',
      'ADOPTED_AT csto-charter → "в Кишинёве" 2002-10..',
    ]);
  });

  it('gives nothing for a signing denied, planned as a possibility, or a city that is not where it was signed', () => {
    expect(signing('В Кишинёве лидеры так и не подписали Устав ОДКБ.')).toEqual([]);
    expect(signing('In Chisinau, the leaders may sign the CSTO Charter next year.')).toEqual([]);
    expect(signing('The CSTO Charter, discussed for months in Moscow, was finally agreed.')).toEqual([]);
  });
});
