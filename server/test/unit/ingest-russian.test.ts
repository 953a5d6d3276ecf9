/**
 * Russian news constructions the fact rules read (held-out batch 6 showed them missing), each with
 * sentences written for the test, not taken from the benchmark's corpus, and near misses that must give
 * nothing (or not that fact).
 */
import { findDates } from '../../src/ingest/dates';
import { partialDate } from '../../src/model/partial-date';
import { describeFact, extractFrom, mentionsOf } from '../support/ingest';


const facts = (text: string, published = '2027-03-01') => extractFrom(text, published).proposals.map(describeFact);

describe('ingest (ru): membership and observers in inverted order', () => {
  it('reads the verb before its subject: «из ОДКБ вышел Узбекистан», «к Договору присоединилась Белоруссия»', () => {
    expect(facts('В 2012 году из ОДКБ вышел Узбекистан.')).toEqual(['MEMBER_OF uzbekistan → csto ..2012']);
    expect(facts('В 1993 году к Договору о коллективной безопасности присоединилась Белоруссия.')).toEqual([
      'MEMBER_OF belarus → collective-security-treaty 1993..',
    ]);
    expect(facts('Из ОДКБ вышли новые доклады экспертов.')).toEqual([]);
    expect(facts('В ОДКБ вступили в силу новые правила.')).toEqual([]);
  });

  it('reads a freeze stated as a noun with a genitive object, and not a possible one', () => {
    expect(facts('Армения, заявившая в мае 2024 года о заморозке своего членства в ОДКБ, пропустила саммит.')).toEqual([
      'MEMBER_OF armenia → csto 2024-05.. {participation frozen}',
    ]);
    expect(facts('Армения может объявить о заморозке своего участия в ОДКБ.')).toEqual([]);
  });

  it('reads observer status with the object first, and «в качестве наблюдателя» at an organization only', () => {
    expect(facts('Статус наблюдателя при Парламентской ассамблее ОДКБ в 2014 году получила Сербия.')).toEqual([
      'OBSERVER_OF serbia → csto-parliamentary-assembly 2014.. {observer}',
    ]);
    expect(facts('Сербия участвует в работе Парламентской ассамблеи ОДКБ в качестве наблюдателя.')).toEqual([
      'OBSERVER_OF serbia → csto-parliamentary-assembly {observer}',
    ]);
    expect(facts('В качестве наблюдателя к работе Парламентской ассамблеи ОДКБ присоединился Афганистан.')).toEqual([
      'OBSERVER_OF afghanistan → csto-parliamentary-assembly {observer}',
    ]);
    expect(facts('Казахстан направил офицеров в качестве наблюдателей на учения ОДКБ.')).toEqual([]);
  });
});

describe('ingest (ru): chairmanship', () => {
  it('reads the chairmanship passing with its date between, and the participle before the state', () => {
    expect(facts('Председательство в ОДКБ с 1 января 2028 года перейдёт к Белоруссии.')).toEqual(['CHAIRS belarus → csto 2028-01-01.. [chair]']);
    expect(facts('Председательствующая в ОДКБ в этом году Белоруссия предложила провести учения.')).toEqual(['CHAIRS belarus → csto 2027..2027 [chair]']);
    expect(facts('Председательство в ОДКБ обсуждалось на встрече.')).toEqual([]);
  });

  it('reads who took over from whom', () => {
    expect(facts('Казахстан, принявший эстафету председательства в ОДКБ у Белоруссии, представил приоритеты.')).toEqual([
      'CHAIRS kazakhstan → csto [chair]',
      'CHAIRS belarus → csto [chair]',
    ]);
  });

  it('gives each state of a gapped list its own date: «Армения — в 2022 году, Белоруссия — в 2023-м»', () => {
    expect(facts('Председательство в ОДКБ осуществляли Армения — в 2022 году, Белоруссия — в 2023-м.')).toEqual([
      'CHAIRS armenia → csto 2022..2022 [chair]',
      'CHAIRS belarus → csto 2023..2023 [chair]',
    ]);
  });

  it('reads a body of the organization followed by «ОДКБ» as the body, not the organization', () => {
    expect(facts('Садыр Жапаров председательствовал в Совете коллективной безопасности ОДКБ.')).toEqual([
      'CHAIRS sadyr-japarov → collective-security-council [chair]',
    ]);
  });
});

describe('ingest (ru): posts', () => {
  it('reads «пост … занял», with the person described before the name, and dates the start', () => {
    expect(facts('Пост генерального секретаря ОДКБ в 2020 году занял белорусский генерал Станислав Зась.')).toEqual([
      'HOLDS_POSITION stanislav-zas → csto 2020.. [Secretary-General]',
    ]);
    expect(facts('Станислав Зась занял пост генерального секретаря ОДКБ 1 января 2020 года.')).toEqual([
      'HOLDS_POSITION stanislav-zas → csto 2020-01-01.. [Secretary-General]',
    ]);
  });

  it('reads acting posts, and a noun of appointment is no appointment', () => {
    expect(facts('Обязанности генсека ОДКБ до назначения преемника будет исполнять Валерий Семериков.')).toEqual([
      'HOLDS_POSITION valery-semerikov → csto [Secretary-General (acting)]',
    ]);
    expect(facts('Валерий Семериков временно исполнял обязанности генерального секретаря ОДКБ.')).toEqual([
      'HOLDS_POSITION valery-semerikov → csto [Secretary-General (acting)]',
    ]);
  });

  it('reads an appointment with the name described («назначен бывший посол Казахстана X») and proposes the new person', () => {
    const result = extractFrom('Первым заместителем генерального секретаря ОДКБ назначен бывший посол Казахстана Иван Петров.', '2027-03-01');
    expect(result.proposals.map(describeFact)).toEqual(['HOLDS_POSITION "Иван Петров" → csto [Deputy Secretary-General]']);
    expect(result.newEntities.map((entity) => `${entity.kind}:${entity.text}`)).toEqual(['PERSON:Иван Петров']);
  });

  it('reads the dated end of a post stated as a noun (генсек), and not a hedged or undated one', () => {
    expect(facts('После отставки в 2016 году генсека ОДКБ Николая Бордюжи пост оставался вакантным.')).toEqual([
      'HOLDS_POSITION nikolai-bordyuzha → csto ..2016 [Secretary-General]',
    ]);
    // The title still says who held the post; no end is read.
    expect(facts('Возможная отставка генсека ОДКБ Станислава Зася в 2022 году обсуждалась.')).toEqual(['HOLDS_POSITION stanislav-zas → csto [Secretary-General]']);
    expect(facts('Отставка генсека ОДКБ Станислава Зася стала неожиданностью.')).toEqual(['HOLDS_POSITION stanislav-zas → csto [Secretary-General]']);
  });

  it('reads heads in relative clauses and with the body first, not a delegation\'s head', () => {
    expect(facts('Андрей Сердюков, который руководит Объединённым штабом ОДКБ с 2023 года, провёл совещание.')).toEqual([
      'HEADS andrey-serdyukov → csto-joint-staff 2023..',
    ]);
    expect(facts('С 2017 года Секретариат ОДКБ возглавлял армянский генерал Юрий Хачатуров.')).toEqual(['HEADS yuri-khachaturov → csto-secretariat 2017..']);
    expect(facts('Делегацию ОДКБ возглавил Таалатбек Масадыков.')).toEqual([]);
  });

  it('reads a successor in a participle, and leaves a relative clause\'s date to that clause', () => {
    expect(facts('Генеральным секретарём ОДКБ стал Станислав Зась, сменивший Валерия Семерикова.')).toEqual([
      'HOLDS_POSITION stanislav-zas → csto [Secretary-General]',
      'SUCCEEDED_BY valery-semerikov → stanislav-zas',
      'HOLDS_POSITION valery-semerikov → csto [Secretary-General]',
    ]);
    expect(facts('Таалатбек Масадыков сменил Имангали Тасмагамбетова, который возглавлял Секретариат ОДКБ с 2023 года.')).toEqual([
      'HEADS imangali-tasmagambetov → csto-secretariat 2023..',
      'SUCCEEDED_BY imangali-tasmagambetov → taalatbek-masadykov',
    ]);
  });

  it('gives an aide of a president that post, not the president\'s', () => {
    expect(facts('Помощник президента России Юрий Ушаков сообщил об итогах переговоров.')).toEqual([
      'HOLDS_POSITION "Юрий Ушаков" → russia [Presidential Aide]',
    ]);
  });
});

