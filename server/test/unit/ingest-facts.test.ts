import { findDates } from '../../src/ingest/dates';
import { partialDate } from '../../src/model/partial-date';
import { describeFact, SEED_ARTICLE, extractFrom } from '../support/ingest';

const describe_ = describeFact;

const facts = (text: string, published = '2025-11-27') => extractFrom(text, published).proposals.map(describe_);

describe('ingest: dates resolved against the publication date', () => {
  const published = partialDate('2025-11-27');
  const date = (text: string) => findDates(text, published).map((found) => `${found.role}:${found.date}${found.until ? `..${found.until}` : ''}`);

  it('reads absolute, relative and Russian dates', () => {
    expect(date('on 1 January 2026')).toEqual(['point:2026-01-01']);
    expect(date('in 2019')).toEqual(['point:2019']);
    expect(date('this year')).toEqual(['point:2025']);
    expect(date('next year')).toEqual(['point:2026']);
    expect(date('since 2006')).toEqual(['since:2006']);
    expect(date('в ноябре 2018 года')).toEqual(['point:2018-11']);
    expect(date('с 1 января 2026 года')).toEqual(['since:2026-01-01']);
    expect(date('from 2020 to 2022')).toEqual(['point:2020..2022']);
    expect(date('на 2026–2028 годы')).toEqual(['point:2026..2028']);
    expect(date('last November')).toEqual(['point:2024-11']);
  });

  it('puts a month or day without a year ahead of the publication in a sentence about the future, behind it otherwise', () => {
    expect(date('Russia will take over from January')).toEqual(['since:2026-01']);
    expect(date('The summit met on 3 October')).toEqual(['point:2025-10-03']);
    expect(date('The summit will meet on 3 October')).toEqual(['point:2026-10-03']);
  });

  it('does not take a length for a year', () => {
    expect(date('the 1,374-kilometre border, 2000 km long')).toEqual([]);
  });
});

describe('ingest: proposed facts', () => {
  it('proposes from the seed article the chairmanship and the programme the commission administers', () => {
    const seed = facts(SEED_ARTICLE);
    expect(seed).toEqual(expect.arrayContaining(['CHAIRS russia → csto 2026..2026 [chair]', 'ADMINISTERS icmec → interstate-program']));
  });

  it('gives each fact its sentence as a verbatim quote, with the text before and after it', () => {
    const result = extractFrom(SEED_ARTICLE);
    expect(result.proposals.length).toBeGreaterThan(2);
    for (const fact of result.proposals) {
      const paragraph = result.paragraphs[fact.evidence.paragraph - 1]!;
      expect(paragraph.slice(fact.evidence.start, fact.evidence.end)).toBe(fact.evidence.quote);
      expect(paragraph.slice(0, fact.evidence.start).endsWith(fact.evidence.prefix)).toBe(true);
      expect(paragraph.slice(fact.evidence.end).startsWith(fact.evidence.suffix)).toBe(true);
      expect(fact.evidence.prefix.length).toBeLessThanOrEqual(32);
    }
  });

  it('reads membership and its changes, in English and Russian', () => {
    expect(facts('Azerbaijan and Georgia withdrew from the Collective Security Treaty in 1999. Uzbekistan rejoined the CSTO in 2006 but suspended its participation in December 2012.', '2024-03-01')).toEqual([
      'MEMBER_OF azerbaijan → collective-security-treaty ..1999',
      'MEMBER_OF georgia → collective-security-treaty ..1999',
      // The suspension closes the membership the return opened (round 16b, as batches 33 and 35 label it).
      'MEMBER_OF uzbekistan → csto 2006..2012-12',
      'MEMBER_OF uzbekistan → csto 2012-12.. {participation suspended}',
    ]);
    expect(facts('В феврале Армения заморозила своё участие в ОДКБ.', '2024-05-10')).toEqual(['MEMBER_OF armenia → csto 2024-02.. {participation frozen}']);
  });

  it('reads a factbox list of members after its label or under its heading, and nothing from other labels', () => {
    expect(facts('The CSTO in brief\n\nMEMBER STATES\n- Belarus, Kyrgyzstan and Tajikistan.\n- Kyrgyzstan holds the chair.', '2026-03-02').filter((fact) => fact.startsWith('MEMBER_OF'))).toEqual([
      'MEMBER_OF belarus → csto',
      'MEMBER_OF kyrgyzstan → csto',
      'MEMBER_OF tajikistan → csto',
    ]);
    expect(facts('Member states of the CSTO: Russia and Kazakhstan.', '2026-03-02')).toEqual(['MEMBER_OF russia → csto', 'MEMBER_OF kazakhstan → csto']);
    // Other labels, a former member, a list that is no heading's, a heading's line that says more than the list.
    expect(facts('The CSTO at a glance.\n\nFormer members: Uzbekistan and Georgia.\n\nObservers: Serbia and Afghanistan.\n\nOBSERVERS\n* Serbia and Afghanistan.\n\nMEMBERS\n* Russia and Belarus signed a pact with China.', '2026-03-02').filter((fact) => fact.startsWith('MEMBER_OF'))).toEqual([]);
    expect(facts('The CSTO summit.\n\nSUMMIT GUESTS\n* Armenia, Belarus and Russia.', '2026-03-02')).toEqual([]);
  });

  it('reads states paying for a programme as taking part in it, and nothing where no programme was named', () => {
    const programme = 'The Interstate targeted programme to strengthen the Tajik-Afghan border was discussed in Dushanbe.';
    expect(facts(`${programme} Kazakhstan remains its single largest donor.`, '2026-06-01').filter((fact) => fact.startsWith('PARTICIPATES_IN'))).toEqual([
      'PARTICIPATES_IN kazakhstan → tajik-afghan-border-programme',
    ]);
    expect(facts(`${programme} Belarus has shouldered the bulk of the costs, and Kyrgyzstan and Armenia made modest contributions.`, '2026-06-01').filter((fact) => fact.startsWith('PARTICIPATES_IN'))).toEqual([
      'PARTICIPATES_IN belarus → tajik-afghan-border-programme',
      'PARTICIPATES_IN kyrgyzstan → tajik-afghan-border-programme',
      'PARTICIPATES_IN armenia → tajik-afghan-border-programme',
    ]);
    expect(facts(`${programme} Russia and Tajikistan have delivered much of the hardware.`, '2026-06-01').filter((fact) => fact.startsWith('PARTICIPATES_IN'))).toEqual([
      'PARTICIPATES_IN russia → tajik-afghan-border-programme',
      'PARTICIPATES_IN tajikistan → tajik-afghan-border-programme',
    ]);
    // No programme named, or one named two sentences before: a donor of something else.
    expect(facts('Russia is the largest contributor to the UN budget. Belarus bore most of the cost of the summit. Kazakhstan made contributions to the debate.', '2026-06-01')).toEqual([]);
    expect(facts(`${programme} The summit ended on Friday. Armenia is the main donor.`, '2026-06-01').filter((fact) => fact.startsWith('PARTICIPATES_IN'))).toEqual([]);
  });

  it('reads delegations that attended, before a clause joined by "while" or "but", as their states taking part in the meeting', () => {
    expect(facts('Minsk hosted a session of the CSTO Council of Foreign Ministers on Monday. Delegations from Russia and Kyrgyzstan attended, while Armenia stayed away. Tajikistan participated, but without its minister.', '2026-06-01').filter((fact) => fact.startsWith('PARTICIPATES_IN')).map((fact) => fact.split(' → ')[0])).toEqual([
      'PARTICIPATES_IN russia',
      'PARTICIPATES_IN kyrgyzstan',
      'PARTICIPATES_IN tajikistan',
    ]);
    // Another clause after the comma that is no conjunction's.
    expect(facts('Minsk hosted a session of the CSTO Council of Foreign Ministers on Monday. Delegations from Russia and Kyrgyzstan attended, as observers noted.', '2026-06-01').filter((fact) => fact.startsWith('PARTICIPATES_IN'))).toEqual([]);
  });

  it('reads states or their troops that confirmed their participation as taking part in the exercise named or reported on before', () => {
    expect(facts('Tajikistan hosted the Rubezh exercise in October. Troops from Belarus and Armenia had confirmed their participation, officials said. Russia pledged its participation in the Rubezh exercise.', '2025-12-01').filter((fact) => fact.startsWith('PARTICIPATES_IN')).map((fact) => fact.split(' 20')[0])).toEqual([
      'PARTICIPATES_IN belarus → rubezh',
      'PARTICIPATES_IN armenia → rubezh',
      'PARTICIPATES_IN russia → rubezh',
    ]);
    // Not confirmed, or confirmed in doubt; the participation of others.
    expect(facts('Tajikistan will host the Rubezh exercise in October. Belarus has not confirmed its participation. Russia may confirm its participation later. Kazakhstan confirmed the participation of observers.', '2026-06-01').filter((fact) => fact.startsWith('PARTICIPATES_IN'))).toEqual([]);
  });

  it('reads chairmanship taken over, handed over and passing, with its dates', () => {
    expect(facts('Kazakhstan will take over the chairmanship of the CSTO from 1 January 2024.', '2023-11-24')).toEqual(['CHAIRS kazakhstan → csto 2024-01-01.. [chair]']);
    expect(facts('Kyrgyzstan handed over the CSTO chairmanship to Russia this year.')).toEqual([
      'CHAIRS kyrgyzstan → csto ..2025 [chair]',
      'CHAIRS russia → csto 2025.. [chair]',
    ]);
    expect(facts('С 1 января 2026 года председательство в ОДКБ перейдёт к России.')).toEqual(['CHAIRS russia → csto 2026-01-01.. [chair]']);
  });

  it('reads appointments, acting posts and successions, and proposes a person the graph does not have', () => {
    const text = 'Taalatbek Masadykov has been appointed Secretary-General of the CSTO, succeeding Imangali Tasmagambetov. Ivan Petrov was named acting Secretary-General of the CSTO.';
    const result = extractFrom(text);
    expect(result.proposals.map(describe_)).toEqual([
      'HOLDS_POSITION taalatbek-masadykov → csto [Secretary-General]',
      'SUCCEEDED_BY imangali-tasmagambetov → taalatbek-masadykov',
      'HOLDS_POSITION "Ivan Petrov" → csto [Secretary-General (acting)]',
      // The post the successor is appointed to was the predecessor's.
      'HOLDS_POSITION imangali-tasmagambetov → csto [Secretary-General]',
    ]);
    expect(result.newEntities).toEqual([{ text: 'Ivan Petrov', kind: 'PERSON', paragraph: 1, start: text.indexOf('Ivan'), end: text.indexOf(' was named') }]);
    expect(facts('Генеральным секретарём ОДКБ на 2026–2028 годы назначен Таалатбек Масадыков.')).toEqual([
      'HOLDS_POSITION taalatbek-masadykov → csto 2026..2028 [Secretary-General]',
    ]);
  });

  it('reads administers, coordinates, held in, hosted, attended and adopted at', () => {
    expect(facts('The Interstate Program is administered by the Interstate Commission for Military-Economic Cooperation.')).toEqual(['ADMINISTERS icmec → interstate-program']);
    expect(facts('Tajikistan coordinates the Tajik-Afghan border programme.')).toEqual(['COORDINATES tajikistan → tajik-afghan-border-programme']);
    expect(facts('Учения «Рубеж-2025» прошли в Киргизии.')).toEqual(['HELD_IN rubezh-2025 → kyrgyzstan 2025..2025']);
    expect(facts('Vladimir Putin attended the Bishkek CSTO summit 2025.')).toEqual(['ATTENDED vladimir-putin → bishkek-session-2025 2025..2025']);
    // A meeting named by its city was held there (the convention of round 13).
    expect(facts('The CSTO Charter was signed at the Chisinau session on 7 October 2002.')).toEqual([
      'HELD_IN "session" → chisinau 2002-10-07..2002-10-07',
      'ADOPTED_AT csto-charter → "Chisinau session" 2002-10-07..',
    ]);
    expect(facts('The Tajik-Afghan border programme was adopted at the Astana session on 28 November 2024.', '2024-12-05')).toEqual([
      'HELD_IN "session" → astana 2024-11-28..2024-11-28',
      'ADOPTED_AT tajik-afghan-border-programme → "Astana session" 2024-11-28..',
    ]);
  });

  it('proposes nothing from a negated sentence', () => {
    expect(facts('Armenia did not attend the summit. Armenia has not left the CSTO.')).toEqual([]);
  });
});

