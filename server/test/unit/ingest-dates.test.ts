import { findDates } from '../../src/ingest/dates';
import { partialDate } from '../../src/model/partial-date';
import { describeFact, extractFrom } from '../support/ingest';

/** Each date a sentence gives, as role:date, against a publication date. */
const dates = (text: string, published: string) =>
  findDates(text, partialDate(published)).map((found) => `${found.role}:${found.date}${found.until ? `..${found.until}` : ''}`);

// 2027-02-04 is a Thursday; 2025-06-18 a Wednesday.
describe('ingest: weekdays against the publication date', () => {
  it('puts a weekday of a past clause on the most recent such day, on or before publication', () => {
    expect(dates('The ministers met in Yerevan on Wednesday.', '2027-02-04')).toEqual(['point:2027-02-03']);
    expect(dates('Министры встретились в Ереване в среду.', '2027-02-04')).toEqual(['point:2027-02-03']);
    expect(dates('The envoys signed the protocol on Thursday.', '2027-02-04')).toEqual(['point:2027-02-04']);
    expect(dates('Делегация прибыла во вторник.', '2027-02-04')).toEqual(['point:2027-02-02']);
  });

  it('puts a weekday of a future clause on the next such day', () => {
    expect(dates('The council will convene on Monday.', '2027-02-04')).toEqual(['point:2027-02-08']);
    expect(dates('Совет соберётся в понедельник.', '2027-02-04')).toEqual(['point:2027-02-08']);
    expect(dates('The talks resume next Tuesday.', '2027-02-04')).toEqual(['point:2027-02-09']);
    expect(dates('Переговоры прошли в прошлую пятницу.', '2027-02-04')).toEqual(['point:2027-01-29']);
  });

  it('takes the tense of the verb nearest the weekday, not any word of the sentence', () => {
    // "from" alone once made the whole sentence future.
    expect(dates('Poland handed the presidency to Lithuania on Wednesday at a meeting that Hungary stayed away from.', '2027-02-04')).toEqual([
      'point:2027-02-03',
    ]);
    expect(dates("Envoys from six states gathered on Wednesday's opening day.", '2025-06-18')).toEqual(['point:2025-06-18']);
  });
});

describe('ingest: months and days without a year, by the tense of their clause', () => {
  it('puts a month of a past verb behind publication and one of a future verb ahead of it', () => {
    expect(dates('The assembly met in March.', '2027-02-04')).toEqual(['point:2026-03']);
    expect(dates('The assembly will meet in March.', '2027-02-04')).toEqual(['point:2027-03']);
    expect(dates('Ассамблея собралась в марте.', '2027-02-04')).toEqual(['point:2026-03']);
    expect(dates('Ассамблея соберётся в марте.', '2027-02-04')).toEqual(['point:2027-03']);
  });

  it('gives each date of a sentence the tense of its own clause', () => {
    expect(dates('The envoys met in October, and the next round will be held in March.', '2027-02-04')).toEqual(['point:2026-10', 'point:2027-03']);
    expect(dates('В октябре уже прошла встреча послов, а следующий раунд пройдёт в марте.', '2027-02-04')).toEqual(['point:2026-10', 'point:2027-03']);
  });

  it('reads a passive after "be" as the future it is, and "is expected to" as the future', () => {
    expect(dates('The minister said the games would be held in July.', '2027-02-04')).toEqual(['point:2027-07']);
    expect(dates('Serbia is expected to present its report at the December session.', '2027-02-04')).toEqual(['point:2027-12']);
    expect(dates('Colombia took over from Chile on January 1.', '2026-09-18')).toEqual(['point:2026-01-01']);
  });
});