describe('ingest (ru): meetings, exercises, documents, programmes', () => {
  it('reads participants named by their soldiers, and attendees with titles after a longer meeting phrase', () => {
    expect(facts('В маневрах приняли участие военнослужащие из Армении и Белоруссии.')).toEqual([
      'PARTICIPATES_IN armenia → "маневрах"',
      'PARTICIPATES_IN belarus → "маневрах"',
    ]);
    expect(facts('На встрече в расширенном формате присутствовали президент России Владимир Путин и президент Таджикистана Эмомали Рахмон.')).toEqual([
      'HOLDS_POSITION vladimir-putin → russia [President]',
      'HOLDS_POSITION emomali-rahmon → tajikistan [President]',
      'ATTENDED vladimir-putin → "встрече"',
      'ATTENDED emomali-rahmon → "встрече"',
    ]);
  });

  it('reads the host of a meeting in a participle, and taking part is not hosting', () => {
    expect(facts('Таджикистан, принимающий саммит ОДКБ в этом году, готовит программу.')).toEqual(['HOSTS tajikistan → "саммит ОДКБ" 2027..2027']);
    expect(facts('Россия приняла участие в учениях.')).toEqual(['PARTICIPATES_IN russia → "учениях"']);
  });

  it('reads exercises with forces and directed by a body, not a meeting with a body', () => {
    expect(facts('Тактическое учение с Коллективными миротворческими силами ОДКБ пройдёт в Казахстане.')).toEqual([
      // Where the exercise takes place: «учение с X» is a meeting for the held-in rules.
      'HELD_IN "Тактическое учение" → kazakhstan',
      'PARTICIPATES_IN collective-peacekeeping-forces → "Тактическое учение"',
    ]);
    expect(facts('Руководство учениями осуществлял Объединённый штаб ОДКБ.')).toEqual(['CONDUCTS csto-joint-staff → "учениями"']);
    // No body conducts the meeting; the relation layer reads where it took place.
    expect(facts('Совещание с Секретариатом ОДКБ прошло в Москве.')).toEqual(['HELD_IN "Совещание" → moscow']);
  });

  it('reads each document adopted at the meeting the sentence names, not a draft and not without a meeting', () => {
    expect(facts('На саммите в Ереване лидеры одобрили Концепцию коллективной безопасности и подписали заявление о борьбе с терроризмом.')).toEqual([
      'HELD_IN "саммите" → yerevan',
      'ADOPTED_AT "Концепцию" → "саммите"',
      'ADOPTED_AT "заявление" → "саммите"',
    ]);
    expect(facts('Министры одобрили проект декларации на встрече в Минске.')).toEqual(['HELD_IN "встрече" → minsk']);
    expect(facts('Россия подписала соглашение с Казахстаном.')).toEqual([]);
  });

  it('reads a meeting in a place with an adverb before the verb', () => {
    expect(facts('В апреле в Душанбе уже прошло совещание секретарей советов безопасности.')).toEqual(['HELD_IN "совещание" → dushanbe 2026-04..2026-04']);
  });

  it('reads «координацию её выполнения ведёт X» as coordinating the programme named before, and nothing when none was', () => {
    expect(
      facts('Государства утвердили Межгосударственную целевую программу по укреплению таджикско-афганской границы. Координацию её выполнения ведёт Таджикистан.'),
    ).toEqual(['COORDINATES tajikistan → tajik-afghan-border-programme']);
    expect(facts('Координацию её выполнения ведёт Таджикистан.')).toEqual([]);
  });
});

describe('ingest (ru): headlines, datelines, dates', () => {
  it('leaves a fact the headline restates to the body, and keeps a headline\'s fact the body does not state', () => {
    const restated = extractFrom('Председательство в ОДКБ перейдёт к Белоруссии\n\nС 1 января 2028 года председательство в ОДКБ перейдёт к Белоруссии.', '2027-11-20');
    expect(restated.proposals.map((fact) => `${describeFact(fact)} ¶${fact.evidence.paragraph}`)).toEqual(['CHAIRS belarus → csto 2028-01-01.. [chair] ¶2']);
    const alone = extractFrom('Председательство в ОДКБ перейдёт к Белоруссии\n\nЛидеры обсудили бюджет.', '2027-11-20');
    expect(alone.proposals.map((fact) => `${describeFact(fact)} ¶${fact.evidence.paragraph}`)).toEqual(['CHAIRS belarus → csto [chair] ¶1']);
  });

  it('dates an undated event by the dateline under a headline', () => {
    expect(facts('Лидеры ОДКБ собрались в Минске\n\nМИНСК, 14 октября. В заседании приняли участие Александр Лукашенко и Владимир Путин.', '2027-10-14')).toEqual([
      // The gathering of the headline, held in Minsk (round 14: «ОДКБ собрались в …» is read as a body's sitting).
      'HELD_IN "собрались" → minsk 2027-10-14..2027-10-14',
      'ATTENDED alexander-lukashenko → "заседании" 2027-10-14..2027-10-14',
      'ATTENDED vladimir-putin → "заседании" 2027-10-14..2027-10-14',
    ]);
  });

  it('reads «в нынешнем году» as the publication year', () => {
    expect(findDates('в нынешнем году', partialDate('2027-03-01')).map((found) => found.date)).toEqual(['2027']);
  });

  it('links plural adjectives in -кие in every case', () => {
    expect(mentionsOf(extractFrom('Учение Коллективных миротворческих сил ОДКБ завершилось.'))).toEqual([
      'collective-peacekeeping-forces:Коллективных миротворческих сил ОДКБ',
    ]);
  });
});

describe('ingest (ru): what held-out batch 7 showed missing', () => {
  it('reads participants named after a phrase of people or units, with «в работе» and «к … привлечены»', () => {
    expect(facts('В работе совещания участвовали главы оборонных ведомств Армении и Белоруссии.')).toEqual([
      'PARTICIPATES_IN armenia → "совещания"',
      'PARTICIPATES_IN belarus → "совещания"',
    ]);
    expect(facts('К маневрам привлечены воинские контингенты России и Таджикистана.')).toEqual([
      'PARTICIPATES_IN russia → "маневрам"',
      'PARTICIPATES_IN tajikistan → "маневрам"',
    ]);
  });

  it('reads a suspension «в деятельности ОДКБ»', () => {
    expect(facts('Узбекистан, приостановивший участие в деятельности ОДКБ, не прислал делегацию.')).toEqual([
      'MEMBER_OF uzbekistan → csto {participation suspended}',
    ]);
  });

  it('reads the chairmanship handed over to a state in the dative, both ends', () => {
    expect(facts('Белоруссия, передавшая затем председательство в ОДКБ Казахстану, подвела итоги.')).toEqual([
      'CHAIRS kazakhstan → csto [chair]',
      'CHAIRS belarus → csto [chair]',
    ]);
  });

  it('reads the host after the event, and a visiting meeting; hosting needs a meeting', () => {
    expect(facts('Учения «Эшелон-2025» принимала Белоруссия.')).toEqual(['HOSTS belarus → echelon-2025 2025..2025']);
    // A city receiving a meeting is where it was held (the labels' convention since round 12; this said HOSTS before).
    expect(facts('Ереван принял внеочередной саммит.')).toEqual(['HELD_IN "внеочередной саммит" → yerevan']);
    expect(facts('Ереван принял решение о выходе.')).toEqual([]);
  });

  it('reads who organises an exercise, with the exercise first', () => {
    expect(facts('Маневры организовал Объединённый штаб ОДКБ.')).toEqual(['CONDUCTS csto-joint-staff → "Маневры"']);
  });

  it('reads a range of days in one month («с 3 по 7 августа») as the event\'s span', () => {
    expect(facts('Учения «Кобальт-2026» пройдут с 3 по 7 августа в Киргизии.', '2026-03-01')).toEqual(['HELD_IN cobalt → kyrgyzstan 2026-08-03..2026-08-07']);
  });

  it('links a member state by its full Russian name', () => {
    expect(mentionsOf(extractFrom('Делегацию Республики Таджикистан возглавил министр.'))).toEqual(['tajikistan:Республики Таджикистан']);
  });
});

