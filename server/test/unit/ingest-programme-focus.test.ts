import { describeFact, extractFrom } from '../support/ingest';

/** "The programme", "it" and «её» for the programme named before (round 13): sentences written for the test. */
const facts = (text: string) => extractFrom(text, '2026-12-10').proposals.map(describeFact).filter((fact) => /^(?:ADMINISTERS|COORDINATES) /.test(fact));
const NAMED = 'Ministers discussed the Interstate targeted programme to strengthen the Tajik-Afghan border in Minsk. Funding for next year was agreed.';
const NAMED_RU = 'Министры обсудили Межгосударственную целевую программу по укреплению таджикско-афганской границы. Финансирование на следующий год согласовано.';

describe('ingest: the programme in focus', () => {
  it('reads "the programme is administered by X" and "X coordinates it" sentences after the programme was named', () => {
    expect(facts(`${NAMED} The programme is run by the Interstate Commission for Military-Economic Cooperation, while Dushanbe coordinates the practical work.`)).toEqual([
      'ADMINISTERS icmec → tajik-afghan-border-programme',
      'COORDINATES tajikistan → tajik-afghan-border-programme',
    ]);
    expect(facts(`${NAMED} On paper the programme is everyone's. The CSTO Secretariat coordinates it.`)).toEqual(['COORDINATES csto-secretariat → tajik-afghan-border-programme']);
  });

  it('reads "X, which administers it", "acts as its coordinator" and "handles day-to-day coordination"', () => {
    // "it" needs the programme spoken of in this sentence or the one before.
    expect(facts('Ministers discussed the Interstate targeted programme to strengthen the Tajik-Afghan border. Experts of the Interstate Commission for Military-Economic Cooperation, which administers it, spoke first.')).toEqual(['ADMINISTERS icmec → tajik-afghan-border-programme']);
    expect(facts(`${NAMED} Experts of the Interstate Commission for Military-Economic Cooperation, which administers it, spoke first.`)).toEqual([]);
    expect(facts(`${NAMED} The programme matters most to Tajikistan, which acts as its coordinator.`)).toEqual(['COORDINATES tajikistan → tajik-afghan-border-programme']);
    expect(facts(`${NAMED} For the programme, the CSTO Secretariat handles day-to-day coordination.`)).toEqual(['COORDINATES csto-secretariat → tajik-afghan-border-programme']);
  });

  it('reads «Программу администрирует X», «её координатором выступает X», the passive and «реализацией программы занимается X»', () => {
    expect(facts(`${NAMED_RU} Программу курирует Межгосударственная комиссия по военно-экономическому сотрудничеству, а её координатором является таджикская сторона.`)).toEqual([
      'COORDINATES tajikistan → tajik-afghan-border-programme',
      'ADMINISTERS icmec → tajik-afghan-border-programme',
    ]);
    expect(facts(`${NAMED_RU} Программа, принятая два года назад, администрируется Межгосударственной комиссией по военно-экономическому сотрудничеству.`)).toEqual(['ADMINISTERS icmec → tajik-afghan-border-programme']);
    expect(facts(`${NAMED_RU} Реализацией программы занимается Межгосударственная комиссия по военно-экономическому сотрудничеству.`)).toEqual(['ADMINISTERS icmec → tajik-afghan-border-programme']);
    expect(facts(`${NAMED_RU} Секретариат ОДКБ выступает координатором программы.`)).toEqual(['COORDINATES csto-secretariat → tajik-afghan-border-programme']);
  });

  it('gives nothing where no programme was named, where no programme is spoken of near "it", or where it is denied', () => {
    expect(facts('The ministers met in Minsk. The programme is run by the Interstate Commission for Military-Economic Cooperation.')).toEqual([]);
    expect(facts(`${NAMED} The talks then turned to the drills. Kazakhstan coordinates it.`)).toEqual([]);
    expect(facts(`${NAMED} The programme is not run by the Interstate Commission for Military-Economic Cooperation.`)).toEqual([]);
    expect(facts(`${NAMED} Dushanbe did not coordinate the work.`)).toEqual([]);
  });
});
