import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

/** The facts of the given types a text gives. */
const facts = (text: string, ...types: string[]) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-06-10' })
    .proposals.filter((fact) => types.includes(fact.type))
    .map(describeFact);

describe('ingest: a body founded on a date, and where (rules-where.ts)', () => {
  it('reads a participle or a passive of founding with its date, in English', () => {
    expect(facts('The Collective Rapid Reaction Forces, set up under an accord of February 2009, now number about 20,000 troops.', 'ESTABLISHED_BY')).toEqual([
      'ESTABLISHED_BY collective-rapid-reaction-forces → "set up under an accord of February 2009" 2009-02..',
    ]);
    expect(facts('Diplomats recall that the CSTO was founded in 2002, a decade after the treaty.', 'ESTABLISHED_BY')).toEqual(['ESTABLISHED_BY csto → "founded in 2002" 2002..']);
    expect(facts('The CRDF, dating from 2001, guard the southern flank.', 'ESTABLISHED_BY')).toEqual(['ESTABLISHED_BY collective-rapid-deployment-forces → "dating from 2001" 2001..']);
  });

  it('reads the same in Russian, with the founding city as a meeting held there', () => {
    expect(facts('Коллективные силы оперативного реагирования были сформированы в 2009 году и с тех пор ежегодно проводят учения.', 'ESTABLISHED_BY')).toEqual([
      'ESTABLISHED_BY collective-rapid-reaction-forces → "сформированы в 2009 году" 2009..',
    ]);
    expect(facts('Парламентская ассамблея ОДКБ, учреждённая в 2006 году в Санкт-Петербурге, отмечает юбилей.', 'ESTABLISHED_BY', 'HELD_IN')).toEqual([
      'ESTABLISHED_BY csto-parliamentary-assembly → "учреждённая в 2006 году" 2006..',
      'HELD_IN "учреждённая" → saint-petersburg 2006..2006',
    ]);
  });

  it('reads a decision to create a body as its founding, and where the decision was taken', () => {
    expect(facts('On 4 February 2009 the presidents agreed to create the Collective Rapid Reaction Forces.', 'ESTABLISHED_BY')).toEqual([
      'ESTABLISHED_BY collective-rapid-reaction-forces → "agreed to create" 2009-02-04..',
    ]);
    expect(facts('Именно в Ереване в мае 2001 года было принято решение о создании Коллективных сил быстрого развёртывания Центральноазиатского региона.', 'ESTABLISHED_BY', 'HELD_IN')).toEqual([
      'ESTABLISHED_BY collective-rapid-deployment-forces → "принято решение" 2001-05..',
      'HELD_IN "принято решение о создании" → yerevan 2001-05..2001-05',
    ]);
  });

  it('gives no founding without a date, denied, or only proposed', () => {
    expect(facts('The CSTO was created long ago, officials recalled.', 'ESTABLISHED_BY')).toEqual([]);
    expect(facts('Коллективные силы оперативного реагирования так и не были созданы в 2008 году.', 'ESTABLISHED_BY')).toEqual([]);
    expect(facts('Belarus proposed to create a new air-defence headquarters in 2027.', 'ESTABLISHED_BY')).toEqual([]);
    expect(facts('Россия предложила создать в 2027 году центр ПВО.', 'ESTABLISHED_BY')).toEqual([]);
  });
});

