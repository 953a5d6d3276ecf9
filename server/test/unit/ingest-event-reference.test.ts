import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

const facts = (text: string, published = '2025-11-27') => extract(text, { gazetteer: cstoGazetteer, published }).proposals.map(describeFact);

describe('ingest: "the summit", "the drills", «учения» as the event the article named last', () => {
  it('reads a meeting word as the session named before, in English and Russian', () => {
    expect(facts('Leaders gathered for the Bishkek CSTO summit 2025 on Thursday.\n\nThe summit took place in the Ala-Archa residence outside Bishkek.')).toContain(
      'HELD_IN bishkek-session-2025 → bishkek',
    );
    expect(facts('Лидеры собрались на сессию СКБ ОДКБ в Бишкеке.\n\nСаммит прошёл в Бишкеке при закрытых дверях.')).toContain('HELD_IN bishkek-session-2025 → bishkek');
  });

  it('reads an exercise word as the exercise named before, in English and Russian', () => {
    expect(facts('The Echelon exercise opened on Monday.\n\nKazakhstan and Kyrgyzstan took part in the drills, the ministry said.')).toEqual(
      expect.arrayContaining(['PARTICIPATES_IN kazakhstan → echelon', 'PARTICIPATES_IN kyrgyzstan → echelon']),
    );
    expect(facts('Учения «Эшелон» открылись в понедельник.\n\nВ учениях приняли участие Казахстан и Киргизия.')).toEqual(
      expect.arrayContaining(['PARTICIPATES_IN kazakhstan → echelon', 'PARTICIPATES_IN kyrgyzstan → echelon']),
    );
  });

  it('gives nothing when two events of the kind are in play, for a meeting to come, or for a meeting word of the other kind', () => {
    // Two exercises named together: "the drills" could be either.
    const two = facts('The Echelon and Search exercises opened on Monday.\n\nKazakhstan took part in the drills, the ministry said.');
    expect(two.filter((fact) => /→ (?:echelon|search)$/.test(fact))).toEqual([]);
    const twoRu = facts('Учения «Эшелон» и «Поиск» открылись в понедельник.\n\nВ учениях приняли участие Казахстан и Киргизия.');
    expect(twoRu.filter((fact) => /→ (?:echelon|search)$/.test(fact))).toEqual([]);
    // The next summit, «очередной саммит», a similar exercise, next year's: other events.
    expect(facts('Leaders met at the Bishkek CSTO summit 2025.\n\nThe next summit will take place in Moscow.')).not.toContain('HELD_IN bishkek-session-2025 → moscow');
    expect(facts('Лидеры собрались на сессию СКБ ОДКБ в Бишкеке.\n\nОчередной саммит пройдёт в Москве.')).not.toContain('HELD_IN bishkek-session-2025 → moscow');
    expect(facts('Учения «Эшелон» открылись в понедельник.\n\nАналогичное учение пройдёт в Таджикистане.').filter((fact) => /echelon/.test(fact))).toEqual([]);
    expect(facts('The Echelon exercise opened on Monday.\n\nNext year the drills will be held in Tajikistan.').filter((fact) => /echelon/.test(fact))).toEqual([]);
    // An exercise is not a summit: "the summit" after an exercise alone names nothing.
    expect(facts('The Echelon exercise opened on Monday.\n\nThe summit took place in Minsk.').filter((fact) => /echelon/.test(fact))).toEqual([]);
    // "a summit", "the session of the Council": not the one named.
    expect(facts('Leaders met at the Bishkek CSTO summit 2025.\n\nArmenia hosted a summit in Yerevan.').filter((fact) => /bishkek-session/.test(fact) && /yerevan/.test(fact))).toEqual([]);
  });
});
