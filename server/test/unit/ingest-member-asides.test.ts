import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

const members = (text: string) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.filter((fact) => fact.type === 'MEMBER_OF')
    .map(describeFact);
const lead = 'The Collective Security Treaty Organization met in Minsk on Monday.\n\n';

describe('ingest: a membership said in a relative clause, a description or a quotation', () => {
  it('reads a suspension in a relative clause "whose participation … has been suspended since"', () => {
    expect(members(`${lead}Kyrgyzstan, whose membership in the CSTO has been suspended since 2019, sent nobody.`)).toEqual([
      'MEMBER_OF kyrgyzstan → csto 2019.. {participation suspended}',
    ]);
  });

  it('reads a state described or regarded as a member, not when the description is taken back', () => {
    expect(members(`${lead}Diplomats in Moscow keep describing Tajikistan as a full member.`)).toEqual(['MEMBER_OF tajikistan → csto']);
    expect(members(`${lead}Officials no longer describe Georgia as a member.`)).toEqual([]);
    expect(members(`${lead}Analysts regard Georgia as a member of the Eurasian Economic Union.`)).toEqual([]);
  });

  it('reads a predicate of membership opening a quotation, and "left once in"', () => {
    expect(members(`${lead}The analyst said Belarus "remains a full member in law" of the bloc.`)).toEqual(['MEMBER_OF belarus → csto']);
    expect(members(`${lead}Moldova left once in 1999.`)).toEqual(['MEMBER_OF moldova → csto ..1999']);
  });
});
