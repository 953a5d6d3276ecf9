import { proposedOfType } from '../support/ingest';

/** The memberships proposed, with their dates ("..1999": until 1999). */
const members = (text: string) => proposedOfType('MEMBER_OF', text, '2026-11-20');
const lead = 'The Collective Security Treaty Organization met in Minsk on Monday.\n\n';
const leadRu = 'Организация Договора о коллективной безопасности провела встречу в Минске.\n\n';

describe('ingest: the states that left a treaty, the treaty spoken of by its noun', () => {
  it('reads "the treaty" never named as the one the organization in focus is named after', () => {
    expect(members(`${lead}Officials recalled that Georgia and Moldova quit the treaty in 1999.`)).toEqual([
      'MEMBER_OF georgia → collective-security-treaty ..1999',
      'MEMBER_OF moldova → collective-security-treaty ..1999',
    ]);
  });

  it('gives the companions of a departure the same departure', () => {
    expect(members(`${lead}Moldova ratified the treaty in 1994, but it refused to prolong it in 1999 and walked out along with Georgia.`)).toContain(
      'MEMBER_OF georgia → collective-security-treaty ..1999',
    );
  });

  it('gives the companions the treaty the sentence named, when "the treaty" follows the verb', () => {
    expect(members(`${lead}Moldova joined the Collective Security Treaty in 1994 and quit the treaty in 1999 together with Georgia.`)).toContain(
      'MEMBER_OF georgia → collective-security-treaty ..1999',
    );
  });

  it('reads the Russian object before the verb of refusal, and «к нему» joined', () => {
    expect(members(`${leadRu}Договор о коллективной безопасности подписали в 1992 году. Позже к нему присоединились Молдавия и Грузия.`)).toEqual([
      'MEMBER_OF moldova → collective-security-treaty',
      'MEMBER_OF georgia → collective-security-treaty',
    ]);
    expect(members(`${leadRu}Но в 1999 году Молдавия и Грузия продлевать договор не стали.`)).toEqual([
      'MEMBER_OF moldova → collective-security-treaty ..1999',
      'MEMBER_OF georgia → collective-security-treaty ..1999',
    ]);
  });

  it('joins an undated entry and the exit of the same state into one period; a dated entry stays a fact of its own', () => {
    expect(members(`${lead}Moldova joined the Collective Security Treaty in 1994. Five years later, in 1999, Moldova quit the treaty.`)).toEqual([
      'MEMBER_OF moldova → collective-security-treaty 1994..',
      'MEMBER_OF moldova → collective-security-treaty ..1999',
    ]);
    expect(members(`${leadRu}Договор о коллективной безопасности подписали в 1992 году. Позже к нему присоединилась Молдавия. Но в 1999 году Молдавия продлевать договор не стала.`)).toEqual([
      'MEMBER_OF moldova → collective-security-treaty ..1999',
    ]);
    // A return after the exit is a period of its own.
    expect(members(`${lead}Moldova left the CSTO in 1999. Moldova rejoined the CSTO in 2006.`)).toEqual([
      'MEMBER_OF moldova → csto ..1999',
      'MEMBER_OF moldova → csto 2006..',
    ]);
  });

  it('leaves talks, a room and another noun alone', () => {
    expect(members(`${lead}Georgia left the talks together with Moldova.`)).toEqual([]);
    expect(members(`${lead}Georgia and Moldova left the room in 1999.`)).toEqual([]);
    expect(members(`${leadRu}Молдавия продлевать переговоры не стала.`)).toEqual([]);
    expect(members(`${leadRu}Позже к нему присоединились Молдавия и Грузия.`)).toEqual([]);
  });
});
