import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

/** The facts of the given types a text gives, described, without their dates. */
const facts = (text: string, types: RegExp) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.map(describeFact)
    .filter((fact) => types.test(fact))
    .map((fact) => fact.replace(/ [\d-]*\.\.[\d-]*$/u, ''));

// Every sentence here was written for these tests.
describe('ingest: ends the graph has no entity for', () => {
  describe('a meeting named by its verb is the one the next sentences speak of', () => {
    it('takes the documents adopted after "the ministers gathered in X" as adopted at that meeting', () => {
      const text = 'The defence ministers gathered in Astana on Monday. They approved a plan of joint training for 2028 and adopted a statement on border security.';
      expect(facts(text, /ADOPTED_AT|HELD_IN/)).toEqual([
        'HELD_IN "ministers" → astana',
        'ADOPTED_AT "plan of joint training for 2028" → "ministers"',
        'ADOPTED_AT "statement on border security" → "ministers"',
      ]);
    });

    it('gives the guest who "attended as well" the meeting its verb named', () => {
      expect(facts('The leaders gathered in Minsk on Friday. Tokayev attended as well.', /ATTENDED/)).toEqual(['ATTENDED kassym-jomart-tokayev → "leaders"']);
    });

    it('takes nothing back from a negation, nor from a meeting still to come', () => {
      expect(facts('The defence ministers gathered in Astana on Monday. They did not adopt the statement on border security.', /ADOPTED_AT/)).toEqual([]);
      expect(facts('The defence ministers will meet in Astana next month. They are expected to approve a budget.', /ADOPTED_AT/)).toEqual([]);
    });
  });

  describe('documents without a name', () => {
    it('reads each kind of document of a list as its own fact, in both languages', () => {
      expect(facts('The summit in Yerevan closed on Thursday. The presidents signed a joint appeal to the UN and the budget for 2028.', /ADOPTED_AT/)).toEqual([
        'ADOPTED_AT "joint appeal to the UN" → "summit"',
        'ADOPTED_AT "budget for 2028" → "summit"',
      ]);
      expect(facts('Министры обороны собрались в Бишкеке во вторник. Участники утвердили бюджет на 2028 год и приняли обращение к парламентам.', /ADOPTED_AT/)).toEqual([
        'ADOPTED_AT "бюджет" → "собрались"',
        'ADOPTED_AT "обращение к парламентам" → "собрались"',
      ]);
    });

    it('does not take an adopted plan for an intention that voids the next verb', () => {
      expect(facts('The summit in Yerevan closed on Thursday. The presidents approved the plan and signed a communique.', /ADOPTED_AT/)).toEqual([
        'ADOPTED_AT "plan" → "summit"',
        'ADOPTED_AT "communique" → "summit"',
      ]);
    });

    it('does not take the exercises a plan is about for the meeting that adopted it', () => {
      expect(facts('The summit in Yerevan closed on Thursday. The presidents approved the plan of joint exercises for 2028.', /ADOPTED_AT/)).toEqual(['ADOPTED_AT "plan of joint exercises for 2028" → "summit"']);
    });

    it('does not read a title the graph lacks as a common noun', () => {
      expect(facts('The summit in Yerevan closed on Thursday. The presidents signed the Joint Security Plan.', /ADOPTED_AT/)).toEqual([]);
    });
  });

  describe('a known document adopted at an occasion the graph lacks', () => {
    it('reads the participle with its date, or a relative clause with its place, as the adoption', () => {
      expect(facts('Funding for the Tajik-Afghan border programme, approved in 2024, keeps slipping.', /ADOPTED_AT/)).toEqual(['ADOPTED_AT tajik-afghan-border-programme → "approved in 2024"']);
      expect(facts('The Tajik-Afghan border programme, which the heads of state endorsed in Astana two years ago, is behind schedule.', /ADOPTED_AT/)).toEqual([
        'ADOPTED_AT tajik-afghan-border-programme → "endorsed in Astana"',
      ]);
      expect(facts('Договор о коллективной безопасности, подписанный в 1992 году, остаётся основой блока.', /ADOPTED_AT/)).toEqual(['ADOPTED_AT collective-security-treaty → "подписанный в 1992 году"']);
    });

    it('gives nothing for a document still to be adopted, or not adopted', () => {
      expect(facts('The Tajik-Afghan border programme, to be approved in 2027, has no budget yet.', /ADOPTED_AT/)).toEqual([]);
      expect(facts('The Tajik-Afghan border programme was not approved in 2025.', /ADOPTED_AT/)).toEqual([]);
      expect(facts('Договор о коллективной безопасности, подписанный 15 мая 1992 года в Ташкенте, действует.', /ADOPTED_AT/)).toEqual(['ADOPTED_AT collective-security-treaty → "в Ташкенте"']);
    });
  });

  describe('where a meeting, a signing or a deployment without an entity took place', () => {
    it('reads the meeting a body held, with the time of year before the place', () => {
      expect(facts('The Parliamentary Assembly held its last session of the year in Minsk on Tuesday.', /HELD_IN/)).toEqual(['HELD_IN "last session" → minsk']);
    });

    it('reads a body that sat or gathered somewhere, in either order, and takes it as the meeting in focus', () => {
      expect(facts('Совет ПА ОДКБ снова заседал в Бишкеке.', /HELD_IN/)).toEqual(['HELD_IN "заседал" → bishkek']);
      expect(facts('В Минске во вторник заседал Совет ПА ОДКБ. Участники одобрили обращение к парламентам.', /HELD_IN|ADOPTED_AT/)).toEqual([
        'HELD_IN "заседал" → minsk',
        'ADOPTED_AT "обращение к парламентам" → "заседал"',
      ]);
      // Not a sitting that did not happen.
      expect(facts('Совет ПА ОДКБ не собрался в Бишкеке.', /HELD_IN/)).toEqual([]);
    });

    it('reads a signing with its signatories or its date before the city', () => {
      expect(facts('The Collective Security Treaty was signed by the heads of six states in Tashkent.', /HELD_IN|ADOPTED_AT/)).toEqual([
        'HELD_IN "signed" → tashkent',
        'ADOPTED_AT collective-security-treaty → "signed by the heads of six states in Tashkent"',
      ]);
      expect(facts('Лидеры шести республик подписали Договор о коллективной безопасности в Ташкенте.', /HELD_IN|ADOPTED_AT/)).toEqual([
        'HELD_IN "подписали" → tashkent',
        'ADOPTED_AT collective-security-treaty → "в Ташкенте"',
      ]);
    });

    it('reads a deployment as an operation held where the troops went', () => {
      expect(facts('The alliance’s first deployment came to Kazakhstan in 2022.', /HELD_IN/)).toEqual(['HELD_IN "deployment came" → kazakhstan']);
      expect(facts('Some 2,000 troops were flown into Kazakhstan within two days.', /HELD_IN/)).toEqual(['HELD_IN "troops were flown" → kazakhstan']);
      expect(facts('В январе 2022 года в Казахстан был направлен миротворческий контингент ОДКБ.', /HELD_IN/)).toEqual(['HELD_IN "был направлен" → kazakhstan']);
      // Not troops that were not sent, nor a delegation.
      expect(facts('Войска ОДКБ не были направлены в Армению.', /HELD_IN/)).toEqual([]);
      expect(facts('Делегация была направлена в Минск.', /HELD_IN/)).toEqual([]);
    });
  });

  describe('forces sent to a state take part in an operation the graph lacks', () => {
    it('reads the forces that went, or were sent, and the operation held there', () => {
      expect(facts('Two years ago the Collective Peacekeeping Forces flew to Kazakhstan.', /HELD_IN|PARTICIPATES_IN/)).toEqual([
        'PARTICIPATES_IN collective-peacekeeping-forces → "flew"',
        'HELD_IN "flew" → kazakhstan',
      ]);
      expect(facts('The deployment of the Collective Peacekeeping Forces to Kazakhstan lasted two weeks.', /HELD_IN|PARTICIPATES_IN/)).toEqual([
        'PARTICIPATES_IN collective-peacekeeping-forces → "deployment of"',
        'HELD_IN "deployment of" → kazakhstan',
      ]);
      expect(facts('Коллективные миротворческие силы ОДКБ тогда были переброшены в Казахстан.', /HELD_IN|PARTICIPATES_IN/)).toEqual([
        'HELD_IN "были переброшены" → kazakhstan',
        'PARTICIPATES_IN collective-peacekeeping-forces → "были переброшены"',
      ]);
      expect(facts('Тогда в Казахстан были введены контингенты России и Белоруссии.', /PARTICIPATES_IN/)).toEqual([
        'PARTICIPATES_IN russia → "были введены"',
        'PARTICIPATES_IN belarus → "были введены"',
      ]);
    });

    it('does not take the sender for a participant, nor forces that were not sent', () => {
      expect(facts('The bloc sent to Kazakhstan a small contingent.', /PARTICIPATES_IN/)).toEqual([]);
      expect(facts('The Collective Peacekeeping Forces were never sent to Armenia.', /HELD_IN|PARTICIPATES_IN/)).toEqual([]);
      expect(facts('Миротворческие силы ОДКБ были направлены в Казахстан.', /PARTICIPATES_IN csto/)).toEqual([]);
    });
  });

  describe('who was at a meeting the graph lacks', () => {
    const lead = 'The summit opened in Yerevan on Tuesday. ';
    it('reads the people around the table, present-tense attendance, a video link and a relative clause', () => {
      expect(facts(`${lead}At the table sat Vladimir Putin and Sadyr Japarov.`, /ATTENDED/)).toEqual(['ATTENDED vladimir-putin → "summit"', 'ATTENDED sadyr-japarov → "summit"']);
      expect(facts(`${lead}Vladimir Putin and Sadyr Japarov attend; Armenia stays away.`, /ATTENDED/)).toEqual(['ATTENDED vladimir-putin → "summit"', 'ATTENDED sadyr-japarov → "summit"']);
      expect(facts('Саммит открылся в Ереване во вторник. Касым-Жомарт Токаев подключился по видеосвязи.', /ATTENDED/)).toEqual(['ATTENDED kassym-jomart-tokayev → "Саммит"']);
      expect(facts(`${lead}Taalatbek Masadykov, who also attended, said the door stayed open.`, /ATTENDED/)).toEqual(['ATTENDED taalatbek-masadykov → "summit"']);
    });

    it('reads a speaker at a meeting named with adjectives and a date before its noun', () => {
      expect(facts('На состоявшемся 5 мая минском саммите Касым-Жомарт Токаев выступил с докладом.', /ATTENDED/)).toEqual(['ATTENDED kassym-jomart-tokayev → "5 мая минском саммите"']);
    });

    it('gives nothing for those who did not attend, or will not', () => {
      expect(facts(`${lead}Vladimir Putin did not attend.`, /ATTENDED/)).toEqual([]);
      expect(facts(`${lead}Sadyr Japarov, who had planned to attend, stayed in Bishkek.`, /ATTENDED/)).toEqual([]);
    });
  });

  describe('ceremonies and staff trainings are events too', () => {
    it('reads who took part in a ceremony or a training, and where it was held', () => {
      expect(facts('В Душанбе во вторник прошла церемония передачи техники. В церемонии участвовал Эмомали Рахмон.', /HELD_IN|ATTENDED/)).toEqual([
        'HELD_IN "церемония" → dushanbe',
        'ATTENDED emomali-rahmon → "церемонии"',
      ]);
      expect(facts('В штабной тренировке приняли участие офицеры Белоруссии и Киргизии.', /PARTICIPATES_IN/)).toEqual([
        'PARTICIPATES_IN belarus → "тренировке"',
        'PARTICIPATES_IN kyrgyzstan → "тренировке"',
      ]);
      // Not a state that stayed away.
      expect(facts('В тренировке не участвовали офицеры Армении.', /PARTICIPATES_IN/)).toEqual([]);
    });
  });

  describe('states at a meeting the graph lacks, through their ministers; hosts with a date first', () => {
    it('reads the states whose ministers attended the meeting named after the verb', () => {
      expect(facts('The foreign ministers of Armenia and Belarus attended the session in Yerevan.', /PARTICIPATES_IN/)).toEqual([
        'PARTICIPATES_IN armenia → "session"',
        'PARTICIPATES_IN belarus → "session"',
      ]);
      expect(facts('The foreign ministers of Armenia and Belarus did not attend the session.', /PARTICIPATES_IN/)).toEqual([]);
    });

    it('reads a host with the time between it and its verb', () => {
      expect(facts('Таджикистан в 2027 году примет совещание секретарей советов безопасности.', /HOSTS/)).toEqual(['HOSTS tajikistan → "совещание"']);
      expect(facts('Таджикистан в 2027 году не примет совещание секретарей.', /HOSTS/)).toEqual([]);
    });
  });

  describe('a city the graph lacks', () => {
    it('reads a capitalised word after a preposition of place as a new place, once per article', () => {
      expect(facts('The session in Samarkand approved the budget.', /HELD_IN/)).toEqual(['HELD_IN "session" → "Samarkand"']);
      expect(facts('Совещание прошло в Оше 3 марта. Совещание в Оше длилось три часа.', /HELD_IN/)).toEqual(['HELD_IN "Совещание" → "Оше"']);
    });

    it('does not read a month, an institution or the first word of a longer name as a city', () => {
      expect(facts('The session in March approved the budget.', /HELD_IN/)).toEqual([]);
      expect(facts('Заседание в Совете Федерации прошло спокойно.', /HELD_IN/)).toEqual([]);
      expect(facts('The summit in New York was cancelled.', /HELD_IN/)).toEqual([]);
    });
  });

  describe('the years a document covers', () => {
    it('does not take a document\'s own dates for another occasion, nor date the adoption by them', () => {
      const text = 'The Permanent Council held its last meeting of the year in Minsk on Tuesday. The members approved the plan of work for the first half of 2028 and adopted an appeal to parliaments, the communique said.';
      expect(extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' }).proposals.filter((fact) => fact.type === 'ADOPTED_AT').map((fact) => `${describeFact(fact)}`)).toEqual([
        'ADOPTED_AT "plan of work for the first half of 2028" → "last meeting" 2026-11-17..',
        'ADOPTED_AT "appeal to parliaments" → "last meeting" 2026-11-17..',
      ]);
    });

    it('gives nothing for plural, generic adoptions', () => {
      expect(facts('The leaders met in Minsk on Friday. Summits of the bloc usually approve a budget and a declaration.', /ADOPTED_AT/)).toEqual([]);
    });
  });
});
