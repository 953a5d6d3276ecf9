import { extract } from '../../src/ingest/extract';
import { cstoGazetteer } from '../support/ingest';

/** Each mention of a text as "entity:text as written". */
const mentions = (text: string, published = '2026-11-20') =>
  extract(text, { gazetteer: cstoGazetteer, published }).mentions.map((mention) => `${mention.entityId}:${mention.text}`);
const of = (text: string, entityId: string) => mentions(text).filter((mention) => mention.startsWith(`${entityId}:`));

describe('ingest: name variants of mentions (round 21, mentions)', () => {
  it('quotes an edition the graph lacks with its year, in any case and after a space or a hyphen', () => {
    expect(of('Troops from four states rehearsed a hostage rescue during Cobalt-2027 near Osh.', 'cobalt')).toEqual(['cobalt:Cobalt-2027']);
    expect(of('Подразделения отработали действия на учении «Барьер-2027» под Алма-Атой.', 'barrier')).toEqual(['barrier:Барьер-2027']);
    expect(of('В ходе «Поиска-2028» разведчики трёх государств искали условного противника в горах.', 'search')).toEqual(['search:Поиска-2028']);
    expect(of('The staff officers who planned Interaction 2028 met in Minsk.', 'interaction')).toEqual(['interaction:Interaction 2028']);
    // Not there: an edition the graph has is that edition; a year the name does not carry; a document's year.
    expect(of('The Rubezh 2025 exercise ended in Kyrgyzstan.', 'rubezh-2025')).toEqual(['rubezh-2025:Rubezh 2025']);
    expect(of('The Rubezh 2025 exercise ended in Kyrgyzstan.', 'rubezh')).toEqual([]);
    expect(of('Forces held the Interaction exercise in 2026 and again in 2027.', 'interaction')).toEqual(['interaction:Interaction']);
    expect(mentions('Государства подписали Договор о коллективной безопасности 1992 года.').some((mention) => mention.includes('1992'))).toBe(false);
  });

  it('names a body of the organization without the organization, in Russian, where the article names the organization', () => {
    expect(of('Накануне встречи министров ОДКБ Секретариат разослал проекты документов.', 'csto-secretariat')).toEqual(['csto-secretariat:Секретариат']);
    expect(of('Представитель ОДКБ сообщил, что план учения подготовил Объединённый штаб.', 'csto-joint-staff')).toEqual(['csto-joint-staff:Объединённый штаб']);
    expect(of('Бюджет ОДКБ на будущий год обсудили депутаты Парламентской ассамблеи в Санкт-Петербурге.', 'csto-parliamentary-assembly')).toEqual([
      'csto-parliamentary-assembly:Парламентской ассамблеи',
    ]);
    expect(of('В ОДКБ напомнили, что Коллективные миротворческие силы могут быть направлены по просьбе государства.', 'collective-peacekeeping-forces')).toEqual([
      'collective-peacekeeping-forces:Коллективные миротворческие силы',
    ]);
    expect(of('A report reached the CSTO from the information-analytical department of the Secretariat on Monday.', 'information-analytical-department')).toEqual([
      'information-analytical-department:information-analytical department of the Secretariat',
    ]);
    // The full name is one mention of the body, not also a bare one.
    expect(mentions('Секретариат ОДКБ опубликовал доклад.')).toEqual(['csto-secretariat:Секретариат ОДКБ']);
  });

  it('reads a body whose owner is written in full, and Russian words with stress marks', () => {
    // Russian: the owner's genitive after the body is a name of its own.
    expect(mentions('Учения спланировал Объединённый штаб Организации Договора о коллективной безопасности.')).toEqual([
      'csto-joint-staff:Объединённый штаб',
      'csto:Организации Договора о коллективной безопасности',
    ]);
    expect(of('The Parliamentary Assembly of the Collective Security Treaty Organization opened its session.', 'csto-parliamentary-assembly')).toEqual([
      'csto-parliamentary-assembly:Parliamentary Assembly of the Collective Security Treaty Organization',
    ]);
    expect(of('Officers of the Joint Staff of the Collective Security Treaty Organization arrived.', 'csto-joint-staff')).toEqual([
      'csto-joint-staff:Joint Staff of the Collective Security Treaty Organization',
    ]);
    expect(mentions('Казахста́н — член Организа́ции Догово́ра о коллекти́вной безопа́сности.')).toEqual([
      'kazakhstan:Казахста́н',
      'csto:Организа́ции Догово́ра о коллекти́вной безопа́сности',
    ]);
    // Not there: the owner in full is no body by itself.
    expect(of('The Collective Security Treaty Organization met in Minsk.', 'csto-joint-staff')).toEqual([]);
  });

  it('leaves alone a bare body name the article gives no owner for, a common noun in lower case, and a bare English head', () => {
    expect(of('Секретариат ООН опубликовал доклад о миротворческих операциях.', 'csto-secretariat')).toEqual([]);
    expect(of('В ОДКБ пояснили, что сотрудники секретариата министерства получили документы.', 'csto-secretariat')).toEqual([]);
    expect(of('The CSTO said the Secretariat would publish the report on Monday.', 'csto-secretariat')).toEqual([]);
    expect(of('Депутаты ОДКБ обсудили работу ПА в Минске.', 'csto-parliamentary-assembly')).toEqual([]);
  });
});
