import { extract } from '../../src/ingest/extract';
import type { ProposedFact } from '../../src/ingest/types';
import { chairmanshipYears } from '../../src/ingest/term-dates';
import { cstoGazetteer, describeFact } from '../support/ingest';

const facts = (text: string, published = '2026-11-15') => extract(text, { gazetteer: cstoGazetteer, published }).proposals.map(describeFact);
const evidence = { quote: '', paragraph: 1, start: 0, end: 0 } as ProposedFact['evidence'];
const chairs = (from: string, to: string, since?: string, until?: string): ProposedFact => ({
  type: 'CHAIRS', from: { entityId: from, text: from }, to: { entityId: to, text: to }, evidence, rule: 'test', ...(since ? { since } : {}), ...(until ? { until } : {}),
});

// Sentences written for the test.
describe('ingest: a state\'s chairmanship dated by a day of something held during it', () => {
  it('gives the term the year of the meeting\'s day or month, in both languages', () => {
    expect(facts("The Astana summit on 28 November 2024 took place under Kazakhstan's chairmanship of the CSTO.")).toContain('CHAIRS kazakhstan → csto 2024..2024 [chair]');
    expect(facts('Министры собрались в Ереване в октябре 2015 года, когда Армения председательствовала в ОДКБ.')).toContain('CHAIRS armenia → csto 2015..2015 [chair]');
    expect(facts('The ministers met in Yerevan in October 2015, when Armenia chaired the CSTO.')).toContain('CHAIRS armenia → csto 2015..2015 [chair]');
    // The meeting keeps its day.
    expect(facts('Сессия в Минске 23 ноября 2023 года прошла в период председательства Белоруссии в ОДКБ.')).toEqual(
      expect.arrayContaining(['CHAIRS belarus → csto 2023..2023 [chair]', 'HELD_IN "Сессия" → minsk 2023-11-23..2023-11-23']),
    );
  });

  it('keeps a handover\'s day, a term\'s bounds, a range, and a person chairing a meeting', () => {
    expect(facts('Kyrgyzstan takes over the chairmanship of the CSTO on 1 January 2025.', '2024-11-15')).toContain('CHAIRS kyrgyzstan → csto 2025-01-01.. [chair]');
    const kept = [
      chairs('russia', 'csto', '2027-01-01', '2027-01-01'),
      chairs('russia', 'csto', '2026-12-31', '2026-12-31'),
      chairs('russia', 'csto', '2026-03-01', '2026-10-01'),
      chairs('vladimir-putin', 'csto', '2026-11-11', '2026-11-11'),
      chairs('russia', 'csto', '2026-11-11'),
    ];
    const before = JSON.stringify(kept);
    chairmanshipYears(kept, cstoGazetteer);
    expect(JSON.stringify(kept)).toBe(before);
    const widened = [chairs('tajikistan', 'csto', '2021-09', '2021-09')];
    chairmanshipYears(widened, cstoGazetteer);
    expect([widened[0]!.since, widened[0]!.until]).toEqual(['2021', '2021']);
  });
});

// Sentences written for the test: a succession, and a period said of the predecessor.
describe('ingest: a succession is not dated by the predecessor\'s term', () => {
  const successions = (text: string) => facts(text).filter((fact) => fact.startsWith('SUCCEEDED_BY'));

  it('leaves the succession undated where the period is the predecessor\'s, in both languages', () => {
    expect(successions('Taalatbek Masadykov succeeded Imangali Tasmagambetov, who had led the Secretariat since 2023.')).toEqual(['SUCCEEDED_BY imangali-tasmagambetov → taalatbek-masadykov']);
    expect(successions('Masadykov replaced Imangali Tasmagambetov, who held the post from 2023 through 2025.')).toEqual(['SUCCEEDED_BY imangali-tasmagambetov → taalatbek-masadykov']);
    expect(successions('Таалатбек Масадыков сменил Имангали Тасмагамбетова, он руководил Секретариатом в 2023–2025 годах.')).toEqual(['SUCCEEDED_BY imangali-tasmagambetov → taalatbek-masadykov']);
  });

  it('keeps the day of the handover, and a date before the predecessor is named', () => {
    expect(successions('On 1 January 2026 Taalatbek Masadykov succeeded Imangali Tasmagambetov as Secretary-General of the CSTO.')).toEqual(['SUCCEEDED_BY imangali-tasmagambetov → taalatbek-masadykov 2026-01-01.. [Secretary-General]']);
    expect(successions('Таалатбек Масадыков приступит к работе с 1 января, сменив на этом посту Имангали Тасмагамбетова.')).toEqual(['SUCCEEDED_BY imangali-tasmagambetov → taalatbek-masadykov 2027-01-01..']);
  });
});
