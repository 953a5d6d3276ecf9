import { proposalEndsReader } from '../support/ingest';

/**
 * Round 23 (documents): who signed a document, what a body was founded by and when, and what a meeting adopted, told in
 * frames the earlier rules did not read (the treaty by its noun, a signatory among others, a founding's place before its
 * date, a relative clause on the meeting). Sentences written for these tests, not taken from the corpus.
 */
const { only } = proposalEndsReader('2026-11-20');
const signed = (text: string) => only(text, 'SIGNED');
const established = (text: string) => only(text, 'ESTABLISHED_BY');
const adopted = (text: string) => only(text, 'ADOPTED_AT');

describe('a state that signed the treaty told by its noun', () => {
  it('reads "A and B signed the treaty" after the treaty was named', () => {
    const found = signed('The Collective Security Treaty came into force in 1994. Georgia and Azerbaijan had signed the treaty a year before but quit it in 1999.');
    expect(found).toEqual(expect.arrayContaining(['SIGNED georgia → collective-security-treaty', 'SIGNED azerbaijan → collective-security-treaty']));
  });
  it('reads "signed the 1992 treaty" in an article on the organization', () => {
    expect(signed('The CSTO held its summit in Moscow. Kyrgyzstan signed the 1992 treaty in Tashkent.')).toContain('SIGNED kyrgyzstan → collective-security-treaty');
  });
  it('reads «главы A, B и C подписывают договор»', () => {
    const found = signed('ОДКБ отмечает годовщину. В мае 1992 года главы Казахстана, Киргизии и Таджикистана подписывают договор в Ташкенте.');
    expect(found).toEqual(expect.arrayContaining(['SIGNED kazakhstan → collective-security-treaty', 'SIGNED kyrgyzstan → collective-security-treaty', 'SIGNED tajikistan → collective-security-treaty']));
  });
  it('reads «A и B подписали Договор о коллективной безопасности» in a chronicle present', () => {
    expect(signed('15 мая 1992 года Россия и Армения подписывают Договор о коллективной безопасности.')).toEqual(
      expect.arrayContaining(['SIGNED russia → collective-security-treaty', 'SIGNED armenia → collective-security-treaty']),
    );
  });
  it('does not read a signing declined, denied or to come', () => {
    expect(signed('The CSTO met in Minsk. Georgia declined to sign the treaty, and Azerbaijan did not sign the treaty either.')).toEqual([]);
    expect(signed('ОДКБ собралась в Минске. Грузия отказалась подписывать договор, а Азербайджан не подписал договор.')).toEqual([]);
    expect(signed('The CSTO met in Minsk. Serbia will sign the treaty next year.')).toEqual([]);
  });
});

describe('a state told as one of the signatories', () => {
  it('reads "an original signatory of the 1992 treaty"', () => {
    expect(signed('The CSTO met in Astana. Tajikistan, an original signatory of the 1992 treaty, chaired the talks.')).toContain('SIGNED tajikistan → collective-security-treaty');
  });
  it('reads "was one of the founding signatories of the treaty"', () => {
    expect(signed('The CSTO rests on the Collective Security Treaty. Russia was one of the six founding signatories of the treaty.')).toContain('SIGNED russia → collective-security-treaty');
  });
  it('reads «была в числе государств, подписавших Договор»', () => {
    expect(signed('Киргизия была в числе шести государств, подписавших Договор о коллективной безопасности в 1992 году.')).toContain('SIGNED kyrgyzstan → collective-security-treaty');
  });
  it('reads «— одна из стран, подписавших договор»', () => {
    expect(signed('ОДКБ провела саммит. Казахстан — одна из первых стран, подписавших договор в Ташкенте.')).toContain('SIGNED kazakhstan → collective-security-treaty');
  });
  it('does not read a state that ratified or joined', () => {
    expect(signed('Белоруссия была в числе государств, ратифицировавших Договор о коллективной безопасности.')).toEqual([]);
    expect(signed('The CSTO rests on the Collective Security Treaty. Belarus joined the treaty in 1993.')).toEqual([]);
  });
});

describe('the signers listed after "by N states, among them"', () => {
  it('reads "signed … by six states, among them A and B"', () => {
    expect(signed('The Collective Security Treaty was signed in 1992 by six post-Soviet states, including Tajikistan and Russia.')).toEqual(
      expect.arrayContaining(['SIGNED tajikistan → collective-security-treaty', 'SIGNED russia → collective-security-treaty']),
    );
  });
  it('reads «Подписи под ним поставили A и B» after the treaty', () => {
    expect(signed('Договор о коллективной безопасности заключён в 1992 году. Подписи под ним поставили Киргизия и Казахстан.')).toEqual(
      expect.arrayContaining(['SIGNED kyrgyzstan → collective-security-treaty', 'SIGNED kazakhstan → collective-security-treaty']),
    );
  });
});

