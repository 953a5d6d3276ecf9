import { writtenForms } from '../../src/ingest/gazetteer';
import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

const PROGRAMME = 'tajik-afghan-border-programme';
/** The facts of these types a text states, sorted. */
const facts = (text: string, types = ['PARTICIPATES_IN']) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.filter((fact) => types.includes(fact.type))
    .map(describeFact)
    .sort();

// Written for the test: the programme named in one paragraph, what is said of it in the next.
const EN = 'The Interstate targeted programme to strengthen the Tajik-Afghan border was extended last week.\n\n';
const RU = 'Межгосударственную целевую программу по укреплению таджикско-афганской границы продлили ещё на год.\n\n';

describe('ingest (round 18): the programme\'s name with its adjectives left out or reordered', () => {
  it('adds each order of two or three adjectives before the head, one at least kept', () => {
    const forms = writtenForms('Межгосударственная целевая программа по укреплению таджикско-афганской границы');
    expect(forms).toContain('целевая программа по укреплению таджикско-афганской границы');
    expect(forms).toContain('целевая межгосударственная программа по укреплению таджикско-афганской границы');
    expect(forms).not.toContain('программа по укреплению таджикско-афганской границы');
    expect(writtenForms('Целевая программа по развитию связи')).toHaveLength(3);
  });

  it('reads a payer of the programme so named in lower case', () => {
    expect(facts('Кроме того, Казахстан продолжит финансировать целевую программу по укреплению таджикско-афганской границы.')).toEqual([`PARTICIPATES_IN kazakhstan → ${PROGRAMME}`]);
    expect(facts('Кыргызстан с 2025 года участвует в финансировании межгосударственной программы по укреплению таджикско-афганской границы.')).toEqual([
      `PARTICIPATES_IN kyrgyzstan → ${PROGRAMME} 2025..`,
    ]);
  });
});

describe('ingest (round 18): taking part in the funding, contributing, and payers joined by "together with"', () => {
  it('reads «участвует в её финансировании», "take part in most of its projects" and a bare "contribute"', () => {
    expect(facts(`${RU}Казахстан участвует в её финансировании.`)).toEqual([`PARTICIPATES_IN kazakhstan → ${PROGRAMME}`]);
    expect(facts(`${EN}Kyrgyzstan and Belarus also contribute, mainly with equipment and training.`)).toEqual([
      `PARTICIPATES_IN belarus → ${PROGRAMME}`,
      `PARTICIPATES_IN kyrgyzstan → ${PROGRAMME}`,
    ]);
    expect(facts('Armenia stays out of the Tajik-Afghan border programme, to which Russia and Kazakhstan contribute funding.')).toEqual([
      `PARTICIPATES_IN kazakhstan → ${PROGRAMME}`,
      `PARTICIPATES_IN russia → ${PROGRAMME}`,
    ]);
    expect(facts(`${EN}Belarus takes part in most of its projects.`)).toEqual([`PARTICIPATES_IN belarus → ${PROGRAMME}`]);
  });

  it('reads both payers of «X вместе с Y финансирует» and a state that funds a stage of the programme', () => {
    expect(facts('Казахстан вместе с Россией финансирует Межгосударственную целевую программу по укреплению таджикско-афганской границы.')).toEqual([
      `PARTICIPATES_IN kazakhstan → ${PROGRAMME}`,
      `PARTICIPATES_IN russia → ${PROGRAMME}`,
    ]);
    expect(facts(`${EN}Russia and Kazakhstan have so far funded most of the first stage.`)).toEqual([`PARTICIPATES_IN kazakhstan → ${PROGRAMME}`, `PARTICIPATES_IN russia → ${PROGRAMME}`]);
  });

  it('gives nothing for a contribution to something else, a refusal or a part only discussed', () => {
    expect(facts(`${EN}Belarus contributes to regional stability.`)).toEqual([]);
    expect(facts(`${EN}Belarus also contributed to the talks on the Afghan frontier.`).filter((fact) => fact.includes(PROGRAMME))).toEqual([]);
    expect(facts(`${RU}Армения в её финансировании не участвует.`)).toEqual([]);
    expect(facts(`${RU}Киргизия может участвовать в её финансировании.`)).toEqual([]);
    expect(facts('Nor is Armenia taking part in the Tajik-Afghan border programme.')).toEqual([]);
  });
});