describe('ingest (ru): what held-out batch 8 showed missing', () => {
  it('reads lists that end with «а также», and the members of «в неё входят …»; not other things that «входят»', () => {
    expect(facts('В ОДКБ входят Армения, Белоруссия, Казахстан и Киргизия, а также Россия и Таджикистан.')).toEqual(
      ['armenia', 'belarus', 'kazakhstan', 'kyrgyzstan', 'russia', 'tajikistan'].map((state) => `MEMBER_OF ${state} → csto`),
    );
    expect(facts('Организация Договора о коллективной безопасности была создана в 2002 году. В неё входят Россия и Таджикистан, а также Армения.')).toEqual(
      ['ESTABLISHED_BY csto → "создана в 2002 году" 2002..', ...['russia', 'tajikistan', 'armenia'].map((state) => `MEMBER_OF ${state} → csto`)],
    );
    expect(facts('В ОДКБ входят представители разных ведомств.')).toEqual([]);
    expect(facts('Организация Договора о коллективной безопасности была создана в 2002 году. В неё входят около 20 структур.')).toEqual(['ESTABLISHED_BY csto → "создана в 2002 году" 2002..']);
  });

  it('reads leaving with the treaty as a pronoun object («… и покинула его»)', () => {
    expect(facts('В 1999 году Грузия отказалась продлевать Договор о коллективной безопасности и покинула его.')).toEqual([
      'MEMBER_OF georgia → collective-security-treaty ..1999',
    ]);
  });

  it('reads participants after «В нём участвовали» and a phrase of people, and a titled person after «а также», at the meeting named before', () => {
    const meeting = 'В четверг в Ереване прошло заседание Совета министров иностранных дел ОДКБ.';
    const found = facts(`${meeting} В нём участвовали министры иностранных дел Белоруссии и Казахстана, а также генеральный секретарь ОДКБ Таалатбек Масадыков.`);
    const at = '"заседание Совета министров иностранных дел ОДКБ" 2027-02-25..2027-02-25';
    expect(found).toEqual(
      expect.arrayContaining([`PARTICIPATES_IN belarus → ${at}`, `PARTICIPATES_IN kazakhstan → ${at}`, `ATTENDED taalatbek-masadykov → ${at}`]),
    );
    expect(facts(`${meeting} В нём участвовали около 300 человек.`)).toEqual([`HELD_IN "заседание Совета министров иностранных дел ОДКБ" → yerevan 2027-02-25..2027-02-25`]);
  });

  it('reads states sending troops as taking part in the exercise named before, and not a state sending a note', () => {
    expect(facts('В сентябре в Белоруссии прошли учения «Эшелон». Крупнейший контингент выделил Казахстан, военнослужащих направили также Армения и Киргизия.')).toEqual([
      'HELD_IN echelon → belarus 2026-09..2026-09',
      // Dated by the sentence before, which dates the exercise (event-dates.ts).
      'PARTICIPATES_IN kazakhstan → echelon 2026-09..2026-09',
      'PARTICIPATES_IN armenia → echelon 2026-09..2026-09',
      'PARTICIPATES_IN kyrgyzstan → echelon 2026-09..2026-09',
    ]);
    expect(facts('Казахстан направил ноту в Секретариат ОДКБ.')).toEqual([]);
    expect(facts('Учение «Рубеж», к которому были привлечены подразделения Киргизии, завершилось.')).toEqual(['PARTICIPATES_IN kyrgyzstan → rubezh']);
  });

  it('reads a chairmanship that begins as a noun, with «с 1 января» in November as the next January', () => {
    expect(facts('Председательство Армении в ОДКБ, которое начнётся с 1 января, станет испытанием для блока.', '2026-11-20')).toEqual([
      'CHAIRS armenia → csto 2027-01-01.. [chair]',
    ]);
    expect(facts('Председательство Армении в ОДКБ обсуждалось в Ереване.')).toEqual([]);
  });

  it('reads the chairing verb before its subject, a gapped second chair, and who handed over with the object first', () => {
    expect(facts('В ОДКБ в этом году председательствует Казахстан.')).toEqual(['CHAIRS kazakhstan → csto 2027..2027 [chair]']);
    expect(facts('Белоруссия председательствовала в ОДКБ в 2023 году, Казахстан — в 2024-м.')).toEqual([
      'CHAIRS belarus → csto 2023..2023 [chair]',
      'CHAIRS kazakhstan → csto 2024..2024 [chair]',
    ]);
    // Kazakhstan's own chairmanship: the relation layer's (a chairmanship noun, the state, the organization).
    expect(facts('Эстафету председательства в ОДКБ Казахстан принял у Белоруссии.')).toEqual(['CHAIRS belarus → csto [chair]', 'CHAIRS kazakhstan → csto [chair]']);
  });

  it('reads an appointment stated as a noun, and not a possible one', () => {
    expect(facts('Совет одобрил назначение заместителем генерального секретаря ОДКБ представителя Армении Арсена Саркисяна.')).toEqual([
      'HOLDS_POSITION "Арсена Саркисяна" → csto [Deputy Secretary-General]',
    ]);
    expect(facts('Обсуждалось возможное назначение заместителем генерального секретаря ОДКБ представителя Армении Арсена Саркисяна.')).toEqual([]);
  });

  it('reads posts implied by a succession: «Его сменил X» (the pronoun is the object), «сменив на этом посту X»', () => {
    // Bordyuzha's post is read from the first sentence's inverted copula (round 23), before the succession implies it.
    expect(facts('Первым генеральным секретарём ОДКБ был Николай Бордюжа. Его сменил генерал Юрий Хачатуров.')).toEqual([
      'HOLDS_POSITION nikolai-bordyuzha → csto [Secretary-General]',
      'HOLDS_POSITION yuri-khachaturov → csto [Secretary-General]',
      'SUCCEEDED_BY nikolai-bordyuzha → yuri-khachaturov',
    ]);
    expect(facts('Генеральным секретарём ОДКБ назначен Имангали Тасмагамбетов. Он приступит к обязанностям в январе, сменив на этом посту Станислава Зася.', '2022-10-14')).toEqual([
      'HOLDS_POSITION imangali-tasmagambetov → csto [Secretary-General]',
      'HOLDS_POSITION stanislav-zas → csto ..2023-01 [Secretary-General]',
      'SUCCEEDED_BY stanislav-zas → imangali-tasmagambetov 2023-01..',
    ]);
  });

  it('reads «пока … пост не занял X» as X taking the post, and a plain negation as nothing', () => {
    expect(facts('Обязанности генсека ОДКБ исполнял Валерий Семериков, пока в январе 2020 года пост не занял Станислав Зась.')).toContain(
      'HOLDS_POSITION stanislav-zas → csto 2020-01.. [Secretary-General]',
    );
    // The first sentence states Semerikov's post («… был X», round 23); the negated second gives Zas nothing.
    expect(facts('Генеральным секретарём ОДКБ был Валерий Семериков. Этот пост не занял Станислав Зась.')).toEqual(['HOLDS_POSITION valery-semerikov → csto [Secretary-General]']);
  });

  it('reads «он» after a name the graph lacks as that name, not as the last known person', () => {
    const found = facts('Генеральный секретарь ОДКБ Таалатбек Масадыков провёл совещание. Заместителем генерального секретаря ОДКБ назначен Азамат Бекешев. Он сменит на этом посту Ерлана Жумабаева.');
    expect(found).toContain('SUCCEEDED_BY "Ерлана Жумабаева" → "Азамат Бекешев"');
    expect(found.filter((fact) => fact.startsWith('SUCCEEDED_BY'))).toHaveLength(1);
  });

  it('reads «Она» as the state or organization that opened the sentence before, unless that sentence names a person', () => {
    expect(facts('Белоруссия вступила в Договор о коллективной безопасности в 1993 году. Она председательствовала в ОДКБ в 2023 году.')).toEqual([
      'MEMBER_OF belarus → collective-security-treaty 1993..',
      'CHAIRS belarus → csto 2023..2023 [chair]',
    ]);
    expect(facts('Организация Договора о коллективной безопасности объединяет шесть государств. Она провела учения «Взаимодействие» в Белоруссии.')).toContain(
      'CONDUCTS csto → interaction',
    );
    expect(facts('Армения направила в Минск министра Марию Петрову. Она приняла участие в заседании СМИД ОДКБ.')).toEqual([
      'ATTENDED "Марию Петрову" → "заседании СМИД ОДКБ"',
    ]);
  });

  it('reads who chaired with an official title and initials, and the title as a post', () => {
    expect(facts('В Бишкеке под председательством Первого заместителя Председателя Правительства Российской Федерации Д.В. Мантурова прошло заседание комиссии.')).toEqual([
      'CHAIRS denis-manturov → "заседание" [chair]',
      'HOLDS_POSITION denis-manturov → russia [First Deputy Prime Minister]',
      'HELD_IN "заседание" → bishkek',
    ]);
  });

  it('reads a plan to hold a meeting in a place, and not a proposal to', () => {
    expect(facts('В начале следующего года в Армении планируется провести заседание Совета министров обороны ОДКБ.')).toEqual([
      'HELD_IN "заседание Совета министров обороны ОДКБ" → armenia 2028..2028',
    ]);
    expect(facts('Решено провести следующую сессию в ноябре 2028 года в Ереване.')).toEqual(['HELD_IN "следующую сессию" → yerevan 2028-11..2028-11']);
    expect(facts('Белоруссия предложила провести совещание экспертов в Минске.')).toEqual([]);
  });

  it('reads a gapped second place with its own date', () => {
    expect(facts('В 2025 году «Кобальт» проходил в Казахстане, в 2026 году — в Киргизии.')).toEqual([
      'HELD_IN cobalt → kazakhstan 2025..2025',
      'HELD_IN cobalt → kyrgyzstan 2026..2026',
    ]);
  });

  it('reads forces in the genitive after «учение» (taking part), a body directing the drills and the person directing them; not the bloc\'s drills', () => {
    expect(facts('Летом пройдёт совместное учение Коллективных миротворческих сил ОДКБ «Нерушимое братство».')).toEqual([
      'PARTICIPATES_IN collective-peacekeeping-forces → indestructible-brotherhood 2027..2027',
    ]);
    expect(facts('Учения ОДКБ «Нерушимое братство» пройдут летом.')).toEqual([]);
    expect(facts('Руководил учениями Объединённый штаб ОДКБ.')).toEqual(['CONDUCTS csto-joint-staff → "учениями"']);
    // Since batch 15 the labels read a person who directs an exercise as conducting it, past the title before the name (round 15).
    expect(facts('Руководил учениями начальник Объединённого штаба ОДКБ Андрей Сердюков.')).toEqual([
      'HEADS andrey-serdyukov → csto-joint-staff [Head]',
      'CONDUCTS andrey-serdyukov → "учениями"',
    ]);
  });

  it('reads who administers a programme in a relative clause, and who coordinates «работы по программе» named before', () => {
    expect(facts('Межгосударственная программа ОДКБ по военно-экономическому и военно-техническому сотрудничеству, реализацию которой обеспечивает МКВЭС, продлена.')).toEqual([
      'ADMINISTERS icmec → interstate-program',
    ]);
    expect(facts('Межгосударственная целевая программа по укреплению таджикско-афганской границы рассчитана до 2029 года. Координацию работ по программе ведёт Секретариат ОДКБ.')).toEqual([
      'COORDINATES csto-secretariat → tajik-afghan-border-programme',
    ]);
    expect(facts('Координацию работ по программе ведёт Секретариат ОДКБ.')).toEqual([]);
  });

  it('reads a document signed in the passive at the meeting the sentence names, and not a draft', () => {
    expect(facts('По итогам встречи подписан протокол.')).toEqual(['ADOPTED_AT "протокол" → "встречи"']);
    expect(facts('По итогам встречи подписан проект протокола.')).toEqual([]);
  });

  it('reads «Наблюдателями при … являются», with «ассамблее» in lower case as the assembly named before, and nothing when none was', () => {
    expect(facts('Наблюдателями при Парламентской ассамблее ОДКБ являются Сербия и Афганистан.')).toEqual([
      'OBSERVER_OF serbia → csto-parliamentary-assembly {observer}',
      'OBSERVER_OF afghanistan → csto-parliamentary-assembly {observer}',
    ]);
    expect(facts('Пленарное заседание Парламентской ассамблеи ОДКБ прошло в Минске. Наблюдателями при ассамблее остаются Сербия и Афганистан.')).toEqual(
      expect.arrayContaining(['OBSERVER_OF serbia → csto-parliamentary-assembly {observer}', 'OBSERVER_OF afghanistan → csto-parliamentary-assembly {observer}']),
    );
    expect(facts('Наблюдателями при ассамблее остаются Сербия и Афганистан.')).toEqual([]);
  });

  it('links the parliaments observing the assembly by their Russian names', () => {
    expect(mentionsOf(extractFrom('Народная скупщина Республики Сербия и Национальная ассамблея Исламской Республики Афганистан направили делегации.'))).toEqual([
      'national-assembly-of-serbia:Народная скупщина Республики Сербия',
      'parliament-of-afghanistan:Национальная ассамблея Исламской Республики Афганистан',
    ]);
  });

  it('dates a day without a year ahead after a Russian verb in the future, behind after one in the past', () => {
    const published = partialDate('2026-11-20');
    expect(findDates('Соглашение вступит в силу с 1 января.', published).map((found) => found.date)).toEqual(['2027-01-01']);
    expect(findDates('Он приступит к работе с 1 января.', published).map((found) => found.date)).toEqual(['2027-01-01']);
    expect(findDates('Соглашение вступило в силу с 1 января.', published).map((found) => found.date)).toEqual(['2026-01-01']);
    expect(findDates('Заседание намечено на декабрь.', partialDate('2026-11-20')).map((found) => found.date)).toEqual(['2026-12']);
  });
});

