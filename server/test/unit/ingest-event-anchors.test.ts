import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

const facts = (text: string, published: string, eventDates = true) => extract(text, { gazetteer: cstoGazetteer, published, eventDates }).proposals.map(describeFact);
const of = (found: string[], type: string) => found.filter((fact) => fact.startsWith(type));

// Written for the test: an event dated once in a sentence that yields no fact (its place is a range or a hall the
// graph lacks), then the facts of it in the sentences after.
describe('ingest: a sentence that names an event with its date dates the later facts of it', () => {
  it('dates the participants of a named exercise by the range it was held at (EN)', () => {
    const text =
      'Drills near Grodno\n\nThe Search reconnaissance exercise was held at a training ground outside Grodno from 3 to 8 October. ' +
      'Units from Kazakhstan and Tajikistan took part, the ministry said.';
    expect(of(facts(text, '2027-10-12'), 'PARTICIPATES_IN')).toEqual(
      expect.arrayContaining(['PARTICIPATES_IN kazakhstan → search 2027-10-03..2027-10-08', 'PARTICIPATES_IN tajikistan → search 2027-10-03..2027-10-08']),
    );
    expect(of(facts(text, '2027-10-12', false), 'PARTICIPATES_IN')).toContain('PARTICIPATES_IN kazakhstan → search');
  });

  it('dates those at "the meeting" by the day the sentence naming it gave (RU)', () => {
    const text =
      'Комиссия собралась в Гомеле\n\nВ Гомеле 14 сентября состоялось заседание комиссии по военно-экономическому сотрудничеству. ' +
      'В заседании приняли участие делегации Казахстана и Таджикистана.';
    expect(of(facts(text, '2027-09-20'), 'PARTICIPATES_IN')).toEqual(expect.arrayContaining(['PARTICIPATES_IN kazakhstan → "заседании" 2027-09-14..2027-09-14']));
  });

  it('gives nothing from a sentence with two dates, an end day, or a year in a name (negatives)', () => {
    // Two dates: whose the event is, the sentence leaves open.
    const two =
      'Drills near Grodno\n\nPlanned on 1 September, the Search exercise was finally held at a range outside Grodno on 3 October. Units from Kazakhstan took part.';
    expect(of(facts(two, '2027-10-12'), 'PARTICIPATES_IN kazakhstan')).toEqual(['PARTICIPATES_IN kazakhstan → search']);
    // The day it ended is not when it was held: the pass adds nothing to what the sentences' own layers read.
    for (const ended of [
      'Drills near Grodno\n\nThe Search exercise wrapped up at a range outside Grodno on 8 October.\n\nUnits from Kazakhstan took part in the exercise.',
      'Учение у Гродно\n\nНа полигоне под Гродно 8 октября завершилось учение «Поиск». В учении приняли участие подразделения Казахстана.',
    ]) expect(facts(ended, '2027-10-12')).toEqual(facts(ended, '2027-10-12', false));
  });

  it('leaves a fact whose own sentence gives a relative day undated («накануне», "the day before")', () => {
    const text =
      'Комиссия собралась в Гомеле\n\nВ Гомеле 14 сентября состоялось заседание комиссии. Накануне в заседании рабочей группы приняли участие делегации Казахстана.';
    expect(of(facts(text, '2027-09-20'), 'PARTICIPATES_IN kazakhstan').every((fact) => !/2027-09-14/.test(fact))).toBe(true);
  });
});