describe('a body founded with its place before its date', () => {
  it('reads "X, founded in <city> in <year>"', () => {
    expect(established('The CSTO Parliamentary Assembly, set up in St Petersburg in 2006, meets twice a year.')).toContain('ESTABLISHED_BY csto-parliamentary-assembly → ?');
  });
  it('reads "X was established in <city> some years ago, on <date>"', () => {
    expect(established('The CSTO Joint Staff was established in Moscow two decades ago, on 1 January 2004.')).toContain('ESTABLISHED_BY csto-joint-staff → ?');
  });
  it('reads «<дата> в <городе> учреждается X»', () => {
    expect(established('В 2006 году в Санкт-Петербурге учреждается Парламентская ассамблея ОДКБ.')).toContain('ESTABLISHED_BY csto-parliamentary-assembly → ?');
  });
  it('reads «X, созданный в <городе> в <году>»', () => {
    expect(established('Объединённый штаб ОДКБ, сформированный в Москве в 2004 году, планирует учения.')).toContain('ESTABLISHED_BY csto-joint-staff → ?');
  });
  it('does not read a founding denied or to come', () => {
    expect(established('The CSTO Joint Staff was not set up in Moscow in 2003.')).toEqual([]);
    expect(established('В 2027 году в Душанбе будет создан Объединённый штаб ОДКБ.')).toEqual([]);
  });
});

describe('a document adopted at a meeting told by a relative clause or "the same meeting"', () => {
  it('reads "the session …, at which the programme was adopted"', () => {
    expect(adopted('Russia hosted the session of the Collective Security Council in Sochi in 2013, at which the Tajik-Afghan border programme was approved.')).toContain(
      'ADOPTED_AT tajik-afghan-border-programme → ?',
    );
  });
  it('reads «сессия …, на которой была утверждена Программа»', () => {
    expect(adopted('Сессия Совета коллективной безопасности прошла в Бишкеке в 2025 году, на которой была утверждена Стратегия коллективной безопасности ОДКБ.')).toContain(
      'ADOPTED_AT collective-security-strategy-2025 → ?',
    );
  });
  it('reads "At that session, the budget … was approved" after the meeting', () => {
    expect(adopted('The CSTO foreign ministers met in Yerevan on 3 June. At that session, the calendar of consultations for 2027 was approved.')).toContain('ADOPTED_AT ? → ?');
  });
  it('does not read a document not adopted at the meeting', () => {
    expect(adopted('The summit in Yerevan, at which the declaration was not adopted, ended early.')).toEqual([]);
    expect(adopted('Сессия в Ереване, на которой декларация не была принята, завершилась рано.')).toEqual([]);
  });
});

describe('the signature block that closes an official text', () => {
  it('reads "For the Republic of X (signature)" lines after "Done at …"', () => {
    const found = signed('AGREEMENT on the Collective Rapid Reaction Forces\n\nArticle 1. The Parties form the forces.\n\nDone at Moscow on 14 June 2009 in one original copy.\n\nFor the Republic of Kazakhstan (signature)\nFor the Kyrgyz Republic (signature)');
    expect(found).toEqual(expect.arrayContaining(['SIGNED kazakhstan → crrf-agreement-2009', 'SIGNED kyrgyzstan → crrf-agreement-2009']));
  });
  it('reads «За Республику X» lines with a signer\'s name, one paragraph each', () => {
    const found = signed('СОГЛАШЕНИЕ о миротворческой деятельности ОДКБ\n\nСтатья 1. Стороны формируют силы.\n\nЗа Республику Таджикистан Э. Рахмон\n\nЗа Республику Беларусь (подпись)');
    expect(found).toEqual(expect.arrayContaining(['SIGNED tajikistan → peacekeeping-agreement-2007', 'SIGNED belarus → peacekeeping-agreement-2007']));
  });
  it('gives "?" for a text that names no known document', () => {
    expect(signed('JOINT STATEMENT of the ministers\n\nDone at Minsk on 3 June 2026.\n\nFor the Republic of Belarus (signature)')).toContain('SIGNED belarus → ?');
  });
  it('gives "?" for a statement that only cites a known document: the title says what is signed', () => {
    const found = signed('Joint Communiqué of the defence ministers\n\nRecalling the Agreement on the Collective Rapid Reaction Forces of 14 June 2009, the ministers agree to meet again.\n\nFor the Republic of Kazakhstan\nFor the Kyrgyz Republic');
    expect(found).toEqual(expect.arrayContaining(['SIGNED kazakhstan → ?', 'SIGNED kyrgyzstan → ?']));
    expect(found.filter((fact) => fact.startsWith('SIGNED') && fact.includes('crrf-agreement-2009'))).toEqual([]);
  });
  it('does not read "For X" in running prose', () => {
    expect(signed('The ministers met in Minsk. For Kazakhstan, the border mattered most.\nFor Russia (as ever) trade came first.')).toEqual([]);
    expect(signed('Министры встретились в Минске.\n\nЗа Республику Армения выступил заместитель министра.\nЗа Россию говорил министр.')).toEqual([]);
  });
});