describe('ingest: general constructions (coreference, apposition, titles, participles, nominalisations)', () => {
  it('reads "the alliance", "the bloc", "Организация" and "whose country" as the organization and the state named before', () => {
    expect(facts('The CSTO met in Moscow. Kazakhstan joined the bloc in 1992.', '2025-11-27')).toContain('MEMBER_OF kazakhstan → csto 1992..');
    expect(facts('Belarusian President Alexander Lukashenko, whose country holds the CSTO chairmanship this year, opened the summit.', '2023-11-24')).toContain(
      'CHAIRS belarus → csto 2023..2023 [chair]',
    );
    expect(facts('Заседание прошло под председательством министра иностранных дел Киргизии Жээнбека Кулубаева, чья страна председательствует в Организации в текущем году. ОДКБ.', '2025-10-03')).toEqual(
      expect.arrayContaining(['CHAIRS kyrgyzstan → csto 2025..2025 [chair]', 'HOLDS_POSITION "Жээнбека Кулубаева" → kyrgyzstan [Foreign Minister]']),
    );
    expect(facts('С 1 января 2026 года председательство в Организации переходит к Российской Федерации. ОДКБ.')).toContain('CHAIRS russia → csto 2026-01-01.. [chair]');
  });

  it('resolves a body of the organization named without it: "the alliance\'s Joint Staff", "Парламентской ассамблеи"', () => {
    expect(facts('The CSTO agreed. The alliance\'s Joint Staff, led since 2022 by Colonel General Andrey Serdyukov, will coordinate the drills.', '2026-05-15')).toEqual([
      'HEADS andrey-serdyukov → csto-joint-staff 2022..',
      'COORDINATES csto-joint-staff → "drills"',
    ]);
    expect(facts('Делегацию ОДКБ возглавил Председатель Парламентской ассамблеи Вячеслав Володин.', '2025-12-09')).toContain(
      'HEADS "Вячеслав Володин" → csto-parliamentary-assembly [Chairman]',
    );
  });

  it('reads a title before a name, with no organization named, and "the post" as the title named before', () => {
    expect(facts('Secretary-General Imangali Tasmagambetov, who has held the post since January 2023, spoke at the CSTO summit.', '2026-05-15')).toContain(
      'HOLDS_POSITION imangali-tasmagambetov → csto 2023-01.. [Secretary-General]',
    );
    expect(facts('The CSTO Secretary-General is elected for three years. Before him, the post was held by Stanislav Zas from 2020 to 2022.')).toContain(
      'HOLDS_POSITION stanislav-zas → csto 2020..2022 [Secretary-General]',
    );
    expect(facts('The current Secretary-General of the CSTO, Imangali Tasmagambetov, a former Kazakh prime minister, took office in January 2023.', '2026-02-20')).toEqual([
      'HOLDS_POSITION imangali-tasmagambetov → csto 2023-01.. [Secretary-General]',
      'HOLDS_POSITION imangali-tasmagambetov → kazakhstan 2023-01.. [Prime Minister]',
    ]);
    // In an article about a body, a Secretary-General with no organization named is the parent organization's, a chairman the body's.
    expect(facts('The CSTO Parliamentary Assembly met in Minsk. The CSTO Parliamentary Assembly adopted a law. Secretary General Taalatbek Masadykov spoke.')).toContain(
      'HOLDS_POSITION taalatbek-masadykov → csto [Secretary-General]',
    );
    // No title named before: "the post" is not guessed.
    expect(facts('Stanislav Zas held the post from 2020 to 2022.')).toEqual([]);
    // A former holder's title is not the article's organization's post now.
    expect(facts('The CSTO met. Former Secretary-General Nikolai Bordyuzha spoke.')).toEqual([]);
  });

  it('gives each person of a list with titles the fact, not the titles\' organizations', () => {
    expect(facts('Во встрече приняли участие заместитель Генерального секретаря ОДКБ Самат Ордабаев и начальник Объединённого штаба ОДКБ генерал-полковник Андрей Сердюков.', '2025-12-09')).toEqual([
      'HOLDS_POSITION "Самат Ордабаев" → csto [Deputy Secretary-General]',
      'HEADS andrey-serdyukov → csto-joint-staff [Head]',
      'ATTENDED "Самат Ордабаев" → "встрече"',
      'ATTENDED andrey-serdyukov → "встрече"',
    ]);
    expect(facts('The session was chaired by Russian Defence Minister Andrei Belousov.', '2026-05-15')).toEqual([
      'CHAIRS "Andrei Belousov" → "session" [chair]',
      'HOLDS_POSITION "Andrei Belousov" → russia [Defence Minister]',
    ]);
  });

  it('reads Russian participial phrases and relative clauses', () => {
    expect(facts('Белоруссия, вступившая в Договор о коллективной безопасности в 1993 году, предложила провести заседание в Минске.', '2025-10-03')).toEqual([
      'MEMBER_OF belarus → collective-security-treaty 1993..',
    ]);
    expect(facts('Республика Сербия, получившая статус наблюдателя при Парламентской ассамблее ОДКБ в 2013 году, участвует в её работе.')).toEqual([
      'OBSERVER_OF serbia → csto-parliamentary-assembly 2013.. {observer}',
    ]);
    expect(facts('Глава МИД рассказал об итогах сессии Совета коллективной безопасности, состоявшейся 27 ноября в Бишкеке.', '2025-12-09')).toEqual([
      'HELD_IN "сессии Совета коллективной безопасности" → bishkek 2025-11-27..2025-11-27',
    ]);
    expect(facts('Учения «Взаимодействие-2025», которые пройдут в Таджикистане в конце октября, начнутся по плану.', '2025-10-03')).toEqual([
      'HELD_IN interaction → tajikistan 2025-10..2025-10',
    ]);
  });

  it('reads dated nominalisations, and not undated or hedged ones', () => {
    expect(facts("Uzbekistan's withdrawal in 2012 weakened the CSTO.", '2026-02-20')).toEqual(['MEMBER_OF uzbekistan → csto ..2012']);
    expect(facts('The accession of Belarus to the Collective Security Treaty in 1993 mattered.')).toEqual(['MEMBER_OF belarus → collective-security-treaty 1993..']);
    expect(facts('Выход Узбекистана из ОДКБ в 2012 году стал неожиданностью.')).toEqual(['MEMBER_OF uzbekistan → csto ..2012']);
    expect(facts("Pashinyan spoke of Armenia's withdrawal from the CSTO.")).toEqual([]);
    expect(facts('The possible withdrawal of Armenia from the CSTO in 2026 worries Moscow.')).toEqual([]);
    expect(facts('Возможный выход Армении из ОДКБ в 2026 году обсуждается.')).toEqual([]);
  });

  it('proposes nothing from negations, conditionals, questions and reported denials', () => {
    expect(facts('Uzbekistan did not join the CSTO. Azerbaijan never joined the CSTO.')).toEqual([]);
    expect(facts('Armenia could leave the CSTO. Serbia might join the CSTO.')).toEqual([]);
    expect(facts('If Armenia leaves the CSTO, the bloc will shrink.')).toEqual([]);
    expect(facts('Has Armenia left the CSTO?')).toEqual([]);
    expect(facts('Yerevan denied reports that Armenia has left the CSTO.')).toEqual([]);
    expect(facts('Армения не вышла из ОДКБ. В Ереване опровергли слухи, что Армения вышла из ОДКБ.')).toEqual([]);
  });

  it('takes a month without a year in a sentence about the future as this year while that month is not over', () => {
    expect(findDates('the drills will be held at the end of October', partialDate('2025-10-03')).map((found) => found.date)).toEqual(['2025-10']);
    expect(findDates('the summit met in November', partialDate('2025-11-27')).map((found) => found.date)).toEqual(['2025-11']);
  });
});

