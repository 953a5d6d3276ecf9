import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

/** The chairmanships a text gives, described with their dates. */
const chairs = (text: string) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.filter((fact) => fact.type === 'CHAIRS')
    .map(describeFact);

// Written for the test: «организация» stands for the article's organization, the year given before the state.
describe('ingest: «в 2025 году Киргизия возглавляла организацию», the year before the state leading the organization', () => {
  it('reads the state as chairing the organization that year', () => {
    expect(chairs('Послы ОДКБ собрались в Бишкеке. В 2025 году Киргизия возглавляла организацию.')).toEqual(['CHAIRS kyrgyzstan → csto 2025..2025 [chair]']);
    expect(chairs('Послы ОДКБ собрались в Бишкеке. Итог года прост: в 2025 году Кыргызстан руководил организацией спокойно.')).toEqual(['CHAIRS kyrgyzstan → csto 2025..2025 [chair]']);
  });

  it('gives nothing for a denial', () => {
    expect(chairs('Послы ОДКБ собрались в Бишкеке. В 2025 году Киргизия не возглавляла организацию.')).toEqual([]);
  });
});
