import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

/** The CHAIRS facts a text gives, described, without their dates. */
const chairs = (text: string) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.map(describeFact)
    .filter((fact) => fact.startsWith('CHAIRS'))
    .map((fact) => fact.replace(/ [\d-]*\.\.[\d-]*/u, '').replace(/ \[chair\]$/u, ''));

// Every sentence here was written for these tests.
describe('ingest: who chaired a meeting', () => {
  it('reads "chaired by" after a meeting with its place and day between', () => {
    expect(chairs('The summit of the Collective Security Council in Yerevan on 3 October, chaired by President Vladimir Putin, ended early.')).toEqual([
      'CHAIRS vladimir-putin → "summit of the Collective Security Council"',
    ]);
  });

  it('reads "chaired by X" with the place and day after the name', () => {
    expect(chairs('The forum, chaired by Vladimir Putin in Sochi on Monday, ended late.')).toEqual(['CHAIRS vladimir-putin → "forum"']);
  });

  it('takes the last name of a chain of titles after "chaired by"', () => {
    expect(chairs('The meeting was chaired by the head of the CSTO Secretariat, deputy Secretary-General Ruslan Ibragimov.')).toEqual(['CHAIRS "Ruslan Ibragimov" → "meeting"']);
  });

  it('gives the session, not the body it is of, to "X chaired the Council\'s session"', () => {
    expect(chairs("Vladimir Putin chaired the Collective Security Council's extraordinary session in Sochi.")).toEqual([
      'CHAIRS vladimir-putin → "Collective Security Council\'s extraordinary session"',
    ]);
    // A body chaired is still the body.
    expect(chairs('Kyrgyzstan chaired the CSTO in 2025.')).toEqual(['CHAIRS kyrgyzstan → csto']);
  });

  it('reads «Заседание в Минске провёл …» with the place or day between the meeting and its verb, and titles in a chain', () => {
    expect(chairs('Заседание в Ереване провёл президент России Владимир Путин.')).toEqual(['CHAIRS vladimir-putin → "Заседание"']);
    expect(chairs('Совещание во вторник провёл генеральный секретарь ОДКБ, бывший глава МИД Киргизии Таалатбек Масадыков.')).toEqual(['CHAIRS taalatbek-masadykov → "Совещание"']);
  });

  it('reads «Его вёл X» as the meeting named before', () => {
    expect(chairs('Министры иностранных дел ОДКБ собрались в Ереване 2 октября. Его вёл министр иностранных дел России Сергей Лавров.')).toEqual([
      'CHAIRS "Сергей Лавров" → "собрались"',
    ]);
  });

  it('reads nothing from a meeting someone will not lead, nor from a pronoun without a meeting before', () => {
    expect(chairs('Заседание в Ереване не провёл президент России Владимир Путин.')).toEqual([]);
    expect(chairs('Армия выросла. Его вёл министр иностранных дел России Сергей Лавров.')).toEqual([]);
  });
});

describe('ingest: the speakers after their verb at a meeting', () => {
  const attended = (text: string) =>
    extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
      .proposals.map(describeFact)
      .filter((fact) => fact.startsWith('ATTENDED'))
      .map((fact) => fact.replace(/ [\d-]*\.\.[\d-]*/u, ''));

  it('reads «На совещании выступили X и Y» as both at the meeting', () => {
    expect(attended('На совещании в Душанбе выступили генеральный секретарь ОДКБ Таалатбек Масадыков и начальник Объединенного штаба генерал-полковник Андрей Сердюков.')).toEqual([
      'ATTENDED taalatbek-masadykov → "совещании"',
      'ATTENDED andrey-serdyukov → "совещании"',
    ]);
  });

  it('reads nothing from a speaker who did not speak', () => {
    expect(attended('На совещании в Душанбе не выступил генеральный секретарь ОДКБ Таалатбек Масадыков.')).toEqual([]);
  });
});

describe('ingest: a round table is a meeting', () => {
  const held = (text: string) =>
    extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
      .proposals.map(describeFact)
      .filter((fact) => /^(?:HELD_IN|ATTENDED)/.test(fact))
      .map((fact) => fact.replace(/ [\d-]*\.\.[\d-]*/u, ''));

  it('reads where a round table was held and who addressed it, in both languages', () => {
    expect(held('The institute hosted a roundtable in Astana on 4 March. Taalatbek Masadykov addressed the roundtable.')).toEqual([
      'HELD_IN "roundtable" → astana',
      'ATTENDED taalatbek-masadykov → "roundtable"',
    ]);
    expect(held('Круглый стол экспертов ОДКБ прошёл в Минске 12 ноября. В круглом столе принял участие Таалатбек Масадыков.')).toEqual([
      'HELD_IN "Круглый стол" → minsk',
      'ATTENDED taalatbek-masadykov → "круглом столе"',
    ]);
  });

  it('reads no meeting from a table that is not round, nor a round table still to be held', () => {
    expect(held('Taalatbek Masadykov sat at the table in Astana and addressed the press.')).toEqual([]);
    expect(held('A round table will not be held in Astana.')).toEqual([]);
  });
});

describe('ingest: the place before "where", «где», the meeting after it', () => {
  const held = (text: string) =>
    extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
      .proposals.map(describeFact)
      .filter((fact) => fact.startsWith('HELD_IN'))
      .map((fact) => fact.replace(/ [\d-]*\.\.[\d-]*/u, ''));

  it('reads the meeting someone attended there, or that opened there, in both languages', () => {
    expect(held('Tokayev flew back from Minsk, where he attended the summit of the Collective Security Council.')).toEqual([
      'HELD_IN "summit of the Collective Security Council" → minsk',
    ]);
    expect(held('The delegation arrived in Astana, where the session opened on Monday.')).toEqual(['HELD_IN "session" → astana']);
    expect(held('Лукашенко вернулся из Москвы, где во вторник принял участие в сессии Совета коллективной безопасности.')).toEqual([
      'HELD_IN "сессии Совета коллективной безопасности" → moscow',
    ]);
  });

  it('reads nothing from a meeting not attended there', () => {
    expect(held('He returned to Moscow, where he did not attend the meeting.')).toEqual([]);
    expect(held('Лукашенко вернулся из Москвы, где не принял участие в сессии.')).toEqual([]);
  });
});