describe('ingest: a document named by its common noun, signed or adopted in a city (rules-where.ts)', () => {
  it('reads the signing as a meeting held in that city, in English and Russian', () => {
    expect(facts('The alliance rests on a treaty signed in Tashkent in 1992 by six republics.', 'HELD_IN')).toEqual(['HELD_IN "signed" → tashkent 1992..1992']);
    expect(facts('Программа, которую лидеры долго обсуждали, была принята в Астане в 2024 году.', 'HELD_IN')).toEqual(['HELD_IN "принята" → astana 2024..2024']);
  });

  it('reads a named document adopted in a city with the city first, and a signing in the active voice', () => {
    expect(facts('Президент напомнил, что именно в Астане в ноябре 2024 года была принята Межгосударственная целевая программа по укреплению таджикско-афганской границы.', 'ADOPTED_AT', 'HELD_IN')).toEqual([
      'HELD_IN "принята" → astana 2024-11..2024-11',
      'ADOPTED_AT tajik-afghan-border-programme → "в Астане" 2024-11..',
    ]);
    // The signers between the document and the verb (the object first for emphasis): the same signing (round 16b).
    expect(facts('Устав ОДКБ главы государств подписали в Кишинёве.', 'ADOPTED_AT')).toEqual(['ADOPTED_AT csto-charter → "в Кишинёве"']);
    expect(facts('Устав ОДКБ главы государств обсуждали в Кишинёве.', 'ADOPTED_AT')).toEqual([]);
    expect(facts('Устав ОДКБ подписали в Кишинёве в октябре 2002 года.', 'ADOPTED_AT')).toEqual(['ADOPTED_AT csto-charter → "в Кишинёве" 2002-10..']);
  });

  it('leaves a signing at a meeting the sentence names to that meeting, and a signing denied', () => {
    expect(facts('Протокол был подписан в Минске на заседании Совета министров обороны ОДКБ.', 'HELD_IN').filter((fact) => fact.includes('"подписан"'))).toEqual([]);
    expect(facts('The agreement was never signed in Minsk.', 'HELD_IN')).toEqual([]);
  });
});

describe('ingest: an exercise at a site the graph lacks, and an operation by its noun or its troops (rules-where.ts)', () => {
  it('reads a range the graph has no entity for as the "?" place, site after or before the verb', () => {
    expect(facts('Учение «Поиск-2026», которое в мае прошло на горном полигоне «Орлиное гнездо», признано успешным.', 'HELD_IN')).toEqual([
      'HELD_IN search → "на горном полигоне "Орлиное гнездо"" 2026-05..2026-05',
    ]);
    expect(facts('В мае на казахстанских полигонах прошли учения «Эшелон-2026» и «Поиск-2026».', 'HELD_IN')).toEqual([
      'HELD_IN echelon → "на казахстанских полигонах" 2026-05..2026-05',
      'HELD_IN search → "на казахстанских полигонах" 2026-05..2026-05',
    ]);
  });

  it('gives the state, not the site, where the site is in a state the text names', () => {
    expect(facts('Учение «Эшелон-2026» прошло на полигонах Казахстана.', 'HELD_IN')).toEqual(['HELD_IN echelon → kazakhstan 2026..2026']);
    expect(facts('Учение «Эшелон-2026» прошло на полигоне Алтынсай в Карагандинской области Казахстана.', 'HELD_IN').filter((fact) => fact.includes('полигон'))).toEqual([]);
  });

  it('reads an exercise named with its site, whatever verb governs it (round 17b)', () => {
    expect(facts('Десантники участвовали в учении «Поиск-2026» на горном полигоне «Орлиное гнездо».', 'HELD_IN')).toEqual([
      'HELD_IN search → "на горном полигоне "Орлиное гнездо"" 2026..2026',
    ]);
    expect(facts('Весной штаб провёл учение «Эшелон-2026» на полигоне под Гродно.', 'HELD_IN')).toEqual(['HELD_IN echelon → "на полигоне" 2026..2026']);
    expect(facts('Paratroopers joined the Search exercise on Belarusian territory in May.', 'HELD_IN')).toEqual([
      'HELD_IN search → "on Belarusian territory" 2026-05..2026-05',
    ]);
    expect(facts('The alliance staged its Echelon drills on Kazakh soil this spring.', 'HELD_IN')).toEqual(['HELD_IN echelon → "on Kazakh soil" 2026..2026']);
  });

  it('reads an exercise held near a town the graph lacks, the town first or after the verb', () => {
    expect(facts('В мае под Гродно прошло учение «Эшелон-2026».', 'HELD_IN')).toEqual(['HELD_IN echelon → "под Гродно" 2026-05..2026-05']);
    expect(facts('Учение «Эшелон-2026» прошло под Борисовом.', 'HELD_IN')).toEqual(['HELD_IN echelon → "под Борисовом" 2026..2026']);
    expect(facts('В мае под руководством штаба прошло учение «Эшелон-2026».', 'HELD_IN')).toEqual([]);
    expect(facts('Учение «Эшелон-2026» прошло под его руководством.', 'HELD_IN')).toEqual([]);
    expect(facts('Учение «Эшелон-2026» прошло под огнём условного противника.', 'HELD_IN')).toEqual([]);
  });

  it('gives no site to an exercise only offered or proposed there, nor one at a range in a place the graph has', () => {
    expect(facts('Bishkek offered to host the Search exercise on Kyrgyz soil next year.', 'HELD_IN').filter((fact) => fact.includes('soil'))).toEqual([]);
    // An English range is left to the state the article puts it in, as the labels give it.
    expect(facts('About 2,500 soldiers took part in the Interaction exercise at the Matybulak range north of Almaty.', 'HELD_IN')).toEqual([]);
    expect(facts('Troops took part in the Search exercise in Kazakhstan. The drills, held on Kazakh soil, rehearsed a deployment.', 'HELD_IN')).toEqual([
      'HELD_IN search → kazakhstan',
    ]);
    expect(facts('Минск предложил провести учение «Поиск» на полигоне «Орлиное гнездо».', 'HELD_IN')).toEqual([]);
    expect(facts('Units joined the Search exercise on Belarus territory.', 'HELD_IN').filter((fact) => fact.includes('territory'))).toEqual([]);
  });

  it('reads «здесь» and "here" as the venue named before, as «там же»', () => {
    expect(facts('Весной в Ереване прошла сессия ОДКБ, а осенью здесь заседал Совет министров обороны ОДКБ.', 'HELD_IN')).toContain('HELD_IN "заседал" → yerevan');
    expect(facts('In March the Council of Defence Ministers met in Dushanbe; the Search exercise was held here in May.', 'HELD_IN')).toContain('HELD_IN search → dushanbe 2026-05..2026-05');
    expect(facts('Здесь заседал Совет министров обороны ОДКБ.', 'HELD_IN')).toEqual([]);
  });

  it('reads an operation named by its noun or by its troops moving or commanded there', () => {
    expect(facts("Analysts compared the drill with the bloc's 2022 intervention in Kazakhstan.", 'HELD_IN')).toEqual(['HELD_IN "intervention" → kazakhstan 2022..2022']);
    expect(facts('В 2022 году миротворцы ОДКБ за неделю развернулись в Казахстане.', 'HELD_IN')).toEqual(['HELD_IN "развернулись" → kazakhstan 2022..2022']);
    expect(facts('Генерал, который командовал миротворцами в Казахстане, возглавил штаб.', 'HELD_IN')).toEqual(['HELD_IN "командовал миротворцами" → kazakhstan']);
    expect(facts('The bloc is not sending troops to Kazakhstan.', 'HELD_IN')).toEqual([]);
  });
});

