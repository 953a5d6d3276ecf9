import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

/** The memberships a text gives, described without dates or status. */
const memberships = (text: string) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.filter((fact) => fact.type === 'MEMBER_OF')
    .map((fact) => describeFact(fact).replace(/ \d{4}.*$/u, ''));

// Written for the test: an article about the CSTO, then a membership stated in an aside of a sentence that asks or doubts.
const EN = 'CSTO ministers met in Moscow on Tuesday. ';
const RU = 'Министры ОДКБ встретились во вторник в Москве. ';

describe('ingest: what a relative or participle clause after a subject states, whatever its main clause doubts', () => {
  it('reads the aside inside a question or a doubt, in English and Russian, of the article\'s organization when it names none', () => {
    expect(memberships(`${EN}Nobody knows whether Azerbaijan, which suspended its membership in 1999, will send an observer.`)).toEqual(['MEMBER_OF azerbaijan → csto']);
    expect(memberships(`${RU}Неясно, пришлёт ли Грузия, приостановившая своё участие в 1999 году, наблюдателя.`)).toEqual(['MEMBER_OF georgia → csto']);
    expect(memberships(`${RU}Министры обсудили отношения с Азербайджаном, приостановившим своё участие в 1999 году.`)).toEqual(['MEMBER_OF azerbaijan → csto']);
  });

  it('still gives nothing where the doubt is about the membership itself', () => {
    expect(memberships(`${EN}Nobody knows whether Azerbaijan suspended its membership in 1999.`)).toEqual([]);
    expect(memberships(`${RU}Неясно, приостановила ли Грузия своё участие в 1999 году.`)).toEqual([]);
  });
});
