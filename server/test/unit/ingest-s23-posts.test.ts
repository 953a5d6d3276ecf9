import { proposalEndsReader } from '../support/ingest';

const { only } = proposalEndsReader('2026-11-30');
const CSTO_EN = 'The Collective Security Treaty Organization (CSTO) met in Moscow.\n\n';
const CSTO_RU = 'Организация Договора о коллективной безопасности (ОДКБ) провела заседание в Москве.\n\n';

describe('ingest: a post stated as a predicate, the subject with its origin or an aside before the verb (round 23)', () => {
  it('reads "X of STATE" and "X (STATE)" as the subject of a post\'s verb', () => {
    expect(only(`${CSTO_EN}Stanislav Zas of Belarus was Secretary-General between 2020 and 2022.`, 'HOLDS_POSITION')).toContain('HOLDS_POSITION stanislav-zas → csto');
    expect(only(`${CSTO_EN}Imangali Tasmagambetov (Kazakhstan) served as Secretary-General until 2025.`, 'HOLDS_POSITION')).toContain('HOLDS_POSITION imangali-tasmagambetov → csto');
    expect(only(`${CSTO_EN}Yuri Khachaturov from Armenia was appointed Secretary-General in 2017.`, 'HOLDS_POSITION')).toContain('HOLDS_POSITION yuri-khachaturov → csto');
  });

  it('reads the copula past an apposition', () => {
    expect(only(`${CSTO_EN}Nikolai Bordyuzha, a former Russian border guard, was Secretary-General for thirteen years.`, 'HOLDS_POSITION')).toContain('HOLDS_POSITION nikolai-bordyuzha → csto');
  });

  it('does not take a state or a body before "of" as a person\'s origin', () => {
    expect(only(`${CSTO_EN}The Council of Belarus was Secretary-General's host.`, 'HOLDS_POSITION')).toEqual([]);
  });

  it('reads a head of state\'s title with no state named as the state the graph says he leads', () => {
    expect(only(`${CSTO_EN}Kassym-Jomart Tokayev, who became President in 2019, opened the session.`, 'HOLDS_POSITION')).toContain('HOLDS_POSITION kassym-jomart-tokayev → kazakhstan');
    expect(only(`${CSTO_EN}Emomali Rahmon, who took office as President in 1994, spoke first.`, 'HOLDS_POSITION')).toContain('HOLDS_POSITION emomali-rahmon → tajikistan');
    // A title he does not hold in the graph gives no state.
    expect(only(`${CSTO_EN}Emomali Rahmon, who became Prime Minister, spoke first.`, 'HOLDS_POSITION')).toEqual([]);
  });

  it('reads "the post of TITLE was held by X"', () => {
    expect(only(`${CSTO_EN}The post of Secretary-General has been held by Taalatbek Masadykov since January.`, 'HOLDS_POSITION')).toContain('HOLDS_POSITION taalatbek-masadykov → csto');
    expect(only(`${CSTO_EN}The office of Chief of the Joint Staff was held by Andrey Serdyukov from 2019.`, 'HEADS')).toContain('HEADS andrey-serdyukov → csto-joint-staff');
    // Offered, not held.
    expect(only(`${CSTO_EN}The post of Secretary-General was offered to Andrey Serdyukov.`, 'HOLDS_POSITION')).toEqual([]);
  });
});

describe('ingest: the Russian inverted copula, the title in the instrumental first (round 23)', () => {
  it('reads «TITLE-instr (ORG) был/была/становится X»', () => {
    expect(only(`${CSTO_RU}Первым генеральным секретарём организации был Николай Бордюжа.`, 'HOLDS_POSITION')).toContain('HOLDS_POSITION nikolai-bordyuzha → csto');
    expect(only(`${CSTO_RU}Генеральным секретарём ОДКБ в те годы был белорус Станислав Зась.`, 'HOLDS_POSITION')).toContain('HOLDS_POSITION stanislav-zas → csto');
    expect(only(`${CSTO_RU}В 2003 году генеральным секретарём ОДКБ становится Николай Бордюжа.`, 'HOLDS_POSITION')).toContain('HOLDS_POSITION nikolai-bordyuzha → csto');
  });

  it('does not read a conditional («был бы»)', () => {
    expect(only(`${CSTO_RU}Генеральным секретарём ОДКБ был бы Андрей Сердюков, если бы не Армения.`, 'HOLDS_POSITION')).toEqual([]);
  });
});