describe('ingest: meetings in the plural over a list of places, a body that will gather, a transcript speaker tag', () => {
  it('reads each place of a list after a plural meeting noun as a meeting held there, with its own date (RU), the first (EN)', () => {
    expect(facts('Делегация не появлялась на саммитах в Минске в 2023 году, в Астане в 2024-м и в Бишкеке в 2025-м.', 'HELD_IN')).toEqual([
      'HELD_IN "саммитах" → minsk 2023..2023',
      'HELD_IN "саммитах" → astana 2024..2024',
      'HELD_IN "саммитах" → bishkek 2025..2025',
    ]);
    expect(facts('The delegation missed the sessions in Minsk in 2023.', 'HELD_IN')).toEqual(['HELD_IN "sessions" → minsk 2023..2023']);
    expect(facts('Делегация не участвовала в заседании в Минске.', 'HELD_IN').filter((fact) => fact.includes('plural'))).toEqual([]);
  });

  it('reads a body that will gather in a city, with a relative pronoun and a date, or the city first', () => {
    expect(facts('Совет министров обороны ОДКБ, который в 2027 году соберётся в Бишкеке, обсудит учения.', 'HELD_IN')).toEqual(['HELD_IN "соберётся" → bishkek 2027..2027']);
    expect(facts('В апреле 2027 года в Астане соберётся Совет министров обороны ОДКБ.', 'HELD_IN')).toEqual(['HELD_IN "соберётся" → astana 2027-04..2027-04']);
  });

  it('reads a meeting after a transcript speaker tag, and not a tag before another statement', () => {
    expect(facts('КОРРЕСПОНДЕНТ: В Минске сегодня прошло заседание Совета министров иностранных дел ОДКБ.', 'HELD_IN')).toEqual([
      'HELD_IN "заседание Совета министров иностранных дел ОДКБ" → minsk 2026-06-10..2026-06-10',
    ]);
    expect(facts('ВЕДУЩИЙ: В Минске сегодня солнечно.', 'HELD_IN')).toEqual([]);
  });
});
