import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

const facts = (text: string) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-15' })
    .proposals.map(describeFact)
    .map((fact) => fact.replace(/ \S*\.\.\S*/u, ''))
    .sort();

describe('ingest (ru): a post by a past copula or a participle before the name, a head by «во главе» or a passive participle, a seat', () => {
  it('reads a post stated with «был» and the title in the instrumental, and with the participle before the name', () => {
    expect(facts('Станислав Зась был генеральным секретарём ОДКБ до 2022 года.')).toEqual(['HOLDS_POSITION stanislav-zas → csto [Secretary-General]']);
    expect(facts('Занимавшая пост генерального секретаря ОДКБ Валерий Семериков уехал.')).toEqual(['HOLDS_POSITION valery-semerikov → csto [Secretary-General]']);
    expect(facts('Занимающий с 2026 года пост генсека ОДКБ Таалатбек Масадыков посетил Душанбе.')).toEqual(['HOLDS_POSITION taalatbek-masadykov → csto [Secretary-General]']);
    expect(facts('Сердюков не был генеральным секретарём ОДКБ.')).toEqual([]);
  });

  it('reads two titles in a row before the name, the second in apposition; a head of state chairs the council', () => {
    expect(facts('Председатель Совета коллективной безопасности, президент Таджикистана Эмомали Рахмон, выступил первым.')).toEqual([
      'CHAIRS emomali-rahmon → collective-security-council [chair]',
      'HOLDS_POSITION emomali-rahmon → tajikistan [President]',
    ]);
    expect(facts('Генеральный секретарь ОДКБ, опытный дипломат Таалатбек Масадыков, прибыл в Минск.')).toEqual(['HOLDS_POSITION taalatbek-masadykov → csto [Secretary-General]']);
  });

  it('reads who heads a body by a passive participle before it and by «во главе», in either order', () => {
    expect(facts('Руководимый Андреем Сердюковым Объединённый штаб ОДКБ подготовил учения.')).toEqual(['HEADS andrey-serdyukov → csto-joint-staff']);
    expect(facts('Во главе МКВЭС стоит Денис Мантуров.')).toEqual(['HEADS denis-manturov → icmec']);
    expect(facts('Денис Мантуров встал во главе МКВЭС.')).toEqual(['HEADS denis-manturov → icmec']);
    expect(facts('Мантуров не встанет во главе Секретариата ОДКБ.')).toEqual([]);
  });

  it('reads a seat after «которой» and a participle before the body', () => {
    expect(facts('ОДКБ, штаб-квартира которой расположена в Москве, провела совещание.')).toContain('HEADQUARTERED_IN csto → moscow');
    expect(facts('Расположенный в Москве Секретариат ОДКБ подготовил доклад.')).toEqual(['HEADQUARTERED_IN csto-secretariat → moscow']);
  });
});
