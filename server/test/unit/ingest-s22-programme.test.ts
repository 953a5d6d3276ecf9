import { proposalEndsReader } from '../support/ingest';

const { only } = proposalEndsReader('2026-09-15');

// Sentences written for this test, not taken from the corpus.
const BORDER = 'tajik-afghan-border-programme';
const EN_FOCUS = 'The Interstate targeted programme to strengthen the Tajik-Afghan border entered a new year of work in January.\n\n';
const RU_FOCUS = 'Межгосударственная целевая программа по укреплению таджикско-афганской границы вступила в новый год работы.\n\n';
const ICMEC_EN = 'The Interstate Commission for Military-Economic Cooperation';
const ICMEC_RU = 'Межгосударственная комиссия по военно-экономическому сотрудничеству';

describe('ingest s22: who runs a programme, by verbs other than "administers"', () => {
  it('reads "manages", "oversees", "is in charge of" with the programme as object, named or in focus, in English', () => {
    expect(only(`${ICMEC_EN} manages the CSTO Interstate Program of military-technical cooperation.`, 'ADMINISTERS')).toContain('ADMINISTERS icmec → interstate-program');
    expect(only(`${EN_FOCUS}${ICMEC_EN} has been in charge of it since the start.`, 'ADMINISTERS')).toEqual([`ADMINISTERS icmec → ${BORDER}`]);
    expect(only(`${EN_FOCUS}Its procurement is overseen by ${ICMEC_EN.replace('The ', 'the ')}.`, 'ADMINISTERS')).toEqual([`ADMINISTERS icmec → ${BORDER}`]);
  });

  it('reads a second verb of the same body with a programme of its own ("runs A and also oversees purchasing for B")', () => {
    expect(only(`${ICMEC_EN}, headed by Denis Manturov, runs the Interstate Program and also oversees purchasing for the Tajik-Afghan border programme.`, 'ADMINISTERS').sort()).toEqual([
      'ADMINISTERS icmec → interstate-program',
      `ADMINISTERS icmec → ${BORDER}`,
    ]);
  });

  it('reads «курирует», «отвечает за реализацию», fronted objects and a second verb, in Russian', () => {
    expect(only(`${RU_FOCUS}За её реализацию отвечает ${ICMEC_RU}.`, 'ADMINISTERS')).toEqual([`ADMINISTERS icmec → ${BORDER}`]);
    expect(only(`${RU_FOCUS}Закупки по ней ведёт ${ICMEC_RU}.`, 'ADMINISTERS')).toEqual([`ADMINISTERS icmec → ${BORDER}`]);
    expect(only(`${ICMEC_RU} администрирует Межгосударственную программу ОДКБ по военно-экономическому и военно-техническому сотрудничеству, а также курирует закупки по Межгосударственной целевой программе по укреплению таджикско-афганской границы.`, 'ADMINISTERS').sort()).toEqual([
      'ADMINISTERS icmec → interstate-program',
      `ADMINISTERS icmec → ${BORDER}`,
    ]);
  });

  it('does not read a verb of running with no programme as its object, a negation or a modal', () => {
    expect(only(`${RU_FOCUS}${ICMEC_RU} ведёт переговоры с поставщиками.`, 'ADMINISTERS')).toEqual([]);
    expect(only(`${EN_FOCUS}${ICMEC_EN} runs a small secretariat in Moscow.`, 'ADMINISTERS')).toEqual([]);
    expect(only(`${EN_FOCUS}${ICMEC_EN} is not in charge of it.`, 'ADMINISTERS')).toEqual([]);
    expect(only(`${EN_FOCUS}${ICMEC_EN} may soon be in charge of it.`, 'ADMINISTERS')).toEqual([]);
    // A state runs no programme in this sense: it coordinates it or takes part.
    expect(only(`${EN_FOCUS}Tajikistan is in charge of it.`, 'ADMINISTERS')).toEqual([]);
  });
});
