import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

const facts = (text: string, type = 'MEMBER_OF') =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.filter((fact) => fact.type === type)
    .map(describeFact);
const leadEn = 'The Collective Security Treaty Organization met in Minsk on Monday.\n\n';
const leadRu = 'Совет коллективной безопасности ОДКБ собрался в Минске.\n\n';

describe('ingest: a membership told as a history or a list', () => {
  it('ends a membership at the suspension that follows it, not at a frozen participation', () => {
    expect(facts(`${leadEn}Kyrgyzstan came back in 2008. It suspended its membership in 2015.`)).toEqual([
      'MEMBER_OF kyrgyzstan → csto 2008..2015',
      'MEMBER_OF kyrgyzstan → csto 2015.. {participation suspended}',
    ]);
    expect(facts(`${leadRu}Киргизия, вернувшаяся в организацию в 2008 году, в 2015 году приостановила своё членство.`)).toEqual([
      'MEMBER_OF kyrgyzstan → csto 2008..2015',
      'MEMBER_OF kyrgyzstan → csto 2015.. {participation suspended}',
    ]);
    expect(facts(`${leadEn}Kyrgyzstan came back in 2008. It froze its participation in 2015.`)).toContain('MEMBER_OF kyrgyzstan → csto 2008..');
  });

  it('reads a list after the predicate noun, «членами X являются …», "the members of X are …"', () => {
    expect(facts(`${leadRu}Членами организации сегодня являются Казахстан, Киргизия и Таджикистан.`)).toEqual([
      'MEMBER_OF kazakhstan → csto',
      'MEMBER_OF kyrgyzstan → csto',
      'MEMBER_OF tajikistan → csto',
    ]);
    expect(facts(`${leadEn}The other members of the bloc are Kazakhstan and Kyrgyzstan.`)).toEqual([
      'MEMBER_OF kazakhstan → csto',
      'MEMBER_OF kyrgyzstan → csto',
    ]);
    expect(facts(`${leadEn}The members of the delegation were from Kazakhstan.`)).toEqual([]);
  });

  it('keeps a hedged last item in the list, "and, formally, X", «и формально X»', () => {
    expect(facts(`${leadEn}The CSTO groups Belarus, Tajikistan and, formally, Kyrgyzstan.`)).toEqual([
      'MEMBER_OF belarus → csto',
      'MEMBER_OF tajikistan → csto',
      'MEMBER_OF kyrgyzstan → csto',
    ]);
    expect(facts(`${leadRu}ОДКБ объединяет Белоруссию, Таджикистан и формально Киргизию.`)).toEqual([
      'MEMBER_OF belarus → csto',
      'MEMBER_OF tajikistan → csto',
      'MEMBER_OF kyrgyzstan → csto',
    ]);
  });

  it('reads the observers a body has, listed after a dash or a colon, with the body as the end they observe', () => {
    expect(facts(`${leadRu}Парламентская ассамблея ОДКБ, которую возглавляет спикер, имеет наблюдателей: Народную скупщину Сербии.`, 'OBSERVER_OF')).toEqual([
      'OBSERVER_OF national-assembly-of-serbia → csto-parliamentary-assembly {observer}',
    ]);
    expect(facts(`${leadEn}The CSTO Parliamentary Assembly also has observers — for example, the National Assembly of Serbia.`, 'OBSERVER_OF')).toEqual([
      'OBSERVER_OF national-assembly-of-serbia → csto-parliamentary-assembly {observer}',
    ]);
    expect(facts(`${leadEn}The CSTO Parliamentary Assembly has no observers from the National Assembly of Serbia.`, 'OBSERVER_OF')).toEqual([]);
  });
});