describe('ingest: English reporting constructions (held-out batch 6)', () => {
  const published = '2026-06-20';
  const of = (text: string) => facts(text, published);

  it('carries a fact to a gapped conjunct ("X held it in 2023 and Y in 2024"), and "held it" only after the chairmanship was named', () => {
    expect(of('The presidency of the CSTO changes hands each year. Belarus held it in 2023 and Kazakhstan in 2024.')).toEqual([
      'CHAIRS belarus → csto 2023..2023 [chair]',
      'CHAIRS kazakhstan → csto 2024..2024 [chair]',
    ]);
    expect(of('The CSTO met. Belarus staged the Cobalt drills in 2022 and Tajikistan in 2023.')).toEqual([
      'CONDUCTS belarus → cobalt 2022..2022',
      'CONDUCTS tajikistan → cobalt 2023..2023',
    ]);
    expect(of('The CSTO met. Kazakhstan held it in 2024.')).toEqual([]);
    expect(of('The CSTO met. Belarus staged the Cobalt drills in 2022 and Tajikistan said nothing.')).toEqual(['CONDUCTS belarus → cobalt 2022..2022']);
  });

  it('reads a list of people who "also attended" the meeting named before, "as did X", and a delegation headed by someone', () => {
    expect(of("The CSTO summit opened in Astana. Tajik President Emomali Rahmon, Russia's Vladimir Putin and Armenian Prime Minister Nikol Pashinyan also attended.")).toEqual(
      expect.arrayContaining(['ATTENDED emomali-rahmon → "CSTO summit"', 'ATTENDED vladimir-putin → "CSTO summit"', 'ATTENDED nikol-pashinyan → "CSTO summit"']),
    );
    expect(of('The CSTO summit opened in Astana. Vladimir Putin also spoke.').filter((fact) => fact.startsWith('ATTENDED'))).toEqual([]);
    expect(of('Vladimir Putin attended.')).toEqual([]);
    expect(
      of('The CSTO ministers met in Dushanbe on 3 March. The foreign ministers of Armenia and Belarus took part in the meeting, as did the Secretary-General of the CSTO, Imangali Tasmagambetov.'),
    ).toEqual(expect.arrayContaining(['ATTENDED imangali-tasmagambetov → "meeting"', 'PARTICIPATES_IN armenia → "meeting"']));
    expect(of('The CSTO defence ministers held a meeting in Dushanbe. The delegation of Kyrgyzstan was headed by Defence Minister Baktybek Bekbolotov.')).toEqual(
      expect.arrayContaining(['PARTICIPATES_IN kyrgyzstan → "meeting"', 'HOLDS_POSITION "Baktybek Bekbolotov" → kyrgyzstan [Defence Minister]']),
    );
  });

  it('reads what participants adopted at the meeting named before, and not what they only discussed', () => {
    expect(of('CSTO leaders held their summit in Yerevan. The leaders adopted the CSTO Anti-Drug Strategy 2026-2030.')).toContain(
      'ADOPTED_AT anti-drug-strategy-2026-2030 → "summit"',
    );
    expect(of('CSTO leaders held their summit in Yerevan. The leaders discussed the CSTO Anti-Drug Strategy 2026-2030.').filter((fact) => fact.startsWith('ADOPTED_AT'))).toEqual([]);
  });

  it('takes a dated plan in reported speech ("said X would …") as stated, but not an undated intention or "could"', () => {
    expect(of('Officials said the bloc would hold the Cobalt exercise in Kyrgyzstan in 2027. CSTO.')).toEqual(
      expect.arrayContaining(['HELD_IN cobalt → kyrgyzstan 2027..2027', 'CONDUCTS csto → cobalt 2027..2027']),
    );
    expect(of('Pashinyan said Armenia would leave the CSTO when the time comes.')).toEqual([]);
    expect(of('Officials said the bloc could hold the Cobalt exercise in 2027. CSTO.')).toEqual([]);
    expect(of('Officials said the bloc might stage the Cobalt exercise in Kyrgyzstan in 2027. CSTO.').filter((fact) => fact.startsWith('CONDUCTS'))).toEqual([]);
  });

  it('reads passives and plain-noun drills: "will be run by", "the exercise" as the exercise named before, "with X taking part"', () => {
    expect(of('The CSTO Joint Staff announced the Rubezh drills. The exercise will be run by the Collective Rapid Reaction Forces in May.')).toEqual([
      'ANNOUNCED csto-joint-staff → rubezh',
      'CONDUCTS collective-rapid-reaction-forces → rubezh 2027-05..2027-05',
    ]);
    // No exercise named before: the end stays words, for the reviewer.
    expect(of('The CSTO budget was approved. The exercise will be run by the Collective Rapid Reaction Forces.')).toEqual([
      'CONDUCTS collective-rapid-reaction-forces → "exercise"',
    ]);
    expect(of('The Collective Rapid Reaction Forces conduct annual exercises in Central Asia.')).toEqual(['CONDUCTS collective-rapid-reaction-forces → "annual exercises"']);
    expect(of('The Collective Rapid Reaction Forces conduct annual reviews of their budget.')).toEqual([]);
    expect(of('Lukashenko said the Interaction exercise would be held in Belarus in September, with the Collective Rapid Reaction Forces taking part.')).toEqual(
      expect.arrayContaining(['PARTICIPATES_IN collective-rapid-reaction-forces → interaction 2026-09..2026-09']),
    );
    expect(of('The Interaction exercise was held in Belarus, with the Collective Rapid Reaction Forces watching.').filter((fact) => fact.startsWith('PARTICIPATES_IN'))).toEqual([]);
  });

  it('reads a city hosting a meeting as the meeting held there, and a date between the verb and the place', () => {
    expect(of('Astana will host a CSTO summit on 10 October.')).toEqual(['HELD_IN "CSTO summit" → astana 2026-10-10..2026-10-10']);
    expect(of('The CSTO leaders will meet again. The summit is planned for October 2027 in Astana.')).toEqual(['HELD_IN "summit" → astana 2027-10..2027-10']);
    expect(of('The CSTO summit is planned for October 2027, officials in Astana said.')).toEqual([]);
  });

  it('reads successions and appointments with a relative clause or a state between the name and the verb', () => {
    expect(of("Yuri Khachaturov, who held the post in 2017, handed over to Belarus's Stanislav Zas in 2020.")).toEqual(['SUCCEEDED_BY yuri-khachaturov → stanislav-zas 2020..']);
    expect(of('The CSTO met. Colonel Nurlan Abdrakhmanov of Kazakhstan was appointed Deputy Secretary-General of the CSTO.')).toEqual([
      'HOLDS_POSITION "Nurlan Abdrakhmanov" → csto [Deputy Secretary-General]',
    ]);
    expect(of('The CSTO met. Colonel Nurlan Abdrakhmanov of Kazakhstan was praised by the Secretary-General of the CSTO.')).toEqual([]);
    expect(of('Kazakhstan, which left the CSTO in 1999, came back in 2004.')).toEqual(['MEMBER_OF kazakhstan → csto ..1999', 'MEMBER_OF kazakhstan → csto 2004..']);
  });

  it('reads a body chaired by a titled person, "Its head, X", and an interjection between subject and verb', () => {
    expect(of('The Interstate Commission for Military-Economic Cooperation, chaired by Russian Deputy Prime Minister Denis Manturov, met in Moscow.')).toContain('HEADS denis-manturov → icmec');
    expect(of('The CSTO Secretariat moved to a new building. Its head, Ambassador Kanat Sultanov, said so.')).toEqual(['HEADS "Kanat Sultanov" → csto-secretariat']);
    expect(of('Its head, Ambassador Kanat Sultanov, said so.')).toEqual([]);
    expect(of('The CSTO Secretariat, however, coordinates the Tajik-Afghan border programme.')).toEqual(['COORDINATES csto-secretariat → tajik-afghan-border-programme']);
  });

  it('reads observers admitted by a body or with no body named, a suspension with no organization named, and "the Organization"', () => {
    expect(of('The CSTO Parliamentary Assembly admitted Serbia as an observer in 2013.')).toEqual(['OBSERVER_OF serbia → csto-parliamentary-assembly 2013.. {observer}']);
    // No observer; the relation layer reads the membership the sentence states.
    expect(of('The CSTO Parliamentary Assembly admitted Serbia as a member in 2013.')).toEqual(['MEMBER_OF serbia → csto-parliamentary-assembly 2013..']);
    expect(of('The CSTO Parliamentary Assembly met. The Parliament of Afghanistan has had observer status since 2013.')).toEqual([
      'OBSERVER_OF parliament-of-afghanistan → csto-parliamentary-assembly 2013.. {observer}',
    ]);
    expect(of('The Parliament of Afghanistan has had observer status at the talks since 2013. CSTO.')).toEqual([]);
    expect(of('Kazakhstan suspended its participation in 2023, the CSTO said.')).toEqual(['MEMBER_OF kazakhstan → csto 2023.. {participation suspended}']);
    expect(of('Kazakhstan suspended its participation in the drills, the CSTO said.')).toEqual([]);
    expect(of('The CSTO met. Russia chaired the Organization in 2026.')).toEqual(['CHAIRS russia → csto 2026..2026 [chair]']);
    expect(of('The CSTO met. Russia chaired the Organization for Security and Co-operation in Europe in 2025.')).toEqual([]);
  });

  it('reads "took part" with no object as the meeting named before, a list with "and the", a person the graph lacks chairing a body, and a "two-day meeting"', () => {
    expect(of('The CSTO foreign ministers opened their session in Yerevan. Delegations from Armenia and Kazakhstan took part.')).toEqual(
      expect.arrayContaining(['PARTICIPATES_IN armenia → "session"', 'PARTICIPATES_IN kazakhstan → "session"']),
    );
    expect(of('Armenia and Kazakhstan took part.')).toEqual([]);
    expect(of('The CSTO session opened in Yerevan. Armenia took part in name only, diplomats said.').filter((fact) => fact.startsWith('PARTICIPATES_IN'))).toEqual([]);
    expect(of('The CSTO Parliamentary Assembly met. The National Assembly of Serbia and the Parliament of Afghanistan have had observer status since 2013.')).toEqual([
      'OBSERVER_OF national-assembly-of-serbia → csto-parliamentary-assembly 2013.. {observer}',
      'OBSERVER_OF parliament-of-afghanistan → csto-parliamentary-assembly 2013.. {observer}',
    ]);
    expect(of('The CSTO Parliamentary Assembly met. Mikhail Orlov, who chairs the Assembly, opened the session.')).toContain('CHAIRS "Mikhail Orlov" → csto-parliamentary-assembly [chair]');
    expect(of('The CSTO Parliamentary Assembly met. Mikhail Orlov, who praised the Assembly, opened the session.').filter((fact) => fact.startsWith('CHAIRS'))).toEqual([]);
    expect(of('Kazakh Foreign Minister Murat Nurtleu arrived in Yerevan on Monday for a two-day meeting of the CSTO Council of Foreign Ministers.')).toContain(
      'HELD_IN "two-day meeting of the CSTO Council of Foreign Ministers" → yerevan 2026-06-15..2026-06-15',
    );
  });
});