describe('ingest (round 18): a gapped clause of another state taking part', () => {
  it('reads «Киргизия – подготовкой специалистов» and "; Kyrgyzstan mainly as a recipient"', () => {
    expect(facts(`${RU}Белоруссия участвует в программе поставками средств связи, Киргизия – подготовкой специалистов.`)).toEqual([
      `PARTICIPATES_IN belarus → ${PROGRAMME}`,
      `PARTICIPATES_IN kyrgyzstan → ${PROGRAMME}`,
    ]);
    expect(facts(`${EN}Kazakhstan and Belarus take part in the programme; Kyrgyzstan and Tajikistan mainly as recipients.`)).toEqual([
      `PARTICIPATES_IN belarus → ${PROGRAMME}`,
      `PARTICIPATES_IN kazakhstan → ${PROGRAMME}`,
      `PARTICIPATES_IN kyrgyzstan → ${PROGRAMME}`,
      `PARTICIPATES_IN tajikistan → ${PROGRAMME}`,
    ]);
  });

  it('gives nothing for a gapped «нет» or a state that is only the recipient of a delivery', () => {
    expect(facts(`${RU}Белоруссия участвует в программе поставками средств связи, Армения — нет.`)).toEqual([`PARTICIPATES_IN belarus → ${PROGRAMME}`]);
    expect(facts(`${RU}Казахстан и Белоруссия свои взносы перечислили, Киргизия — пока нет.`)).toEqual([`PARTICIPATES_IN belarus → ${PROGRAMME}`, `PARTICIPATES_IN kazakhstan → ${PROGRAMME}`]);
    expect(facts(`${RU}В прошлом году Киргизия вошла в число участников программы, передав Таджикистану часть техники.`)).toEqual([`PARTICIPATES_IN kyrgyzstan → ${PROGRAMME} 2025..2025`]);
  });
});

describe('ingest (round 18): where the programme was adopted, by a relative clause or by its common noun', () => {
  it('reads «которую приняли в Астане» and «программу утвердили на сессии …»', () => {
    expect(facts('Казахстан финансирует Межгосударственную целевую программу по укреплению таджикско-афганской границы, которую приняли в Астане в 2024 году.', ['ADOPTED_AT', 'HELD_IN'])).toEqual([
      'ADOPTED_AT tajik-afghan-border-programme → "в Астане" 2024..',
      'HELD_IN "приняли" → astana 2024..2024',
    ]);
    expect(facts(`${RU}Работа идёт.\n\nНа заставах поставили технику.\n\nДожди мешали работе.\n\nНапомним, программу утвердили на сессии Совета коллективной безопасности в Астане в ноябре 2024 года.`, ['ADOPTED_AT'])).toEqual([
      `ADOPTED_AT ${PROGRAMME} → "сессии Совета коллективной безопасности" 2024-11..`,
    ]);
  });

  it('gives nothing for a programme not adopted', () => {
    expect(facts(`${RU}Работа идёт.\n\nНа заставах поставили технику.\n\nДожди мешали работе.\n\nПрограмму не утвердили на сессии Совета коллективной безопасности в Астане.`, ['ADOPTED_AT'])).toEqual([]);
  });
});

describe('ingest (round 18): a programme named by what it does to a thing the graph knows', () => {
  it('reads "a programme to fortify the Tajik-Afghan border" and «программу по укреплению таджикско-афганской границы» as the programme', () => {
    expect(facts('Next comes the second stage of a programme to fortify the Tajik-Afghan border, funded largely by Russia and Kazakhstan.')).toEqual([
      `PARTICIPATES_IN kazakhstan → ${PROGRAMME}`,
      `PARTICIPATES_IN russia → ${PROGRAMME}`,
    ]);
    expect(facts('Белоруссия финансирует программу по укреплению таджикско-афганской границы.')).toEqual([`PARTICIPATES_IN belarus → ${PROGRAMME}`]);
  });

  it('gives nothing for a programme of another thing or a border only guarded', () => {
    expect(facts('Russia funds a programme to modernise the Kyrgyz army and guards the Tajik-Afghan border.')).toEqual([]);
  });
});
