import { proposalEndsReader } from '../support/ingest';

const { only } = proposalEndsReader('2026-06-01');

describe('ingest: where meetings, signings and foundings took place, what they adopted and who attended (rules-meet.ts)', () => {
  it('reads a body founded in a city, as a participle or a passive, in English', () => {
    expect(only('The Collective Rapid Reaction Forces, created in Moscow in 2009, train every autumn.', 'HELD_IN')).toContain('HELD_IN ? → moscow');
    expect(only('The CSTO Parliamentary Assembly was established in St Petersburg on 16 November 2006.', 'HELD_IN')).toContain('HELD_IN ? → saint-petersburg');
    expect(only('The Collective Rapid Reaction Forces, the largest of the formations, were set up in Yerevan in 2009.', 'HELD_IN')).toContain('HELD_IN ? → yerevan');
    // Not founded there: denied, or only dated.
    expect(only('The Collective Rapid Reaction Forces were not created in Minsk, whatever the rumours say.', 'HELD_IN')).toEqual([]);
    expect(only('The CSTO Joint Staff, established in 2003, answers to the Council of Defence Ministers.', 'HELD_IN')).toEqual([]);
  });

  it('reads a document by its common noun signed in a city, and a known document in a relative clause whose subject is a list', () => {
    expect(only('Kazakhstan signed a memorandum with Belarus on military education in Minsk last March.', 'HELD_IN')).toEqual(['HELD_IN ? → minsk']);
    expect(only('The CSTO Secretariat signed an agreement on cooperation with the CIS Executive Committee in Astana in 2019.', 'HELD_IN')).toEqual(['HELD_IN ? → astana']);
    expect(only('The Collective Security Treaty, which Russia, Armenia and Kazakhstan signed in Tashkent in May 1992, is still in force.', 'ADOPTED_AT')).toEqual([
      'ADOPTED_AT collective-security-treaty → ?',
    ]);
    expect(only('The Collective Security Treaty, which Russia, Armenia and Kazakhstan signed in Tashkent in May 1992, is still in force.', 'HELD_IN')).toEqual([
      'HELD_IN ? → tashkent',
    ]);
    // A signing to come or refused is no signing held.
    expect(only('The ministers are due to sign a memorandum in Minsk next week.', 'HELD_IN')).toEqual([]);
    expect(only('Belarus never signed a protocol on the matter in Moscow.', 'HELD_IN')).toEqual([]);
  });

  it('reads a document adopted by an agent at a meeting, or by its common noun at a meeting', () => {
    expect(only('The Tajik-Afghan border programme was approved by the heads of state at their Astana summit in 2024.', 'ADOPTED_AT')).toEqual([
      'ADOPTED_AT tajik-afghan-border-programme → ?',
    ]);
    expect(only('The ministers adopted a joint statement on drones at the Minsk meeting in June.', 'ADOPTED_AT')).toEqual(['ADOPTED_AT ? → ?']);
    expect(only('The council endorsed the 2027 training plan at its session in Yerevan.', 'ADOPTED_AT')).toEqual(['ADOPTED_AT ? → ?']);
    // A draft is not adopted; a refusal adopts nothing.
    expect(only('The ministers approved a draft declaration at the Minsk meeting.', 'ADOPTED_AT')).toEqual([]);
    expect(only('The ministers could not approve a joint statement at the Minsk meeting.', 'ADOPTED_AT')).toEqual([]);
  });

  it('reads the second document of a list and a pronoun adopting at the meeting named before', () => {
    expect(only('The foreign ministers met for their annual meeting in Bishkek. They approved a statement on Afghanistan and a draft appeal to the UN.', 'ADOPTED_AT')).toHaveLength(2);
    expect(only('The Astana summit lasted a day. They signed a declaration on drones, and the leaders went home.', 'ADOPTED_AT')).toEqual(['ADOPTED_AT ? → ?']);
    // No meeting named: nothing to adopt at.
    expect(only('They approved a statement on Afghanistan and an appeal to the UN.', 'ADOPTED_AT')).toEqual([]);
  });

  it('reads a meeting at a building the graph lacks', () => {
    expect(only('The Council of Foreign Ministers met at the Belarusian Foreign Ministry on Tuesday.', 'HELD_IN')).toContain('HELD_IN ? → ?');
    expect(only('Lukashenko hosted the session of the Collective Security Council at the Palace of Independence.', 'HELD_IN')).toEqual(['HELD_IN ? → ?']);
    // The Kremlin is a city's landmark the labels leave to the city.
    expect(only('Putin hosted the session of the Collective Security Council in the Kremlin.', 'HELD_IN')).not.toContain('HELD_IN ? → ?');
    expect(only('Вчера в Таврическом дворце прошло заседание Совета министров обороны ОДКБ.', 'HELD_IN')).toEqual(['HELD_IN ? → ?']);
    // A meeting only possible there, or one the text denies.
    expect(only('The Council of Foreign Ministers may meet at the Belarusian Foreign Ministry next year.', 'HELD_IN')).toEqual([]);
    expect(only('The Council of Foreign Ministers never met at the Belarusian Foreign Ministry.', 'HELD_IN')).toEqual([]);
  });

  it('reads a body whose aside names its chair, and a meeting with a visitor where the visitor is', () => {
    expect(only('The Council of Defence Ministers, which Russian Defence Minister Andrei Belousov chairs this year, met in Minsk in June.', 'HELD_IN')).toEqual(['HELD_IN ? → minsk']);
    expect(only('Kassym-Jomart Tokayev received Taalatbek Masadykov, who is in Astana on a working visit.', 'HELD_IN')).toEqual(['HELD_IN ? → astana']);
    expect(only('Президент Александр Лукашенко принял генерального секретаря ОДКБ Таалатбека Масадыкова, находящегося в Минске с рабочим визитом.', 'HELD_IN')).toEqual([
      'HELD_IN ? → minsk',
    ]);
    // A body that may meet, and a visitor with no place.
    expect(only('The Council of Defence Ministers, which Andrei Belousov chairs, may meet in Minsk in June.', 'HELD_IN')).toEqual([]);
    expect(only('Kassym-Jomart Tokayev received Taalatbek Masadykov, who praised the programme.', 'HELD_IN')).toEqual([]);
  });

  it('reads a speaker at a meeting put first, one who reported to it and the head of a delegation to it', () => {
    expect(only('At the summit in Minsk on 23 November, chaired by Alexander Lukashenko, Kassym-Jomart Tokayev proposed a new programme.', 'ATTENDED')).toContain(
      'ATTENDED kassym-jomart-tokayev → ?',
    );
    expect(only('The Council of Defence Ministers met in Astana for its session. It heard a report by the Chief of the Joint Staff, Andrey Serdyukov.', 'ATTENDED')).toEqual([
      'ATTENDED andrey-serdyukov → ?',
    ]);
    expect(only('В Ереване прошло заседание Совета министров обороны. Делегацию Киргизии возглавил Садыр Жапаров.', 'ATTENDED')).toEqual(['ATTENDED sadyr-japarov → ?']);
    expect(only('В Минске прошла сессия Парламентской ассамблеи ОДКБ. Перед депутатами выступил Таалатбек Масадыков.', 'ATTENDED')).toEqual(['ATTENDED taalatbek-masadykov → ?']);
    // No meeting named: a delegation head or a speaker on a visit.
    expect(only('Делегацию Киргизии возглавил Садыр Жапаров.', 'ATTENDED')).toEqual([]);
    expect(only('Kassym-Jomart Tokayev proposed a new programme in Minsk.', 'ATTENDED')).toEqual([]);
  });

  it('reads the chronicle present of signing, founding and adopting in Russian', () => {
    expect(only('1992 год. Договор о коллективной безопасности подписывают в Ташкенте шесть государств.', 'ADOPTED_AT')).toEqual(['ADOPTED_AT collective-security-treaty → ?']);
    expect(only('2002 год. Устав ОДКБ подписывают в Кишинёве 7 октября.', 'HELD_IN')).toEqual(['HELD_IN ? → chisinau']);
    expect(only('В том же году в Санкт-Петербурге учреждается Парламентская ассамблея ОДКБ.', 'HELD_IN')).toEqual(['HELD_IN ? → saint-petersburg']);
    expect(only('На минской сессии присутствуют Токаев и Рахмон. Лидеры утверждают бюджет и принимают заявление.', 'ADOPTED_AT')).toHaveLength(2);
    expect(only('В Бишкеке 14 мая Совет коллективной безопасности принимает решение о создании сил.', 'HELD_IN')).toEqual(['HELD_IN ? → bishkek']);
    // Not adopted: denied, or without a meeting named.
    expect(only('Договор о коллективной безопасности не подписывают в Ташкенте.', 'ADOPTED_AT')).toEqual([]);
    expect(only('Лидеры утверждают бюджет.', 'ADOPTED_AT')).toEqual([]);
  });

  it('reads a Russian document by its common noun in a short passive at a meeting, and a deployment by a pronoun', () => {
    expect(only('План совместной подготовки на 2027 год утверждён 10 ноября на заседании Совета министров обороны.', 'ADOPTED_AT')).toEqual(['ADOPTED_AT ? → ?']);
    expect(only('Бюджет организации одобрен на сессии Совета коллективной безопасности в Минске.', 'ADOPTED_AT')).toEqual(['ADOPTED_AT ? → ?']);
    expect(only('Миротворческие силы ОДКБ применялись лишь однажды, когда они были отправлены в Казахстан.', 'HELD_IN')).toEqual(['HELD_IN ? → kazakhstan']);
    expect(only('В Москве, в здании МИД России, состоялись консультации заместителей министров иностранных дел.', 'HELD_IN')).toContain('HELD_IN ? → moscow');
    // A plan not approved; a pronoun sent nowhere by force.
    expect(only('План совместной подготовки на 2027 год не утверждён на заседании Совета министров обороны.', 'ADOPTED_AT')).toEqual([]);
    expect(only('Документы были направлены в Казахстан по почте.', 'HELD_IN')).toEqual([]);
  });
});