describe('ingest (ru): what held-out batch 10 showed missing (wires, agencies, digests, dossiers)', () => {
  it('reads participants after a body named in lower case or a participle: «в работе комиссии приняли участие …», «Участвовавшие в нём подразделения …»', () => {
    expect(facts('Заседание Совета министров обороны ОДКБ прошло в Бишкеке. В работе совета приняли участие министры обороны Армении и Казахстана.')).toEqual(
      expect.arrayContaining(['PARTICIPATES_IN armenia → "Заседание Совета министров обороны ОДКБ"', 'PARTICIPATES_IN kazakhstan → "Заседание Совета министров обороны ОДКБ"']),
    );
    expect(facts('В Ереване прошло совещание. В нём приняли участие секретари советов безопасности Белоруссии и Таджикистана.')).toEqual(
      expect.arrayContaining(['PARTICIPATES_IN belarus → "совещание"', 'PARTICIPATES_IN tajikistan → "совещание"']),
    );
    expect(facts('Учение ОДКБ «Взаимодействие-2027» завершилось. Участвовавшие в нём контингенты Армении и России вернулись домой.')).toEqual(
      expect.arrayContaining(['PARTICIPATES_IN armenia → interaction 2027..2027', 'PARTICIPATES_IN russia → interaction 2027..2027']),
    );
    // Not a meeting's participants: experts on a country, or a council that is not a meeting.
    expect(facts('В работе совета приняли участие эксперты.')).toEqual([]);
  });

  it('reads where a meeting named with its body or «при» took place, and the verb before the meeting', () => {
    expect(facts('Очередное заседание комитета пройдёт в октябре в Минске.')).toEqual(['HELD_IN "Очередное заседание" → minsk 2027-10..2027-10']);
    expect(facts('Делегация пропустила заседание Постоянного совета при ОДКБ, прошедшее в среду в Астане.', '2027-03-05')).toEqual([
      'HELD_IN "заседание Постоянного совета" → astana 2027-03-03..2027-03-03',
    ]);
    expect(facts('Решено провести следующее заседание совета в Ереване.')).toEqual(['HELD_IN "следующее заседание" → yerevan']);
    expect(facts('🔹 Стартовало совместное учение ОДКБ «Поиск-2027» в Белоруссии.')).toEqual(['HELD_IN search → belarus 2027..2027']);
    // The units' adjective names their state (state-units.ts): it took part.
    expect(facts('Армянские военные приняли участие в учении «Эшелон-2027» в Казахстане.')).toEqual(['HELD_IN echelon → kazakhstan 2027..2027', 'PARTICIPATES_IN armenia → echelon 2027..2027']);
    // A place that is not where the meeting is: the verb's object, or a place after a comma.
    expect(facts('Прошло заседание, посвящённое ситуации в Афганистане.')).toEqual([]);
  });

  it('reads membership restored, joined as «участником … стал», a lower-case «договору» as the treaty named before, and a leader freezing his country’s participation', () => {
    expect(facts('В 2008 году членство в ОДКБ восстановила Грузия.')).toEqual(['MEMBER_OF georgia → csto 2008..']);
    expect(facts('Молдавия подписала меморандум с ОДКБ, а участником Договора о коллективной безопасности стала в 1994 году.')).toEqual(
      expect.arrayContaining(['MEMBER_OF moldova → collective-security-treaty 1994..']),
    );
    expect(facts('Договор о коллективной безопасности подписан в 1992 году. В 1994 году к договору присоединилась Молдавия.')).toEqual(
      expect.arrayContaining(['MEMBER_OF moldova → collective-security-treaty 1994..']),
    );
    expect(facts('Президент Узбекистана Ислам Каримов в июне 2012 года объявил о заморозке участия республики в ОДКБ.')).toEqual(
      expect.arrayContaining(['MEMBER_OF uzbekistan → csto 2012-06.. {participation frozen}']),
    );
    // No treaty named before: a lower-case «договору» is any agreement.
    expect(facts('В 1994 году к договору присоединилась Молдавия.')).toEqual([]);
    expect(facts('Президент Узбекистана Ислам Каримов не объявлял о заморозке участия республики в ОДКБ.')).not.toContain('MEMBER_OF uzbekistan → csto {participation frozen}');
  });

  it('reads the chairmanship in a relative clause, as a pronoun after it was named, as «председательствующей страной является», and a gapped list with the date first', () => {
    expect(facts('Председательство в ОДКБ, которое Армения осуществляла в 2022 году, прошло спокойно.')).toEqual(['CHAIRS armenia → csto 2022..2022 [chair]']);
    expect(facts('Председательство в ОДКБ переходит ежегодно. В 2028 году его примет Белоруссия.')).toEqual(['CHAIRS belarus → csto 2028..2028 [chair]']);
    expect(facts('В 2022 году его осуществляла Армения, в 2023 году — Белоруссия.')).toEqual([]);
    expect(facts('Председательство в ОДКБ переходит ежегодно. В 2022 году его осуществляла Армения, в 2023 году — Белоруссия.')).toEqual([
      'CHAIRS armenia → csto 2022..2022 [chair]',
      'CHAIRS belarus → csto 2023..2023 [chair]',
    ]);
    expect(facts('В нынешнем году председательствующей в ОДКБ страной является Казахстан.', '2024-05-01')).toEqual(['CHAIRS kazakhstan → csto 2024..2024 [chair]']);
  });

  it('reads posts stated with «является», a relative clause of the body, a list with the years in brackets, «сменив на нём», and a deputy head', () => {
    expect(facts('С 2020 года генеральным секретарём ОДКБ является Станислав Зась.')).toEqual(['HOLDS_POSITION stanislav-zas → csto 2020.. [Secretary-General]']);
    expect(facts('Коллективными силами руководит Объединённый штаб ОДКБ, начальником которого является Андрей Сердюков.')).toEqual([
      'HEADS andrey-serdyukov → csto-joint-staff [Head]',
    ]);
    expect(facts('Генеральный секретарь ОДКБ назначается на три года. Этот пост занимали Николай Бордюжа (2003–2016) и Юрий Хачатуров (2017–2018).')).toEqual([
      'HOLDS_POSITION nikolai-bordyuzha → csto 2003..2016 [Secretary-General]',
      'HOLDS_POSITION yuri-khachaturov → csto 2017..2018 [Secretary-General]',
    ]);
    expect(facts('Станислав Зась, который в 2020 году занял пост генерального секретаря ОДКБ, сменив на нём Валерия Семерикова, выступил с докладом.')).toEqual(
      expect.arrayContaining(['SUCCEEDED_BY valery-semerikov → stanislav-zas 2020..']),
    );
    expect(facts('Заместителем начальника Объединённого штаба ОДКБ назначен Иван Петров.')).toEqual([
      'HOLDS_POSITION "Иван Петров" → csto-joint-staff [Deputy Head]',
    ]);
    expect(facts('По слухам, генеральным секретарём ОДКБ станет Станислав Зась.')).toEqual([]);
  });

  it('reads hosts as «принимающей стороной выступила», in a relative clause after the event, observers in apposition and headquarters', () => {
    expect(facts('В Астане прошло заседание Совета министров обороны ОДКБ. Принимающей стороной выступил Казахстан.')).toEqual(
      expect.arrayContaining(['HOSTS kazakhstan → "заседание Совета министров обороны ОДКБ"']),
    );
    expect(facts('Учения ОДКБ «Эшелон-2027», которые, по плану, примет Армения, отменены.')).toEqual(expect.arrayContaining(['HOSTS armenia → echelon']));
    expect(facts('Сербия, наблюдатель при Парламентской ассамблее ОДКБ с 2013 года, направила делегацию.')).toEqual([
      'OBSERVER_OF serbia → csto-parliamentary-assembly 2013.. {observer}',
    ]);
    expect(facts('Штаб-квартира ОДКБ находится в Москве.')).toEqual(['HEADQUARTERED_IN csto → moscow']);
    // A host that is not: a side that declined, a rumour.
    expect(facts('Принимающей стороной не стал Казахстан.')).toEqual([]);
    expect(facts('Сербия, по слухам, хочет стать наблюдателем при Парламентской ассамблее ОДКБ.')).toEqual([]);
  });
});

