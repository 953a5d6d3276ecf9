import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

/** The states a text says take part in a programme. */
const participants = (text: string) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.filter((fact) => fact.type === 'PARTICIPATES_IN')
    .map(describeFact);

// Written for the test: a programme named once, then who pays for it.
const EN = 'The Interstate targeted programme to strengthen the Tajik-Afghan border has entered its second stage.';
const RU = 'Межгосударственная целевая программа по укреплению таджикско-афганской границы вступила во второй этап.';

describe('ingest: a state paying for the programme named before takes part in it', () => {
  it('reads shares paid, the burden carried, funding verbs and a passive, in English', () => {
    expect(participants(`${EN} Armenia and Belarus have paid their contributions in full, while Kyrgyzstan has paid only part of its own.`)).toEqual([
      'PARTICIPATES_IN armenia → tajik-afghan-border-programme',
      'PARTICIPATES_IN belarus → tajik-afghan-border-programme',
      'PARTICIPATES_IN kyrgyzstan → tajik-afghan-border-programme',
    ]);
    expect(participants(`${EN} Kazakhstan, officials said, carried the heaviest burden of the funding, with Russia also contributing.`)).toEqual([
      'PARTICIPATES_IN kazakhstan → tajik-afghan-border-programme',
      'PARTICIPATES_IN russia → tajik-afghan-border-programme',
    ]);
    expect(participants(`${EN} Belarus and Russia fund it.`)).toEqual(['PARTICIPATES_IN belarus → tajik-afghan-border-programme', 'PARTICIPATES_IN russia → tajik-afghan-border-programme']);
    expect(participants(`${EN} It is run from Dushanbe and financed largely by Kazakhstan.`)).toEqual(['PARTICIPATES_IN kazakhstan → tajik-afghan-border-programme']);
  });

  it('reads contributions transferred or paid, shares of the funding and paid from contributions, in Russian', () => {
    expect(participants(`${RU} Армения и Киргизия свои взносы за 2026 год уже перечислили.`)).toEqual([
      'PARTICIPATES_IN armenia → tajik-afghan-border-programme',
      'PARTICIPATES_IN kyrgyzstan → tajik-afghan-border-programme',
    ]);
    expect(participants(`${RU} Казахстан внёс лишь часть своего взноса.`)).toEqual(['PARTICIPATES_IN kazakhstan → tajik-afghan-border-programme']);
    expect(participants(`${RU} Большую часть расходов берёт на себя Белоруссия.`)).toEqual(['PARTICIPATES_IN belarus → tajik-afghan-border-programme']);
    expect(participants(`${RU} Россия покрывает почти половину расходов.`)).toEqual(['PARTICIPATES_IN russia → tajik-afghan-border-programme']);
    expect(participants(`${RU} Закупки оплачены из взносов Киргизии и Таджикистана.`)).toEqual([
      'PARTICIPATES_IN kyrgyzstan → tajik-afghan-border-programme',
      'PARTICIPATES_IN tajikistan → tajik-afghan-border-programme',
    ]);
    expect(participants('Белоруссия продолжит финансировать Межгосударственную целевую программу по укреплению таджикско-афганской границы.')).toEqual([
      'PARTICIPATES_IN belarus → tajik-afghan-border-programme',
    ]);
  });

  it('gives nothing for a state that has not paid, or money without a programme named', () => {
    expect(participants(`${EN} Kyrgyzstan has not paid its contribution.`)).toEqual([]);
    expect(participants(`${RU} Армения в финансировании не участвует и свой взнос не перечислила.`)).toEqual([]);
    expect(participants('Leaders met in Minsk. Belarus and Russia fund it.')).toEqual([]);
  });
});
