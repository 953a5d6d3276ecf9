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

describe('ingest s22: a body described by a noun phrase, its seat said of the description', () => {
  it('reads the seat after an apposition or a predicate noun, in English', () => {
    expect(only('The CSTO is an intergovernmental alliance of six former Soviet republics headquartered in Moscow.', 'HEADQUARTERED_IN')).toEqual(['HEADQUARTERED_IN csto → moscow']);
    expect(only('The Collective Security Treaty Organization, a defence pact of post-Soviet states, based in Moscow, will meet in the autumn.', 'HEADQUARTERED_IN')).toEqual(['HEADQUARTERED_IN csto → moscow']);
    expect(only('Leaders of the CSTO, the Moscow-based security bloc, gathered again.', 'HEADQUARTERED_IN')).toEqual(['HEADQUARTERED_IN csto → moscow']);
  });

  it('reads «со штаб-квартирой в» and a participle after a description, in Russian', () => {
    expect(only('ОДКБ — региональный военно-политический блок со штаб-квартирой в Москве.', 'HEADQUARTERED_IN')).toEqual(['HEADQUARTERED_IN csto → moscow']);
    expect(only('ОДКБ, союз шести государств, расположенный в Москве, отметила годовщину.', 'HEADQUARTERED_IN')).toEqual(['HEADQUARTERED_IN csto → moscow']);
  });

  it('does not read a negated description, nor a place the description does not seat', () => {
    expect(only('The CSTO is not an alliance headquartered in Minsk.', 'HEADQUARTERED_IN')).toEqual([]);
    expect(only('The CSTO, whose ministers met in Minsk, said little.', 'HEADQUARTERED_IN')).toEqual([]);
    expect(only('ОДКБ провела учения в Белоруссии, расположенной в Европе.', 'HEADQUARTERED_IN')).toEqual([]);
  });
});

describe('ingest s22: a body set up by the decision of another', () => {
  it('reads the founder deciding to create the body, and the decision taken by it, in English', () => {
    expect(only('In 2005 the Collective Security Council decided to set up the Interstate Commission for Military-Economic Cooperation.', 'ESTABLISHED_BY')).toContain('ESTABLISHED_BY icmec → collective-security-council');
    expect(only('The decision to establish the CSTO Joint Staff was taken by the Collective Security Council in 2003.', 'ESTABLISHED_BY')).toEqual(['ESTABLISHED_BY csto-joint-staff → collective-security-council']);
    expect(only('The CSTO, which was created by the Collective Security Council in 2002, marked its anniversary.', 'ESTABLISHED_BY')).toEqual(['ESTABLISHED_BY csto → collective-security-council']);
  });

  it('reads «принял решение о создании» and the decision fronted, in Russian', () => {
    expect(only('Совет коллективной безопасности в 2003 году принял решение о создании Объединённого штаба ОДКБ.', 'ESTABLISHED_BY')).toEqual(['ESTABLISHED_BY csto-joint-staff → collective-security-council']);
    expect(only('Решение о создании Межгосударственной комиссии по военно-экономическому сотрудничеству было принято Советом коллективной безопасности.', 'ESTABLISHED_BY')).toContain('ESTABLISHED_BY icmec → collective-security-council');
  });

  it('does not read a decision to come or refused', () => {
    expect(only('The Collective Security Council may decide to create the CSTO Joint Staff.', 'ESTABLISHED_BY').filter((fact) => fact.endsWith('collective-security-council'))).toEqual([]);
    expect(only('The Collective Security Council decided not to create the CSTO Joint Staff.', 'ESTABLISHED_BY')).toEqual([]);
    expect(only('Совет коллективной безопасности не принял решение о создании Объединённого штаба ОДКБ.', 'ESTABLISHED_BY')).toEqual([]);
  });
});
