import { extract } from '../../src/ingest/extract';
import { cstoGazetteer } from '../support/ingest';

/** Each proposal of a text as "TYPE from → to since..until", an end without an entity as "?". */
const facts = (text: string, published = '2026-11-30') =>
  extract(text, { gazetteer: cstoGazetteer, published }).proposals.map(
    (fact) => `${fact.type} ${fact.from.entityId ?? '?'} → ${fact.to.entityId ?? '?'} ${fact.since ?? ''}..${fact.until ?? ''}`,
  );
const only = (text: string, type: string) => facts(text).filter((fact) => fact.startsWith(`${type} `));

describe('ingest: a list of a post\'s holders, one line each under a heading (holder-lists.ts)', () => {
  it('reads a Russian reference list: each line a term, one line after another a succession', () => {
    const text = [
      'Генеральный секретарь ОДКБ руководит Секретариатом организации.',
      '',
      'Генеральные секретари:',
      'Станислав Зась (Белоруссия) — с 1 января 2020 года по 2022 год;',
      'Имангали Тасмагамбетов (Казахстан) — 2023—2025;',
      'Таалатбек Масадыков (Киргизия) — с 1 января 2026 года.',
    ].join('\n');
    expect(only(text, 'HOLDS_POSITION')).toEqual([
      'HOLDS_POSITION stanislav-zas → csto 2020-01-01..2022',
      'HOLDS_POSITION imangali-tasmagambetov → csto 2023..2025',
      'HOLDS_POSITION taalatbek-masadykov → csto 2026-01-01..',
    ]);
    expect(only(text, 'SUCCEEDED_BY')).toEqual([
      'SUCCEEDED_BY stanislav-zas → imangali-tasmagambetov 2023..',
      'SUCCEEDED_BY imangali-tasmagambetov → taalatbek-masadykov 2026-01-01..',
    ]);
  });

  it('reads the same person twice as two terms, and a second date written without its year in the first one\'s year', () => {
    const text = [
      'Список генеральных секретарей ОДКБ.',
      'Юрий Хачатуров (Армения) — со 2 мая 2017 года по ноябрь 2018 года.',
      'Валерий Семериков, временно исполняющий обязанности — ноябрь 2018 года — 2019.',
      'Станислав Зась (Белоруссия) — 2020, до 31 декабря.',
    ].join('\n');
    expect(only(text, 'HOLDS_POSITION')).toEqual([
      'HOLDS_POSITION yuri-khachaturov → csto 2017-05-02..2018-11',
      'HOLDS_POSITION valery-semerikov → csto 2018-11..2019',
      'HOLDS_POSITION stanislav-zas → csto 2020..2020-12-31',
    ]);
  });

  it('reads an English bulleted list of chairmen as the body\'s heads, people the graph lacks as "?"', () => {
    const text = [
      'The CSTO Parliamentary Assembly meets twice a year in St Petersburg.',
      '',
      'Chairmen of the Parliamentary Assembly:',
      '* Boris Gryzlov (Russia), 2006–2011',
      '* Sergei Naryshkin (Russia), 2012–2016',
    ].join('\n');
    expect(only(text, 'HEADS')).toEqual(['HEADS ? → csto-parliamentary-assembly 2006..2011', 'HEADS ? → csto-parliamentary-assembly 2012..2016']);
    expect(only(text, 'SUCCEEDED_BY')).toEqual(['SUCCEEDED_BY ? → ? 2012..']);
  });

  it('gives nothing for lines that are no holders\' list', () => {
    // A list of meetings under a heading of people, dates but no names first.
    expect(facts('Секретари советов безопасности:\nзаседание в Москве — 2024;\nзаседание в Минске — 2025.').filter((fact) => /HOLDS|SUCC|HEADS/.test(fact))).toEqual([]);
    // Names with dates, but no heading naming a post: a list of speakers.
    expect(only('Speakers:\nStanislav Zas (Belarus), 2020\nImangali Tasmagambetov (Kazakhstan), 2023', 'SUCCEEDED_BY')).toEqual([]);
    // A singular title over a line is a caption, not a list.
    expect(only('Secretary-General:\nTaalatbek Masadykov (Kyrgyzstan), 2026', 'SUCCEEDED_BY')).toEqual([]);
  });
});

