import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

const members = (text: string) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.filter((fact) => fact.type === 'MEMBER_OF')
    .map(describeFact);
const lead = 'The Collective Security Treaty Organization met in Minsk on Monday.\n\n';

describe('ingest: the organization a list of members belongs to', () => {
  it('reads "Its members" as the subject of the sentence before, not the treaty that sentence named last', () => {
    expect(members(`${lead}The CSTO grew out of the Collective Security Treaty of 1992. Its members are Belarus and Russia.`)).toEqual([
      'MEMBER_OF belarus → csto',
      'MEMBER_OF russia → csto',
    ]);
    // A sentence that opens with no organization: what it named last.
    expect(members(`${lead}In 1992 Russia signed the Collective Security Treaty. Its members today are Belarus and Kazakhstan.`)).toContain(
      'MEMBER_OF belarus → collective-security-treaty',
    );
  });

  it('reads a time word before the verb of a list', () => {
    expect(members(`${lead}The CSTO, created in 2002 and based in Moscow, currently groups Kazakhstan and Tajikistan.`)).toEqual([
      'MEMBER_OF kazakhstan → csto',
      'MEMBER_OF tajikistan → csto',
    ]);
    expect(members(`${lead}The CSTO currently groups its critics together.`)).toEqual([]);
  });
});