describe('ingest (ru): frequent news constructions of posts, participation and places', () => {
  it('reads «глава МИД», «глава Минобороны», «секретарь Совбеза» as titles, and a title in apposition after the name', () => {
    expect(facts('Глава МИД Казахстана Ерлан Карин прибыл в Ереван.')).toEqual(['HOLDS_POSITION "Ерлан Карин" → kazakhstan [Foreign Minister]']);
    expect(facts('Глава Минобороны Армении Сурен Папикян выступил с заявлением.')).toEqual(['HOLDS_POSITION "Сурен Папикян" → armenia [Defence Minister]']);
    expect(facts('Секретарь Совбеза Белоруссии Александр Вольфович провёл встречу.')).toEqual(['HOLDS_POSITION "Александр Вольфович" → belarus [Security Council Secretary]']);
    expect(facts('Ерлан Карин, министр иностранных дел Казахстана, провёл переговоры.')).toEqual(['HOLDS_POSITION "Ерлан Карин" → kazakhstan [Foreign Minister]']);
    // A former minister held the post (undated; the labels count such posts, round 14); a head of something unnamed is no title.
    expect(facts('Ерлан Карин, бывший министр иностранных дел Казахстана, провёл переговоры.')).toEqual(['HOLDS_POSITION "Ерлан Карин" → kazakhstan [Foreign Minister]']);
    expect(facts('Глава делегации Ерлан Карин прибыл в Ереван.')).toEqual([]);
  });

  it('reads «вступил в должность …» and an appointment by a body in the active', () => {
    expect(facts('Станислав Зась вступил в должность генерального секретаря ОДКБ в январе 2020 года.')).toEqual([
      'HOLDS_POSITION stanislav-zas → csto 2020-01.. [Secretary-General]',
    ]);
    expect(facts('Совет коллективной безопасности назначил Станислава Зася генеральным секретарём ОДКБ.')).toEqual(
      expect.arrayContaining(['HOLDS_POSITION stanislav-zas → csto [Secretary-General]']),
    );
    expect(facts('Совет коллективной безопасности не назначил Станислава Зася генеральным секретарём ОДКБ.')).toEqual([]);
  });

  it('reads «с участием …» as the states taking part in the meeting of the sentence, and a person with a title as attending', () => {
    expect(facts('В Таджикистане прошли учения с участием подразделений Армении и Киргизии.')).toEqual(
      expect.arrayContaining(['PARTICIPATES_IN armenia → "учения"', 'PARTICIPATES_IN kyrgyzstan → "учения"']),
    );
    expect(facts('Заседание прошло с участием премьер-министра Армении Никола Пашиняна.')).toEqual(
      expect.arrayContaining(['ATTENDED nikol-pashinyan → "Заседание"']),
    );
    // The state of a person attending is not itself a participant; no meeting, no participation.
    expect(facts('Заседание прошло с участием премьер-министра Армении Никола Пашиняна.')).not.toContain('PARTICIPATES_IN armenia → "Заседание"');
    expect(facts('Договор подписан с участием Армении.')).toEqual([]);
  });

  it('reads a meeting after its place and day, with «прошёл» spelled with ё', () => {
    expect(facts('В Душанбе 15 октября прошёл саммит ОДКБ.', '2027-10-20')).toEqual(['HELD_IN "саммит ОДКБ" → dushanbe 2027-10-15..2027-10-15']);
  });
});

describe('ingest (ru): documents signed in a city, and by the participants of the meeting named before', () => {
  it('reads a document signed in a city as adopted at a signing there', () => {
    expect(facts('Устав ОДКБ был подписан в Кишинёве 7 октября 2002 года.')).toEqual([
      'ADOPTED_AT csto-charter → "в Кишинёве" 2002-10-07..',
      'HELD_IN "подписан" → chisinau 2002-10-07..2002-10-07',
    ]);
    expect(facts('Организация действует на основе Устава ОДКБ, принятого в Кишинёве.')).toEqual(
      expect.arrayContaining(['ADOPTED_AT csto-charter → "в Кишинёве"']),
    );
    // Discussed, not signed; a draft.
    expect(facts('Устав ОДКБ обсуждался в Кишинёве.')).toEqual([]);
  });

  it('reads «министры подписали … и утвердили …» in a sentence naming nothing as documents adopted at the meeting named before', () => {
    expect(facts('В Ереване прошло совещание министров. По его итогам министры подписали меморандум и утвердили программу сотрудничества.')).toEqual(
      expect.arrayContaining(['ADOPTED_AT "меморандум" → "совещание"', 'ADOPTED_AT "программу" → "совещание"']),
    );
    // No participants as the subject, no meeting before, or a draft.
    expect(facts('В Ереване прошло совещание министров. Россия подписала меморандум.')).toEqual(
      expect.not.arrayContaining(['ADOPTED_AT "меморандум" → "совещание"']),
    );
    expect(facts('Министры подписали меморандум.')).toEqual([]);
    expect(facts('В Ереване прошло совещание министров. Министры одобрили проект меморандума.')).toEqual(
      expect.not.arrayContaining([expect.stringMatching(/^ADOPTED_AT/)]),
    );
  });
});

describe('ingest (ru): «X-ская сторона» as a state', () => {
  it('reads «таджикская сторона» as Tajikistan where a state is the subject, and not the plural «стороны» of a meeting', () => {
    expect(facts('Учения ОДКБ «Эшелон-2028», которые примет армянская сторона, перенесены.')).toEqual(expect.arrayContaining(['HOSTS armenia → echelon']));
    expect(facts('Председательство в ОДКБ с 1 января 2028 года перейдёт к белорусской стороне.')).toEqual(['CHAIRS belarus → csto 2028-01-01.. [chair]']);
    expect(facts('Учения ОДКБ «Эшелон-2028», которые примут стороны, перенесены.')).toEqual([]);
  });
});

describe('ingest (ru): participants of talks and exercises, and plans with the meeting first (held-out batch 9)', () => {
  it('reads «переговоры» as a meeting: the people who took part in them attended', () => {
    expect(facts('В переговорах в Астане участвовал президент Армении Никол Пашинян.')).toEqual(
      expect.arrayContaining(['ATTENDED nikol-pashinyan → "переговорах"']),
    );
    expect(facts('Переговоры в Астане прошли без президента Армении Никола Пашиняна.')).toEqual(
      expect.not.arrayContaining([expect.stringMatching(/^ATTENDED/)]),
    );
  });

  it('reads a plan stated with the meeting first: «заседание решено провести … в Ереване», «на территории Армении»', () => {
    expect(facts('Очередное заседание СМИД ОДКБ решено провести весной 2028 года в Ереване.')).toEqual([
      'HELD_IN "Очередное заседание СМИД ОДКБ" → yerevan 2028..2028',
    ]);
    expect(facts('Совместное учение КСОР ОДКБ намечено провести на территории Армении.')).toEqual(
      expect.arrayContaining(['HELD_IN "Совместное учение КСОР ОДКБ" → armenia']),
    );
    // Moved, not held.
    expect(facts('Очередное заседание СМИД ОДКБ предложено перенести в Ереван.')).toEqual([]);
  });

  it('reads the place first after «в те же дни» and «на полигонах», and «специальные»/«тактическое» before an exercise', () => {
    expect(facts('В те же дни в Армении прошли специальные учения «Кобальт-2028».')).toEqual(['HELD_IN cobalt → armenia 2028..2028']);
    expect(facts('В марте 2028 года на полигонах Казахстана прошло тактическое учение миротворцев ОДКБ.')).toEqual([
      'HELD_IN "тактическое учение" → kazakhstan 2028-03..2028-03',
    ]);
    expect(facts('В Армении прошли споры о специальных учениях.')).toEqual([]);
    expect(facts('На полигонах Казахстана прошла проверка техники.')).toEqual([]);
  });

  it('reads guests watching an exercise («за ходом учения наблюдали …») as attending the exercise named before, and nothing else watched', () => {
    expect(facts('В Ереване завершилось учение «Рубеж-2028». За действиями войск наблюдал министр обороны России Андрей Белоусов.')).toEqual(
      expect.arrayContaining(['ATTENDED "Андрей Белоусов" → rubezh 2028..2028']),
    );
    expect(facts('В Ереване завершилось учение «Рубеж-2028». За ходом учения наблюдал президент Армении Никол Пашинян.')).toEqual(
      expect.arrayContaining(['ATTENDED nikol-pashinyan → rubezh']),
    );
    expect(facts('В Минске прошло совещание ОДКБ. За ходом событий наблюдал Никол Пашинян.')).toEqual(['HELD_IN "совещание ОДКБ" → minsk']);
    expect(facts('В Ереване завершилось учение «Рубеж-2028». Андрей Сердюков наблюдал за погодой.')).toEqual(['HELD_IN rubezh → yerevan 2028..2028']);
  });

  it('reads «в нём участвовал …» after a meeting as a person attending it', () => {
    expect(facts('В Минске прошло заседание Совета министров обороны ОДКБ. В нём участвовал секретарь Совета безопасности России Сергей Шойгу.')).toEqual(
      expect.arrayContaining(['ATTENDED "Сергей Шойгу" → "заседание Совета министров обороны ОДКБ"']),
    );
    expect(facts('В Минске прошло заседание Совета министров обороны ОДКБ. О нём рассказал Никол Пашинян.')).toEqual([
      'HELD_IN "заседание Совета министров обороны ОДКБ" → minsk',
    ]);
  });

  it('reads the states troops were drawn from («к учению привлекались … от вооружённых сил X, Y»), not a purchase or another clause', () => {
    expect(facts('К учению привлекались около 1500 военнослужащих от вооружённых сил Армении, Казахстана и Киргизии.')).toEqual([
      'PARTICIPATES_IN armenia → "учению"',
      'PARTICIPATES_IN kazakhstan → "учению"',
      'PARTICIPATES_IN kyrgyzstan → "учению"',
    ]);
    expect(facts('К учению привлекалась техника, закупленная у Казахстана.')).toEqual([]);
    expect(facts('К учению привлекались около 1500 военнослужащих; из Казахстана прибыли наблюдатели.')).toEqual([]);
  });
});

