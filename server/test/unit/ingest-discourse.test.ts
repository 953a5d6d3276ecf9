import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

/** What the discourse layer adds behind the other layers (its proposals only), or every proposal with it off. */
const added = (text: string, published = '2026-11-20') =>
  extract(text, { gazetteer: cstoGazetteer, published })
    .proposals.filter((fact) => fact.rule.startsWith('discourse.'))
    .map(describeFact);
const withoutLayer = (text: string, published = '2026-11-20') =>
  extract(text, { gazetteer: cstoGazetteer, published, discourse: false }).proposals.map(describeFact);

describe('ingest: the discourse layer (an end the article has in focus)', () => {
  it('takes the meeting of the lead as the end of "attended" in a later sentence, dated by the meeting', () => {
    const text = [
      'Leaders of the bloc met in Minsk',
      'The leaders of the alliance gathered for a summit in Minsk on Tuesday, 17 November.',
      'Alexander Lukashenko and Kassym-Jomart Tokayev were both there, along with a delegation from Dushanbe.',
    ].join('\n\n');
    expect(added(text)).toEqual(['ATTENDED alexander-lukashenko → "summit" 2026-11-17..', 'ATTENDED kassym-jomart-tokayev → "summit" 2026-11-17..']);
    expect(withoutLayer(text)).not.toContain('ATTENDED alexander-lukashenko → "summit" 2026-11-17..');
  });

  it('reads Russian word order, arrival in the host city and a meeting named by another clause', () => {
    const arrived = [
      'В Астане открылось заседание Совета министров обороны 18 ноября.',
      'В столицу Казахстана прибыли Эмомали Рахмон и Садыр Жапаров.',
    ].join('\n\n');
    expect(added(arrived)).toEqual(['ATTENDED emomali-rahmon → "заседание Совета министров обороны" 2026-11-18..', 'ATTENDED sadyr-japarov → "заседание Совета министров обороны" 2026-11-18..']);
    // The chair runs the meeting: he is not one of those who attended.
    const chaired = 'На встрече в Ереване, где председательствовал Владимир Путин, присутствовали Александр Лукашенко и Эмомали Рахмон.';
    expect(added(chaired)).toEqual(['ATTENDED alexander-lukashenko → "встрече" ', 'ATTENDED emomali-rahmon → "встрече" '].map((s) => s.trim()));
  });

  it('takes the meeting in focus as where documents were adopted, named or not', () => {
    // The rules read a named document after "the ministers"; the layer, what follows another verb and names nothing.
    const text = ['The ministerial session opened in Astana on 18 November.', 'Participants endorsed the Military Cooperation Plan 2026-2030 and signed a joint declaration on border security.'].join('\n\n');
    expect(added(text)).toEqual(['ADOPTED_AT "joint declaration on border security" → "ministerial session" 2026-11-18..']);
    expect(withoutLayer(text)).toContain('ADOPTED_AT military-cooperation-plan-2026-2030 → "ministerial session" 2026-11-18..');
    expect(withoutLayer(text)).not.toContain('ADOPTED_AT "joint declaration on border security" → "ministerial session" 2026-11-18..');
    // Documents without names adopted at one meeting are one fact per kind of document (the corpus labels a budget and a declaration as two).
    expect(added(['Саммит прошёл в Минске 18 ноября.', 'Были подписаны декларация и бюджет на следующий год.'].join('\n\n'))).toEqual([
      'ADOPTED_AT "декларация" → "Саммит" 2026-11-18..',
      'ADOPTED_AT "бюджет на следующий год" → "Саммит" 2026-11-18..',
    ]);
    // The same kind named again is the same document.
    expect(added('The summit opened in Minsk on 17 November.\n\nDocuments signed: a declaration on border security and a declaration on drugs.')).toEqual(['ADOPTED_AT "declaration on border security" → "summit" 2026-11-17..']);
  });

  it('says where the meeting of the sentence before was held when a pronoun stands for it', () => {
    expect(added('Внеочередная сессия совета была созвана 3 ноября. Она прошла в Душанбе.')).toEqual(['HELD_IN "Внеочередная сессия" → dushanbe 2026-11-03..']);
    expect(withoutLayer('Внеочередная сессия совета была созвана 3 ноября. Она прошла в Душанбе.')).toEqual([]);
    // Not two sentences later: the pronoun may stand for anything by then.
    expect(added('Внеочередная сессия совета была созвана 3 ноября. Делегаты спорили весь день. Она прошла в Душанбе.')).toEqual([]);
  });

  it('proposes nothing for a negation, a modal, a question, a past meeting recalled, a draft or a host in talks', () => {
    const lead = 'The summit opened in Minsk on 17 November.\n\n';
    expect(added(`${lead}Alexander Lukashenko did not attend.`)).toEqual([]);
    expect(added(`${lead}Kassym-Jomart Tokayev may attend as well.`)).toEqual([]);
    expect(added(`${lead}Did Emomali Rahmon attend?`)).toEqual([]);
    // Another occasion, dated otherwise: not the summit in focus.
    expect(added(`${lead}In March 2019 Emomali Rahmon attended, and so did his foreign minister.`)).toEqual([]);
    expect(added(`${lead}The ministers approved the draft Military Cooperation Plan 2026-2030 for the leaders to sign.`)).toEqual([]);
    // A state that signs a treaty is a party to it, not a document adopted at the summit.
    expect(added(`${lead}Belarus signed the agreement on peacekeeping.`)).toEqual([]);
    // The other side of talks is their host, not a guest.
    // (The guest's attendance is now read by a rule, en.attended.came-for, before this layer: all proposals are checked.)
    const talks = 'Taalatbek Masadykov arrived in Dushanbe for talks with Emomali Rahmon on 16 September.';
    const every = extract(talks, { gazetteer: cstoGazetteer, published: '2026-11-20' }).proposals.map(describeFact);
    expect(every.filter((fact) => fact.startsWith('ATTENDED'))).toEqual(['ATTENDED taalatbek-masadykov → "talks" 2026-09-16..']);
  });

  it('keeps a meeting recalled from years before to its own paragraph', () => {
    const text = [
      'The Collective Security Council summit opened in Minsk on 17 November.',
      'The bloc was formalised at a meeting in Chisinau in October 2002.',
      'Alexander Lukashenko was there too.',
    ].join('\n\n');
    expect(added(text)).toEqual(['ATTENDED alexander-lukashenko → "Collective Security Council summit" 2026-11-17..']);
  });

  it('takes the organization in focus, or the treaty "it" stands for, as the other end of a membership said without it', () => {
    const text = 'Эксперты обсуждали будущее ОДКБ. Узбекистан, по их словам, вышел в 2012 году. Армения приостановила своё членство в 2024 году.';
    expect(added(text)).toEqual(['MEMBER_OF uzbekistan → csto ..2012']);
    // «приостановила своё членство» naming no organization: the rule reads it of the article's organization before this layer does.
    expect(withoutLayer(text)).toContain('MEMBER_OF armenia → csto 2024.. {participation suspended}');
    // What was joined is what the sentence before spoke of: the treaty, "the following year" after its own.
    expect(added("The Collective Security Treaty was signed in Tashkent in 1992. Belarus acceded to it the following year, as Kazakhstan's president recalled.")).toEqual([
      'MEMBER_OF belarus → collective-security-treaty 1993..',
    ]);
  });

  it('reads no membership where the verb has another object, the clause names another organization, or it is negated, modal or asked', () => {
    const lead = 'The CSTO held a summit in Minsk. ';
    expect(added(`${lead}Belarus left Moscow on Friday.`)).toEqual([]);
    expect(added(`${lead}Belarus joined the Eurasian Economic Union in 2015.`)).toEqual([]);
    expect(added(`${lead}Armenia would quit in 2027.`)).toEqual([]);
    expect(added(`${lead}Did Kyrgyzstan join in 1994?`)).toEqual([]);
    expect(added(`${lead}Kazakhstan did not leave in 1999.`)).toEqual([]);
    // Undated, or "in" what is no date: a meeting joined, a protest.
    expect(added(`${lead}Belarus joined later, officials said. Belarus joined in the talks. Armenia left in protest.`)).toEqual([]);
    expect(added('Эксперты обсуждали будущее ОДКБ. Киргизия не выходила в 1999 году.')).toEqual([]);
    // The president of a state is not the state that joins.
    expect(added(`${lead}The president of Belarus returned in 2006.`)).toEqual([]);
  });

  it('gives each item of a list the fact of its label: a heading over bulleted lines or a label before a colon', () => {
    const text = [
      'Саммит ОДКБ открылся в Минске 17 ноября.',
      'В учениях участвуют:\n- Республика Беларусь\n- Республика Казахстан',
      'Государства-члены: Армения, Россия и Таджикистан.',
    ].join('\n\n');
    expect(added(text)).toEqual([
      'PARTICIPATES_IN belarus → "учениях"',
      'PARTICIPATES_IN kazakhstan → "учениях"',
      'MEMBER_OF armenia → csto',
      'MEMBER_OF russia → csto',
      'MEMBER_OF tajikistan → csto',
    ]);
    // People listed as participants attended the meeting in focus; only the names that open an item are its items.
    const english = ['The CSTO summit opened in Minsk on 17 November.', 'Participants: Alexander Lukashenko and Emomali Rahmon.', 'Members:\n- Armenia\n- Kazakhstan, whose troops trained in Russia'].join('\n\n');
    expect(added(english)).toEqual([
      'ATTENDED alexander-lukashenko → "CSTO summit" 2026-11-17..',
      'ATTENDED emomali-rahmon → "CSTO summit" 2026-11-17..',
      'MEMBER_OF armenia → csto',
      'MEMBER_OF kazakhstan → csto',
    ]);
  });

  it('reads no list of former members, of those not taking part, of another kind, or a list no heading governs', () => {
    const lead = 'The CSTO summit opened in Minsk on 17 November.\n\n';
    expect(added(`${lead}Former members:\n- Uzbekistan\n- Georgia`)).toEqual([]);
    expect(added(`${lead}Not taking part: Armenia and Kyrgyzstan.`)).toEqual([]);
    expect(added(`${lead}Neighbours:\n- Azerbaijan\n- Georgia`)).toEqual([]);
    expect(added(`${lead}Members:\n\nVisitors from Belarus and Kazakhstan toured the city.`)).toEqual([]);
  });

  it('reads a person acting at the meeting a clause is set at, and guests watching an exercise, as attending', () => {
    expect(added('Сессия открылась 11 ноября. В ходе сессии Генеральный секретарь ОДКБ Таалатбек Масадыков проинформировал глав государств о ходе выполнения программы.')).toEqual([
      'ATTENDED taalatbek-masadykov → "сессии" 2026-11-11..',
    ]);
    expect(added('The drills opened near Brest on 14 September. The final stage was watched by Taalatbek Masadykov.')).toEqual(['ATTENDED taalatbek-masadykov → "drills" 2026-09-14..']);
    // The object of the verb is not its subject; a condition takes the clause back.
    const lead = 'The summit opened in Minsk on 17 November. ';
    expect(added(`${lead}At the summit, officials met Alexander Lukashenko.`)).toEqual([]);
    expect(added(`${lead}At the summit, if Emomali Rahmon speaks, the leaders will listen.`)).toEqual([]);
  });

  it('tells the presidents of states adopting a document from states signing it (parties, not a meeting\'s document)', () => {
    const lead = 'The summit opened in Minsk on 17 November. ';
    // Their presidents there, the states take part in the summit (round 16), but are no parties of the plan.
    expect(added(`${lead}At the summit, the presidents of Belarus and Kazakhstan adopted the Military Cooperation Plan 2026-2030.`)).toEqual([
      'ADOPTED_AT military-cooperation-plan-2026-2030 → "summit" 2026-11-17..',
      'PARTICIPATES_IN belarus → "summit" 2026-11-17..',
      'PARTICIPATES_IN kazakhstan → "summit" 2026-11-17..',
    ]);
    expect(added(`${lead}Belarus and Kazakhstan signed the Military Cooperation Plan 2026-2030.`)).toEqual([]);
  });

  it('reads who presides over the meeting in focus, in English and Russian, a new person too', () => {
    const lead = 'The summit of the bloc opened in Astana on 18 November.\n\n';
    expect(added(`${lead}Kassym-Jomart Tokayev, whose country chairs the bloc this year, is presiding.`)).toEqual(['CHAIRS kassym-jomart-tokayev → "summit" 2026..']);
    expect(added(`${lead}Emomali Rahmon chaired.`)).toEqual(['CHAIRS emomali-rahmon → "summit" 2026-11-18..']);
    const ru = 'В Бишкеке 18 ноября открылось заседание Совета министров обороны.\n\n';
    expect(added(`${ru}Председательствует президент Киргизии Садыр Жапаров.`)).toEqual(['CHAIRS sadyr-japarov → "заседание Совета министров обороны" 2026-11-18..']);
    // The rules read «Вёл заседание X» themselves since round 13, of the meeting named before (ru.chair.led-meeting-inverted).
    expect(withoutLayer(`${ru}Вёл заседание министр обороны Киргизии Руслан Мукамбетов.`)).toContain('CHAIRS "Руслан Мукамбетов" → "заседание Совета министров обороны" 2026-11-18..2026-11-18 [chair]');
    // Another occasion, not the meeting in focus: its body named as the verb's object, a negation, a relative clause of a body.
    expect(added(`${ru}Председательствует в ассамблее Садыр Жапаров.`)).toEqual([]);
    expect(added(`${lead}Emomali Rahmon did not preside, and Kassym-Jomart Tokayev never presided.`)).toEqual([]);
    expect(added(`${lead}The talks went on in the Interstate Commission for Military-Economic Cooperation, which Denis Manturov chairs.`)).toEqual([]);
  });

  it('reads states taking part in a known exercise through the troops they send, and not at a summit or when denied', () => {
    const lead = 'The Interaction exercise opened near Brest on 10 September.\n\n';
    expect(added(`${lead}Contingents from Russia and Tajikistan worked side by side.`)).toEqual(['PARTICIPATES_IN russia → interaction 2026-09-10..', 'PARTICIPATES_IN tajikistan → interaction 2026-09-10..']);
    expect(added(`${lead}Units from Kazakhstan and Kyrgyzstan arrived by rail a week earlier.`)).toEqual(['PARTICIPATES_IN kazakhstan → interaction 2026-09-10..', 'PARTICIPATES_IN kyrgyzstan → interaction 2026-09-10..']);
    expect(added('10 сентября в Белоруссии начались учения «Поиск».\n\nСвои подразделения прислали Казахстан и Киргизия.')).toEqual(['PARTICIPATES_IN kazakhstan → search 2026-09-10..', 'PARTICIPATES_IN kyrgyzstan → search 2026-09-10..']);
    expect(added(`${lead}Contingents from Russia and Tajikistan were not sent this time.`)).toEqual([]);
    expect(added('The summit opened in Minsk on 10 September.\n\nTroops from Russia guarded the venue.')).toEqual([]);
  });

  it('reads the documents listed after a colon, and guests who were the first to arrive or joined their colleagues', () => {
    const lead = 'The summit opened in Minsk on 17 November.\n\n';
    expect(added(`${lead}Documents signed: a declaration on border security and the budget for 2027.`)).toEqual([
      'ADOPTED_AT "declaration on border security" → "summit" 2026-11-17..',
      'ADOPTED_AT "budget for 2027" → "summit" 2026-11-17..',
    ]);
    expect(added(`${lead}Emomali Rahmon was the first to arrive.`)).toEqual(['ATTENDED emomali-rahmon → "summit" 2026-11-17..']);
    expect(added('В Минске 17 ноября открылся саммит.\n\nСадыр Жапаров присоединился к коллегам позднее.')).toEqual(['ATTENDED sadyr-japarov → "саммит" 2026-11-17..']);
    // Not a guest expected to come, nor one who joined a talk show.
    expect(added(`${lead}Emomali Rahmon is expected to be the first to arrive.`)).toEqual([]);
    expect(added(`${lead}Documents to be signed: a declaration on border security.`)).toEqual([]);
  });
});
