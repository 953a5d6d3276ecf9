import { proposalEndsReader } from '../support/ingest';

const { only } = proposalEndsReader('2026-05-15');

describe('ingest: who signed a document, listed after the verb or under its heading (signatories.ts, round 22)', () => {
  it('reads the states or leaders listed after "signed … by" and «подписан … главами», with the words between', () => {
    expect(only('The Collective Security Treaty was signed at a ceremony in Tashkent in May 1992 by Kyrgyzstan, Russia and Tajikistan.', 'SIGNED')).toEqual([
      'SIGNED kyrgyzstan → collective-security-treaty',
      'SIGNED russia → collective-security-treaty',
      'SIGNED tajikistan → collective-security-treaty',
    ]);
    expect(only('Договор о коллективной безопасности подписан в мае 1992 года в Ташкенте руководителями Казахстана и Армении.', 'SIGNED')).toEqual([
      'SIGNED kazakhstan → collective-security-treaty',
      'SIGNED armenia → collective-security-treaty',
    ]);
    expect(only('The Collective Security Strategy bears the signatures of Vladimir Putin and Emomali Rahmon.', 'SIGNED')).toEqual([
      'SIGNED vladimir-putin → collective-security-strategy-2025',
      'SIGNED emomali-rahmon → collective-security-strategy-2025',
    ]);
  });

  it('takes the document a fragment leaves out from the entry it heads or the sentence before', () => {
    expect(only('3. Collective Security Treaty. Signed in Tashkent on 15 May 1992 by Armenia and Russia; Belarus acceded in 1993.', 'SIGNED')).toEqual([
      'SIGNED armenia → collective-security-treaty',
      'SIGNED russia → collective-security-treaty',
    ]);
    expect(only('ДОГОВОР О КОЛЛЕКТИВНОЙ БЕЗОПАСНОСТИ, договор о военно-политическом союзе. Подписан 15 мая 1992 года главами Киргизии и Таджикистана.', 'SIGNED')).toEqual([
      'SIGNED kyrgyzstan → collective-security-treaty',
      'SIGNED tajikistan → collective-security-treaty',
    ]);
    expect(only('The leaders discussed the Collective Security Treaty. It was signed by Armenia and Kazakhstan in 1992.', 'SIGNED')).toEqual([
      'SIGNED armenia → collective-security-treaty',
      'SIGNED kazakhstan → collective-security-treaty',
    ]);
  });

  it('reads no signature denied or still to come, and no other document the sentence names by its noun', () => {
    expect(only('The Collective Security Treaty was not signed by Armenia and Kazakhstan.', 'SIGNED')).toEqual([]);
    expect(only('Договор о коллективной безопасности будет подписан главами Армении и Казахстана.', 'SIGNED')).toEqual([]);
    // The sentence names its own document, which the graph lacks: not the treaty before it.
    expect(only('The leaders discussed the Collective Security Treaty. A declaration on Afghanistan was signed by Russia and Tajikistan.', 'SIGNED')).toEqual([]);
  });
});
