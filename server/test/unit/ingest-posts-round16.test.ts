import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

/** The posts, heads and successions a text gives, described without dates or roles. */
const facts = (text: string, types = ['HOLDS_POSITION', 'HEADS', 'SUCCEEDED_BY']) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.filter((fact) => types.includes(fact.type))
    .map((fact) => describeFact(fact).replace(/ (?:\d{4}|\.\.).*?(?= \[|$)/u, '').replace(/ \[.*\]$/u, ''))
    .sort();

// Every sentence here is written for the test.
describe('ingest: heads of bodies under a rank, a pronoun or a dash (round 16)', () => {
  it('reads a hyphenated rank after "under" or "whose chief", and "under its chief, X"', () => {
    expect(facts('The drill was planned by the CSTO Joint Staff under Lieutenant-General Andrey Serdyukov.')).toEqual(['HEADS andrey-serdyukov → csto-joint-staff']);
    expect(facts('Planning fell to the CSTO Joint Staff under its head, General Andrey Serdyukov, who flew in on Monday.')).toEqual(['HEADS andrey-serdyukov → csto-joint-staff']);
    expect(facts('The CSTO Joint Staff, whose chief, Colonel-General Andrey Serdyukov, met the press, released a plan.')).toEqual(['HEADS andrey-serdyukov → csto-joint-staff']);
    // "under" a time, not a person: nothing.
    expect(facts('The CSTO Joint Staff under pressure from Moscow rewrote the plan.')).toEqual([]);
  });

  it('reads a passive "headed by" past a place after the body, and "has since January been led by"', () => {
    expect(facts('The CSTO Joint Staff in Moscow, headed by General Andrey Serdyukov, drafted the plan.')).toEqual(['HEADS andrey-serdyukov → csto-joint-staff']);
    expect(facts('The CSTO Secretariat has since March been led by Taalatbek Masadykov.')).toEqual(['HEADS taalatbek-masadykov → csto-secretariat']);
  });

  it('reads «Его возглавляет X», «Руководит им X», «Его начальник — X» of the body named just before (RU)', () => {
    expect(facts('Текущую работу ведёт Секретариат ОДКБ. Его возглавляет Таалатбек Масадыков.')).toEqual(expect.arrayContaining(['HEADS taalatbek-masadykov → csto-secretariat']));
    expect(facts('Текущую работу ведёт Секретариат ОДКБ. Руководит им Таалатбек Масадыков.')).toEqual(['HEADS taalatbek-masadykov → csto-secretariat']);
    expect(facts('Планами учений занимается Объединённый штаб ОДКБ. Его начальник — генерал-полковник Андрей Сердюков.')).toEqual(['HEADS andrey-serdyukov → csto-joint-staff']);
  });

  it('gives no body for «Его» when a person is named after the body, or no body at all', () => {
    expect(facts('В Секретариат ОДКБ приехал Николай Бордюжа. Его возглавляет Таалатбек Масадыков.').filter((fact) => fact.startsWith('HEADS'))).toEqual([]);
    expect(facts('Учения ОДКБ прошли в горах. Руководил ими генерал Андрей Сердюков.').filter((fact) => fact.startsWith('HEADS'))).toEqual([]);
  });
});

describe('ingest: posts by a dash, a possessive owner, two titles (round 16)', () => {
  it('reads «X — генеральный секретарь ОДКБ» and «стал белорус — X», not «X — бывший генсек»', () => {
    expect(facts('С марта Станислав Зась — генеральный секретарь ОДКБ.')).toEqual(['HOLDS_POSITION stanislav-zas → csto']);
    expect(facts('Генеральным секретарём ОДКБ тогда стал белорус — Станислав Зась.')).toEqual(['HOLDS_POSITION stanislav-zas → csto']);
    expect(facts('Станислав Зась — бывший генеральный секретарь ОДКБ.')).toEqual([]);
    expect(facts('Станислав Зась — не генеральный секретарь ОДКБ.')).toEqual([]);
  });

  it('reads "served as the organization\'s secretary-general" and "who became the bloc\'s secretary general"', () => {
    expect(facts('The CSTO met in Minsk. Stanislav Zas, a Belarusian general, served as the organization\'s secretary-general until 2022.')).toEqual(['HOLDS_POSITION stanislav-zas → csto']);
    expect(facts('Stanislav Zas serves as CSTO Secretary-General.')).toEqual(['HOLDS_POSITION stanislav-zas → csto']);
    expect(facts('The CSTO met in Minsk. Stanislav Zas, the general who became the bloc\'s secretary general in 2020, spoke first.')).toEqual(['HOLDS_POSITION stanislav-zas → csto']);
    expect(facts('Stanislav Zas served as a reservist in 1990.')).toEqual([]);
  });

  it('reads two titles in apposition after a verb: the body\'s head and the state\'s deputy prime minister', () => {
    expect(facts('Совещание открыл председатель МКВЭС, заместитель председателя правительства России Денис Мантуров.')).toEqual([
      'HEADS denis-manturov → icmec',
      'HOLDS_POSITION denis-manturov → russia',
    ]);
  });
});

describe('ingest: who held the post before him (round 16)', () => {
  it('reads «До него этот пост занимал X» and "Before him, X held the post" as X succeeded by him, X in the post named', () => {
    expect(facts('Генеральным секретарём ОДКБ в 2020 году стал Станислав Зась. До него этот пост занимал Юрий Хачатуров.')).toEqual(
      expect.arrayContaining(['HOLDS_POSITION yuri-khachaturov → csto', 'SUCCEEDED_BY yuri-khachaturov → stanislav-zas']),
    );
    expect(facts('Stanislav Zas became CSTO Secretary-General in 2020. Before him, Yuri Khachaturov held the post.')).toEqual(
      expect.arrayContaining(['HOLDS_POSITION yuri-khachaturov → csto', 'SUCCEEDED_BY yuri-khachaturov → stanislav-zas']),
    );
  });

  it('reads "He succeeded X, …, and before him Y" as a chain: Y succeeded by X', () => {
    expect(facts('Imangali Tasmagambetov became CSTO Secretary-General in 2023. He succeeded Stanislav Zas, who had served since 2020, and before him Yuri Khachaturov of Armenia.')).toEqual(
      expect.arrayContaining(['SUCCEEDED_BY stanislav-zas → imangali-tasmagambetov', 'SUCCEEDED_BY yuri-khachaturov → stanislav-zas']),
    );
  });

  it('reads a gapped second holder: «пост занимал X, а дольше всех — Y»', () => {
    expect(facts('Пост генерального секретаря ОДКБ в разные годы занимал Юрий Хачатуров, а дольше всех — с 2003 по 2016 год — Николай Бордюжа.')).toEqual([
      'HOLDS_POSITION nikolai-bordyuzha → csto',
      'HOLDS_POSITION yuri-khachaturov → csto',
    ]);
  });

  it('gives no succession for "before him" without a post, nor for «до него дошли»', () => {
    expect(facts('Stanislav Zas spoke first. Before him, Yuri Khachaturov had arrived at the hall.').filter((fact) => fact.startsWith('SUCCEEDED_BY'))).toEqual([]);
    expect(facts('Станислав Зась выступил первым. До него дошли слухи, что Юрий Хачатуров уехал.')).toEqual([]);
    expect(facts('Imangali Tasmagambetov thanked Stanislav Zas, and before him Yuri Khachaturov.').filter((fact) => fact.startsWith('SUCCEEDED_BY'))).toEqual([]);
  });
});

describe('ingest: the successor named by a description, a clause between (round 16)', () => {
  it('reads "The veteran diplomat, who replaced X" and «Дипломат сменил X» as the person named last', () => {
    expect(facts('Stanislav Zas spoke to the press on Monday. The veteran diplomat, who replaced Yuri Khachaturov in 2020, praised the staff.', ['SUCCEEDED_BY'])).toEqual([
      'SUCCEEDED_BY yuri-khachaturov → stanislav-zas',
    ]);
    expect(facts('Станислав Зась выступил в понедельник. Белорусский генерал сменил Юрия Хачатурова в 2020 году.', ['SUCCEEDED_BY'])).toEqual(['SUCCEEDED_BY yuri-khachaturov → stanislav-zas']);
    // "the general election" is no person; a name after the noun makes it a title.
    expect(facts('Stanislav Zas spoke first. The general election replaced Yuri Khachaturov as the issue of the day.', ['SUCCEEDED_BY'])).toEqual([]);
  });

  it('reads «сменил на этой должности X» and a succession past "who worked for the United Nations in Afghanistan"', () => {
    expect(facts('Станислав Зась стал генсеком ОДКБ в 2020 году, он сменил на этой должности армянского генерала Юрия Хачатурова.', ['SUCCEEDED_BY'])).toEqual([
      'SUCCEEDED_BY yuri-khachaturov → stanislav-zas',
    ]);
    expect(facts('Stanislav Zas, a general who once served with the United Nations in Tajikistan, succeeded Yuri Khachaturov as CSTO Secretary-General.', ['SUCCEEDED_BY'])).toEqual([
      'SUCCEEDED_BY yuri-khachaturov → stanislav-zas',
    ]);
    // Another subject between: Russia, not a place after a preposition.
    expect(facts('Stanislav Zas said that Russia succeeded in replacing Yuri Khachaturov.', ['SUCCEEDED_BY'])).toEqual([]);
  });

  it('does not read «председательствовал» (chaired) as a chairman\'s title', () => {
    expect(facts('В прошлом году Казахстан председательствовал в ОДКБ, а генеральным секретарём организации был назначен Станислав Зась.')).toEqual([
      'HOLDS_POSITION stanislav-zas → csto',
    ]);
  });
});

describe('ingest: an apposition naming a state or a body, then "who" (round 16)', () => {
  it('reads "X, the speaker of Russia\'s parliament, who heads the Secretariat" as X heading it', () => {
    expect(facts('Stanislav Zas, the former envoy of Belarus to Russia, who heads the CSTO Secretariat, opened the talks.', ['HEADS'])).toEqual(['HEADS stanislav-zas → csto-secretariat']);
    // Another subject after the apposition's comma: nothing for Zas.
    expect(facts('Stanislav Zas, the former envoy of Belarus, said Russia heads the CSTO Secretariat.', ['HEADS'])).toEqual([]);
  });

  it('does not chain a title over «а также» (a list of people, not two titles of one)', () => {
    expect(facts('На заседании были генеральный секретарь ОДКБ, а также начальник Объединённого штаба ОДКБ генерал-полковник Андрей Сердюков.', ['HOLDS_POSITION'])).toEqual([]);
  });
});

describe('ingest: a state\'s title in apposition with no state named (round 16)', () => {
  it('reads "X, the president, said" as the post in the one state the text names there', () => {
    expect(facts('Tajikistan hosted the drills. Emomali Rahmon, the president, watched the final day.', ['HOLDS_POSITION'])).toEqual(['HOLDS_POSITION emomali-rahmon → tajikistan']);
    // A title of a body, not a state's: nothing from this rule.
    expect(facts('Tajikistan hosted the drills. Emomali Rahmon, the chairman, watched the final day.', ['HOLDS_POSITION'])).toEqual([]);
  });
});
