import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

/** The chairmanships a text gives, described without dates. */
const chairs = (text: string) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.filter((fact) => fact.type === 'CHAIRS')
    .map((fact) => describeFact(fact).replace(/ \d{4}.*$/u, ''));

// Written for the test: the article's organization named in one sentence, the chairmanship in the next without it.
describe('ingest: "is due to" and "is set to" before a verb are a schedule, read as the verb', () => {
  it('reads the chairmanship a state is due or set to take over, of the article\'s organization', () => {
    expect(chairs('CSTO diplomats met in Minsk. Belarus is due to take over the chairmanship on 1 January 2028.')).toEqual(['CHAIRS belarus → csto']);
    expect(chairs('CSTO diplomats met in Minsk. Armenia is set to take over the chairmanship in 2029.')).toEqual(['CHAIRS armenia → csto']);
  });

  it('gives nothing for a schedule denied', () => {
    expect(chairs('CSTO diplomats met in Minsk. Belarus is not due to take over the chairmanship before 2030.')).toEqual([]);
  });
});