describe('ingest: English constructions of held-out batch 8 (sentences written for the test)', () => {
  const published = '2026-06-20';
  const of = (text: string) => facts(text, published);
  const only = (type: string, found: string[]) => found.filter((fact) => fact.startsWith(type));

  it('reads the posts a succession implies, when the text names an organization\'s post, not a head of state\'s', () => {
    expect(of('The CSTO named a new Secretary-General. Valery Semerikov was followed by Stanislav Zas in 2020.')).toEqual([
      'SUCCEEDED_BY valery-semerikov → stanislav-zas 2020..',
      'HOLDS_POSITION valery-semerikov → csto ..2020 [Secretary-General]',
      'HOLDS_POSITION stanislav-zas → csto 2020.. [Secretary-General]',
    ]);
    // "followed by" is a succession only where a post is spoken of.
    expect(of('Valery Semerikov spoke first and was followed by Stanislav Zas.')).toEqual([]);
    expect(only('HOLDS_POSITION', of('The CSTO met. Kyrgyz President Almazbek Atambayev was succeeded by Sooronbay Jeenbekov in 2017.'))).toEqual([
      'HOLDS_POSITION "Almazbek Atambayev" → kyrgyzstan [President]',
    ]);
  });

  it('reads troops sent, contributed or dispatched as taking part in the operation named before', () => {
    expect(of('The CSTO launched a peacekeeping operation in 2022. Russia and Belarus sent troops, and Armenia, then the chair, contributed a small contingent.')).toEqual([
      'PARTICIPATES_IN russia → "peacekeeping operation"',
      'PARTICIPATES_IN belarus → "peacekeeping operation"',
      'PARTICIPATES_IN armenia → "peacekeeping operation"',
    ]);
    expect(only('PARTICIPATES_IN', of('The CSTO held a command-staff exercise in Armenia. Units were contributed by Kazakhstan and Kyrgyzstan.'))).toEqual([
      'PARTICIPATES_IN kazakhstan → "command-staff exercise"',
      'PARTICIPATES_IN kyrgyzstan → "command-staff exercise"',
    ]);
    expect(of('The CSTO met. Russia sent a letter to the Secretariat. Russia sent troops to the border.')).toEqual([]);
  });

  it('reads "Ministers from X and Y attended" as their states taking part, and a list of member states', () => {
    expect(only('PARTICIPATES_IN', of('The CSTO foreign ministers held a session in Minsk. Ministers from Armenia and Tajikistan attended.'))).toEqual([
      'PARTICIPATES_IN armenia → "session"',
      'PARTICIPATES_IN tajikistan → "session"',
    ]);
    expect(only('PARTICIPATES_IN', of('The CSTO foreign ministers held a session in Minsk. Ministers from Armenia and Tajikistan attended a concert.'))).toEqual([]);
    expect(of('The CSTO was founded in 2002. Its member states are Belarus, Kazakhstan and Russia.')).toEqual([
      'ESTABLISHED_BY csto → "founded in 2002" 2002..',
      'MEMBER_OF belarus → csto',
      'MEMBER_OF kazakhstan → csto',
      'MEMBER_OF russia → csto',
    ]);
    expect(of('The CSTO was founded in 2002. Its member states are wary of Russia.')).toEqual(['ESTABLISHED_BY csto → "founded in 2002" 2002..']);
  });

  it('reads "joined" with no object as joining what the sentence or the one before named', () => {
    // The signatories SIGNED the treaty (round 22: the labels' convention since batch 35, as the graph records them); who joined is a party.
    expect(only('SIGNED', of('Tajikistan and Kyrgyzstan signed the Collective Security Treaty in 1992. Belarus joined the following year.'))).toEqual([
      'SIGNED tajikistan → collective-security-treaty 1992..',
      'SIGNED kyrgyzstan → collective-security-treaty 1992..',
    ]);
    expect(only('MEMBER_OF', of('Tajikistan and Kyrgyzstan signed the Collective Security Treaty in 1992. Belarus joined the following year.'))).toEqual([
      // "the following year": the year after the one the sentence before gave.
      'MEMBER_OF belarus → collective-security-treaty 1993..',
    ]);
    expect(only('MEMBER_OF', of('The CSTO met. Belarus joined later, officials said. Belarus joined in the talks.'))).toEqual([]);
  });

  it('reads chairmanships gapped over several states, handed over "to" a state, held by one, and "it passes to"', () => {
    expect(of('The CSTO chairmanship rotates annually. Tajikistan held it in 2021, Armenia in 2022 and Belarus in 2023.')).toEqual([
      'CHAIRS tajikistan → csto 2021..2021 [chair]',
      'CHAIRS armenia → csto 2022..2022 [chair]',
      'CHAIRS belarus → csto 2023..2023 [chair]',
    ]);
    expect(of('The CSTO met. Belarus chaired the bloc in 2023 and handed over to Kazakhstan, which passes the baton to Kyrgyzstan on 1 January.')).toEqual(
      expect.arrayContaining(['CHAIRS belarus → csto 2023..2023 [chair]', 'CHAIRS kyrgyzstan → csto 2026-01-01.. [chair]']),
    );
    // One proposal each: Belarus's term is not repeated by its hand-over, Kazakhstan's start and end are one term.
    expect(only('CHAIRS', of('The CSTO met. Belarus chaired the bloc in 2023 and handed over to Kazakhstan, which passes the baton to Kyrgyzstan on 1 January.'))).toHaveLength(3);
    expect(of('The CSTO met. Belarus handed over to Kazakhstan a list of demands.')).toEqual([]);
    expect(of('The chairmanship of the CSTO is held by Kyrgyzstan this year.')).toEqual(['CHAIRS kyrgyzstan → csto 2026..2026 [chair]']);
    expect(of('The CSTO chairmanship rotates every year. It passes to Russia on 1 January.')).toEqual(['CHAIRS russia → csto 2026-01-01.. [chair]']);
    expect(of('The CSTO met. It passes to Russia on 1 January.')).toEqual([]);
    expect(of('Kazakhstan chairs the CSTO, succeeding Kyrgyzstan, which held the post last year.')).toContain('CHAIRS kyrgyzstan → csto 2025..2025 [chair]');
  });

  it('reads posts: "served from … to …" after a description in apposition, "the appointment of X as …", a post filled on an acting basis', () => {
    expect(of('The CSTO Secretary-General is appointed for three years. Nikolai Bordyuzha, a former border guard commander, served from 2003 to 2016.')).toEqual([
      'HOLDS_POSITION nikolai-bordyuzha → csto 2003..2016 [Secretary-General]',
    ]);
    expect(of('The ministers approved the appointment of General Ivan Petrov as deputy chief of the CSTO Joint Staff.')).toEqual([
      'HOLDS_POSITION "Ivan Petrov" → csto-joint-staff [Deputy Head]',
    ]);
    expect(of('The ministers discussed a possible appointment of General Ivan Petrov as deputy chief of the CSTO Joint Staff.')).toEqual([]);
    expect(of('The CSTO Secretary-General resigned in 2018. The post was then filled on an acting basis by his deputy, Valery Semerikov.')).toEqual([
      'HOLDS_POSITION valery-semerikov → csto [Secretary-General]',
    ]);
  });

  it('reads meetings of a body, drills held "there", a deployment, and "due in"', () => {
    expect(only('HELD_IN', of('Leaders will gather in Dushanbe in November. The Cobalt drills will be held there too.'))).toContain('HELD_IN cobalt → dushanbe');
    expect(of('The Cobalt drills will be held there. CSTO.')).toEqual([]);
    expect(of('The CSTO Permanent Council met in Moscow on Tuesday.')).toEqual(['HELD_IN "CSTO Permanent Council met" → moscow 2026-06-16..2026-06-16']);
    // The body named after "of" is not the subject: one meeting, not two.
    expect(of('Leaders of the CSTO gathered in Minsk on Tuesday.')).toEqual(['HELD_IN "Leaders of the CSTO" → minsk 2026-06-16..2026-06-16']);
    expect(of("The bloc's deployment to Tajikistan lasted a week. CSTO.")).toEqual(['HELD_IN "deployment" → tajikistan']);
    expect(of('The CSTO summit is due in Minsk in November 2027.')).toEqual(['HELD_IN "CSTO summit" → minsk 2027-11..2027-11']);
    expect(of('Russia proposed to hold the Cobalt exercise in Kazakhstan next year. CSTO.')).toEqual([]);
  });

  it('reads who conducts an exercise: "the exercise of X", "directed by X", "an exercise of their own, Y"', () => {
    expect(of('The command-staff exercise of the CSTO Joint Staff ended on Friday.')).toEqual([
      'CONDUCTS csto-joint-staff → "command-staff exercise" 2026-06-19..2026-06-19',
    ]);
    expect(of('The Echelon exercise was directed by the CSTO Joint Staff.')).toEqual(['CONDUCTS csto-joint-staff → echelon']);
    expect(of('The Collective Rapid Reaction Forces run an exercise of their own, Combat Brotherhood.')).toEqual([
      'CONDUCTS collective-rapid-reaction-forces → combat-brotherhood',
    ]);
  });

  it('reads observers "there", "the programme" as the programme named before, a meeting adopting, and a speaker after a list', () => {
    expect(of('The CSTO has no observers, but its Parliamentary Assembly does. Serbia was granted observer status there in 2013.')).toEqual([
      'OBSERVER_OF serbia → csto-parliamentary-assembly 2013.. {observer}',
    ]);
    // The stage the relative clause names is the programme's (batch 46's convention, programme-stages.ts), not what the Secretariat coordinates.
    expect(of('CSTO members fund the Tajik-Afghan border programme. The programme, whose first stage ended in 2025, is coordinated by the CSTO Secretariat, officials said.')).toEqual([
      'COORDINATES csto-secretariat → tajik-afghan-border-programme',
      'PART_OF tajik-afghan-border-programme-stage-1 → tajik-afghan-border-programme 2025..2025',
    ]);
    expect(only('COORDINATES', of('The Tajik-Afghan border programme is coordinated by the CSTO Secretariat, Secretary-General Taalatbek Masadykov said.'))).toEqual([
      'COORDINATES csto-secretariat → tajik-afghan-border-programme',
    ]);
    expect(only('ADOPTED_AT', of('The Collective Security Council session in Astana adopted the CSTO Anti-Drug Strategy 2026-2030.'))).toEqual([
      'ADOPTED_AT anti-drug-strategy-2026-2030 → "Collective Security Council session"',
    ]);
  });

  it('does not give a bare title the state a sentence sends something to', () => {
    // The graph knows whose Prime Minister he is (the gazetteer's known post): his state, never the one the troops go to.
    expect(only('HOLDS_POSITION', of('Prime Minister Nikol Pashinyan approved the deployment to Kazakhstan.'))).toEqual([
      'HOLDS_POSITION nikol-pashinyan → armenia [Prime Minister]',
    ]);
    expect(only('HOLDS_POSITION', of('Armenia objected. Prime Minister Nikol Pashinyan approved the deployment to Kazakhstan.'))).toEqual([
      'HOLDS_POSITION nikol-pashinyan → armenia [Prime Minister]',
    ]);
  });
});

