import { proposalEndsReader } from '../support/ingest';

const { only } = proposalEndsReader('2026-11-20');

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

  it('reads troops that took part "this time", a list of adjectives before the units sent and a host in an aside', () => {
    expect(only('The Echelon exercise was held in October. Some 900 servicemen took part this year, from Belarus and Armenia.', 'PARTICIPATES_IN')).toEqual([
      'PARTICIPATES_IN belarus → echelon',
      'PARTICIPATES_IN armenia → echelon',
    ]);
    expect(only('The Cobalt drill ended on Friday. Belarus, which hosted the exercise, fielded the largest contingent; Russia sent engineering, medical and signals units.', 'PARTICIPATES_IN')).toEqual([
      'PARTICIPATES_IN belarus → cobalt',
      'PARTICIPATES_IN russia → cobalt',
    ]);
    // Not sent: a negation; and a list of what a state holds in a force is no sending to an exercise.
    expect(only('The Cobalt drill ended on Friday. Armenia did not send medical and signals units.', 'PARTICIPATES_IN')).toEqual([]);
    expect(only('Russia contributes an airborne division and an air-assault brigade.', 'PARTICIPATES_IN')).toEqual([]);
  });

  it('reads the forces whose units took part, forces in a relative clause on the exercise, and the units that were there', () => {
    expect(only('Учение «Взаимодействие-2026» прошло в Белоруссии. Во «Взаимодействии-2026» были задействованы подразделения Коллективных сил оперативного реагирования от Белоруссии и Киргизии.', 'PARTICIPATES_IN')).toContain(
      'PARTICIPATES_IN collective-rapid-reaction-forces → interaction',
    );
    expect(only('Учение «Рубеж-2026» прошло в Киргизии. В учении приняли участие подразделения Коллективных сил быстрого развёртывания Центральноазиатского региона от Казахстана.', 'PARTICIPATES_IN')).toContain(
      'PARTICIPATES_IN collective-rapid-deployment-forces → rubezh',
    );
    expect(only("Last year's Indestructible Brotherhood exercise, in which the Collective Peacekeeping Forces trained, took place in Kazakhstan.", 'PARTICIPATES_IN')).toEqual([
      'PARTICIPATES_IN collective-peacekeeping-forces → indestructible-brotherhood',
    ]);
    expect(only('Учение «Эшелон» прошло в сентябре. Там были подразделения Армении и Казахстана.', 'PARTICIPATES_IN')).toEqual([
      'PARTICIPATES_IN armenia → echelon',
      'PARTICIPATES_IN kazakhstan → echelon',
    ]);
    // Not there: a negation; a body that is no force.
    expect(only('Учение «Взаимодействие-2026» прошло в Белоруссии. Во «Взаимодействии-2026» не были задействованы подразделения Коллективных сил оперативного реагирования.', 'PARTICIPATES_IN')).toEqual([]);
    expect(only('The Interaction exercise, in which the CSTO Joint Staff took part, ended.', 'PARTICIPATES_IN')).toEqual([]);
  });

  it('reads a state that received the troops of the exercise in focus, the exercise named after whose it is, and a date before the host', () => {
    expect(only('На полигоне завершилось учение «Поиск-2026». Таджикистан принимал военнослужащих с 5 по 9 октября.', 'HOSTS')).toEqual(['HOSTS tajikistan → search']);
    expect(only('В октябре Беларусь приняла учение подразделений связи «Эшелон-2026».', 'HOSTS')).toEqual(['HOSTS belarus → echelon']);
    expect(only('Министры обсудили учение «Кобальт-2027». Армения в 2027 году примет это учение.', 'HOSTS')).toEqual(['HOSTS armenia → cobalt']);
    expect(only('The Collective Peacekeeping Forces will hold Indestructible Brotherhood of the Collective Peacekeeping Forces, which Belarus is to host next year.', 'HOSTS')).toEqual([
      'HOSTS belarus → indestructible-brotherhood',
    ]);
    // Not hosted: a negation; a president receiving the participants of a meeting.
    expect(only('На полигоне завершилось учение «Поиск-2026». Таджикистан не принимал военнослужащих.', 'HOSTS')).toEqual([]);
    expect(only('Заседание прошло в Бишкеке. Президент Кыргызстана Садыр Жапаров принял участников заседания.', 'HOSTS')).toEqual([]);
  });

  it('reads forces sent somewhere past an adverb of how often, a request between, and their sending as a dated noun', () => {
    expect(only('The Collective Rapid Reaction Forces were deployed for the first time to Tajikistan in 2030.', 'PARTICIPATES_IN')).toEqual(['PARTICIPATES_IN collective-rapid-reaction-forces → ?']);
    expect(only('В марте 2031 года Коллективные силы оперативного реагирования ОДКБ по просьбе Садыра Жапарова были направлены в Киргизию.', 'PARTICIPATES_IN')).toEqual([
      'PARTICIPATES_IN collective-rapid-reaction-forces → ?',
    ]);
    expect(only('Главным событием года стал ввод Коллективных сил оперативного реагирования ОДКБ в Таджикистан в марте 2030 года.', 'PARTICIPATES_IN')).toEqual([
      'PARTICIPATES_IN collective-rapid-reaction-forces → ?',
    ]);
    // Not sent: a negation; a sending only discussed (no date says it happened).
    expect(only('Коллективные миротворческие силы ОДКБ не были направлены в Армению.', 'PARTICIPATES_IN')).toEqual([]);
    expect(only('Обсуждался ввод Коллективных миротворческих сил ОДКБ в Армению, но решения нет.', 'PARTICIPATES_IN')).toEqual([]);
  });

  it('reads the exercise a copula says is the forces\' or a body\'s, the forces after an exercise\'s name, and "hold the annual X"', () => {
    expect(only('Indestructible Brotherhood is the annual exercise of the Collective Peacekeeping Forces.', 'PARTICIPATES_IN')).toEqual([
      'PARTICIPATES_IN collective-peacekeeping-forces → indestructible-brotherhood',
    ]);
    expect(only('Echelon was the logistics exercise of the CSTO Joint Staff.', 'CONDUCTS')).toEqual(['CONDUCTS csto-joint-staff → echelon']);
    expect(only('В 2028 году в Армении пройдёт учение «Взаимодействие» Коллективных сил оперативного реагирования.', 'PARTICIPATES_IN')).toEqual([
      'PARTICIPATES_IN collective-rapid-reaction-forces → interaction',
    ]);
    expect(only('The Collective Rapid Reaction Forces hold the annual Interaction exercise in September.', 'CONDUCTS')).toEqual([
      'CONDUCTS collective-rapid-reaction-forces → interaction',
    ]);
    // Not theirs: a negation; a body after the name that conducted it (the conducting, not the participation).
    expect(only('Rubezh is not the exercise of the Collective Rapid Reaction Forces.', 'PARTICIPATES_IN').filter((fact) => !fact.endsWith('?'))).toEqual([]);
    expect(only('Учение «Рубеж» Коллективные силы быстрого развёртывания Центральноазиатского региона провели в октябре.', 'PARTICIPATES_IN')).toEqual([]);
  });
});
