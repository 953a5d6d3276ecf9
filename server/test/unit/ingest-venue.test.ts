import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

/** The facts of the given types a text gives. */
const facts = (text: string, ...types: string[]) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-25' })
    .proposals.filter((fact) => types.includes(fact.type))
    .map(describeFact);

describe('ingest: the one operation and where it was held (rules-venue.ts)', () => {
  it('reads the only deployment named in apposition or sent once, in English', () => {
    expect(facts('Its only collective deployment, in Kazakhstan in January 2022, lasted less than a fortnight.', 'HELD_IN')).toEqual([
      'HELD_IN "only collective deployment" → kazakhstan 2022-01..2022-01',
    ]);
    expect(facts('The bloc has no common budget, and its one operation, in Kazakhstan in January 2022, lasted a fortnight.', 'HELD_IN')).toEqual([
      'HELD_IN "one operation" → kazakhstan 2022-01..2022-01',
    ]);
    expect(facts('The Collective Peacekeeping Forces have deployed only once: to Kazakhstan in January 2022, for less than three weeks.', 'HELD_IN')).toEqual([
      'HELD_IN "deployed only once" → kazakhstan 2022-01..2022-01',
    ]);
    expect(facts('Its collective defence clause has been invoked only once, in Kazakhstan in January 2022.', 'HELD_IN')).toEqual([
      'HELD_IN "invoked only once" → kazakhstan 2022-01..2022-01',
    ]);
  });

  it('gives no operation to a deployment denied or only discussed', () => {
    expect(facts('The forces were never deployed to Armenia in 2022, despite Yerevan’s request.', 'HELD_IN')).toEqual([]);
    expect(facts('Its only deployment so far is still being discussed by the ministers.', 'HELD_IN')).toEqual([]);
  });

  it('reads the operation held somewhere, in Russian', () => {
    expect(facts('Единственная операция миротворцев прошла в Казахстане в январе 2022 года.', 'HELD_IN')).toEqual([
      'HELD_IN "Единственная операция миротворцев" → kazakhstan 2022-01..2022-01',
    ]);
    expect(facts('Напомним, в январе 2022 года Коллективные миротворческие силы ОДКБ впервые были развёрнуты именно в Казахстане.', 'HELD_IN')).toEqual([
      'HELD_IN "развёрнуты" → kazakhstan 2022-01..2022-01',
    ]);
    expect(facts('Миротворческая операция в Армении не прошла согласования в Совете.', 'HELD_IN')).not.toContainEqual(expect.stringContaining('не прошла'));
  });
});