describe('ingest: the tense of a date is its own clause\'s, not the report\'s', () => {
  it('does not take a verb of saying for the tense of what is said', () => {
    expect(dates('Masadykov recalled that the chairmanship passes to Tajikistan on 1 January.', '2026-11-20')).toEqual(['point:2027-01-01']);
    expect(dates('Масадыков напомнил, что с 1 января председательство перейдёт к Таджикистану.', '2026-11-20')).toEqual(['since:2027-01-01']);
    expect(dates('Посол сообщил, что встреча прошла в марте.', '2026-11-20')).toEqual(['point:2026-03']);
  });

  it('puts a day of a clause with no tense on the side of publication it is nearer to', () => {
    expect(dates('Kyrgyzstan chaired the bloc last year and handed over to Russia, which passes the baton to Tajikistan on January 1.', '2026-11-20')).toEqual([
      'point:2025',
      'point:2027-01-01',
    ]);
    expect(dates('December 8: the working group meets in Astana.', '2026-11-30')).toEqual(['point:2026-12-08']);
    expect(dates('December 8: the working group meets in Astana.', '2027-01-05')).toEqual(['point:2026-12-08']);
    // A past verb in its own clause still puts it behind: "took over … on January 1", read in September.
    expect(dates('Colombia took over from Chile on January 1.', '2026-11-20')).toEqual(['point:2026-01-01']);
  });

  it('reads a Russian past participle as the past', () => {
    expect(dates('Масадыков, вступивший в должность в январе, рассказал журналистам о планах.', '2026-11-20')).toEqual(['point:2026-01']);
  });

  it('reads a day or month with a relative year in that year', () => {
    expect(dates('Masadykov has led the Secretariat since 1 January this year.', '2026-11-20')).toEqual(['since:2026-01-01']);
    expect(dates('The drills are planned for March next year.', '2026-11-20')).toEqual(['point:2027-03']);
    expect(dates('С 1 января нынешнего года организацию возглавляет Масадыков.', '2026-11-20')).toEqual(['since:2026-01-01']);
    expect(dates('Учения пройдут в сентябре следующего года.', '2026-11-20')).toEqual(['point:2027-09']);
  });
});

describe('ingest: dates relative to publication', () => {
  it('reads last and next month, week and year, and the years before', () => {
    expect(dates('The treaty was ratified last month.', '2027-02-04')).toEqual(['point:2027-01']);
    expect(dates('Договор ратифицирован в прошлом месяце.', '2027-02-04')).toEqual(['point:2027-01']);
    expect(dates('The envoys met earlier this month.', '2027-02-04')).toEqual(['point:2027-02']);
    expect(dates('The mission opened earlier this year.', '2027-02-04')).toEqual(['point:2027']);
    expect(dates('The mission closed late last year.', '2027-02-04')).toEqual(['point:2026']);
    expect(dates('Миссия откроется в начале следующего года.', '2027-02-04')).toEqual(['point:2028']);
    expect(dates('The base was closed two years ago.', '2027-02-04')).toEqual(['point:2025']);
    expect(dates('База закрыта три года назад.', '2027-02-04')).toEqual(['point:2024']);
    expect(dates('Прошлогодние учения принимала Армения.', '2027-02-04')).toEqual(['point:2026']);
  });

  it('does not read a number of years that is not "ago" as a date', () => {
    expect(dates('The mission has two years to run.', '2027-02-04')).toEqual([]);
    expect(dates('Договор продлён на пять лет.', '2027-02-04')).toEqual([]);
  });
});

describe('ingest: ranges of days and the years a plan covers', () => {
  it('reads English ranges of days in one month', () => {
    expect(dates('The drills run from 12 to 16 October.', '2026-09-01')).toEqual(['point:2026-10-12..2026-10-16']);
    expect(dates('The drills ran on 3-7 May 2025.', '2026-09-01')).toEqual(['point:2025-05-03..2025-05-07']);
    expect(dates('The drills will run October 12–16.', '2026-09-01')).toEqual(['point:2026-10-12..2026-10-16']);
  });

  it('marks the years a budget, plan or strategy covers as its scope, not a time', () => {
    expect(dates('The leaders approved the budget for 2027.', '2026-11-12')).toEqual(['scope:2027']);
    expect(dates('Министры одобрили план консультаций по вопросам внешней политики на 2026–2027 годы.', '2026-06-15')).toEqual(['scope:2026..2027']);
    expect(dates('The leaders adopted the Anti-Drug Strategy 2026-2030.', '2026-11-12')).toEqual(['scope:2026..2030']);
    // A term of office is a time: "назначен на 2026–2028 годы", "from 2003 to 2016".
    expect(dates('Он назначен генеральным секретарём на 2026–2028 годы.', '2025-11-27')).toEqual(['point:2026..2028']);
    expect(dates('He led the Secretariat from 2003 to 2016.', '2025-11-27')).toEqual(['point:2003..2016']);
  });
});

