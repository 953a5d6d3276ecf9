import { describeFact, extractFrom } from '../support/ingest';

/** Round 20, MEMBERS: foundings, standing memberships. Sentences written for the test, not taken from the corpus. */
const published = '2026-12-10';
const facts = (text: string, type: string) =>
  extractFrom(text, published)
    .proposals.map(describeFact)
    .filter((fact) => fact.startsWith(`${type} `));
const ends = (text: string, type: string) => facts(text, type).map((fact) => fact.split(' ').slice(0, 4).join(' '));

describe('ingest: the document or the body a body was founded on or by', () => {
  it('reads "grew out of", "on the basis of" and «на основе» as founded on the treaty, named or described', () => {
    expect(ends('Minsk hosted the leaders. The CSTO traces its origins to the Collective Security Treaty.', 'ESTABLISHED_BY')).toContain('ESTABLISHED_BY csto → collective-security-treaty');
    expect(ends('The CSTO met in Astana. The alliance, which was officially founded in 2002 on the basis of a 1992 treaty, has six members.', 'ESTABLISHED_BY')).toContain('ESTABLISHED_BY csto → collective-security-treaty');
    expect(ends('The CSTO is a regional security bloc of post-Soviet states, established in 2002 on the basis of the 1992 treaty.', 'ESTABLISHED_BY')).toContain('ESTABLISHED_BY csto → collective-security-treaty');
    expect(ends('Как известно, ОДКБ была образована в 2002 году на базе Договора о коллективной безопасности 1992 года.', 'ESTABLISHED_BY')).toContain('ESTABLISHED_BY csto → collective-security-treaty');
    expect(ends('ОДКБ выросла из Договора о коллективной безопасности.', 'ESTABLISHED_BY')).toContain('ESTABLISHED_BY csto → collective-security-treaty');
  });

  it('reads the body whose decision set another up', () => {
    expect(ends('The CSTO Joint Staff was established in 2003 by a decision of the Collective Security Council.', 'ESTABLISHED_BY')).toContain('ESTABLISHED_BY csto-joint-staff → collective-security-council');
    expect(ends('Объединённый штаб ОДКБ был учреждён по решению Совета коллективной безопасности.', 'ESTABLISHED_BY')).toContain('ESTABLISHED_BY csto-joint-staff → collective-security-council');
    expect(ends('МКВЭС — рабочий орган ОДКБ, созданный в 2005 году решением Совета коллективной безопасности.', 'ESTABLISHED_BY')).toContain('ESTABLISHED_BY icmec → collective-security-council');
  });

  it('gives no founding denied, planned, or on a document that is no treaty', () => {
    expect(ends('The CSTO was not established on the basis of the Collective Security Treaty, the minister said.', 'ESTABLISHED_BY')).toEqual([]);
    expect(ends('The CSTO plans to set up a new centre on the basis of the 2009 agreement.', 'ESTABLISHED_BY')).toEqual([]);
    expect(ends('ОДКБ не была создана на основе Договора о коллективной безопасности.', 'ESTABLISHED_BY')).toEqual([]);
    expect(ends('The Joint Staff was praised by the Collective Security Council in 2003.', 'ESTABLISHED_BY')).toEqual([]);
  });

  it('keeps a treaty with its year a treaty, not an edition', () => {
    expect(ends('Армения подписала Договор о коллективной безопасности 1992 года.', 'SIGNED')).toContain('SIGNED armenia → collective-security-treaty');
  });
});

describe('ingest: a membership said to hold beside a freeze', () => {
  const plain = (text: string) => facts(text, 'MEMBER_OF').filter((fact) => !fact.includes('{'));

  it('reads a membership that remains with its subject a pronoun or left out, or its organization a common noun', () => {
    expect(plain('ОДКБ провела сессию. Армения с 2024 года не участвует в заседаниях, но по-прежнему остаётся полноправным членом организации.')).toContain('MEMBER_OF armenia → csto');
    expect(plain('The CSTO met in Minsk. Armenia has sent nobody since 2024, though Moscow insists it is still a full member.')).toContain('MEMBER_OF armenia → csto');
    expect(plain('ОДКБ провела сессию. Армения формально остаётся государством — членом организации.')).toContain('MEMBER_OF armenia → csto');
  });

  it('gives none for another object, a plan, a doubt or another state in between', () => {
    expect(plain('The CSTO met in Minsk. Armenia has not decided whether it will leave the bloc.')).toEqual([]);
    expect(plain('ОДКБ провела сессию. Армения может не выйти из организации.')).toEqual([]);
    expect(plain('The CSTO met in Minsk. Kazakhstan said Armenia had not left the bloc, and Azerbaijan remains outside.')).toEqual([]);
  });
});