describe('ingest: a meeting named by its verb of meeting or hosting (rules-venue.ts)', () => {
  it('reads a body that met a number of times, one meeting in each place of the list', () => {
    expect(facts('The commission met twice this year: in Minsk in April and in Astana on October 22.', 'HELD_IN')).toEqual([
      'HELD_IN "met twice" → minsk 2026-04..2026-04',
      'HELD_IN "and in" → astana 2026-10-22..2026-10-22',
    ]);
    expect(facts('The commission met twice this year, in Minsk and in Moscow.', 'HELD_IN')).toEqual(['HELD_IN "met twice" → minsk 2026..2026', 'HELD_IN "and in" → moscow 2026..2026']);
  });

  it('reads a body named by a pronoun or a common noun that met in a city, not one that may meet there', () => {
    expect(facts('The plan was again not adopted by the Council of Defence Ministers when it met in Minsk in June.', 'HELD_IN')).toEqual(['HELD_IN "it met" → minsk 2026-06..2026-06']);
    expect(facts('The council of the CSTO Parliamentary Assembly will meet in Astana next April.', 'HELD_IN')).toEqual([
      'HELD_IN "council of the CSTO Parliamentary Assembly will meet" → astana 2027-04..2027-04',
    ]);
    expect(facts('The Council of the CSTO Parliamentary Assembly met in Minsk in May.', 'HELD_IN')).toEqual([
      'HELD_IN "Council of the CSTO Parliamentary Assembly met" → minsk 2026-05..2026-05',
    ]);
    expect(facts('The commission may meet in Minsk next spring, diplomats said.', 'HELD_IN')).toEqual([]);
    expect(facts('It has never met in Yerevan.', 'HELD_IN')).toEqual([]);
  });

  it('reads a body hosted in a city as its meeting there, the hosting state HOSTS it, not forces hosted', () => {
    expect(facts('Russia, which has chaired the organization since January, hosted the Collective Security Council in Moscow on November 11.', 'HELD_IN', 'HOSTS')).toEqual([
      'HELD_IN "hosted the Collective Security Council" → moscow 2026-11-11..2026-11-11',
      'HOSTS russia → "hosted the Collective Security Council" 2026-11-11..2026-11-11',
    ]);
    expect(facts('Russia hosted the Council of Foreign Ministers in Saint Petersburg in June and the Council of Defence Ministers in Sochi in late September.', 'HELD_IN')).toEqual([
      'HELD_IN "hosted the Council of Foreign Ministers" → saint-petersburg 2026-06..2026-06',
      'HELD_IN "Council of Defence Ministers in Sochi" → sochi 2026-09..2026-09',
    ]);
    expect(facts('Tajikistan hosted the Collective Rapid Reaction Forces in Dushanbe for a week.', 'HELD_IN', 'HOSTS')).toEqual([]);
  });

  it('reads those who meet, placed in a city at the head of the sentence, as their meeting there, not what they said or are expected to do', () => {
    expect(facts("In Moscow last week, the CSTO's leaders spent less time on grand strategy than on a strip of mountain frontier.", 'HELD_IN')).toEqual([
      'HELD_IN "leaders" → moscow 2026-11..2026-11',
    ]);
    expect(facts('In Astana on Tuesday, defence ministers approved the training plan.', 'HELD_IN')).toEqual(['HELD_IN "defence ministers" → astana 2026-11-24..2026-11-24']);
    expect(facts('In Moscow, officials said the summit went well.', 'HELD_IN')).toEqual([]);
    expect(facts('In Minsk, the leaders warned that the alliance was weak.', 'HELD_IN')).toEqual([]);
    expect(facts('In Moscow, foreign ministers are expected to meet next week.', 'HELD_IN')).toEqual([]);
  });

  it('reads a body by its pronoun that sat in a city, in Russian, not one on its way there', () => {
    expect(facts('Последний раз в Бишкеке он собирался в июне прошлого года.', 'HELD_IN')).toEqual(['HELD_IN "он собирался" → bishkek 2025-06..2025-06']);
    expect(facts('Комитет секретарей советов безопасности ОДКБ уже дважды заседал в Минске, а в этом году он собирался в Бишкек.', 'HELD_IN')).not.toContainEqual(
      expect.stringContaining('bishkek'),
    );
  });

  it('reads a meeting held in a city, and those who decided there', () => {
    expect(facts('Комиссия провела 28 октября в Минске очередное заседание.', 'HELD_IN')).toEqual(['HELD_IN "очередное заседание" → minsk 2026-10-28..2026-10-28']);
    expect(facts('Министр обороны Казахстана во вторник провёл в Астане встречу с начальником Объединённого штаба ОДКБ Андреем Сердюковым.', 'HELD_IN')).toEqual([
      'HELD_IN "встречу" → astana 2026-11-24..2026-11-24',
    ]);
    expect(facts('В ноябре 2025 года в Бишкеке главы государств назначили генеральным секретарём организации Таалатбека Масадыкова.', 'HELD_IN')).toEqual([
      'HELD_IN "главы государств назначили" → bishkek 2025-11..2025-11',
    ]);
    expect(facts('Лидеры договорились ещё в прошлом году в Бишкеке о создании подразделения.', 'HELD_IN')).toEqual(['HELD_IN "Лидеры" → bishkek 2025..2025']);
    expect(facts('В Бишкеке главы государств не договорились о бюджете.', 'HELD_IN')).toEqual([]);
  });

  it('keeps a document adopted in the city of the meeting in focus in another year as another meeting', () => {
    const text = 'В Бишкеке прошло заседание Комитета секретарей советов безопасности ОДКБ\n\nВо вторник в Бишкеке состоялось выездное заседание Комитета секретарей советов безопасности ОДКБ.\n\nНа нём обсуждалась реализация Антинаркотической стратегии ОДКБ на 2026–2030 годы, принятой в Бишкеке в ноябре 2025 года.';
    expect(facts(text, 'HELD_IN')).toContain('HELD_IN "принятой" → bishkek 2025-11..2025-11');
  });

  it('reads a meeting its participants attended in a city named before it, in Russian, not one they did not attend', () => {
    expect(facts('Эмомали Рахмон 11 ноября участвовал в Москве в сессии Совета коллективной безопасности ОДКБ.', 'HELD_IN')).toEqual([
      'HELD_IN "сессии Совета коллективной безопасности ОДКБ" → moscow 2026-11-11..2026-11-11',
    ]);
    expect(facts('Эмомали Рахмон не участвовал в Москве в сессии Совета коллективной безопасности ОДКБ.', 'HELD_IN')).not.toContainEqual(
      expect.stringContaining('moscow'),
    );
  });
});

