import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

/** The ADOPTED_AT facts of a sentence. */
const adopted = (text: string) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.filter((fact) => fact.type === 'ADOPTED_AT')
    .map(describeFact);

describe('ingest: a document adopted at a meeting, said in a clause after its name', () => {
  it('reads "which the leaders approved at their summit" and a participle between commas', () => {
    expect(adopted('Funds flow through the Interstate targeted programme to strengthen the Tajik-Afghan border, which the heads of state endorsed at their session in Minsk in 2023.')).toEqual([
      'ADOPTED_AT tajik-afghan-border-programme → "session" 2023..',
    ]);
    expect(adopted('The Military Cooperation Plan 2026-2030, adopted at the Moscow summit last year, sets the exercises.')).toEqual([
      'ADOPTED_AT military-cooperation-plan-2026-2030 → "Moscow summit" 2025..',
    ]);
  });

  it('reads «которую лидеры утвердили на саммите»', () => {
    expect(adopted('Деньги идут на Межгосударственную целевую программу по укреплению таджикско-афганской границы, которую главы государств одобрили на сессии в Минске.')).toEqual([
      'ADOPTED_AT tajik-afghan-border-programme → "сессии"',
    ]);
  });

  it('gives nothing for a document only discussed, or not adopted', () => {
    expect(adopted('The Military Cooperation Plan 2026-2030, which the ministers discussed at their meeting, is still a draft.')).toEqual([]);
    expect(adopted('Межгосударственная целевая программа по укреплению таджикско-афганской границы, которую лидеры так и не утвердили на саммите, обсуждалась снова.')).toEqual([]);
  });
});