describe('ingest: English constructions of held-out batch 10 (sentences written for the test)', () => {
  const published = '2026-06-20';
  const of = (text: string) => facts(text, published);
  const only = (type: string, found: string[]) => found.filter((fact) => fact.startsWith(type));

  it('reads membership stated as a state, an apposition or a list the organization groups, and not its negation', () => {
    expect(of('The Shanghai summit opened. Belarus is still a full member of the CSTO, officials said.')).toEqual(['MEMBER_OF belarus → csto']);
    expect(of('The CSTO met. Kazakhstan, a founding member of the alliance, skipped the talks.')).toEqual(['MEMBER_OF kazakhstan → csto {founding member}']);
    expect(of('The CSTO brings together Russia, Belarus and Armenia.')).toEqual(['MEMBER_OF russia → csto', 'MEMBER_OF belarus → csto', 'MEMBER_OF armenia → csto']);
    expect(of('The CSTO met. Azerbaijan is not a member of the bloc.')).toEqual([]);
    // A member of a body's working group is not a member of the body.
    expect(of('The CSTO met. Kazakhstan is a member of the Council of Foreign Ministers working group.')).toEqual([]);
  });

  it('reads a chairmanship named by its holder, held with the organization\'s name, taken, or handed over', () => {
    expect(of('The CSTO met. Under Belarus\'s chairmanship in 2023 the bloc adopted few documents.')).toEqual(['CHAIRS belarus → csto 2023..2023 [chair]']);
    expect(of('The CSTO met. Kyrgyzstan took the chair on January 1.')).toEqual(['CHAIRS kyrgyzstan → csto 2026-01-01.. [chair]']);
    // The hand-over ends the term the sentence gives: one term for Belarus, a start for Kazakhstan.
    expect(of('Belarus, which holds the CSTO\'s rotating chairmanship this year, is set to hand it to Kazakhstan in January.')).toEqual([
      'CHAIRS belarus → csto 2026..2026 [chair]',
      'CHAIRS kazakhstan → csto 2026-01.. [chair]',
    ]);
    // A bid or a programme is not a chairmanship held.
    expect(of('The CSTO met. Belarus criticised Russia\'s chairmanship programme.')).toEqual([]);
    expect(of('The CSTO met. Belarus is bidding for Russia\'s chairmanship.')).toEqual([]);
  });

  it('reads posts in apposition with a possessive, a body\'s chief after "whose", and a subject set off by commas', () => {
    expect(of('Stanislav Zas, the CSTO\'s Secretary-General, arrived in Minsk.')).toEqual(['HOLDS_POSITION stanislav-zas → csto [Secretary-General]']);
    expect(of('Kassym-Jomart Tokayev, Kazakhstan\'s president since 2019, spoke.')).toEqual(['HOLDS_POSITION kassym-jomart-tokayev → kazakhstan 2019.. [President]']);
    expect(of('The CSTO Joint Staff, whose chief, Gen. Andrey Serdyukov, spoke first, met later.')).toEqual(['HEADS andrey-serdyukov → csto-joint-staff']);
    expect(of('The CSTO met. His boss, Andrey Serdyukov, has led the Joint Staff since 2022.')).toEqual(['HEADS andrey-serdyukov → csto-joint-staff 2022..']);
  });

  it('reads troops of any kind sent to an exercise, and speakers from states attending, not observers', () => {
    expect(of('Kazakhstan sent two helicopter crews and Russia deployed an airborne battalion to the Interaction exercise in 2025.')).toEqual([
      'PARTICIPATES_IN kazakhstan → interaction 2025..2025',
      'PARTICIPATES_IN russia → interaction 2025..2025',
    ]);
    expect(only('PARTICIPATES_IN', of('The CSTO held the Cobalt exercise in May. Belarus sent observers to watch it.'))).toEqual([]);
    expect(only('PARTICIPATES_IN', of('The CSTO held the Cobalt exercise in May. The Collective Rapid Reaction Forces took part, the Joint Staff said.'))).toEqual([
      // Dated by the sentence before, which dates the exercise (event-dates.ts).
      'PARTICIPATES_IN collective-rapid-reaction-forces → cobalt 2026-05..2026-05',
    ]);
    expect(only('PARTICIPATES_IN', of('The CSTO Parliamentary Assembly held a session in Minsk. Lawmakers from Armenia and Belarus attended.'))).toEqual([
      'PARTICIPATES_IN armenia → "session"',
      'PARTICIPATES_IN belarus → "session"',
    ]);
  });

  it('reads meetings held as talks with someone somewhere, "where … held", a city hosting people; not a meeting proposed or called for', () => {
    expect(only('HELD_IN', of('Kazakh Foreign Minister Murat Nurtleu held talks with Stanislav Zas at the CSTO Secretariat in Moscow on 3 March 2025.'))).toEqual([
      'HELD_IN "talks" → moscow 2025-03-03..2025-03-03',
    ]);
    expect(of('The CSTO delegation flew to Astana, where the ministers held a session on Tuesday.')).toEqual(['HELD_IN "session" → astana 2026-06-16..2026-06-16']);
    expect(of('The CSTO met. Dushanbe hosted the foreign ministers in May.')).toEqual(['HELD_IN "foreign ministers" → dushanbe 2026-05..2026-05']);
    expect(of('The CSTO met. Kazakhstan hosted the defence ministers in May.')).toEqual(['HOSTS kazakhstan → "defence ministers" 2026-05..2026-05']);
    expect(of('The CSTO met. Minsk hosted the autumn session of the Collective Security Council.')).toEqual(['HELD_IN "autumn session of the Collective Security Council" → minsk']);
    expect(of('The CSTO met. Belarus proposed a summit in Minsk next year.')).toEqual([]);
    expect(of('The CSTO met. Kazakhstan called for a meeting in Astana.')).toEqual([]);
  });

  it('reads a state leaving with no organization named as leaving the article\'s, unless a treaty is spoken of', () => {
    expect(of('The CSTO met in Minsk. Uzbekistan, which walked out in 2012, stayed away.')).toEqual(['HELD_IN "CSTO met" → minsk', 'MEMBER_OF uzbekistan → csto ..2012']);
    // "the treaty" never named is the one the organization in focus is named after, not the organization (round 16).
    expect(only('MEMBER_OF', of('The CSTO met in Minsk. Georgia, which left when the treaty came up for renewal in 1999, stayed away.'))).toEqual(['MEMBER_OF georgia → collective-security-treaty ..1999']);
    // Not a protest or a city left.
    expect(only('MEMBER_OF', of('The CSTO met in Minsk. Armenia left in protest.'))).toEqual([]);
  });

  it('reads a rotation\'s turn, who is next in line, and a chairmanship "transferred" after the text named it', () => {
    expect(of('The CSTO chairmanship rotates every year. Kazakhstan held it in 2024; this year it is Russia\'s turn, and Tajikistan is next in line for 2027.')).toEqual([
      'CHAIRS kazakhstan → csto 2024..2024 [chair]',
      'CHAIRS russia → csto 2026..2026 [chair]',
      'CHAIRS tajikistan → csto 2027.. [chair]',
    ]);
    expect(only('CHAIRS', of('At present, the chairmanship of the CSTO is held by Russia. It will be transferred to Tajikistan from 1 January 2027.'))).toEqual([
      'CHAIRS russia → csto [chair]',
      'CHAIRS tajikistan → csto 2027-01-01.. [chair]',
    ]);
    // "Next" to speak, on the agenda, or a turn without a chairmanship spoken of: nothing.
    expect(of('The CSTO met. Armenia is next on the agenda, and Russia was next to speak.')).toEqual([]);
    expect(of('The CSTO met. This year it is Russia\'s turn to pay more.')).toEqual([]);
  });

  it('reads troops from states joining an exercise, "with the participation of", a chairmanship passed from one state to another, "played host to"', () => {
    expect(of('Troops from Russia and Belarus joined the Interaction exercise in 2025.')).toEqual([
      'PARTICIPATES_IN russia → interaction 2025..2025',
      'PARTICIPATES_IN belarus → interaction 2025..2025',
    ]);
    expect(only('PARTICIPATES_IN', of('The CSTO staged drills in Belarus in May with the participation of Russia and Kazakhstan.'))).toEqual([
      'PARTICIPATES_IN russia → "drills" 2026-05..2026-05',
      'PARTICIPATES_IN kazakhstan → "drills" 2026-05..2026-05',
    ]);
    expect(of('The CSTO chairmanship passed from Kyrgyzstan to Russia on January 1, 2026.')).toEqual([
      'CHAIRS kyrgyzstan → csto ..2025-12-31 [chair]',
      'CHAIRS russia → csto 2026-01-01.. [chair]',
    ]);
    expect(of('Kazakhstan played host to the Cobalt exercise in 2024.')).toEqual(['HOSTS kazakhstan → cobalt 2024..2024']);
    // Troops from a state that did not join: nothing.
    expect(only('PARTICIPATES_IN', of('Troops from Armenia did not join the Interaction exercise in 2025.'))).toEqual([]);
  });

  it('reads leaders signing in a city as their meeting held there', () => {
    expect(of('Leaders of the CSTO signed a declaration in Astana on 28 November 2024.')).toEqual(['HELD_IN "Leaders of the CSTO" → astana 2024-11-28..2024-11-28']);
    expect(of('The CSTO met. Leaders signed a declaration on security in Central Asia.')).toEqual([]);
  });

  it('reads an exercise under a body\'s command, and "the programme" as the programme named before', () => {
    expect(of('The Cobalt exercise, held near Lake Issyk-Kul in June, ran under the command of the CSTO Joint Staff.')).toEqual(['CONDUCTS csto-joint-staff → cobalt 2026-06..2026-06']);
    expect(of('The Tajik-Afghan border programme was discussed. The programme is administered by the Interstate Commission for Military-Economic Cooperation, and the Secretariat coordinates the deliveries.')).toEqual([
      'ADMINISTERS icmec → tajik-afghan-border-programme',
    ]);
    // A series of exercises is no programme.
    expect(of('The Cobalt drills ended. The programme is administered by the Interstate Commission for Military-Economic Cooperation.')).toEqual([]);
  });
});