describe('ingest: the held-in rules of other modules, read in more wordings (round 18)', () => {
  it('reads a body that "last met" in a city, and chiefs that meet', () => {
    expect(facts('The Council of Foreign Ministers, which last met in Moscow on Nov. 10, will convene again in March.', 'HELD_IN')).toEqual([
      'HELD_IN "Council of Foreign Ministers, which last met" → moscow 2026-11-10..2026-11-10',
    ]);
    expect(facts('CSTO defence chiefs met in Minsk in October.', 'HELD_IN')).toEqual(['HELD_IN "defence chiefs" → minsk 2026-10..2026-10']);
  });

  it('reads a document adopted in a city after a relative pronoun or an adverb, and a city hosting a meeting with its date first', () => {
    expect(facts('Казахстан финансирует Межгосударственную целевую программу по укреплению таджикско-афганской границы, которую приняли в Астане в 2024 году.', 'HELD_IN', 'ADOPTED_AT')).toEqual([
      'HELD_IN "приняли" → astana 2024..2024',
      'ADOPTED_AT tajik-afghan-border-programme → "в Астане" 2024..',
    ]);
    expect(facts('Договору о коллективной безопасности, подписанному ещё в Ташкенте, нужна организация.', 'HELD_IN', 'ADOPTED_AT')).toEqual([
      'ADOPTED_AT collective-security-treaty → "в Ташкенте"',
      'HELD_IN "подписанному" → tashkent',
    ]);
    expect(facts('Глава МИД сообщил, что Душанбе примет в апреле заседание Совета министров иностранных дел ОДКБ.', 'HELD_IN')).toEqual([
      'HELD_IN "заседание Совета министров иностранных дел ОДКБ" → dushanbe 2027-04..2027-04',
    ]);
    expect(facts('Договор, который так и не подписали в Ташкенте, обсуждают снова.', 'HELD_IN')).toEqual([]);
  });

  it('reads more wordings of a meeting and a signing in a city (round 18, second pass)', () => {
    expect(facts('Separate Collective Peacekeeping Forces were deployed for the first and only time in January 2022 in Kazakhstan.', 'HELD_IN')).toEqual([
      'HELD_IN "deployed for the first and only time" → kazakhstan 2022-01..2022-01',
    ]);
    expect(facts('Совет министров иностранных дел, заседавший в Москве 10 ноября, одобрил проект плана.', 'HELD_IN')).toEqual(['HELD_IN "заседавший" → moscow 2026-11-10..2026-11-10']);
    expect(facts('Накануне в Москве заседал Совет министров иностранных дел.', 'HELD_IN')).toEqual(['HELD_IN "заседал" → moscow']);
    expect(facts('Under the programme to strengthen that frontier, adopted by CSTO leaders in Astana in November 2024, members were to deliver vehicles.', 'HELD_IN')).toEqual([
      'HELD_IN "adopted" → astana 2024-11..2024-11',
    ]);
    expect(facts('Межгосударственная целевая программа по укреплению таджикско-афганской границы, принятая ещё в 2024 году в Астане, выполняется с задержками.', 'HELD_IN')).toEqual([
      'HELD_IN "принятая" → astana 2024..2024',
    ]);
    expect(facts('Принятая в Бишкеке в ноябре прошлого года Антинаркотическая стратегия на 2026—2030 годы предусматривает взаимодействие с ООН.', 'HELD_IN', 'ADOPTED_AT')).toEqual([
      'HELD_IN "Принятая" → bishkek 2025-11..2025-11',
      'ADOPTED_AT anti-drug-strategy-2026-2030 → "в Бишкеке" 2025-11..',
    ]);
    expect(facts('ОДКБ получила статус наблюдателя после того, как в Кишинёве был подписан Устав ОДКБ.', 'HELD_IN')).toEqual(['HELD_IN "подписан" → chisinau']);
    expect(facts('When Vladimir Putin welcomed his counterparts to Moscow for the Collective Security Council session on 11 November, the mood was calm.', 'HELD_IN')).toEqual([
      'HELD_IN "Collective Security Council session" → moscow 2026-11-11..2026-11-11',
    ]);
  });

  it('gives no signing from a condition, nor a document not yet signed', () => {
    expect(facts('Если вести отсчёт от подписания Договора о коллективной безопасности в Ташкенте, организации больше тридцати лет.', 'HELD_IN')).toEqual([]);
    expect(facts('После того, как в Кишинёве не был подписан Устав ОДКБ, переговоры продолжились.', 'HELD_IN')).toEqual([]);
  });
});
