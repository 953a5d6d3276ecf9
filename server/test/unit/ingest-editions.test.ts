import { extract } from '../../src/ingest/extract';
import { findMentions } from '../../src/ingest/mentions';
import { splitSentences } from '../../src/ingest/sentences';
import { cstoGazetteer, describeFact } from '../support/ingest';

const facts = (text: string, published = '2027-03-02') => extract(text, { gazetteer: cstoGazetteer, published }).proposals.map(describeFact);

/** The edition a sentence's mention of an initiative carries: "id year series|new", or nothing. */
function editions(text: string): string[] {
  return findMentions(text, 1, splitSentences(text), cstoGazetteer)
    .filter((mention) => mention.edition)
    .map((mention) => `${mention.entityId} ${mention.edition!.year} ${mention.edition!.ofSeries ? 'series' : 'new'}`);
}

describe('ingest: a year edition the graph lacks is its series ("Rubezh-2027", «Взаимодействие-2028»)', () => {
  it('takes a series with a year as the series when it recurs: the graph names editions of it, or the sentence calls it an exercise', () => {
    // The graph has Rubezh 2025, so Rubezh recurs: any year of it is the series, with hyphen, dash or space.
    expect(editions('Rubezh-2027 opens in Dushanbe on Monday.')).toEqual(['rubezh 2027 series']);
    expect(editions('Рубеж — 2028 откроется в понедельник.')).toEqual(['rubezh 2028 series']);
    // Interaction has no edition in the graph: an exercise noun in the sentence says it recurs.
    expect(editions('The Interaction 2028 drills open on Monday.')).toEqual(['interaction 2028 series']);
    expect(editions('Начались учения «Взаимодействия-2028» в Казахстане.')).toEqual(['interaction 2028 series']);
    // Neither: a programme with a year is an event of its own; a year range is a plan's scope, no edition.
    expect(editions('The Interstate Programme 2030 was discussed in Minsk.')).toEqual(['interstate-program 2030 new']);
    expect(editions('The Interstate Programme 2026-2030 was discussed in Minsk.')).toEqual([]);
  });

  it('states the facts of an edition the graph lacks of the series, in English and Russian, dated by its year', () => {
    expect(facts('Учения «Взаимодействие-2028» прошли в Казахстане.', '2028-12-01')).toEqual(['HELD_IN interaction → kazakhstan 2028..2028']);
    expect(facts('Kazakhstan will host the Interaction-2028 exercise.')).toEqual(['HOSTS kazakhstan → interaction']);
    // An edition the graph has stays that edition.
    expect(facts('Учения «Рубеж-2025» прошли в Киргизии.')).toEqual(['HELD_IN rubezh-2025 → kyrgyzstan 2025..2025']);
  });

  it('reads "the drills" and «в учении» after such an edition as the series, and nothing when another exercise is in play', () => {
    expect(facts('The Interaction-2028 exercise opened in Kazakhstan on Monday.\n\nBelarus and Russia took part in the drills.')).toEqual(
      expect.arrayContaining(['PARTICIPATES_IN belarus → interaction 2027-03-01..2027-03-01', 'PARTICIPATES_IN russia → interaction 2027-03-01..2027-03-01']),
    );
    expect(facts('В Казахстане завершилось учение «Поиск-2028».\n\nВ учении приняли участие подразделения Белоруссии и России.')).toEqual(
      expect.arrayContaining(['PARTICIPATES_IN belarus → search', 'PARTICIPATES_IN russia → search']),
    );
    const two = facts('В Казахстане завершились учения «Поиск-2028» и «Эшелон-2028».\n\nВ учениях приняли участие подразделения Белоруссии.');
    expect(two.filter((fact) => /PARTICIPATES_IN belarus → (?:search|echelon)/.test(fact))).toEqual([]);
  });
});
