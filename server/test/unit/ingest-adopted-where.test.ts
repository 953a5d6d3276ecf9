import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

/** The ADOPTED_AT facts a text gives, described, without their dates. */
const adopted = (text: string) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.map(describeFact)
    .filter((fact) => fact.startsWith('ADOPTED_AT'))
    .map((fact) => fact.replace(/ [\d-]*\.\.[\d-]*$/u, ''));

// Every sentence here was written for these tests.
describe('ingest: documents adopted, and where', () => {
  it('reads recommendations and a list («перечень») as documents adopted', () => {
    expect(adopted('The ministers met in Astana on Tuesday. They approved recommendations on border cooperation.')).toEqual([
      'ADOPTED_AT "recommendations on border cooperation" → "ministers"',
    ]);
    expect(adopted('Министры собрались в Бишкеке во вторник. Участники утвердили перечень совместных закупок.')).toEqual([
      'ADOPTED_AT "перечень совместных закупок" → "собрались"',
    ]);
  });

  it('adopts nothing at an exercise an earlier sentence named', () => {
    expect(adopted('В октябре в Таджикистане прошли учения «Рубеж-2026». Лидеры утвердили бюджет на следующий год и приняли декларацию.')).toEqual([]);
    expect(adopted('The Cobalt exercise ended in Armenia on Friday. The leaders approved a budget for the next year.')).toEqual([]);
  });

  it('still reads the meeting named after the exercise', () => {
    expect(adopted('The Cobalt exercise ended in Armenia on Friday. On Saturday the summit in Minsk opened. The leaders approved a budget for the next year.')).toEqual([
      'ADOPTED_AT "budget for the next year" → "summit"',
    ]);
  });
});
