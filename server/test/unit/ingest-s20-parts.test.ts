import { extract } from '../../src/ingest/extract';
import { cstoGazetteer } from '../support/ingest';

/** Each proposal of a text as "TYPE from → to", an end without an entity as "?". */
const facts = (text: string, published = '2026-11-20') =>
  extract(text, { gazetteer: cstoGazetteer, published }).proposals.map((fact) => `${fact.type} ${fact.from.entityId ?? '?'} → ${fact.to.entityId ?? '?'}`);
const only = (text: string, type: string) => facts(text).filter((fact) => fact.startsWith(`${type} `));

describe('ingest: states and forces taking part, and who directs exercises (round 20, parts)', () => {
  it('reads the participants of a meeting named only by its noun, past a phrase of who chaired it, and a pair of adjectives before the delegates', () => {
    expect(only('Вчера в Минске прошло заседание Совета министров обороны ОДКБ. В работе приняли участие делегации Казахстана и Киргизии.', 'PARTICIPATES_IN')).toEqual([
      'PARTICIPATES_IN kazakhstan → ?',
      'PARTICIPATES_IN kyrgyzstan → ?',
    ]);
    expect(only('В Душанбе состоялась встреча секретарей советов безопасности. В совещании под председательством секретаря Совбеза Таджикистана приняли участие представители России и Белоруссии.', 'PARTICIPATES_IN')).toEqual([
      'PARTICIPATES_IN russia → ?',
      'PARTICIPATES_IN belarus → ?',
    ]);
    expect(only('В Ереване прошло заседание Постоянного совета ОДКБ. В нём приняли участие постоянные и полномочные представители Казахстана и Таджикистана.', 'PARTICIPATES_IN')).toEqual([
      'PARTICIPATES_IN kazakhstan → ?',
      'PARTICIPATES_IN tajikistan → ?',
    ]);
    // Not there: a negation; and no meeting the noun could stand for.
    expect(only('В Минске прошло заседание Совета министров обороны ОДКБ. В работе совещания не приняли участие представители Армении.', 'PARTICIPATES_IN')).toEqual([]);
    expect(only('В консультациях приняли участие представители Казахстана.', 'PARTICIPATES_IN')).toEqual([]);
  });

  it('spreads a pronoun or a plural noun for the exercises over those the sentence before named', () => {
    expect(only('В Киргизии прошли учения «Поиск-2026» и «Эшелон-2026». Руководство ими осуществлял Объединённый штаб ОДКБ.', 'CONDUCTS')).toEqual([
      'CONDUCTS csto-joint-staff → search',
      'CONDUCTS csto-joint-staff → echelon',
    ]);
    expect(only('В Таджикистане пройдут учения «Рубеж-2027», «Поиск-2027» и «Взаимодействие-2027». Руководить учениями будет Объединённый штаб ОДКБ.', 'CONDUCTS')).toEqual([
      'CONDUCTS csto-joint-staff → rubezh',
      'CONDUCTS csto-joint-staff → search',
      'CONDUCTS csto-joint-staff → interaction',
    ]);
    expect(only('The Rubezh and Interaction exercises took place in Kyrgyzstan. All three were praised by the CSTO Joint Staff.', 'CONDUCTS')).toEqual([]);
    expect(only('The Rubezh, Interaction and Echelon exercises took place in Kyrgyzstan in the autumn. All three were directed by the CSTO Joint Staff.', 'CONDUCTS').sort()).toEqual([
      'CONDUCTS csto-joint-staff → echelon',
      'CONDUCTS csto-joint-staff → interaction',
      'CONDUCTS csto-joint-staff → rubezh',
    ]);
    // A pronoun with fewer exercises before it than it says is nothing; a noun with none named is not spread.
    expect(only('В Киргизии прошло учение «Поиск-2026». Руководство всеми тремя осуществлял Объединённый штаб ОДКБ.', 'CONDUCTS').filter((fact) => fact.endsWith('?'))).toEqual([]);
    expect(only('Объединённый штаб ОДКБ обсудил бюджет. Руководство ими осуществлял Объединённый штаб ОДКБ.', 'CONDUCTS')).toEqual([]);
  });

  it('reads states whose goods or money reached the programme in focus, named after what came', () => {
    expect(only('Стороны обсудили реализацию Межгосударственной целевой программы по укреплению таджикско-афганской границы. На заставы уже поступили тепловизоры и бронетехника из Казахстана и России.', 'PARTICIPATES_IN')).toEqual([
      'PARTICIPATES_IN kazakhstan → tajik-afghan-border-programme',
      'PARTICIPATES_IN russia → tajik-afghan-border-programme',
    ]);
    expect(only('Talks focused on the Tajik-Afghan border programme. New radars reached the outposts in May with funding from Belarus and Russia.', 'PARTICIPATES_IN')).toEqual([
      'PARTICIPATES_IN belarus → tajik-afghan-border-programme',
      'PARTICIPATES_IN russia → tajik-afghan-border-programme',
    ]);
    expect(only('Kazakhstan and Belarus financed most deliveries under the first stage of the Tajik-Afghan border programme.', 'PARTICIPATES_IN')).toEqual([
      'PARTICIPATES_IN kazakhstan → tajik-afghan-border-programme',
      'PARTICIPATES_IN belarus → tajik-afghan-border-programme',
    ]);
    expect(only('The report noted that the Tajik-Afghan border programme had stalled and that Russia and Kazakhstan were its main donors.', 'PARTICIPATES_IN')).toEqual([
      'PARTICIPATES_IN russia → tajik-afghan-border-programme',
      'PARTICIPATES_IN kazakhstan → tajik-afghan-border-programme',
    ]);
    // A promise is no delivery; goods for an exercise are not the programme's.
    expect(only('Talks focused on the Tajik-Afghan border programme. Radars may reach the outposts next year with funding promised by Belarus.', 'PARTICIPATES_IN')).toEqual([]);
    expect(only('Talks focused on the Tajik-Afghan border programme. Tents for the Rubezh exercise arrived with funding from Russia.', 'PARTICIPATES_IN')).toEqual([]);
  });
});