describe('ingest: a term bounded by the next holder\'s arrival (rules-succession.ts)', () => {
  it('reads "X served … until Y took office" as a succession dated by the arrival, in English', () => {
    expect(only('Valery Semerikov served as acting Secretary-General until Stanislav Zas took office in January 2020.', 'SUCCEEDED_BY')).toEqual([
      'SUCCEEDED_BY valery-semerikov → stanislav-zas 2020-01..',
    ]);
    expect(only('Nikolai Bordyuzha ran the CSTO secretariat until Yuri Khachaturov was appointed in 2017.', 'SUCCEEDED_BY')).toEqual([
      'SUCCEEDED_BY nikolai-bordyuzha → yuri-khachaturov 2017..',
    ]);
    expect(only('Imangali Tasmagambetov, a former mayor of Astana, held the post until Taalatbek Masadykov took over.', 'SUCCEEDED_BY')).toEqual([
      'SUCCEEDED_BY imangali-tasmagambetov → taalatbek-masadykov ..',
    ]);
  });

  it('reads «X исполнял обязанности … до назначения Y», in Russian', () => {
    expect(only('Валерий Семериков исполнял обязанности генерального секретаря ОДКБ до назначения Станислава Зася в январе 2020 года.', 'SUCCEEDED_BY')).toEqual([
      'SUCCEEDED_BY valery-semerikov → stanislav-zas 2020-01..',
    ]);
    expect(only('Николай Бордюжа руководил секретариатом до прихода Юрия Хачатурова.', 'SUCCEEDED_BY')).toEqual(['SUCCEEDED_BY nikolai-bordyuzha → yuri-khachaturov ..']);
  });

  it('gives nothing where the second one arrives somewhere, waits, or is only expected', () => {
    expect(only('Valery Semerikov served as acting Secretary-General until Stanislav Zas arrived in Moscow.', 'SUCCEEDED_BY')).toEqual([]);
    expect(only('Stanislav Zas waited in Minsk until Imangali Tasmagambetov took office.', 'SUCCEEDED_BY')).toEqual([]);
    expect(only('Will Valery Semerikov stay on until Stanislav Zas is appointed?', 'SUCCEEDED_BY')).toEqual([]);
  });
});

describe('ingest: a pronoun subject opening a sentence\'s second clause (clause-pronouns.ts)', () => {
  it('takes up the one person the sentence named before it, in English and Russian', () => {
    expect(only('Since January the post has gone to Taalatbek Masadykov, a Kyrgyz diplomat; he replaced Imangali Tasmagambetov.', 'SUCCEEDED_BY')).toEqual([
      'SUCCEEDED_BY imangali-tasmagambetov → taalatbek-masadykov ..',
    ]);
    expect(only('Stanislav Zas spent two years in Minsk, and he succeeded Valery Semerikov in January 2020.', 'SUCCEEDED_BY')).toEqual([
      'SUCCEEDED_BY valery-semerikov → stanislav-zas 2020-01..',
    ]);
    expect(only('Таалатбек Масадыков долго работал в ООН, а он сменил Имангали Тасмагамбетова в январе.', 'SUCCEEDED_BY')).toEqual([
      'SUCCEEDED_BY imangali-tasmagambetov → taalatbek-masadykov 2026-01..',
    ]);
  });

  it('leaves the pronoun open where two people came before it, or where no clause boundary precedes it', () => {
    expect(only('Vladimir Putin met Kassym-Jomart Tokayev; he replaced Imangali Tasmagambetov.', 'SUCCEEDED_BY')).toEqual([]);
    expect(only('Reporters asked whether he replaced Imangali Tasmagambetov.', 'SUCCEEDED_BY')).toEqual([]);
  });
});

