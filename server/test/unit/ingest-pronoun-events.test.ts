import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

/** The facts of the given types a text gives, described without dates. */
const facts = (text: string, types: RegExp) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.map(describeFact)
    .filter((fact) => types.test(fact))
    .map((fact) => fact.replace(/ \d{4}.*$/u, ''))
    .sort();

// Written for the test: an exercise or a state named, then a pronoun for it in the next sentence.
describe('ingest: a pronoun for the exercise or the state the sentence before named', () => {
  it('reads "it" as the exercise the sentence before named, as a subject that takes place and as an object conducted', () => {
    expect(facts('The biggest drill of the spring is Search. It will take place in Armenia in May, and the Collective Rapid Reaction Forces will conduct it.', /HELD_IN|CONDUCTS/)).toEqual([
      'CONDUCTS collective-rapid-reaction-forces → search',
      'HELD_IN search → armenia',
    ]);
    expect(facts('Главное учение весны — «Поиск». Армения примет его в мае.', /HOSTS/)).toEqual(['HOSTS armenia → search']);
  });

  it('reads "It" with an active past tense as the state the sentence before named, not the exercise', () => {
    expect(facts('Of all the members, Kazakhstan has been the keenest host lately. It hosted the Cobalt exercise last year.', /HOSTS/)).toEqual(['HOSTS kazakhstan → cobalt']);
  });

  it('reads "the drills" as the series named with its kind between name and noun ("the Echelon command-staff exercise")', () => {
    expect(facts('Armenia hosted the Echelon command-staff exercise in June. The drills were conducted by the Collective Rapid Reaction Forces.', /CONDUCTS/)).toEqual(['CONDUCTS collective-rapid-reaction-forces → echelon']);
    // A name with no exercise noun beside it may be anything: "the drills" stay words.
    expect(facts('Armenia hosted Echelon in June. The drills were conducted by the Collective Rapid Reaction Forces.', /CONDUCTS/)).toEqual(['CONDUCTS collective-rapid-reaction-forces → "drills"']);
  });

  it('gives nothing when the sentence before named two exercises, or none', () => {
    expect(facts('This autumn the Cobalt and Echelon exercises come back. The Collective Rapid Reaction Forces will conduct it in October.', /CONDUCTS/)).toEqual([]);
    expect(facts('The ministers met in Minsk. The Collective Rapid Reaction Forces will conduct it in October.', /CONDUCTS/)).toEqual([]);
  });
});