describe('ingest: a Russian head named first, the body by its head noun after the verb (round 23)', () => {
  it('reads «X возглавляет комиссию», «X руководит штабом» as the body of that noun named last', () => {
    expect(only('Межгосударственная комиссия по военно-экономическому сотрудничеству ОДКБ собралась в Минске. Денис Мантуров возглавляет комиссию с 2020 года.', 'HEADS')).toContain('HEADS denis-manturov → icmec');
    expect(only('Объединённый штаб ОДКБ подвёл итоги года. Андрей Сердюков, генерал-полковник, руководит штабом с 2022 года.', 'HEADS')).toContain('HEADS andrey-serdyukov → csto-joint-staff');
  });

  it('does not read a working group or a centre of something else', () => {
    expect(only('Совет министров обороны ОДКБ собрался. Андрей Сердюков возглавляет штаб по подготовке учений.', 'HEADS')).toEqual([]);
    // No body of that noun named before: nothing.
    expect(only('Андрей Сердюков возглавляет комиссию.', 'HEADS')).toEqual([]);
  });
});

describe('ingest: succession frames past an aside and with the possessive in the same sentence (round 23)', () => {
  const RU = 'Организация Договора о коллективной безопасности (ОДКБ) провела заседание.\n\n';
  it('reads the participle\'s subject past an aside that names a state', () => {
    expect(only(`${RU}Станислав Зась, бывший госсекретарь Совбеза Белоруссии, вступил в должность в 2020 году, сменив на этом посту Валерия Семерикова.`, 'SUCCEEDED_BY')).toContain('SUCCEEDED_BY valery-semerikov → stanislav-zas');
    expect(only(`${CSTO_EN}Imangali Tasmagambetov, a former prime minister of Kazakhstan, took office in 2023, replacing Stanislav Zas.`, 'SUCCEEDED_BY')).toContain('SUCCEEDED_BY stanislav-zas → imangali-tasmagambetov');
  });

  it('reads «X …, его предшественником был Y» and "X …; his predecessor, Y, …" within one sentence', () => {
    expect(only(`${RU}С января эту должность занимает дипломат Таалатбек Масадыков, его предшественником был Имангали Тасмагамбетов.`, 'SUCCEEDED_BY')).toContain('SUCCEEDED_BY imangali-tasmagambetov → taalatbek-masadykov');
    expect(only(`${CSTO_EN}Taalatbek Masadykov took office in January; his predecessor, Imangali Tasmagambetov, had served since 2023.`, 'SUCCEEDED_BY')).toContain('SUCCEEDED_BY imangali-tasmagambetov → taalatbek-masadykov');
  });

  it('reads a bare «Предшественник, Y» opening a sentence as the predecessor of the one person before', () => {
    expect(only(`${RU}Таалатбек Масадыков возглавляет Секретариат ОДКБ. Предшественник, казахстанский политик Имангали Тасмагамбетов, руководил им три года.`, 'SUCCEEDED_BY')).toContain('SUCCEEDED_BY imangali-tasmagambetov → taalatbek-masadykov');
  });

  it('reads nothing negated, and no owner where two people stand before the possessive', () => {
    expect(only(`${RU}Андрей Сердюков, представитель России, не сменит Таалатбека Масадыкова.`, 'SUCCEEDED_BY')).toEqual([]);
    expect(only(`${CSTO_EN}Vladimir Putin met Andrey Serdyukov, whose predecessor was not named.`, 'SUCCEEDED_BY')).toEqual([]);
  });
});