describe('ingest: the second verb of a relative clause has the clause\'s subject', () => {
  it('gives "…, as did X, which later rejoined and then suspended …" to X, not to the sentence\'s first state', () => {
    expect(facts(`${leadEn}Moldova left the alliance in 1999, as did Kyrgyzstan, which rejoined and then suspended its membership in 2015.`)).toEqual([
      'MEMBER_OF moldova → csto ..1999',
      'MEMBER_OF kyrgyzstan → csto 2015.. {participation suspended}',
      // "as did Kyrgyzstan" repeats the predicate: it left in 1999 too (comparative.ts, round 17).
      'MEMBER_OF kyrgyzstan → csto ..1999',
    ]);
    expect(facts(`${leadEn}Kyrgyzstan, which had joined in 1994, left the alliance in 1999 and suspended its membership in 2015.`)).toContain(
      'MEMBER_OF kyrgyzstan → csto 2015.. {participation suspended}',
    );
  });
});

describe('ingest: a bare list answering a question about the members', () => {
  it('reads «Кто сейчас входит в …?» then «A, B и C.» as the members, not the answer to another question', () => {
    expect(facts(`${leadRu}Кто сейчас реально участвует в работе организации?\n\nКазахстан, Киргизия и Таджикистан.`)).toEqual([
      'MEMBER_OF kazakhstan → csto',
      'MEMBER_OF kyrgyzstan → csto',
      'MEMBER_OF tajikistan → csto',
    ]);
    expect(facts(`${leadEn}Who are its members today?\n\nBelarus, Kyrgyzstan and Tajikistan.`)).toEqual([
      'MEMBER_OF belarus → csto',
      'MEMBER_OF kyrgyzstan → csto',
      'MEMBER_OF tajikistan → csto',
    ]);
    expect(facts(`${leadEn}Who sent troops to the drills?\n\nBelarus, Kyrgyzstan and Tajikistan.`)).toEqual([]);
    expect(facts(`${leadEn}Who are its members today?\n\nBelarus and Kyrgyzstan are still arguing about that.`)).toEqual([]);
  });
});

describe('ingest: an observer status only offered or floated', () => {
  it('gives no OBSERVER_OF for «идея предоставить X статус наблюдателя», but reads a state that is an observer', () => {
    expect(facts(`${leadRu}В кулуарах обсуждалась идея предоставить Сербии статус наблюдателя при ОДКБ, но решения нет.`, 'OBSERVER_OF')).toEqual([]);
    expect(facts(`${leadEn}Diplomats discussed granting Serbia observer status in the CSTO.`, 'OBSERVER_OF')).toEqual([]);
    expect(facts(`${leadRu}Сербия, наблюдатель при ОДКБ, прислала делегацию.`, 'OBSERVER_OF')).toEqual(['OBSERVER_OF serbia → csto {observer}']);
  });
});

describe('ingest: a series of changes to one membership', () => {
  it('reads "X left …, returned … and suspended …" as three facts of X', () => {
    expect(facts(`${leadEn}Kyrgyzstan quit the bloc in 1998, came back in 2004 and suspended its membership in 2017.`)).toEqual([
      'MEMBER_OF kyrgyzstan → csto ..1998',
      'MEMBER_OF kyrgyzstan → csto 2017.. {participation suspended}',
      'MEMBER_OF kyrgyzstan → csto 2004..2017',
    ]);
    // A series of other verbs gives no subject to a membership verb.
    expect(facts(`${leadEn}Kyrgyzstan hosted the summit in 2019, Belarus the drills in 2020, and nobody suspended anything.`)).toEqual([]);
  });
});

describe('ingest: a list member beside a frozen participation', () => {
  it('gives the plain membership from a list even where the article says the state froze its participation', () => {
    expect(facts(`${leadEn}Kyrgyzstan froze its participation in 2025.\n\nThe CSTO groups Belarus, Tajikistan and, formally, Kyrgyzstan.`)).toEqual([
      'MEMBER_OF kyrgyzstan → csto 2025.. {participation frozen}',
      'MEMBER_OF belarus → csto',
      'MEMBER_OF tajikistan → csto',
      'MEMBER_OF kyrgyzstan → csto',
    ]);
  });
});
