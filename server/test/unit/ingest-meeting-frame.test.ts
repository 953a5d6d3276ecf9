import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

/** The facts of some types a text gives, described, without their dates or roles. */
const facts = (text: string, ...types: string[]) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.map(describeFact)
    .filter((fact) => types.some((type) => fact.startsWith(`${type} `)))
    .map((fact) => fact.replace(/ [\d-]*\.\.[\d-]*/u, '').replace(/ \[[^\]]*\]$/u, ''))
    .sort();

/** The people a text has ATTENDED something. */
const attendees = (text: string) =>
  facts(text, 'ATTENDED')
    .map((fact) => fact.replace(/^ATTENDED (\S+) → .*$/u, '$1'))
    .sort();

/** The dates a text's facts of one type give. */
const datesOf = (text: string, type: string) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.filter((fact) => fact.type === type)
    .map((fact) => fact.since ?? '');

// Every sentence here was written for these tests.
describe('ingest: a meeting as one frame across sentences', () => {
  describe('who signed or adopted its documents was at it', () => {
    it('reads the subjects of the verb, after a head noun and "including" / «в том числе»', () => {
      const en = 'The summit opened in Yerevan on 2 November. The presidents, including Vladimir Putin and Sadyr Japarov, signed a declaration on the Caucasus.';
      expect(attendees(en)).toEqual(['sadyr-japarov', 'vladimir-putin']);
      const ru = 'Сессия ОДКБ прошла 2 ноября в Ереване. Главы государств, в том числе Эмомали Рахмон и Александр Лукашенко, утвердили бюджет.';
      expect(attendees(ru)).toEqual(['alexander-lukashenko', 'emomali-rahmon']);
    });

    it('reads the agents after a passive, and a Russian subject after its verb', () => {
      expect(attendees('The summit was held in Astana on 4 November. The final statement was signed by Kassym-Jomart Tokayev and Emomali Rahmon.')).toEqual([
        'emomali-rahmon',
        'kassym-jomart-tokayev',
      ]);
      expect(attendees('Саммит прошёл 4 ноября в Астане. Заявление подписали Касым-Жомарт Токаев и Эмомали Рахмон.')).toEqual(['emomali-rahmon', 'kassym-jomart-tokayev']);
    });

    it('reads a speaker reporting his own signing: "X said he had signed …", «X сообщил, что подписал …»', () => {
      expect(attendees('The summit opened in Yerevan on 2 November. Sadyr Japarov said he had signed a statement on the Caucasus.')).toEqual(['sadyr-japarov']);
      expect(attendees('Саммит прошёл 2 ноября в Ереване. Садыр Жапаров сообщил, что подписал заявление по Кавказу.')).toEqual(['sadyr-japarov']);
      // Another signer named, or none signed: not the speaker.
      expect(attendees('The summit opened in Yerevan on 2 November. Sadyr Japarov said Vladimir Putin had signed a statement.')).toEqual([]);
      expect(attendees('Саммит прошёл 2 ноября в Ереване. Садыр Жапаров сообщил, что не подписал заявление.')).toEqual([]);
    });

    it('gives nothing when the names are not the signers: an object, a speaker, a refusal', () => {
      expect(attendees('The summit opened in Yerevan on 2 November. Leaders welcomed Vladimir Putin and signed a declaration.')).toEqual([]);
      expect(attendees('The summit opened in Yerevan on 2 November. Vladimir Putin said the leaders signed a declaration.')).toEqual([]);
      expect(attendees('The summit opened in Yerevan on 2 November. Vladimir Putin and Sadyr Japarov did not sign the declaration.')).toEqual([]);
      expect(attendees('Саммит прошёл 2 ноября в Ереване. Эмомали Рахмон не подписал заявление.')).toEqual([]);
    });
  });

  describe('several people holding it, and its guests', () => {
    it('reads "X, Y and Z held the session" and «X и Y провели переговоры», not one person holding it', () => {
      expect(attendees('Four presidents — Vladimir Putin, Alexander Lukashenko, Sadyr Japarov and Emomali Rahmon — held the session in Minsk.')).toEqual([
        'alexander-lukashenko',
        'emomali-rahmon',
        'sadyr-japarov',
        'vladimir-putin',
      ]);
      expect(attendees('Касым-Жомарт Токаев и Садыр Жапаров провели переговоры в Астане.')).toEqual(['kassym-jomart-tokayev', 'sadyr-japarov']);
      // One person holding a meeting runs it.
      expect(attendees('Vladimir Putin held the session in Minsk.')).toEqual([]);
    });

    it('reads a list of guests after a noun or a verb of gathering', () => {
      expect(attendees('Emomali Rahmon hosted a summit in Dushanbe with only two guests: Sadyr Japarov and Kassym-Jomart Tokayev.')).toEqual([
        'kassym-jomart-tokayev',
        'sadyr-japarov',
      ]);
      expect(attendees('Саммит в Душанбе собрал четырёх лидеров — Владимира Путина, Садыра Жапарова, Касым-Жомарта Токаева и Александра Лукашенко.')).toEqual([
        'alexander-lukashenko',
        'kassym-jomart-tokayev',
        'sadyr-japarov',
        'vladimir-putin',
      ]);
      expect(attendees('The summit in Minsk brought together Vladimir Putin and Alexander Lukashenko.')).toEqual(['alexander-lukashenko', 'vladimir-putin']);
    });

    it('reads the guests present, joining, in attendance, drawn or welcomed to the meeting', () => {
      const opened = 'The summit opened in Minsk on 3 November. ';
      expect(attendees(opened + 'Present at the session were Vladimir Putin and Sadyr Japarov.')).toEqual(['sadyr-japarov', 'vladimir-putin']);
      expect(attendees(opened + 'Joining them later were Emomali Rahmon and Kassym-Jomart Tokayev.')).toEqual(['emomali-rahmon', 'kassym-jomart-tokayev']);
      expect(attendees(opened + 'Alexander Lukashenko was also in attendance.')).toEqual(['alexander-lukashenko']);
      expect(attendees('The Yerevan session on 2 November drew four presidents: Vladimir Putin, Sadyr Japarov, Emomali Rahmon and Alexander Lukashenko.')).toEqual([
        'alexander-lukashenko',
        'emomali-rahmon',
        'sadyr-japarov',
        'vladimir-putin',
      ]);
      expect(attendees('Alexander Lukashenko welcomed Vladimir Putin and Sadyr Japarov to Minsk for the session on 3 November.')).toEqual(['sadyr-japarov', 'vladimir-putin']);
      const ru = 'Саммит прошёл 3 ноября в Минске. ';
      expect(attendees(ru + 'Среди участников были Владимир Путин и Садыр Жапаров, к ним позже присоединился Эмомали Рахмон.')).toEqual(['emomali-rahmon', 'sadyr-japarov', 'vladimir-putin']);
      expect(attendees(ru + 'Александр Лукашенко принял в резиденции участников саммита — Владимира Путина и Садыра Жапарова.')).toEqual(['sadyr-japarov', 'vladimir-putin']);
    });

    it('gives nothing for a welcome that names no meeting, a possessive, or someone not among the guests', () => {
      expect(attendees('The summit opened in Minsk on 3 November. Alexander Lukashenko welcomed Vladimir Putin and Sadyr Japarov.')).toEqual([]);
      expect(attendees("The summit opened in Minsk on 3 November. The session drew Vladimir Putin's criticism.")).toEqual([]);
      expect(attendees('The summit opened in Minsk on 3 November. Nikol Pashinyan was not among the guests.')).toEqual([]);
    });

    it('gives nothing for guests only invited, a meeting that did not gather them, or names after a preposition', () => {
      expect(attendees('The summit in Minsk will not bring together Vladimir Putin and Alexander Lukashenko.')).toEqual([]);
      expect(attendees('The summit in Minsk was held with guests from Russia, about whom Vladimir Putin spoke.')).toEqual([]);
    });
  });

  describe('who spoke at it', () => {
    it('reads a report or a speech given at the meeting in focus, its subject\'s dates aside', () => {
      expect(attendees("The summit opened in Minsk on 3 November. Taalatbek Masadykov delivered a report on the year's work.")).toEqual(['taalatbek-masadykov']);
      expect(attendees('Сессия открылась 3 ноября в Минске. С докладом о работе за год выступил генеральный секретарь Таалатбек Масадыков.')).toEqual(['taalatbek-masadykov']);
      expect(attendees('Сессия открылась 3 ноября в Минске. Таалатбек Масадыков выступил с докладом о ситуации в Афганистане.')).toEqual(['taalatbek-masadykov']);
    });

    it('gives nothing for a speech the clause places elsewhere, or one not given', () => {
      expect(attendees('The summit opened in Minsk on 3 November. Vladimir Putin gave a speech in Moscow.')).toEqual([]);
      expect(attendees('The summit opened in Minsk on 3 November. Vladimir Putin did not deliver a speech.')).toEqual([]);
    });

    it('reads the setting between the speaker and the verb, and a listener before the meeting', () => {
      expect(facts('Эмомали Рахмон на минской сессии пообещал поддержку.', 'ATTENDED')).toEqual(['ATTENDED emomali-rahmon → "минской сессии"']);
      expect(facts("Sadyr Japarov told fellow presidents at the bloc's summit that the border was calm.", 'ATTENDED')).toEqual(['ATTENDED sadyr-japarov → "summit"']);
    });

    it('reads «В работе Совета также приняли участие …, а также X» as the meeting in focus', () => {
      expect(attendees('Сессия Совета министров обороны ОДКБ прошла 3 ноября в Минске. В работе Совета также приняли участие министры Армении и Киргизии, а также Таалатбек Масадыков.')).toEqual([
        'taalatbek-masadykov',
      ]);
    });
  });

  describe('documents adopted at the meeting when an exercise was named since', () => {
    it('gives the documents to the meeting, not to the exercise, in English and Russian', () => {
      const en =
        'CSTO leaders met in Yerevan on 2 November. In October, troops had trained in Tajikistan in the Cobalt exercise. The presidents approved the budget and a statement on Afghanistan.';
      expect(facts(en, 'ADOPTED_AT')).toEqual(['ADOPTED_AT "budget" → "leaders"', 'ADOPTED_AT "statement on Afghanistan" → "leaders"']);
      const ru = 'Лидеры ОДКБ собрались 2 ноября в Ереване. В октябре в Таджикистане прошли учения «Кобальт». Президенты одобрили план совместных учений и подписали заявление.';
      expect(facts(ru, 'ADOPTED_AT')).toEqual(['ADOPTED_AT "заявление" → "собрались"', 'ADOPTED_AT "план совместных учений" → "собрались"']);
    });

    it('gives nothing at an exercise when no meeting was named', () => {
      expect(facts('In October, troops trained in Tajikistan in the Cobalt exercise. The commanders approved a plan.', 'ADOPTED_AT')).toEqual([]);
    });

    it('reads a list that stands inside its subject: "Among the documents signed were …", «Среди подписанных документов — …»', () => {
      expect(facts('The summit was held in Minsk on 3 November. Among the documents signed there were a statement on Afghanistan and a protocol on the forces.', 'ADOPTED_AT')).toEqual([
        'ADOPTED_AT "protocol on the forces" → "summit"',
        'ADOPTED_AT "statement on Afghanistan" → "summit"',
      ]);
      expect(facts('Саммит прошёл 3 ноября в Минске. Среди подписанных там документов — заявление по Афганистану и протокол о силах.', 'ADOPTED_AT')).toEqual([
        'ADOPTED_AT "заявление по Афганистану" → "Саммит"',
        'ADOPTED_AT "протокол о силах" → "Саммит"',
      ]);
    });

    it('reads a meeting that ended with the signing of a document, not a signing put off', () => {
      expect(facts('The summit was held in Minsk on 3 November. It ended with the signing of a joint statement.', 'ADOPTED_AT')).toEqual(['ADOPTED_AT "joint statement" → "summit"']);
      expect(facts('Саммит прошёл 3 ноября в Минске. Он завершился подписанием совместного заявления.', 'ADOPTED_AT')).toEqual(['ADOPTED_AT "совместного заявления" → "Саммит"']);
      expect(facts('The summit was held in Minsk on 3 November. The signing of a joint statement was put off.', 'ADOPTED_AT')).toEqual([]);
    });

    it('reads a Russian document before its verb: «Бюджет лидеры утвердили», «а декларацию X и Y подписали»', () => {
      const ru = 'Саммит прошёл 3 ноября в Минске. Бюджет на 2027 год президенты утвердили единогласно, а заявление Садыр Жапаров и Эмомали Рахмон подписали вечером.';
      expect(facts(ru, 'ADOPTED_AT')).toEqual(['ADOPTED_AT "Бюджет" → "Саммит"', 'ADOPTED_AT "заявление" → "Саммит"']);
      expect(attendees(ru)).toEqual(['emomali-rahmon', 'sadyr-japarov']);
    });

    it('gives nothing for a document before a verb not of adopting, negated or still to come', () => {
      const opened = 'Саммит прошёл 3 ноября в Минске. ';
      expect(facts(opened + 'Бюджет президенты не утвердили.', 'ADOPTED_AT')).toEqual([]);
      expect(facts(opened + 'Заявление Садыр Жапаров сделал после встречи.', 'ADOPTED_AT')).toEqual([]);
      expect(facts(opened + 'План учений министры утвердят весной.', 'ADOPTED_AT')).toEqual([]);
    });

    it('reads «принятие» as a noun, not a verb of adopting', () => {
      expect(facts('Саммит ОДКБ прошёл 2 ноября в Ереване. Принятие новой стратегии отложили до следующего года.', 'ADOPTED_AT')).toEqual([]);
    });
  });

  describe('a body meeting in a city', () => {
    it('reads "the Council, which met in X", «Совет … провёл в X заседание», «Совет соберётся в X»', () => {
      expect(facts('The decision still needs the approval of the Collective Security Council, which met in Minsk on 9 November.', 'HELD_IN')).toEqual([
        'HELD_IN "Collective Security Council, which met" → minsk',
      ]);
      expect(facts('Совет министров обороны ОДКБ во вторник, 10 ноября, провёл в Минске заседание.', 'HELD_IN')).toEqual(['HELD_IN "заседание" → minsk']);
      expect(facts('Совет министров иностранных дел ОДКБ соберётся 24 ноября в Ереване.', 'HELD_IN')).toEqual(['HELD_IN "соберётся" → yerevan']);
      expect(facts('Министры обороны ОДКБ встретились 6 ноября в Минске.', 'HELD_IN')).toEqual(['HELD_IN "встретились" → minsk']);
    });

    it('gives nothing for a body that did not meet there', () => {
      expect(facts('The Collective Security Council, which has never met in Yerevan, will convene in Minsk.', 'HELD_IN').filter((fact) => fact.includes('yerevan'))).toEqual([]);
    });
  });

  describe('where it was held, from where its guests came', () => {
    it('reads "to X for the summit", «прилетел в X на саммит», «прибыли в X для участия в заседании»', () => {
      expect(facts('Vladimir Putin flew to Minsk for the summit.', 'HELD_IN')).toEqual(['HELD_IN "summit" → minsk']);
      expect(facts('Садыр Жапаров прилетел в Минск на саммит.', 'HELD_IN')).toEqual(['HELD_IN "саммит" → minsk']);
      expect(facts('Министры прибыли в Душанбе для участия в заседании.', 'HELD_IN')).toEqual(['HELD_IN "заседании" → dushanbe']);
    });

    it('gives nothing for a trip for something else', () => {
      expect(facts('Vladimir Putin flew to Minsk for the holidays.', 'HELD_IN')).toEqual([]);
      expect(facts('Садыр Жапаров прилетел в Минск на лечение.', 'HELD_IN')).toEqual([]);
    });
  });

  describe('a signing in the city of the meeting in focus', () => {
    it('is at that meeting, not another one held there', () => {
      const en = 'The summit was held in Astana on 4 November. The presidents signed a protocol on the forces in Astana as well.';
      expect(facts(en, 'HELD_IN', 'ADOPTED_AT')).toEqual(['ADOPTED_AT "protocol on the forces" → "summit"', 'HELD_IN "summit" → astana']);
      const ru = 'Саммит прошёл 4 ноября в Астане. Эмомали Рахмон подписал в Астане заявление по Афганистану.';
      expect(facts(ru, 'ADOPTED_AT', 'ATTENDED')).toEqual(['ADOPTED_AT "заявление по Афганистану" → "Саммит"', 'ATTENDED emomali-rahmon → "Саммит"']);
    });

    it('gives nothing at the meeting for a signing in another city, or an act about a signing', () => {
      expect(facts('Саммит прошёл 4 ноября в Астане. Эмомали Рахмон подписал в Ташкенте заявление по Афганистану.', 'ADOPTED_AT').filter((fact) => fact.includes('Саммит'))).toEqual([]);
      expect(facts('Саммит прошёл 4 ноября в Астане. Президент подписал распоряжение о подписании протокола о силах.', 'ADOPTED_AT')).toEqual([]);
    });
  });

  describe('who chaired it', () => {
    it('reads "under the chairmanship of" a person, not a state', () => {
      expect(facts('The summit, held in Dushanbe under the chairmanship of President Emomali Rahmon, lasted three hours.', 'CHAIRS')).toEqual(['CHAIRS emomali-rahmon → "summit"']);
      expect(facts('The summit was held under the chairmanship of Russia.', 'CHAIRS').filter((fact) => fact.includes('summit'))).toEqual([]);
    });

    it('dates the chair by the meeting named before', () => {
      expect(datesOf('В Минске 9 ноября прошёл саммит ОДКБ. Заседание под председательством Александра Лукашенко продлилось три часа.', 'CHAIRS')).toEqual(['2026-11-09']);
    });
  });
});