describe('ingest (ru): who led a meeting, commanded an exercise, coordinates a programme; holding as a noun (held-out batch 9)', () => {
  it('reads observers with «лишь/только» before them, and not a denial', () => {
    expect(facts('Наблюдателями при Парламентской ассамблее ОДКБ с 2019 года являются только Сербия и Афганистан.')).toEqual([
      'OBSERVER_OF serbia → csto-parliamentary-assembly 2019.. {observer}',
      'OBSERVER_OF afghanistan → csto-parliamentary-assembly 2019.. {observer}',
    ]);
    expect(facts('Наблюдателями при Парламентской ассамблее ОДКБ не являются ни Сербия, ни Афганистан.')).toEqual([]);
  });

  it('reads «совещание провёл X» as X chairing it, and not an exercise or a name away from the verb', () => {
    expect(facts('Совещание провёл министр обороны России Андрей Белоусов.')).toEqual(
      expect.arrayContaining(['CHAIRS "Андрей Белоусов" → "Совещание" [chair]']),
    );
    expect(facts('Совещание провёл в закрытом режиме Андрей Белоусов.')).toEqual([]);
    expect(facts('Учения провёл Андрей Белоусов.')).toEqual([]);
  });

  it('reads «командование учениями взял на себя штаб» as the body conducting them', () => {
    expect(facts('Командование учениями взял на себя Объединённый штаб ОДКБ.')).toEqual(['CONDUCTS csto-joint-staff → "учениями"']);
    expect(facts('Командование учениями обсуждал Объединённый штаб ОДКБ.')).toEqual([]);
  });

  it('reads «программа, координацию которой ведёт X», and not another noun in the relative clause', () => {
    expect(facts('Эксперты обсудили Межгосударственную целевую программу по укреплению таджикско-афганской границы, координацию которой ведёт Секретариат ОДКБ.')).toEqual(
      expect.arrayContaining(['COORDINATES csto-secretariat → tajik-afghan-border-programme']),
    );
    expect(facts('Эксперты обсудили Межгосударственную целевую программу по укреплению таджикско-афганской границы, обсуждение которой ведёт Секретариат ОДКБ.')).toEqual(
      expect.not.arrayContaining([expect.stringMatching(/^COORDINATES csto-secretariat/)]),
    );
  });

  it('reads «проведение (в X) учений (в X)» as where they are held, and not a refused holding', () => {
    expect(facts('Стороны обсудили проведение в Казахстане учений «Рубеж-2028».')).toEqual(['HELD_IN rubezh → kazakhstan 2028..2028']);
    expect(facts('Стороны обсудили проведение учений «Рубеж-2028» на территории Казахстана.')).toEqual(['HELD_IN rubezh → kazakhstan 2028..2028']);
    expect(facts('Армения отказалась от проведения учений ОДКБ на территории Армении.')).toEqual([]);
  });
});

describe('ingest (ru): a headquarters after «где», the end of a chairmanship (held-out batch 9)', () => {
  it('reads «город, где расположена штаб-квартира X», and not a meeting held there', () => {
    expect(facts('Делегация посетила Санкт-Петербург, где расположена штаб-квартира ПА ОДКБ.')).toEqual([
      'HEADQUARTERED_IN csto-parliamentary-assembly → saint-petersburg',
    ]);
    expect(facts('Делегация посетила Санкт-Петербург, где прошло заседание ПА ОДКБ.')).toEqual(
      expect.not.arrayContaining([expect.stringMatching(/^HEADQUARTERED_IN/)]),
    );
  });

  it('reads the end of a chairmanship, the verb before or after it, and not its start', () => {
    expect(facts('Саммит ОДКБ прошёл в Бишкеке, где завершилось председательство Киргизии.')).toEqual(
      expect.arrayContaining(['CHAIRS kyrgyzstan → csto [chair]']),
    );
    expect(facts('Председательство Казахстана в ОДКБ завершится 31 декабря 2028 года.')).toEqual(['CHAIRS kazakhstan → csto ..2028-12-31 [chair]']);
    expect(facts('Председательство Казахстана в ОДКБ началось с обсуждения бюджета.')).toEqual(
      expect.not.arrayContaining([expect.stringMatching(/\.\.\d/)]),
    );
  });
});

