import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

/** The memberships and observer seats proposed (whichever layer reads them), with the discourse layer on or off. */
const standing = (text: string, discourse = true) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20', discourse })
    .proposals.filter((fact) => fact.type === 'MEMBER_OF' || fact.type === 'OBSERVER_OF')
    .map(describeFact);
const lead = 'The Collective Security Treaty Organization met in Minsk on Monday.\n\n';
const leadRu = 'Организация Договора о коллективной безопасности провела встречу в Минске.\n\n';

describe('ingest: a state described as a member or observer, the organization left out', () => {
  it('reads an apposition or a predicate of membership as a membership of the organization in focus (English)', () => {
    expect(standing(`${lead}Kyrgyzstan, nominally a member, hosted the talks.`)).toEqual(['MEMBER_OF kyrgyzstan → csto']);
    expect(standing(`${lead}Kyrgyzstan, nominally a member, hosted the talks.`, false)).toEqual([]);
    expect(standing(`${lead}Armenia, nominally still a full member, stayed at home.`)).toEqual(['MEMBER_OF armenia → csto']);
    expect(standing(`${lead}Officials in Moscow say Armenia remains a member.`)).toEqual(['MEMBER_OF armenia → csto']);
    expect(standing(`${lead}Serbia, an observer, sent its speaker.`)).toEqual(['OBSERVER_OF serbia → csto']);
  });

  it('reads the Russian predicate, a pronoun for the organization and an aside before the verb', () => {
    expect(standing(`${leadRu}Армения, отказавшаяся от учений в этом году, формально остается полноправным членом.`)).toEqual(['MEMBER_OF armenia → csto']);
    expect(standing(`${leadRu}При этом Таджикистан остается ее членом, подчеркнул дипломат.`)).toEqual(['MEMBER_OF tajikistan → csto']);
  });

  it('keeps the membership beside a participation frozen in the same sentence: two facts', () => {
    expect(standing(`${leadRu}Армения, заморозившая участие в организации, остается ее полноправным членом.`)).toEqual([
      'MEMBER_OF armenia → csto {participation frozen}',
      'MEMBER_OF armenia → csto',
    ]);
  });

  it('leaves a negation, a plan, a member of something named and a member state alone', () => {
    expect(standing(`${lead}Azerbaijan is no longer a member.`)).toEqual([]);
    expect(standing(`${lead}Armenia would remain a member.`)).toEqual([]);
    expect(standing(`${leadRu}Узбекистан больше не является членом.`)).toEqual([]);
    expect(standing(`${lead}Armenia, a member of the Eurasian Economic Union, stayed away.`)).toEqual([]);
    expect(standing(`${lead}Armenia, a member state, stayed away.`)).toEqual([]);
  });
});