describe('ingest: English constructions of batches 9 and 12 (sentences written for the test)', () => {
  const published = '2026-06-20';
  const of = (text: string) => facts(text, published);
  const only = (type: string, found: string[]) => found.filter((fact) => fact.startsWith(type));

  it('reads states that sign a treaty as its signatories, and leaves other documents they sign alone', () => {
    expect(of('The Collective Security Treaty was concluded in 1992. Armenia, Kazakhstan and Russia signed the Collective Security Treaty on 15 May 1992.')).toEqual([
      // Its conclusion, an occasion the graph has no entity for (round 14).
      'ADOPTED_AT collective-security-treaty → "concluded in 1992" 1992..',
      'SIGNED armenia → collective-security-treaty 1992-05-15..',
      'SIGNED kazakhstan → collective-security-treaty 1992-05-15..',
      'SIGNED russia → collective-security-treaty 1992-05-15..',
    ]);
    expect(of('The Collective Security Treaty, signed in Tashkent in May 1992 by Russia and Tajikistan, entered into force in 1994.')).toEqual([
      'SIGNED russia → collective-security-treaty 1992-05..',
      'SIGNED tajikistan → collective-security-treaty 1992-05..',
      'HELD_IN "signed" → tashkent 1992-05..1992-05',
      'ADOPTED_AT collective-security-treaty → "signed in Tashkent" 1992-05..',
    ]);
    // A declaration is not a treaty: its signatories are no members of it.
    expect(only('MEMBER_OF', of('Russia signed the Bishkek Declaration of the Collective Security Council (2025) in November 2025.'))).toEqual([]);
  });

  it('reads a party to a treaty, a membership not renewed or let lapse, and timeline lines in the present tense', () => {
    expect(of('The CSTO met. Tajikistan has been a party to the Collective Security Treaty since 1993.')).toEqual(['MEMBER_OF tajikistan → collective-security-treaty 1993..']);
    expect(of('The CSTO met. Georgia did not renew its membership in 1999.')).toEqual(['MEMBER_OF georgia → csto ..1999']);
    expect(of('2006 - Uzbekistan rejoins the CSTO.')).toEqual(['MEMBER_OF uzbekistan → csto 2006..']);
    expect(of('The CSTO met in May. 2012 - Uzbekistan drops out.')).toEqual(['MEMBER_OF uzbekistan → csto ..2012']);
    expect(of('The CSTO met. Belarus, as a member state of the CSTO, backed the plan.')).toEqual(['MEMBER_OF belarus → csto']);
    expect(of('The CSTO met. Kazakhstan remains a loyal member of the bloc.')).toEqual(['MEMBER_OF kazakhstan → csto']);
    expect(of('Belarus remains committed to its obligations as a member of the CSTO.')).toEqual(['MEMBER_OF belarus → csto']);
    expect(of('The CSTO met. Georgia, which suspended its membership in 2008, stayed away.')).toEqual(['MEMBER_OF georgia → csto 2008.. {participation suspended}']);
    expect(of('Armenia no longer acts as a member of the CSTO.')).toEqual([]);
    expect(of('The Collective Security Treaty was signed in 1992. In 1999 Azerbaijan and Georgia declined to sign the extension protocol and left.')).toEqual([
      'ADOPTED_AT collective-security-treaty → "signed in 1992" 1992..',
      'MEMBER_OF azerbaijan → collective-security-treaty ..1999',
      'MEMBER_OF georgia → collective-security-treaty ..1999',
    ]);
    expect(of('The Collective Security Treaty, signed in Tashkent on 15 May 1992, by Armenia and Russia, entered into force in 1994.').filter((fact) => fact.startsWith('SIGNED'))).toEqual([
      'SIGNED armenia → collective-security-treaty 1992-05-15..',
      'SIGNED russia → collective-security-treaty 1992-05-15..',
    ]);
    // Near misses: a negation that is no departure, a departure denied, a membership denied.
    expect(of('The Collective Security Treaty was signed in 1992. Georgia did not renew its call for the summit.').filter((fact) => !fact.startsWith('ADOPTED_AT'))).toEqual([]);
    expect(of('The CSTO met. Armenia did not renew its call for reform.')).toEqual([]);
    expect(of('The CSTO met. Georgia did not leave the alliance in 1999.')).toEqual([]);
    expect(of('The CSTO met. Belarus is not a loyal member of the bloc.')).toEqual([]);
  });

  it('reads a post taken over, with its predecessor, a post given with "appoints" and a factbox label', () => {
    expect(of('Stanislav Zas, the Belarusian general who took over as Secretary-General of the CSTO on 1 January 2020 from Valery Semerikov, visited Dushanbe.')).toEqual([
      'HOLDS_POSITION stanislav-zas → csto 2020-01-01.. [Secretary-General]',
      'SUCCEEDED_BY valery-semerikov → stanislav-zas 2020-01-01..',
      'HOLDS_POSITION valery-semerikov → csto ..2019-12-31 [Secretary-General]',
    ]);
    // A head of state's post is no organization's: nothing inferred for the predecessor. Putin's own post is the state the graph
    // says he is President of (round 23: a head of state's title with no state named).
    expect(only('HOLDS_POSITION', of('The CSTO met. Vladimir Putin, who took over as President from Boris Yeltsin in 2000, spoke.'))).toEqual(['HOLDS_POSITION vladimir-putin → russia 2000.. [President]']);
    expect(of('The CSTO met. Nikolai Bordyuzha took office as Secretary-General in 2003.')).toEqual(['HOLDS_POSITION nikolai-bordyuzha → csto 2003.. [Secretary-General]']);
    expect(of('The Collective Security Council appoints Belarusian general Stanislav Zas Secretary-General of the CSTO.')).toEqual(['HOLDS_POSITION stanislav-zas → csto [Secretary-General]']);
    expect(of('The CSTO held a summit. Secretary-General: Stanislav Zas (Belarus).')).toEqual(['HOLDS_POSITION stanislav-zas → csto [Secretary-General]']);
    expect(of('The CSTO held a summit. Chief of the Joint Staff: Colonel General Andrey Serdyukov (Russia).')).toEqual(['HEADS andrey-serdyukov → csto-joint-staff [Head]']);
    expect(of('The CSTO held a summit. Secretary-General: vacant since March.')).toEqual([]);
  });

  it('reads a chairmanship in a factbox label and one the holder "will hand" on', () => {
    expect(of('The CSTO held a summit. Chair in 2025: Kyrgyzstan.')).toEqual(['CHAIRS kyrgyzstan → csto 2025..2025 [chair]']);
    expect(of('The CSTO held a summit. Chair in 2025: to be decided.')).toEqual([]);
    expect(only('CHAIRS russia', of('Kyrgyzstan, which chairs the CSTO this year, will hand it to Russia on 1 January.'))).toEqual(['CHAIRS russia → csto 2027-01-01.. [chair]']);
  });

  it('reads a meeting or exercise expected to take place or to be conducted, and a treaty or charter signed or adopted in a city', () => {
    expect(of('The CSTO said the session of the Council of Defence Ministers is expected to take place in Minsk in December.')).toEqual([
      'HELD_IN "session of the Council of Defence Ministers" → minsk 2026-12..2026-12',
    ]);
    expect(of('The Cobalt exercise is due to be conducted by the Collective Rapid Reaction Forces in October.')).toEqual(['CONDUCTS collective-rapid-reaction-forces → cobalt 2026-10..2026-10']);
    expect(of('The CSTO Charter was adopted in Chisinau on 7 October 2002.')).toEqual([
      'HELD_IN "adopted" → chisinau 2002-10-07..2002-10-07',
      'ADOPTED_AT csto-charter → "adopted in Chisinau" 2002-10-07..',
    ]);
  });

  it('reads an exercise named in apposition and conducted somewhere, one concluded at a training ground, a decided plan, and a force\'s own exercise', () => {
    expect(of('The second drill, Cobalt-2026, is expected to be conducted by the Collective Rapid Reaction Forces in Armenia in October.')).toEqual([
      'HELD_IN cobalt → armenia 2026-10..2026-10',
      'CONDUCTS collective-rapid-reaction-forces → cobalt 2026-10..2026-10',
    ]);
    expect(of('The CSTO concluded its Cobalt-2026 special forces exercise at the Alagyaz training ground in Armenia on 12 June.')).toEqual(['HELD_IN cobalt → armenia 2026-06-12..2026-06-12']);
    // A decision reported ("agreed that … would"), dated, is a plan stated; a "could" is not.
    expect(only('CONDUCTS', of('The ministers agreed that the Collective Rapid Reaction Forces would hold their main exercise, Cobalt, in 2027.'))).toEqual(['CONDUCTS collective-rapid-reaction-forces → cobalt 2027..2027']);
    expect(only('CONDUCTS', of('The ministers said that the Collective Rapid Reaction Forces could hold their main exercise, Cobalt, in 2027.'))).toEqual([]);
    // "their exercise": the forces take part in it; a verb would say they conducted it (as in the two above).
    expect(of('The CSTO met. The Collective Peacekeeping Forces and their exercise, Cobalt, were discussed.')).toEqual(['PARTICIPATES_IN collective-peacekeeping-forces → cobalt']);
    expect(of('Tajikistan is expected to host the Cobalt exercise in 2027.')).toEqual(['HOSTS tajikistan → cobalt 2027..2027']);
    expect(only('HOSTS', of('Kyrgyzstan will host this year\'s exercise of the Collective Peacekeeping Forces in October.'))).toEqual([
      'HOSTS kyrgyzstan → "this year\'s exercise of the Collective Peacekeeping Forces" 2026-10..2026-10',
    ]);
    expect(of('Tajikistan is not expected to host the Cobalt exercise in 2027.')).toEqual([]);
  });

  it('reads troops deployed to a state as a deployment held there, not troops denied', () => {
    expect(of('January 2022 - Some 2,000 troops, mostly Russian, deployed to Kazakhstan during unrest.')).toEqual(['HELD_IN "troops, mostly Russian, deployed" → kazakhstan 2022-01..2022-01']);
    expect(of('In January 2022 CSTO peacekeepers were sent to Kazakhstan.')).toEqual(['HELD_IN "peacekeepers were sent" → kazakhstan 2022-01..2022-01']);
    expect(of('No troops were sent to Armenia in 2022.')).toEqual([]);
  });

  it('reads force contributions of any size, each state, and the host nation; not a contribution denied', () => {
    expect(of('The Cobalt exercise opened in Armenia on Monday. Russia contributed a reconnaissance company, and Kyrgyzstan and Tajikistan each provided a platoon-sized element. Belarus, acting as host nation, fielded 900 personnel.')).toEqual([
      'HELD_IN cobalt → armenia 2026-06-15..2026-06-15',
      'PARTICIPATES_IN russia → cobalt 2026-06-15..2026-06-15',
      'PARTICIPATES_IN kyrgyzstan → cobalt 2026-06-15..2026-06-15',
      'PARTICIPATES_IN tajikistan → cobalt 2026-06-15..2026-06-15',
      'HOSTS belarus → cobalt 2026-06-15..2026-06-15',
      'PARTICIPATES_IN belarus → cobalt 2026-06-15..2026-06-15',
    ]);
    expect(only('PARTICIPATES_IN', of('The Cobalt exercise opened on Monday. Belarus did not send a company.'))).toEqual([]);
    expect(only('HOSTS', of('The Cobalt exercise opened on Monday. Belarus, which had asked to act as host, sent observers.'))).toEqual([]);
  });
});

