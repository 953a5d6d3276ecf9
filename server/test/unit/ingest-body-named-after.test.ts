import { describeFact, extractFrom } from '../support/ingest';

/**
 * A body of an organization named after its description: "Its highest body is X", «Высший орган — X» (round 14b,
 * MEMBER2). Sentences written for the test, not taken from the corpus.
 */
const published = '2026-12-10';
const parts = (text: string) => extractFrom(text, published).proposals.map(describeFact).filter((fact) => fact.startsWith('PART_OF '));

describe('ingest: "Its highest body is X", «Высший орган — X»', () => {
  it('reads the body of the organization named before, or of the article', () => {
    expect(parts('The CSTO has met yearly since 2002. Its supreme body is the Collective Security Council.')).toEqual(['PART_OF collective-security-council → csto']);
    expect(parts('Кто в ОДКБ главный? Исполнительный орган — Секретариат ОДКБ.')).toEqual(['PART_OF csto-secretariat → csto']);
  });

  it('gives nothing where the sentence denies it', () => {
    expect(parts('The CSTO has met yearly since 2002. Its supreme body is not the Secretariat.')).toEqual([]);
  });
});