describe('ingest: the dates a fact takes', () => {
  const facts = (text: string, published: string) => extractFrom(text, published).proposals.map(describeFact);

  it('dates a document adopted at a meeting by the dateline, not by the years it covers', () => {
    expect(facts('ЕРЕВАН, 3 марта — По итогам саммита лидеры утвердили бюджет ОДКБ на 2027 год.', '2026-03-04')).toEqual(['ADOPTED_AT "бюджет ОДКБ" → "саммита" 2026-03-03..']);
  });

  it('dates an exercise by the relative clause that says when it takes place', () => {
    expect(facts('Белоруссия примет участие в учениях «Взаимодействие», которые пройдут с 12 по 16 октября в Казахстане.', '2026-09-01')).toContain(
      'PARTICIPATES_IN belarus → interaction 2026-10-12..2026-10-16',
    );
    expect(facts('Belarus will take part in the Interaction exercise, which will be held from 12 to 16 October.', '2026-09-01')).toEqual([
      'PARTICIPATES_IN belarus → interaction 2026-10-12..2026-10-16',
    ]);
  });

  it('ends a term handed over on a day the day before, as the next holder starts that day', () => {
    expect(facts('Russia will hand over the chairmanship of the CSTO to Tajikistan on 1 January 2027.', '2026-11-20')).toEqual([
      'CHAIRS russia → csto ..2026-12-31 [chair]',
      'CHAIRS tajikistan → csto 2027-01-01.. [chair]',
    ]);
    // A month or a year is kept: the term ran into it.
    expect(facts('Russia will hand over the chairmanship of the CSTO to Tajikistan in 2027.', '2026-11-20')).toEqual([
      'CHAIRS russia → csto ..2027 [chair]',
      'CHAIRS tajikistan → csto 2027.. [chair]',
    ]);
  });

  it('does not date a fact by a clause about another subject after "while"', () => {
    const text =
      'The meeting of the CSTO Council of Defence Ministers was held in Almaty on 26 May. Delegations of Belarus, Russia and Tajikistan attended, while Armenia, which froze its participation in the bloc in February 2024, was not represented.';
    const found = facts(text, '2026-05-28');
    expect(found).toContain('PARTICIPATES_IN belarus → "meeting of the CSTO Council of Defence Ministers" 2026-05-26..2026-05-26');
    expect(found).toContain('MEMBER_OF armenia → csto 2024-02.. {participation frozen}');
    expect(found.filter((fact) => fact.startsWith('PARTICIPATES_IN') && fact.includes('2024'))).toEqual([]);
  });

  it('dates an edition by its year when the sentence gives none', () => {
    expect(facts('Учения «Рубеж-2024» принимал Кыргызстан.', '2026-09-01')).toEqual(['HOSTS kyrgyzstan → rubezh 2024..2024']);
  });
});

