import { proposalEndsReader } from '../support/ingest';

const { only } = proposalEndsReader('2026-11-20');

describe('ingest: states taking part in a force or an exercise by what they put in, gapped lists and the exercise in focus (round 21, parts)', () => {
  it('reads a state that contributes or sets aside a formation for the force the sentence or the one before names', () => {
    expect(only('The Collective Rapid Reaction Forces were formed in 2009. Belarus contributes a mobile brigade.', 'PARTICIPATES_IN')).toEqual([
      'PARTICIPATES_IN belarus → collective-rapid-reaction-forces',
    ]);
    expect(only('Kazakhstan has assigned an air-assault brigade to the Collective Rapid Reaction Forces.', 'PARTICIPATES_IN')).toEqual([
      'PARTICIPATES_IN kazakhstan → collective-rapid-reaction-forces',
    ]);
    expect(only('Коллективные силы оперативного реагирования выросли вдвое. Армения и Киргизия выделяют в них по батальону.', 'PARTICIPATES_IN')).toEqual([
      'PARTICIPATES_IN armenia → collective-rapid-reaction-forces',
      'PARTICIPATES_IN kyrgyzstan → collective-rapid-reaction-forces',
    ]);
    expect(only('Казахстан выделил в состав КСОР бригаду.', 'PARTICIPATES_IN')).toEqual([
      'PARTICIPATES_IN kazakhstan → collective-rapid-reaction-forces',
    ]);
    // Not a force: money for a programme; not given: a negation.
    expect(only('The CSTO Secretariat drew up the budget. Russia contributes the largest share of the funds.', 'PARTICIPATES_IN')).toEqual([]);
    expect(only('Коллективные силы оперативного реагирования выросли вдвое. Армения не выделяет в них ни одного батальона.', 'PARTICIPATES_IN')).toEqual([]);
  });

  it('reads a force said to be made up of units named by the adjectives of their states', () => {
    expect(only('The CRDF are made up of Kazakh and Kyrgyz battalions.', 'PARTICIPATES_IN')).toEqual([
      'PARTICIPATES_IN kazakhstan → collective-rapid-deployment-forces',
      'PARTICIPATES_IN kyrgyzstan → collective-rapid-deployment-forces',
    ]);
    expect(only('The Collective Rapid Reaction Forces were set up in 2009. Today they consist of Belarusian and Armenian brigades.', 'PARTICIPATES_IN')).toEqual([
      'PARTICIPATES_IN belarus → collective-rapid-reaction-forces',
      'PARTICIPATES_IN armenia → collective-rapid-reaction-forces',
    ]);
    expect(only('Коллективные силы быстрого развертывания Центральноазиатского региона сформированы из казахстанских и таджикских батальонов.', 'PARTICIPATES_IN')).toEqual([
      'PARTICIPATES_IN kazakhstan → collective-rapid-deployment-forces',
      'PARTICIPATES_IN tajikistan → collective-rapid-deployment-forces',
    ]);
    expect(only('Коллективные силы оперативного реагирования созданы в 2009 году. Их ядро составляют белорусская 38-я десантная бригада и армянский батальон.', 'PARTICIPATES_IN')).toEqual([
      'PARTICIPATES_IN belarus → collective-rapid-reaction-forces',
      'PARTICIPATES_IN armenia → collective-rapid-reaction-forces',
    ]);
    // A body is no force; a state's own name after "made up of" is another reading (a membership), not a unit.
    expect(only('The CSTO Secretariat is made up of Russian and Kazakh diplomats.', 'PARTICIPATES_IN')).toEqual([]);
  });

  it('reads units named by their state and the force they belong to', () => {
    expect(only('The Kyrgyz and Tajik contingents of the CRRF received new radios.', 'PARTICIPATES_IN')).toEqual([
      'PARTICIPATES_IN kyrgyzstan → collective-rapid-reaction-forces',
      'PARTICIPATES_IN tajikistan → collective-rapid-reaction-forces',
    ]);
    expect(only('Москва передала армянскому и казахстанскому контингентам КСОР новые радиостанции.', 'PARTICIPATES_IN')).toEqual([
      'PARTICIPATES_IN armenia → collective-rapid-reaction-forces',
      'PARTICIPATES_IN kazakhstan → collective-rapid-reaction-forces',
    ]);
    // A delegation at a body's meeting is no unit of a force.
    expect(only('The Kazakh delegation of the CSTO Parliamentary Assembly arrived in Minsk.', 'PARTICIPATES_IN').filter((fact) => fact.endsWith('forces'))).toEqual([]);
  });

  it('gives each state of a gapped clause the participation the first clause of its list states', () => {
    expect(only('The Search exercise took place in Kazakhstan. Belarus provided a reconnaissance company, Armenia a sapper platoon and Kazakhstan, as host, most of the infantry.', 'PARTICIPATES_IN').sort()).toEqual([
      'PARTICIPATES_IN armenia → search',
      'PARTICIPATES_IN belarus → search',
      'PARTICIPATES_IN kazakhstan → search',
    ]);
    expect(only('The Collective Rapid Reaction Forces were formed in 2009. Russia contributes a paratroop division; Belarus a mobile brigade; Armenia and Kazakhstan one battalion each.', 'PARTICIPATES_IN').sort()).toEqual([
      'PARTICIPATES_IN armenia → collective-rapid-reaction-forces',
      'PARTICIPATES_IN belarus → collective-rapid-reaction-forces',
      'PARTICIPATES_IN kazakhstan → collective-rapid-reaction-forces',
      'PARTICIPATES_IN russia → collective-rapid-reaction-forces',
    ]);
    expect(only('В Таджикистане прошло учение «Эшелон-2026». Белоруссия направила на учение колонну подразделений, Киргизия — роту.', 'PARTICIPATES_IN').sort()).toEqual([
      'PARTICIPATES_IN belarus → echelon',
      'PARTICIPATES_IN kyrgyzstan → echelon',
    ]);
    // Not gapped: a clause with a verb of its own, a refusal after the dash, nothing after the state.
    expect(only('The Echelon exercise was held in Belarus. Russia sent a battalion, and Kazakhstan said it would consider sending a company.', 'PARTICIPATES_IN')).toEqual([
      'PARTICIPATES_IN russia → echelon',
    ]);
    expect(only('В Таджикистане прошло учение «Эшелон-2026». Белоруссия направила на учение роту, а Армения — нет.', 'PARTICIPATES_IN')).toEqual([
      'PARTICIPATES_IN belarus → echelon',
    ]);
    expect(only('The Echelon exercise was held in Belarus. Russia sent a battalion; Armenia none.', 'PARTICIPATES_IN')).toEqual([
      'PARTICIPATES_IN russia → echelon',
    ]);
  });

  it('passes over an exercise named only as the frame or yardstick of the one the report is about', () => {
    expect(only('The Search-2026 exercise was held in Kyrgyzstan in May. It drew less notice than the larger Combat Brotherhood exercise in Belarus. Armenia sent a reconnaissance company.', 'PARTICIPATES_IN')).toEqual([
      'PARTICIPATES_IN armenia → search',
    ]);
    expect(only('Troops completed the Echelon-2026 exercise in Belarus on Friday.\n\nThe four-day phase, part of the wider Combat Brotherhood-2026 exercise, involved 900 personnel.\n\nKazakhstan fielded the largest element: a transport battalion.', 'PARTICIPATES_IN')).toEqual([
      'PARTICIPATES_IN kazakhstan → echelon',
    ]);
    // The series itself, named as the subject, stays what troops are sent to.
    expect(only('The Combat Brotherhood exercise was held in Belarus. Kazakhstan sent a transport battalion.', 'PARTICIPATES_IN')).toEqual([
      'PARTICIPATES_IN kazakhstan → combat-brotherhood',
    ]);
  });

  it('spreads who directed "all the exercises" over every known exercise the text named before', () => {
    expect(only('В сентябре в Белоруссии прошли учения «Поиск-2026» и «Эшелон-2026».\n\nВ октябре в Таджикистане состоялось учение «Рубеж-2026».\n\nРуководство всеми учениями осуществлял Объединённый штаб ОДКБ.', 'CONDUCTS').sort()).toEqual([
      'CONDUCTS csto-joint-staff → echelon',
      'CONDUCTS csto-joint-staff → rubezh',
      'CONDUCTS csto-joint-staff → search',
    ]);
    expect(only('The Search exercise was held in Belarus in September. In October Tajikistan hosted the Rubezh exercise.\n\nAll the drills were directed by the CSTO Joint Staff.', 'CONDUCTS').sort()).toEqual([
      'CONDUCTS csto-joint-staff → rubezh',
      'CONDUCTS csto-joint-staff → search',
    ]);
    expect(only('В мае в Киргизии прошло учение «Кобальт-2026», в октябре — «Барьер-2026». Все учения прошли под общим руководством Объединённого штаба ОДКБ.', 'CONDUCTS').sort()).toEqual([
      'CONDUCTS csto-joint-staff → barrier',
      'CONDUCTS csto-joint-staff → cobalt',
    ]);
    // A plan for next year is not read here, nor exercises named after the sentence.
    expect(only('The Search exercise was held in Belarus in September. All exercises next year will be directed by the CSTO Joint Staff.', 'CONDUCTS')).toEqual([]);
    expect(only('The CSTO Joint Staff directed all the drills. The Search exercise was held in Belarus in September.', 'CONDUCTS').filter((fact) => fact.endsWith('search'))).toEqual([]);
  });

  it('does not take "operations" in a compound before a unit ("a special-operations brigade") for an operation', () => {
    expect(only('Kazakhstan contributed a special-operations brigade.', 'PARTICIPATES_IN')).toEqual([]);
    expect(only('Kazakhstan contributed a special-operations brigade to the Collective Rapid Reaction Forces.', 'PARTICIPATES_IN')).toEqual([
      'PARTICIPATES_IN kazakhstan → collective-rapid-reaction-forces',
    ]);
    // The noun on its own is still the operation the troops went to.
    expect(only('Kazakhstan sent troops to the operation.', 'PARTICIPATES_IN')).toEqual(['PARTICIPATES_IN kazakhstan → ?']);
  });
});