describe('ingest: lists of members told in a relative clause, a predicate noun with a count, or beside "besides"', () => {
  const members = (text: string) => ends(text, 'MEMBER_OF');

  it('reads "whose members are" and «в которую входят», «членами которой являются»', () => {
    expect(members('The CSTO, whose member states include Kazakhstan and Kyrgyzstan, met in Minsk.')).toEqual(['MEMBER_OF kazakhstan → csto', 'MEMBER_OF kyrgyzstan → csto']);
    expect(members('Лидеры ОДКБ, в состав которой входят Таджикистан и Белоруссия, встретились в Минске.')).toEqual(['MEMBER_OF tajikistan → csto', 'MEMBER_OF belarus → csto']);
    expect(members('ОДКБ, членами которой являются Армения и Россия, отметила годовщину.')).toEqual(['MEMBER_OF armenia → csto', 'MEMBER_OF russia → csto']);
  });

  it('reads a count of states after the predicate noun, then the list', () => {
    expect(members('The CSTO, a military alliance of six post-Soviet states: Russia, Belarus, Armenia, Kazakhstan, Kyrgyzstan and Tajikistan, met in Moscow.')).toHaveLength(6);
    expect(members('ОДКБ является военным союзом шести государств: России, Белоруссии, Армении, Казахстана, Киргизии и Таджикистана.')).toHaveLength(6);
    expect(members('The CSTO met. It is a club of four states — Russia, Belarus, Kazakhstan and Kyrgyzstan.')).toHaveLength(4);
  });

  it('reads the states beside «помимо» / "besides" as members with the subject after the verb', () => {
    expect(members('ОДКБ провела сессию. Помимо Казахстана и Киргизии, в организацию входит Таджикистан.')).toEqual(
      expect.arrayContaining(['MEMBER_OF kazakhstan → csto', 'MEMBER_OF kyrgyzstan → csto', 'MEMBER_OF tajikistan → csto']),
    );
    expect(members('The CSTO met in Minsk. In addition to Russia, the alliance includes Belarus.')).toEqual(expect.arrayContaining(['MEMBER_OF russia → csto']));
  });

  it('gives none where the list is of something else or the verb is not one of membership', () => {
    expect(members('ОДКБ провела сессию. Помимо Казахстана и Киргизии, в учениях участвовал Таджикистан.')).toEqual([]);
    expect(members('The CSTO met in Minsk. Besides Russia and Belarus, the summit was attended by Armenia.')).toEqual([]);
    expect(members('The CSTO, whose summit Russia hosted, met in Moscow.')).toEqual([]);
  });
});

describe('ingest: a participation frozen whose subject the clause leaves out or a relative clause holds', () => {
  const frozen = (text: string) => facts(text, 'MEMBER_OF').filter((fact) => fact.includes('{participation'));

  it('reads the subject carried over «, а» and "and", and «участие которой … заморожено», "whose participation … was suspended"', () => {
    expect(frozen('ОДКБ провела сессию. Армения долго критиковала блок, а в феврале 2024 года заморозила своё участие в нём.')).toEqual(['MEMBER_OF armenia → csto 2024-02.. {participation frozen}']);
    expect(frozen('ОДКБ провела сессию. Узбекистан, членство которого в организации приостановлено с 2012 года, прислал наблюдателей.')).toEqual(['MEMBER_OF uzbekistan → csto 2012.. {participation suspended}']);
    expect(frozen('The CSTO met. Uzbekistan, whose membership was suspended in 2012, sent observers.')).toHaveLength(1);
  });

  it('gives none for a freeze planned, denied, or another state\'s', () => {
    expect(frozen('The CSTO met. Armenia sent nobody and may freeze its participation next year.')).toEqual([]);
    expect(frozen('The CSTO met. Armenia sent nobody, but it has not frozen its participation.')).toEqual([]);
    expect(frozen('ОДКБ провела сессию. Россия критиковала Армению, а Казахстан заморозил участие в переговорах.').filter((fact) => fact.startsWith('MEMBER_OF russia'))).toEqual([]);
  });
});
