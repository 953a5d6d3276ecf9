import { describeFact, extractFrom } from '../support/ingest';

/**
 * An observer in a relative clause of the body ("where X is an observer") and an observer attending a sitting
 * (round 14b, MEMBER2). Sentences written for the test, not taken from the corpus.
 */
const published = '2026-12-10';
const observers = (text: string) => extractFrom(text, published).proposals.map(describeFact).filter((fact) => fact.startsWith('OBSERVER_OF '));

describe('ingest: "…, where X has been an observer since …", «…, где X имеет статус наблюдателя»', () => {
  it('reads the body before "where" as the one observed, with the start', () => {
    expect(observers('The bloc wants a say at the United Nations General Assembly, where the CSTO has been an observer since 2004.')).toEqual([
      'OBSERVER_OF csto → un-general-assembly 2004.. {observer}',
    ]);
    expect(observers('Блок добивается внимания в Генеральной Ассамблее ООН, где ОДКБ с 2004 года имеет статус наблюдателя.')).toEqual([
      'OBSERVER_OF csto → un-general-assembly 2004.. {observer}',
    ]);
  });

  it('gives nothing where X is an observer somewhere else', () => {
    expect(observers('The bloc wants a say at the United Nations General Assembly, where the CSTO is an observer at several committees.')).toEqual([]);
  });
});

describe('ingest: "X attended as an observer", «X участвовала в качестве наблюдателя»: of the body the article is about', () => {
  it('reads each body of a list that opens the sentence', () => {
    expect(observers('The CSTO Parliamentary Assembly met in Minsk. The National Assembly of Serbia attended as an observer.')).toEqual([
      'OBSERVER_OF national-assembly-of-serbia → csto-parliamentary-assembly {observer}',
    ]);
    expect(observers('Парламентская ассамблея ОДКБ собралась в Минске. Народная скупщина Сербии присутствовала в качестве наблюдателя.')).toEqual([
      'OBSERVER_OF national-assembly-of-serbia → csto-parliamentary-assembly {observer}',
    ]);
  });

  it('gives nothing for people of a state who watched, nor for an observer of another event', () => {
    expect(observers('Парламентская ассамблея ОДКБ собралась в Минске. Представители Сербии присутствовали в качестве наблюдателей.')).toEqual([]);
    expect(observers('The CSTO Parliamentary Assembly met in Minsk. The National Assembly of Serbia attended as an observer at the drills.')).toEqual([]);
  });
});