describe('ingest (ru): meetings named by their city, lists of units, posts and successions in other words (batch 12)', () => {
  it('reads a meeting named by its city’s adjective as held there, and not a city’s noun before a meeting or a document', () => {
    expect(facts('Решения, принятые на минской сессии в ноябре 2023 года, выполнены.')).toEqual(['HELD_IN "сессии" → minsk 2023-11..2023-11']);
    expect(facts('Участники ереванской встречи обсудили бюджет.')).toEqual(['HELD_IN "встречи" → yerevan']);
    expect(facts('Делегация Казахстана провела в Минске переговоры с белорусской стороной.')).toEqual([]);
    expect(facts('Московская декларация была подписана всеми участниками.')).toEqual([]);
  });

  it('gives the meeting named again by its city’s adjective, without a date, once', () => {
    expect(facts('Сессия Совета коллективной безопасности ОДКБ прошла в Москве 11 ноября 2026 года. Принятые на московской сессии документы опубликованы.')).toEqual([
      'HELD_IN "Сессия Совета коллективной безопасности ОДКБ" → moscow 2026-11-11..2026-11-11',
    ]);
  });

  it('reads who took part «в её работе», and each line of a list «от X — бригада», not a state that sent observers', () => {
    expect(facts('Заседание Совета министров обороны ОДКБ прошло в Душанбе 20 мая. В его работе приняли участие министры обороны Белоруссии и Киргизии.')).toEqual([
      'HELD_IN "Заседание Совета министров обороны ОДКБ" → dushanbe 2026-05-20..2026-05-20',
      'PARTICIPATES_IN belarus → "Заседание Совета министров обороны ОДКБ" 2026-05-20..2026-05-20',
      'PARTICIPATES_IN kyrgyzstan → "Заседание Совета министров обороны ОДКБ" 2026-05-20..2026-05-20',
    ]);
    expect(facts('На учения прибыли подразделения:\n- от Армении — инженерная рота;\n- из Узбекистана — группа наблюдателей;\n- от Казахстана — два вертолёта.')).toEqual([
      'PARTICIPATES_IN armenia → "учения"',
      'PARTICIPATES_IN kazakhstan → "учения"',
    ]);
  });

  it('reads «учения, в ходе которых военнослужащие из X …», armed forces or a state that take part in a named series, and not a negated one', () => {
    expect(facts('Учения «Поиск-2027», в ходе которых военнослужащие из Казахстана и Таджикистана отрабатывали поиск диверсантов, завершились.')).toEqual([
      'PARTICIPATES_IN kazakhstan → search 2027..2027',
      'PARTICIPATES_IN tajikistan → search 2027..2027',
    ]);
    expect(facts('Армия Белоруссии ежегодно участвует в учениях «Эшелон».')).toEqual(['PARTICIPATES_IN belarus → echelon']);
    expect(facts('Казахстан регулярно участвует в учениях «Поиск» и «Взаимодействие».')).toEqual(['PARTICIPATES_IN kazakhstan → search', 'PARTICIPATES_IN kazakhstan → interaction']);
    expect(facts('Армения не участвует в учениях «Эшелон».')).toEqual([]);
  });

  it('reads a contingent sent to an operation named with its place, and not one sent elsewhere', () => {
    expect(facts('Таджикистан направил миротворцев в совместную операцию ОДКБ в Киргизии.')).toEqual([
      'HELD_IN "совместную операцию ОДКБ" → kyrgyzstan',
      'PARTICIPATES_IN tajikistan → "совместную операцию ОДКБ"',
    ]);
    expect(facts('Таджикистан направил миротворцев на границу.')).toEqual([]);
  });

  it('reads the donors of the programme named before, the verb first or last, and not donors of nothing named', () => {
    expect(facts('Межгосударственная целевая программа по укреплению таджикско-афганской границы обсуждалась. Основными донорами программы выступают Россия и Белоруссия.')).toEqual([
      'PARTICIPATES_IN russia → tajik-afghan-border-programme',
      'PARTICIPATES_IN belarus → tajik-afghan-border-programme',
    ]);
    expect(facts('Белоруссия и Россия выступают основными донорами Межгосударственной целевой программы по укреплению таджикско-афганской границы.')).toEqual([
      'PARTICIPATES_IN belarus → tajik-afghan-border-programme',
      'PARTICIPATES_IN russia → tajik-afghan-border-programme',
    ]);
    expect(facts('Донорами выступают фонды ООН.')).toEqual([]);
  });

  it('reads a chairmanship begun in a participle or a relative clause, one held twice, and one a person held at a meeting', () => {
    expect(facts('ОДКБ подвела итоги. Председательство Белоруссии в организации, начавшееся 1 января 2027 года, посвящено миротворчеству.')).toEqual(['CHAIRS belarus → csto 2027-01-01.. [chair]']);
    // A chairmanship that began with a debate: the chairmanship, with no start read from the words.
    expect(facts('ОДКБ подвела итоги. Председательство Белоруссии в организации, начавшееся с обсуждения бюджета, посвящено миротворчеству.')).toEqual(['CHAIRS belarus → csto [chair]']);
    expect(facts('Доклад подготовила Армения, председательство которой в ОДКБ начнётся 1 января 2028 года.')).toEqual(['CHAIRS armenia → csto 2028-01-01.. [chair]']);
    expect(facts('Казахстан, председательство которого в ОДКБ завершится 31 декабря, подвёл итоги.')).toEqual(['CHAIRS kazakhstan → csto ..2027-12-31 [chair]']);
    expect(facts('Белоруссия трижды председательствовала в ОДКБ.')).toEqual(['CHAIRS belarus → csto [chair]']);
    expect(facts('Совещание министров прошло в Минске, а председательствовал на нём министр обороны Белоруссии Виктор Хренин.')).toEqual(
      expect.arrayContaining(['CHAIRS "Виктор Хренин" → "Совещание" [chair]']),
    );
  });

  it('reads a head with a date in the relative clause, «занимавший эту должность», a successor, and not a post of another kind', () => {
    expect(facts('Генерал Иван Петров, который с 2021 года возглавляет Объединённый штаб ОДКБ, провёл совещание.')).toEqual(['HEADS "Генерал Иван Петров" → csto-joint-staff 2021..']);
    expect(facts('Генеральным секретарём ОДКБ был Станислав Зась. Юрий Хачатуров, занимавший эту должность с 2017 года, был отозван.')).toEqual(
      expect.arrayContaining(['HOLDS_POSITION yuri-khachaturov → csto 2017.. [Secretary-General]']),
    );
    expect(facts('Станислав Зась, занимавший пост посла в Москве, выступил.')).toEqual([]);
    expect(facts('Генеральный секретарь ОДКБ Таалатбек Масадыков выступил. Он стал преемником Имангали Тасмагамбетова.')).toEqual(
      expect.arrayContaining(['SUCCEEDED_BY imangali-tasmagambetov → taalatbek-masadykov']),
    );
    expect(facts('Преемником Станислава Зася на посту генерального секретаря ОДКБ стал Имангали Тасмагамбетов.')).toEqual(
      expect.arrayContaining(['SUCCEEDED_BY stanislav-zas → imangali-tasmagambetov']),
    );
    expect(facts('Преемником Станислава Зася может стать Имангали Тасмагамбетов.')).toEqual([]);
  });

  it('reads membership of a treaty and an organization coordinated with their starts, and headquarters stated place first or after a clause', () => {
    expect(facts('Армения является участником Договора о коллективной безопасности с 1992 года и членом ОДКБ с 2002 года.')).toEqual([
      'MEMBER_OF armenia → collective-security-treaty 1992..',
      'MEMBER_OF armenia → csto 2002..',
    ]);
    expect(facts('Штаб-квартира ОДКБ, в которой работают дипломаты шести стран, находится в Москве.')).toEqual(['HEADQUARTERED_IN csto → moscow']);
    expect(facts('В Душанбе был размещён штаб Коллективных сил быстрого развёртывания Центральноазиатского региона.')).toEqual([
      'HEADQUARTERED_IN collective-rapid-deployment-forces → dushanbe',
    ]);
  });
});

describe('ingest (ru): where meetings were held, said in other ways (batch 12, second round)', () => {
  it('reads a list of editions after the noun, each held in the place', () => {
    expect(facts('В те же дни на территории Казахстана прошли специальные учения «Барьер-2027» и «Кобальт-2027».')).toEqual([
      'HELD_IN barrier → kazakhstan',
      'HELD_IN cobalt → kazakhstan',
    ]);
  });

  it('reads «оно прошло в X, годом ранее — в Y» after the exercise the sentence names, and not «оно» of another verb', () => {
    expect(facts('Учение «Эшелон» проводится ежегодно; в прошлом году оно прошло в Армении, годом ранее — в Белоруссии.', '2026-11-27')).toEqual([
      'HELD_IN echelon → armenia 2025..2025',
      'HELD_IN echelon → belarus 2024..2024',
    ]);
    expect(facts('Учение «Эшелон» проводится ежегодно; в прошлом году оно обошлось Армении дорого.', '2026-11-27')).toEqual([]);
  });

  it('reads a meeting approached or held after, leaders gathering in a city, and a passive holding with a range of days', () => {
    expect(facts('ОДКБ готовится к очередному саммиту в Душанбе.')).toEqual(['HELD_IN "саммиту" → dushanbe']);
    expect(facts('Год назад лидеры собирались в Бишкеке.', '2026-11-27')).toEqual(['HELD_IN "собирались" → bishkek 2025..2025']);
    expect(facts('Год назад лидеры собирались обсудить бюджет.', '2026-11-27')).toEqual([]);
    expect(facts('С 3 по 9 мая 2027 года на полигонах Республики Таджикистан проведено учение миротворцев.')).toEqual(
      expect.arrayContaining(['HELD_IN "учение" → tajikistan 2027-05-03..2027-05-09']),
    );
  });

  it('reads a state that left, after a first verb it negated, and not a second verb it negates too', () => {
    expect(facts('В 1999 году Азербайджан и Грузия продлевать своё участие не стали и из Договора о коллективной безопасности вышли.')).toEqual([
      'MEMBER_OF azerbaijan → collective-security-treaty',
      'MEMBER_OF georgia → collective-security-treaty',
    ]);
    expect(facts('Азербайджан и Грузия продлевать своё участие не стали и из Договора о коллективной безопасности не вышли.')).toEqual([]);
  });
});

describe('ingest (ru): posts as nouns, chairmanships handed over in a participle or a relative, guests and hosts (batch 12, third round)', () => {
  it('reads «назначение X генеральным секретарём» and an approved candidacy, and not a proposed appointment or a candidacy put forward', () => {
    expect(facts('Назначение Таалатбека Масадыкова генеральным секретарём ОДКБ стало сюрпризом.')).toEqual(['HOLDS_POSITION taalatbek-masadykov → csto [Secretary-General]']);
    expect(facts('Эксперты оценили переизбрание Станислава Зася генеральным секретарём ОДКБ.')).toEqual(['HOLDS_POSITION stanislav-zas → csto [Secretary-General]']);
    expect(facts('Предложение о назначении Станислава Зася генеральным секретарём ОДКБ отклонили.')).toEqual([]);
    expect(facts('Лидеры одобрили кандидатуру Станислава Зася на пост генерального секретаря ОДКБ.')).toEqual(['HOLDS_POSITION stanislav-zas → csto [Secretary-General]']);
    expect(facts('Белоруссия выдвинула кандидатуру Станислава Зася на пост генерального секретаря ОДКБ.')).toEqual([]);
  });

  it('reads the state a new chair replaced, and «X, к которому перейдёт председательство», and not a replacement of another kind', () => {
    expect(facts('Главы обсудили председательство в ОДКБ. С 1 января его примет Армения, сменив Казахстан.')).toEqual([
      'CHAIRS armenia → csto 2028-01-01.. [chair]',
      'CHAIRS kazakhstan → csto [chair]',
    ]);
    expect(facts('Армения сменила Казахстан в списке докладчиков.')).toEqual([]);
    expect(facts('Минск, к которому с 1 января перейдёт председательство в ОДКБ, готовится.')).toEqual(['CHAIRS belarus → csto 2028-01-01.. [chair]']);
  });

  it('reads a guest who arrived at the exercise, and not a visit to a city', () => {
    expect(facts('Учение «Поиск» завершилось. Генеральный секретарь ОДКБ Таалатбек Масадыков, прибывший на полигон накануне, вручил награды.')).toEqual(
      expect.arrayContaining(['ATTENDED taalatbek-masadykov → search']),
    );
    expect(facts('Учение «Поиск» завершилось. Генеральный секретарь ОДКБ Таалатбек Масадыков, прибывший в Москву накануне, дал интервью.')).toEqual(
      expect.not.arrayContaining([expect.stringMatching(/^ATTENDED/)]),
    );
  });

  it('reads a state holding an exercise «у себя», and not one that would like to', () => {
    expect(facts('Стороны обсудили учения «Кобальт», которые Казахстан планирует провести у себя в мае.')).toEqual(['HOSTS kazakhstan → cobalt 2027-05..2027-05']);
    expect(facts('Казахстан проведёт у себя учения «Кобальт».')).toEqual(['HOSTS kazakhstan → cobalt']);
    expect(facts('Астана хотела бы провести у себя учения «Поиск».')).toEqual([]);
  });

  it('reads a unit sent to a named exercise, the destination first, and not observers sent', () => {
    expect(facts('Белорусская сторона направит на учение «Эшелон» инженерную роту.')).toEqual(['PARTICIPATES_IN belarus → echelon']);
    expect(facts('Белорусская сторона направит на учение «Эшелон» наблюдателей.')).toEqual([]);
  });
});