describe('ingest: years counted from an earlier date, and a line dated at its head', () => {
  /** Each date a sentence gives, with the date the text gave before it. */
  const after = (text: string, earlier: string | undefined, published = '2026-11-30') =>
    findDates(text, partialDate(published), earlier).map((found) => `${found.role}:${found.date}`);

  it('counts "two years later", "a year earlier", "the following year" from the date before them in the sentence, else from the text\'s', () => {
    expect(after('Georgia joined in 1994 and left five years later.', undefined)).toEqual(['point:1994', 'point:1999']);
    expect(after('Two years later, the republic rejoined the bloc.', '2004')).toEqual(['point:2006']);
    expect(after('A year earlier, the council had met in Dushanbe.', '2008-10')).toEqual(['point:2007']);
    expect(after('The following year the drills moved to Tajikistan.', '2019')).toEqual(['point:2020']);
    expect(after('It had hosted the session the year before.', '2013')).toEqual(['point:2012']);
    expect(after('Since two years later, the group has met yearly.', '2010')).toEqual(['since:2012']);
    expect(after('Год спустя республика вернулась в организацию.', '2005')).toEqual(['point:2006']);
    expect(after('Через два года Узбекистан вновь вступил в ОДКБ.', '2004')).toEqual(['point:2006']);
    expect(after('В 2024 году учения прошли в Казахстане, годом ранее — в Белоруссии.', undefined)).toEqual(['point:2024', 'point:2023']);
    expect(after('Двумя годами позже сессия прошла в Минске.', '2021')).toEqual(['point:2023']);
    expect(after('В том же году Армения заморозила участие.', '2024-02')).toEqual(['point:2024']);
  });

  it('dates a month "of that year", «того же года», in the year given before it, not the publication\'s', () => {
    expect(after('Kazakhstan chaired the bloc in 2019, and in October of that year the leaders met in Bishkek.', undefined)).toEqual(['point:2019', 'point:2019-10']);
    expect(after('В 2021 году председательствовал Таджикистан, а в сентябре того же года в Душанбе прошла сессия.', undefined)).toEqual(['point:2021', 'point:2021-09']);
    expect(after('В сентябре того же года учения перенесли.', '2017')).toEqual(['point:2017-09']);
    // Not "this year": the publication's.
    expect(after('In 2019 Kazakhstan chaired the bloc; in October this year the leaders met in Moscow.', undefined)).toEqual(['point:2019', 'point:2026-10']);
  });

  it('gives nothing without an earlier date, for a plan\'s "next year", for "the year before the war", and counts a future "через" from publication', () => {
    expect(after('Two years later, the republic rejoined the bloc.', undefined)).toEqual([]);
    expect(after('A year before the war, the bloc met in Minsk.', '2019')).toEqual([]);
    expect(after('Совет одобрил план на следующий год.', '2019')).toEqual([]);
    expect(after('Через два года председательство перейдёт к Казахстану.', '2019', '2026-11-30')).toEqual(['point:2028']);
  });

  it('dates each fact of a timeline line by the date at its head, in English and Russian', () => {
    const facts = (text: string, published?: string) => extractFrom(text, published).proposals.map(describeFact);
    const text = 'TIMELINE\n\n* 1999 - Following a long dispute over the future of the bloc, Uzbekistan left the CSTO.\n* 2006: After seven years outside the bloc, Uzbekistan rejoined the CSTO.';
    expect(facts(text).filter((fact) => /uzbekistan → csto/.test(fact))).toEqual(['MEMBER_OF uzbekistan → csto ..1999', 'MEMBER_OF uzbekistan → csto 2006..']);
    const ru = 'Хроника\n\n2012 год — после долгих споров о будущем организации Узбекистан вышел из ОДКБ.';
    expect(facts(ru).filter((fact) => /uzbekistan → csto/.test(fact))).toEqual(['MEMBER_OF uzbekistan → csto ..2012']);
    // A date in the middle of a line scopes nothing beyond its reach.
    expect(facts('Officials said on Monday that, after a long dispute over the future of the bloc, Uzbekistan left the CSTO.', '2026-11-30').filter((fact) => /uzbekistan/.test(fact))).toEqual(['MEMBER_OF uzbekistan → csto']);
  });
});

describe('ingest: the tense of a date is read in its own clause first', () => {
  // Written for the test; published in late November, so "January" is the coming one in a future clause.
  it('reads a relative clause between commas on its own, not by the main verb after it', () => {
    expect(dates('Lithuania, which takes over the presidency in January, has long argued for a larger budget.', '2026-11-20')).toEqual(['point:2027-01']);
    expect(dates('Ms Novak, who replaced Mr Horvat on 1 January, said she would travel to Vienna.', '2026-11-20')).toEqual(['point:2026-01-01']);
    expect(dates('The president, who will chair the council from January, has made it his priority.', '2026-11-20')).toEqual(['since:2027-01']);
  });

  it('reads a second "that" clause apart from the first', () => {
    expect(dates('The agency said that Estonia would assume the presidency on 1 January and that its premier had already outlined a plan.', '2026-11-20')).toEqual([
      'point:2027-01-01',
    ]);
    expect(dates('Лидеры договорились, что с 1 января председательство перейдёт к Латвии.', '2026-11-20')).toEqual(['since:2027-01-01']);
  });

  it('takes "from" right before a date as the future, and not elsewhere in the clause', () => {
    expect(dates('From January, the presidency passes from Austria to Estonia, whose premier has served since 2019.', '2026-11-20')).toEqual([
      'since:2027-01',
      'since:2019',
    ]);
    expect(dates('Its absence from the November 11 summit in Vienna showed that the alliance had learned to live without it.', '2026-12-10')).toEqual(['since:2026-11-11']);
  });
});

describe('ingest: the years a plan covers, however long its name', () => {
  it('reads a year after a long plan title as its scope, not as when it was adopted', () => {
    expect(dates('По итогам встречи министры утвердили план консультаций представителей государств-членов по вопросам миграции и пограничного контроля на 2031 год.', '2030-06-17')).toEqual([
      'scope:2031',
    ]);
    expect(dates('The ministers approved the plan of joint activities of the member states on border security and migration for 2031.', '2030-06-17')).toEqual(['scope:2031']);
  });
});