describe('ingest: a post taken up after a fronted adverb, and a speaker\'s caption (rules-ru.ts)', () => {
  it('reads «Ранее этот пост занимал X», the subject after the verb, as the post named before', () => {
    const text = 'Генеральный секретарь ОДКБ — Таалатбек Масадыков. Ранее этот пост занимал Станислав Зась.';
    expect(only(text, 'HOLDS_POSITION')).toContain('HOLDS_POSITION stanislav-zas → csto ..');
    expect(only('Генеральный секретарь ОДКБ — Таалатбек Масадыков. Прежде эту должность занимал Имангали Тасмагамбетов.', 'HOLDS_POSITION')).toContain(
      'HOLDS_POSITION imangali-tasmagambetov → csto ..',
    );
    // A wish, and a post to be taken by someone the text does not name, hold no post.
    expect(only('Генеральный секретарь ОДКБ — Таалатбек Масадыков. Ранее этот пост хотел занять Станислав Зась.', 'HOLDS_POSITION')).not.toContain(
      'HOLDS_POSITION stanislav-zas → csto ..',
    );
  });

  it('reads a caption before a speaker\'s words as his post', () => {
    expect(only('КОРРЕСПОНДЕНТ: Иван Петров, министр обороны Белоруссии: «Всё прошло по плану».', 'HOLDS_POSITION')).toEqual(['HOLDS_POSITION ? → belarus ..']);
    expect(only('СИНХРОН: Сергей Лавров, министр иностранных дел России: «Документы согласованы».', 'HOLDS_POSITION')).toEqual(['HOLDS_POSITION ? → russia ..']);
    // A colon before a list, not before his words: no caption.
    expect(only('Иван Петров, министр обороны Белоруссии: учения, стрельбы, марши.', 'HOLDS_POSITION')).toEqual([]);
  });

  it('reads «X …, пока его не сменил Y» with the pronoun as X: X came first', () => {
    expect(only('Николай Бордюжа руководил секретариатом с 2003 года, пока его не сменил Юрий Хачатуров в 2017 году.', 'SUCCEEDED_BY')).toEqual([
      'SUCCEEDED_BY nikolai-bordyuzha → yuri-khachaturov 2017..',
    ]);
    expect(only('Бордюжа оставался на посту, пока его не заменил Хачатуров.', 'SUCCEEDED_BY')).toEqual(['SUCCEEDED_BY nikolai-bordyuzha → yuri-khachaturov ..']);
    // Two people before the pronoun: whose post it was is open, and no succession is read the wrong way round.
    expect(only('Бордюжа и Зась работали вместе, пока его не сменил Хачатуров.', 'SUCCEEDED_BY')).toEqual([]);
  });

  it('dates a post from the day someone became its holder, and gives the one "before him" his term, not him', () => {
    expect(only('Taalatbek Masadykov became Secretary-General of the CSTO on 1 January 2026.', 'HOLDS_POSITION')).toEqual([
      'HOLDS_POSITION taalatbek-masadykov → csto 2026-01-01..',
    ]);
    expect(
      only('Taalatbek Masadykov became Secretary-General of the CSTO on 1 January 2026. Before him, Imangali Tasmagambetov held the post from 2023 to 2025.', 'HOLDS_POSITION'),
    ).toEqual(['HOLDS_POSITION taalatbek-masadykov → csto 2026-01-01..', 'HOLDS_POSITION imangali-tasmagambetov → csto 2023..2025']);
    // An appointment's day is when it was decided, not when the term began: attested, not a start.
    expect(only('Taalatbek Masadykov was appointed Secretary-General of the CSTO on 28 November 2025.', 'HOLDS_POSITION')).toEqual([
      'HOLDS_POSITION taalatbek-masadykov → csto ..',
    ]);
  });

  it('reads «X стал генеральным секретарём ОДКБ» as the post from the day it names, and not «не стал» or «хотел стать»', () => {
    expect(only('Таалатбек Масадыков стал генеральным секретарём ОДКБ 1 января 2026 года.', 'HOLDS_POSITION')).toEqual([
      'HOLDS_POSITION taalatbek-masadykov → csto 2026-01-01..',
    ]);
    expect(only('Станислав Зась стал генеральным секретарем ОДКБ в 2020 году.', 'HOLDS_POSITION')).toEqual(['HOLDS_POSITION stanislav-zas → csto 2020..']);
    expect(only('Таалатбек Масадыков не стал генеральным секретарём ОДКБ.', 'HOLDS_POSITION')).toEqual([]);
    expect(only('Таалатбек Масадыков хотел стать генеральным секретарём ОДКБ.', 'HOLDS_POSITION')).toEqual([]);
  });
});
