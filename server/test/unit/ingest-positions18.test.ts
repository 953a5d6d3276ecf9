import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

/** The posts and heads a text gives, described without dates or roles. */
const posts = (text: string) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-30' })
    .proposals.filter((fact) => fact.type === 'HOLDS_POSITION' || fact.type === 'HEADS')
    .map((fact) => describeFact(fact).replace(/ (?:\d{4}|\.\.).*?(?= \[|$)/u, '').replace(/ \[.*\]$/u, ''))
    .sort();
const dated = (text: string) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-30' })
    .proposals.filter((fact) => fact.type === 'HOLDS_POSITION' || fact.type === 'HEADS')
    .map(describeFact)
    .sort();

// Every sentence here is written for the test.
describe('ingest: posts and heads read in round 18', () => {
  it('reads a title, its body and a dash for the copula, the name after it (RU)', () => {
    expect(dated('С 1 января этого года генсек ОДКБ — Таалатбек Масадыков из Киргизии.')).toEqual(['HOLDS_POSITION taalatbek-masadykov → csto 2026-01-01.. [Secretary-General]']);
    expect(posts('Генеральный секретарь ОДКБ с 1 января 2026 года — Таалатбек Масадыков (Киргизия).')).toEqual(['HOLDS_POSITION taalatbek-masadykov → csto']);
    // The organization's one title with none named, in an interview's answer: the article's organization.
    expect(posts('Кто руководит секретариатом ОДКБ? – Генеральный секретарь – Таалатбек Масадыков из Кыргызстана.')).toEqual(['HOLDS_POSITION taalatbek-masadykov → csto']);
    // Not a title inside a clause («по словам …»), not a president's title with no state.
    expect(posts('Учение ОДКБ прошло успешно, заявил генсек — и добавил, что Таалатбек Масадыков доволен.')).toEqual([]);
    expect(posts('В ОДКБ говорят так: президент — Таалатбек Масадыков.')).toEqual([]);
  });

  it('reads a lower-case «секретариат» as the organization\'s Secretariat, an apposition or a participle\'s comma before the verb', () => {
    expect(posts('ОДКБ создана в 2002 году. С января секретариат возглавляет киргизский дипломат Таалатбек Масадыков.')).toEqual(['HEADS taalatbek-masadykov → csto-secretariat']);
    expect(posts('Имангали Тасмагамбетов, представитель Казахстана, руководил секретариатом организации с 2023 по 2025 год, сообщает ОДКБ.')).toEqual(['HEADS imangali-tasmagambetov → csto-secretariat']);
    expect(posts('В Москве прошло заседание под председательством Вячеслава Володина, возглавляющего Парламентскую ассамблею ОДКБ.')).toEqual(['HEADS "Вячеслава Володина" → csto-parliamentary-assembly']);
    // Another body's secretariat is not the organization's.
    expect(posts('Представитель ОДКБ Николай Петров руководил секретариатом Совета Европы.')).toEqual([]);
  });

  it('reads a permanent representative appointed by decree, and his predecessor in the same post of the same state', () => {
    expect(posts('Указом Президента Российской Федерации постоянным и полномочным представителем Российской Федерации при ОДКБ назначен Д.В. Поляков. Он сменил на этом посту В.Ю. Ахмедова.')).toEqual([
      'HOLDS_POSITION "Д.В. Поляков" → russia',
      'HOLDS_POSITION "В.Ю. Ахмедова" → russia',
    ].sort());
    expect(posts('С 1 декабря полномочным представителем Казахстана при ОДКБ назначен Нурлан Байтасов.')).toEqual(['HOLDS_POSITION "Нурлан Байтасов" → kazakhstan']);
    // An envoy to no body is no post of this kind.
    expect(posts('Полномочным представителем компании назначен Нурлан Байтасов.')).toEqual([]);
  });

  it('reads a state\'s officer by an official release\'s full title, and a Security Council secretary in Russian capitals', () => {
    expect(posts('Secretary of the Security Council of Kazakhstan Gizat Nurdauletov took part in the CSTO meeting.')).toEqual(['HOLDS_POSITION "Gizat Nurdauletov" → kazakhstan']);
    expect(posts('The CSTO meeting was chaired by Secretary of the Security Council of the Russian Federation Sergei Shoigu.')).toEqual(['HOLDS_POSITION "Sergei Shoigu" → russia']);
    expect(posts('Former Secretary of the Security Council of Kazakhstan Gizat Nurdauletov wrote a book about the CSTO.')).toEqual([]);
    expect(posts('Масадыков провёл встречу с Секретарём Совета Безопасности Российской Федерации С.К. Шойгу.')).toEqual(['HOLDS_POSITION "С.К. Шойгу" → russia']);
  });

  it('reads the Assembly chaired by the Duma speaker as his head, and his post in his state', () => {
    expect(posts('The CSTO Parliamentary Assembly, chaired by Russian State Duma speaker Vyacheslav Volodin, will meet in December.')).toEqual([
      'HEADS "Vyacheslav Volodin" → csto-parliamentary-assembly',
      'HOLDS_POSITION "Vyacheslav Volodin" → russia',
    ]);
    expect(posts('The CSTO Parliamentary Assembly is still headed by Russian State Duma Speaker Vyacheslav Volodin.')).toEqual([
      'HEADS "Vyacheslav Volodin" → csto-parliamentary-assembly',
      'HOLDS_POSITION "Vyacheslav Volodin" → russia',
    ]);
  });

  it('reads the short head of a ministry with no state named, of the one state the sentence names', () => {
    expect(posts('Делегацию Киргизии на саммите ОДКБ возглавлял глава МИД Жээнбек Кулубаев.')).toEqual(['HOLDS_POSITION "Жээнбек Кулубаев" → kyrgyzstan']);
    // Two states: whose minister he is is not said.
    expect(posts('Делегации Киргизии и Казахстана встретились, заявил глава МИД Жээнбек Кулубаев.')).toEqual([]);
  });

  it('reads a post taken over with its organization before the title', () => {
    expect(dated('Taalatbek Masadykov, the Kyrgyz diplomat who took over as CSTO secretary-general on January 1, spoke in Bishkek.')).toEqual(['HOLDS_POSITION taalatbek-masadykov → csto 2026-01-01.. [Secretary-General]']);
    expect(posts('Taalatbek Masadykov, who took over as CSTO Secretary-General, met Sergei Lavrov.')).toEqual(['HOLDS_POSITION taalatbek-masadykov → csto']);
  });
});