describe('ingest (ru): member lists after a colon, guests present at a meeting in a city, a chairmanship taken on', () => {
  it('reads the members listed after a colon, and not another list', () => {
    expect(facts('В ОДКБ сейчас шесть государств: Армения, Белоруссия, Казахстан, Киргизия, Россия и Таджикистан.')).toHaveLength(6);
    expect(facts('Члены ОДКБ: Армения, Белоруссия и Казахстан.')).toEqual(['MEMBER_OF armenia → csto', 'MEMBER_OF belarus → csto', 'MEMBER_OF kazakhstan → csto']);
    expect(facts('В ОДКБ сейчас обсуждают три вопроса: бюджет, учения и Армению.')).toEqual([]);
  });

  it('reads presidents present at a meeting named with its city, and not absent ones', () => {
    expect(facts('На саммите в Минске присутствовали президенты Казахстана и Киргизии.')).toEqual([
      'HELD_IN "саммите" → minsk',
      'PARTICIPATES_IN kazakhstan → "саммите"',
      'PARTICIPATES_IN kyrgyzstan → "саммите"',
    ]);
    expect(facts('На саммите в Минске не присутствовали президенты Казахстана и Киргизии.')).toEqual(['HELD_IN "саммите" → minsk']);
  });

  it('reads a chairmanship «взяла на себя» with its start', () => {
    expect(facts('Россия взяла на себя председательство в ОДКБ 1 января.', '2026-11-27')).toEqual(['CHAIRS russia → csto 2026-01-01.. [chair]']);
  });
});

describe('ingest (ru): a title «республики» with the one state the sentence names', () => {
  it('reads «секретарь Совета безопасности республики X» as the post of the state named, and nothing where two states were named', () => {
    expect(facts('Кыргызскую сторону представлял секретарь Совета безопасности республики Марат Иманкулов.')).toEqual([
      'HOLDS_POSITION "Марат Иманкулов" → kyrgyzstan [Security Council Secretary]',
    ]);
    expect(facts('Казахстан и Киргизия подписали план. Министр обороны страны Руслан Жаксылыков выступил.')).toEqual([]);
  });
});

describe('ingest (ru): membership in a participle and after «чьё членство»', () => {
  it('reads «остающаяся членом» and a frozen or suspended membership after «чьё», and not a possible freeze', () => {
    expect(facts('Армения, формально остающаяся членом блока ОДКБ, пропустила саммит.')).toEqual(['MEMBER_OF armenia → csto']);
    expect(facts('Армения, чьё членство в ОДКБ заморожено с 2024 года, пропустила саммит.')).toEqual(['MEMBER_OF armenia → csto 2024.. {participation frozen}']);
    expect(facts('Узбекистан, чьё участие в ОДКБ было приостановлено в 2012 году, не вернулся.')).toEqual(['MEMBER_OF uzbekistan → csto 2012.. {participation suspended}']);
    expect(facts('Армения, чьё членство в ОДКБ может быть заморожено, пропустила саммит.')).toEqual([]);
  });
});

describe('ingest (ru): a chairmanship handed from one state to the next, and a state in the genitive', () => {
  it('reads «перейдёт от A к B» and «эстафету у A приняла B» as the end of one term and the start of the next', () => {
    expect(facts('С 1 января 2029 года председательство в ОДКБ перейдёт от Армении к Казахстану.')).toEqual([
      'CHAIRS armenia → csto ..2028-12-31 [chair]',
      'CHAIRS kazakhstan → csto 2029-01-01.. [chair]',
    ]);
    expect(facts('1 января 2028 года эстафету председательства в ОДКБ у Белоруссии приняла Армения.')).toEqual([
      'CHAIRS belarus → csto ..2027-12-31 [chair]',
      'CHAIRS armenia → csto 2028-01-01.. [chair]',
    ]);
    // A relay race is not a chairmanship.
    expect(facts('В эстафете ОДКБ у Белоруссии эстафету приняла Армения.')).toEqual([]);
    expect(facts('Делегации ОДКБ перейдут от Армении к Казахстану поездом.')).toEqual([]);
  });

  it('reads «эстафету приняла B» and «B станет председателем ОДКБ» as a start', () => {
    expect(facts('Председательство в ОДКБ завершилось. В 2028 году эстафету приняла Армения.')).toEqual(['CHAIRS armenia → csto 2028.. [chair]']);
    expect(facts('С 1 января 2028 года Армения станет председателем ОДКБ.')).toEqual(['CHAIRS armenia → csto 2028-01-01.. [chair]']);
    expect(facts('Армения станет членом ОДКБ.')).not.toContainEqual(expect.stringContaining('CHAIRS'));
  });

  it('reads «председательства A в ОДКБ» and «председательствовать будет A», and not another body or a meeting chaired', () => {
    expect(facts('Министры обсудили итоги председательства Армении в ОДКБ в 2028 году.')).toEqual(['CHAIRS armenia → csto 2028..2028 [chair]']);
    expect(facts('В 2028 году, когда председательствовать в ОДКБ будет Армения, пройдёт саммит.')).toEqual(['CHAIRS armenia → csto 2028..2028 [chair]']);
    expect(facts('ОДКБ следит за председательством Армении в Евразийском совете.')).toEqual([]);
    expect(facts('ОДКБ провела совещание под председательством Армении в Москве.')).not.toContainEqual(expect.stringContaining('CHAIRS armenia → csto'));
  });
});

describe('ingest (ru): exercises in a list with their places, a gapped place and «на своей территории»', () => {
  it('reads «A и B - в X, C - в Y» (a hyphen for the dash) and «…, а годом ранее - в Y»', () => {
    expect(facts('План ОДКБ на 2028 год: «Поиск» и «Эшелон» - в Армении, «Рубеж» - в Казахстане.')).toEqual([
      'HELD_IN search → armenia',
      'HELD_IN echelon → armenia',
      'HELD_IN rubezh → kazakhstan',
    ].map((fact) => expect.stringContaining(fact)));
    expect(facts('В 2026 году учение «Эшелон» проходило в Армении, а годом ранее - в Казахстане.')).toEqual([
      'HELD_IN echelon → armenia 2026..2026',
      'HELD_IN echelon → kazakhstan 2025..2025',
    ]);
    expect(facts('Глава ведомства - в Армении, его заместитель - в Казахстане.')).toEqual([]);
  });

  it('reads «проведёт на своей территории учения «X»» as hosting, and not a wish', () => {
    expect(facts('В 2028 году Армения планирует провести на своей территории учения «Эшелон».')).toEqual(['HOSTS armenia → echelon 2028..2028']);
    expect(facts('Армения хотела бы провести учения «Эшелон» в Казахстане.')).not.toContainEqual(expect.stringContaining('HOSTS'));
  });
});

describe('ingest (ru): an operation with the states that took part in a relative clause', () => {
  it('reads «Операция, в которой участвовали контингенты A и B», and not another noun or another verb', () => {
    expect(facts('Миротворческая операция, в которой участвовали контингенты Армении и Казахстана, длилась месяц.')).toEqual([
      'PARTICIPATES_IN armenia → "Миротворческая операция"',
      'PARTICIPATES_IN kazakhstan → "Миротворческая операция"',
    ]);
    expect(facts('Кооперация, в которой участвовали заводы Армении и Казахстана, длилась месяц.')).toEqual([]);
    expect(facts('Операция, о которой писали в Армении, длилась месяц.')).toEqual([]);
  });
});

describe('ingest (ru): a title before one initial and the surname', () => {
  it('reads «Генеральный секретарь ОДКБ Т. Масадыков» as with two initials, and not a post in another sentence', () => {
    expect(facts('На встрече выступил Генеральный секретарь ОДКБ Т. Масадыков.')).toEqual([
      'HOLDS_POSITION taalatbek-masadykov → csto [Secretary-General]',
      // A speaker named after his verb at the meeting attended it.
      'ATTENDED taalatbek-masadykov → "встрече"',
    ]);
    expect(facts('На встрече выступил Генеральный секретарь ОДКБ Т.А. Масадыков.')).toEqual([
      'HOLDS_POSITION taalatbek-masadykov → csto [Secretary-General]',
      // A speaker named after his verb at the meeting attended it.
      'ATTENDED taalatbek-masadykov → "встрече"',
    ]);
    expect(facts('Выступил Генеральный секретарь ОДКБ. Т. Масадыков прибыл позже.')).not.toContainEqual(expect.stringContaining('HOLDS_POSITION'));
  });
});

describe('ingest (ru): the short «премьер» before a name', () => {
  it('reads «премьер X» with the one state the sentence names, and not «вице-премьер»', () => {
    expect(facts('Армения молчит. Решать будет премьер Никол Пашинян.')).toContainEqual('HOLDS_POSITION nikol-pashinyan → armenia [Prime Minister]');
    expect(facts('Армения молчит. Решать будет вице-премьер Никол Пашинян.')).not.toContainEqual(expect.stringContaining('HOLDS_POSITION'));
  });
});