describe('ingest: English constructions of batches 11 and 13 (sentences written for the test)', () => {
  const published = '2026-12-10';
  const of = (text: string) => facts(text, published);
  const only = (type: string, found: string[]) => found.filter((fact) => fact.startsWith(type));

  it('reads a chairmanship taken over "from" a state as the end of that state\'s term, not any taking from a state', () => {
    expect(of('On January 1 Kazakhstan takes over the CSTO\'s rotating chairmanship from Belarus.')).toEqual([
      'CHAIRS kazakhstan → csto 2027-01-01.. [chair]',
      'CHAIRS belarus → csto ..2026-12-31 [chair]',
    ]);
    expect(of('The CSTO met. Kazakhstan assumed the presidency from Belarus on 1 January.')).toContain('CHAIRS belarus → csto ..2025-12-31 [chair]');
    // The bare "takes over from" only where the sentence or the one before speaks of the chair.
    expect(only('CHAIRS', of('The CSTO met. Who chairs the bloc next year? Kazakhstan, which takes over from Belarus.'))).toContain('CHAIRS belarus → csto [chair]');
    expect(of('The CSTO met. Kazakhstan took over from Belarus as the main donor.')).toEqual([]);
    expect(of('The CSTO met. Kazakhstan took delivery of tanks from Belarus.')).toEqual([]);
  });

  it('reads a meeting with its city in apposition, and a second meeting gapped after "and" or ";"', () => {
    expect(of('Kazakhstan is expected to host the next summit, in Astana, in the spring of 2027.')).toContain('HELD_IN "next summit" → astana 2027..2027');
    expect(of('Defence ministers met in Astana in May and foreign ministers in Minsk a month later.')).toContain('HELD_IN "ministers met in Astana" → minsk 2026-05..2026-05');
    expect(of('Two years ago, leaders met in Astana; last year, in Minsk.')).toEqual([
      'HELD_IN "leaders" → astana 2024..2024',
      'HELD_IN "leaders met in Astana" → minsk 2025..2025',
    ]);
    expect(of('The CSTO met. The Minsk office of the bloc opened.')).toEqual([]);
    expect(of('After the summit, in Minsk the ministers talked.')).toEqual([]);
    expect(of('Leaders met in Astana, and in Minsk the protesters marched.')).toEqual(['HELD_IN "Leaders" → astana']);
  });

  it('reads "with the participation of" a state or body, not of a body\'s official named with his title', () => {
    expect(only('PARTICIPATES_IN', of('The Cobalt exercise opened in Armenia with the participation of the CSTO and Belarus.'))).toEqual([
      'PARTICIPATES_IN csto → cobalt',
      'PARTICIPATES_IN belarus → cobalt',
    ]);
    expect(only('PARTICIPATES_IN', of('The Cobalt exercise opened in Armenia with the participation of CSTO Secretary General Taalatbek Masadykov.'))).toEqual([]);
  });

  it('reads an exercise that "brought together" or "involved" troops from states as their participation, not other people', () => {
    expect(only('PARTICIPATES_IN', of('The Cobalt exercise, held at a range in Armenia\'s south, brought together units from Russia, Belarus and Kazakhstan.'))).toEqual([
      'PARTICIPATES_IN russia → cobalt',
      'PARTICIPATES_IN belarus → cobalt',
      'PARTICIPATES_IN kazakhstan → cobalt',
    ]);
    expect(of('The Cobalt drills will involve some 2,000 troops from Russia and Belarus.')).toEqual(['PARTICIPATES_IN russia → cobalt', 'PARTICIPATES_IN belarus → cobalt']);
    expect(of('The Cobalt exercise brought together experts who had studied in Russia.')).toEqual([]);
    expect(of('The Cobalt exercise was praised by officers from Russia.')).toEqual([]);
  });

  it('reads an exercise held at a site in a state, beside the states whose troops it brought together', () => {
    expect(of('The Cobalt exercise, held at a range in Armenia\'s south, brought together units from Russia and Armenia.')).toEqual([
      'HELD_IN cobalt → armenia',
      'PARTICIPATES_IN russia → cobalt',
      'PARTICIPATES_IN armenia → cobalt',
    ]);
    expect(of('The Cobalt exercise was praised at a meeting in Armenia.')).not.toContain('HELD_IN cobalt → armenia');
  });

  it('reads a body\'s head in an object relative clause ("which X chairs"), not a body the person only visited', () => {
    expect(of('Delivery lies with the Interstate Commission for Military-Economic Cooperation, which Russian First Deputy Prime Minister Denis Manturov chairs.')).toEqual([
      'HOLDS_POSITION denis-manturov → russia [First Deputy Prime Minister]',
      'HEADS denis-manturov → icmec',
    ]);
    expect(of('Delivery lies with the Interstate Commission for Military-Economic Cooperation, which Denis Manturov visited.')).toEqual([]);
  });
});