describe('ingest: a title before a name written with initials or an honorific (round 23)', () => {
  it('reads initials run together or spaced before the surname, in Russian and English', () => {
    expect(only(`${CSTO_RU}Генеральный секретарь ОДКБ Т.А.Масадыков прибыл в Минск.`, 'HOLDS_POSITION')).toContain('HOLDS_POSITION taalatbek-masadykov → csto');
    expect(only(`${CSTO_RU}Встреча прошла с Генеральным секретарём ОДКБ Т.Масадыковым.`, 'HOLDS_POSITION')).toContain('HOLDS_POSITION taalatbek-masadykov → csto');
    expect(only(`${CSTO_EN}CSTO Secretary-General T. Masadykov arrived in Minsk.`, 'HOLDS_POSITION')).toContain('HOLDS_POSITION taalatbek-masadykov → csto');
  });

  it('reads an honorific between the title and the name', () => {
    expect(only(`${CSTO_EN}The CSTO Secretary-General, Mr Masadykov, visited Yerevan in October.`, 'HOLDS_POSITION')).toContain('HOLDS_POSITION taalatbek-masadykov → csto');
  });

  it('reads a title in apposition before the name after a verb, not an item of a list', () => {
    expect(only(`${CSTO_EN}Vladimir Putin received the Secretary-General, Taalatbek Masadykov, on Monday.`, 'HOLDS_POSITION')).toContain('HOLDS_POSITION taalatbek-masadykov → csto');
  });
});

describe('ingest: an unnamed official of a known state (unnamed-officials.ts, round 23)', () => {
  it('reads a post of few holders introduced by "a": a deputy minister, a deputy chief of the general staff', () => {
    expect(only(`${CSTO_EN}A Belarusian deputy defence minister told reporters the drills had begun.`, 'HOLDS_POSITION')).toContain('HOLDS_POSITION ? → belarus');
    expect(only(`${CSTO_EN}A deputy chief of Kyrgyzstan's general staff inspected the range.`, 'HOLDS_POSITION')).toContain('HOLDS_POSITION ? → kyrgyzstan');
  });

  it('reads a deputy of any state office and a deputy head of a state\'s service', () => {
    expect(only(`${CSTO_EN}Kazakhstan's deputy chief of the general staff flew to Minsk.`, 'HOLDS_POSITION')).toContain('HOLDS_POSITION ? → kazakhstan');
    expect(only(`${CSTO_EN}The head of Kyrgyzstan's Border Service inspected the posts.`, 'HOLDS_POSITION')).toContain('HOLDS_POSITION ? → kyrgyzstan');
    expect(only(`${CSTO_RU}Замглавы МИД Белоруссии провёл консультации в Москве.`, 'HOLDS_POSITION')).toContain('HOLDS_POSITION ? → belarus');
  });

  it('reads the post where the sentence reports what he said would happen', () => {
    expect(only(`${CSTO_EN}The deputy foreign minister of Tajikistan said the session would open on Monday.`, 'HOLDS_POSITION')).toContain('HOLDS_POSITION ? → tajikistan');
  });

  it('does not read an anonymous source, a former holder, or a hedged verb', () => {
    expect(only(`${CSTO_EN}A Kremlin aide said the summit would go ahead.`, 'HOLDS_POSITION')).toEqual([]);
    expect(only(`${CSTO_EN}A spokesman for the Kazakh Defence Ministry declined to comment.`, 'HOLDS_POSITION')).toEqual([]);
    expect(only(`${CSTO_EN}A senior Kazakh official said the drills would go ahead.`, 'HOLDS_POSITION')).toEqual([]);
    expect(only(`${CSTO_EN}A former Kazakh deputy defence minister criticised the plan.`, 'HOLDS_POSITION')).toEqual([]);
    expect(only(`${CSTO_EN}The Armenian foreign minister may attend the session.`, 'HOLDS_POSITION')).toEqual([]);
  });
});
