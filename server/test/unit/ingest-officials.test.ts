import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

/** The posts a text gives, described without dates or roles. */
const posts = (text: string) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.filter((fact) => fact.type === 'HOLDS_POSITION' || fact.type === 'HEADS')
    .map((fact) => describeFact(fact).replace(/ (?:\d{4}|\.\.).*?(?= \[|$)/u, '').replace(/ \[.*\]$/u, ''))
    .sort();
const roles = (text: string) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.filter((fact) => fact.type === 'HOLDS_POSITION')
    .map((fact) => fact.role)
    .sort();

// Every sentence here is written for the test.
describe('ingest: officials of a state named by a post of their own words (round 16b)', () => {
  it('reads a state\'s office before the name: a deputy minister, a ministry spokeswoman, an aide, an ambassador', () => {
    expect(posts('Russian Deputy Foreign Minister Pavel Orlov arrived in Dushanbe.')).toEqual(['HOLDS_POSITION "Pavel Orlov" → russia']);
    expect(posts('Belarusian presidential aide Oleg Sidorov declined to comment.')).toEqual(['HOLDS_POSITION "Oleg Sidorov" → belarus']);
    expect(posts('The leaders adopted a statement on Afghanistan, Russian presidential aide Oleg Sidorov said.')).toEqual(['HOLDS_POSITION "Oleg Sidorov" → russia']);
    expect(posts('Kazakhstan\'s ambassador to Armenia, Nurlan Abenov, handed over a note.')).toEqual(['HOLDS_POSITION "Nurlan Abenov" → kazakhstan']);
    expect(roles('Belarusian Foreign Ministry spokesman Igor Petrov spoke on Monday.')).toEqual(['Foreign Ministry spokesman']);
    // A post held before, with no date: no fact.
    expect(posts('Former Belarusian presidential aide Oleg Sidorov wrote a book.')).toEqual([]);
    expect(roles('Russian Deputy Foreign Minister Pavel Orlov arrived.')).toEqual(['Deputy Foreign Minister']);
  });

  it('reads the office in apposition: the state before it, the institution\'s officer, the state after "of"', () => {
    expect(posts('Anna Belova, the Russian Foreign Ministry spokeswoman, called the claim false.')).toEqual(['HOLDS_POSITION "Anna Belova" → russia']);
    expect(posts('Aram Petrosyan, the secretary of Armenia\'s Security Council, met the press.')).toEqual(['HOLDS_POSITION "Aram Petrosyan" → armenia']);
    expect(posts('Aram Petrosyan, the secretary of the Security Council of Armenia, met the press.')).toEqual(['HOLDS_POSITION "Aram Petrosyan" → armenia']);
    expect(posts('Timur Aliev, Kyrgyzstan\'s deputy defence minister, inspected the base.')).toEqual(['HOLDS_POSITION "Timur Aliev" → kyrgyzstan']);
    expect(posts('Timur Aliev, Kyrgyzstan\'s top diplomat, inspected the base.')).toEqual(['HOLDS_POSITION "Timur Aliev" → kyrgyzstan']);
    expect(posts('Timur Aliev, a Kyrgyz diplomat, inspected the base.')).toEqual([]);
    expect(roles('Aram Petrosyan, the secretary of Armenia\'s Security Council, met the press.')).toEqual(['Security Council secretary']);
    // An expert quoted, not an official; the title of the next name of a list, not of the one before.
    expect(posts('Pavel Orlov, a Russian military analyst, doubts it.')).toEqual([]);
    expect(posts('The talks brought together Pavel Orlov, Russian Deputy Foreign Minister Anna Belova and others.')).toEqual(['HOLDS_POSITION "Anna Belova" → russia']);
  });

  it('reads a bare office of the one state the text speaks of, and a plural title before each minister with his state', () => {
    expect(posts('Armenia wants answers. Deputy Foreign Minister Vahan Petrosyan said Yerevan would wait.')).toEqual(['HOLDS_POSITION "Vahan Petrosyan" → armenia']);
    expect(posts('Uzbekistan will not return, Foreign Ministry spokesman Akhror Nazarov told reporters.')).toEqual(['HOLDS_POSITION "Akhror Nazarov" → uzbekistan']);
    // The state the text spoke of before, not the one he speaks about.
    expect(posts('Russia replied at once. Foreign Ministry spokeswoman Anna Belova said Armenia remained a member.').filter((fact) => fact.startsWith('HOLDS'))).toEqual(['HOLDS_POSITION "Anna Belova" → russia']);
    // Two states spoken of: whose deputy he is is not said.
    expect(posts('Russia and Armenia argued. Deputy Foreign Minister Vahan Petrosyan said no.')).toEqual([]);
    expect(posts('The defence ministers, Viktor Orlov of Belarus and Erlan Abenov of Kazakhstan, arrived.')).toEqual([
      'HOLDS_POSITION "Erlan Abenov" → kazakhstan',
      'HOLDS_POSITION "Viktor Orlov" → belarus',
    ]);
    // A deputy of the organization from a state holds no post of that state.
    expect(posts('Deputy Secretary-General Erlan Abenov of Kazakhstan spoke.').filter((fact) => fact.includes('kazakhstan'))).toEqual([]);
  });

  it('reads a counterpart as holding the same post of his own state', () => {
    expect(posts('Tajik Defence Minister Rustam Nazarov met his Kazakh counterpart Erlan Abenov in Astana.')).toEqual([
      'HOLDS_POSITION "Erlan Abenov" → kazakhstan',
      'HOLDS_POSITION "Rustam Nazarov" → tajikistan',
    ]);
    expect(posts('Министр иностранных дел Киргизии Азамат Садыков и его белорусский коллега Игорь Рыжов подписали протокол.')).toEqual([
      'HOLDS_POSITION "Азамат Садыков" → kyrgyzstan',
      'HOLDS_POSITION "Игорь Рыжов" → belarus',
    ]);
  });

  it('reads the Russian offices: a ministry\'s spokesman, an ambassador, a chamber\'s chairman, in apposition too', () => {
    expect(posts('Об этом сообщил официальный представитель МИД Казахстана Ерлан Сулейменов.')).toEqual(['HOLDS_POSITION "Ерлан Сулейменов" → kazakhstan']);
    expect(posts('Посол России в Таджикистане Семён Громов вручил ноту.')).toEqual(['HOLDS_POSITION "Семён Громов" → russia']);
    expect(posts('Председатель Сената Казахстана Нурлан Абенов открыл заседание.')).toEqual(['HOLDS_POSITION "Нурлан Абенов" → kazakhstan']);
    expect(posts('Ерлан Сулейменов, заместитель министра обороны Казахстана, прибыл в Минск.')).toEqual(['HOLDS_POSITION "Ерлан Сулейменов" → kazakhstan']);
    expect(posts('Бывший посол России в Таджикистане Семён Громов написал книгу.')).toEqual([]);
    // The Duma's chairman chairs the Assembly: that post only (the labels' convention).
    expect(posts('Председатель Государственной думы России Олег Петров выступил первым.')).toEqual([]);
  });

  it('reads a state named by its Russian adjective before a title or an institution, not before a description', () => {
    expect(posts('Армянский министр иностранных дел Арам Саркисян заявил об этом.')).toEqual(['HOLDS_POSITION "Арам Саркисян" → armenia']);
    expect(posts('Об этом сообщил глава белорусского оборонного ведомства Игорь Рыжов.')).toEqual(['HOLDS_POSITION "Игорь Рыжов" → belarus']);
    expect(posts('Российский посол в Ереване Семён Громов вручил ноту.')).toEqual(['HOLDS_POSITION "Семён Громов" → russia']);
    expect(posts('Российский дипломат Семён Громов написал книгу.')).toEqual([]);
    expect(posts('Бывший российский посол Семён Громов написал книгу.')).toEqual([]);
  });

  it('reads each state of a gapped list of ministers, and a state\'s own minister', () => {
    expect(posts('Прибыли министры иностранных дел Армении Арам Саркисян, Киргизии Азамат Садыков и Таджикистана Рустам Назаров.')).toEqual([
      'HOLDS_POSITION "Азамат Садыков" → kyrgyzstan',
      'HOLDS_POSITION "Арам Саркисян" → armenia',
      'HOLDS_POSITION "Рустам Назаров" → tajikistan',
    ]);
    expect(posts('Киргизия направила в Минск своего министра Азамата Садыкова.')).toEqual(['HOLDS_POSITION "Азамата Садыкова" → kyrgyzstan']);
    // A list of names with no title before it: no posts.
    expect(posts('В Минск приехали Армении Арам Саркисян, Киргизии Азамат Садыков.')).toEqual([]);
  });
});
