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
      // Dated by the day the sentence naming the exercise gave (event-dates.ts, eventAnchors).
      expect.arrayContaining(['PARTICIPATES_IN kazakhstan → echelon 2025-11-24..', 'PARTICIPATES_IN kyrgyzstan → echelon 2025-11-24..']),
    );
    expect(facts('Учения «Эшелон» открылись в понедельник.\n\nВ учениях приняли участие Казахстан и Киргизия.')).toEqual(
      expect.arrayContaining(['PARTICIPATES_IN kazakhstan → echelon 2025-11-24..', 'PARTICIPATES_IN kyrgyzstan → echelon 2025-11-24..']),
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

describe('ingest: the exercise in focus, and a common noun in apposition to a named exercise', () => {
  it('reads a singular exercise noun as the exercise of the lead when others were mentioned since, in English and Russian', () => {
    const en = facts(
      'The Interaction-2028 exercise ended in Kazakhstan on Monday.\n\nThe Search and Echelon drills ran at the same time near Almaty.\n\nThe exercise was attended by Sadyr Japarov.',
      '2028-09-20',
    );
    expect(en).toEqual(expect.arrayContaining([expect.stringMatching(/^ATTENDED sadyr-japarov → interaction/)]));
    const ru = facts(
      'В Казахстане завершилось учение «Взаимодействие-2028».\n\nОдновременно прошли учения «Поиск» с силами разведки и «Эшелон».\n\nУчение посетил Садыр Жапаров.',
      '2028-09-20',
    );
    expect(ru).toEqual(expect.arrayContaining([expect.stringMatching(/^ATTENDED sadyr-japarov → interaction/)]));
  });

  it('gives nothing for a plural noun with two exercises in play, nor a singular one when the lead named two', () => {
    const plural = facts('В Казахстане завершилось учение «Взаимодействие-2028».\n\nОдновременно прошли учения «Поиск» и «Эшелон».\n\nВ учениях участвовала Россия.', '2028-09-20');
    expect(plural.filter((fact) => /PARTICIPATES_IN russia → (?:interaction|search|echelon)/.test(fact))).toEqual([]);
    const two = facts('Учения «Поиск» и «Эшелон» завершились в Казахстане.\n\nВ те же дни прошло учение «Кобальт». В учении участвовала Россия.', '2028-09-20');
    expect(two.filter((fact) => /PARTICIPATES_IN russia → (?:search|echelon|cobalt)/.test(fact))).toEqual([]);
  });

  it('reads "last year the exercise" as the exercise named, and a time is not another edition', () => {
    expect(facts('The Rubezh drills will be held in Tajikistan in October. Last year the exercise was hosted by Kazakhstan.', '2026-03-01')).toContain('HOSTS kazakhstan → rubezh 2025..2025');
    // "The last exercise" is still another one.
    expect(facts('The Rubezh drills will be held in Tajikistan in October. The last exercise was hosted by Kazakhstan.', '2026-03-01')).not.toContain('HOSTS kazakhstan → rubezh');
  });

  it('takes a common noun in apposition to an exercise as that exercise, in English and Russian', () => {
    // In any order: the apposition may let the sentence's rule read the place before the exercise's own does.
    expect(facts('This year Interaction, the annual exercise of the Collective Rapid Reaction Forces, will be held in Armenia in May.', '2028-01-10').sort()).toEqual([
      // The forces' exercise: they take part in it (no verb says they conducted it).
      'HELD_IN interaction → armenia 2028-05..2028-05',
      'PARTICIPATES_IN collective-rapid-reaction-forces → interaction 2028-05..2028-05',
    ]);
    expect(facts('«Поиск» — ежегодное учение разведчиков — пройдёт в Армении в мае.', '2028-01-10')).toEqual(['HELD_IN search → armenia 2028-05..2028-05']);
    // The noun with its forces, then its name: the name.
    expect(facts('В Казахстане завершилось совместное учение с Коллективными силами оперативного реагирования «Взаимодействие-2028».', '2028-09-20')).toContain(
      'PARTICIPATES_IN collective-rapid-reaction-forces → interaction',
    );
    expect(facts('The joint exercise of the Collective Peacekeeping Forces, "Indestructible Brotherhood-2028", ended in Armenia.', '2028-09-20')).toContain(
      'PARTICIPATES_IN collective-peacekeeping-forces → indestructible-brotherhood',
    );
    // No name after the forces: the noun stays an end without an entity.
    expect(facts('Совместное учение с Коллективными силами оперативного реагирования пройдёт в Казахстане, а учения «Поиск» — в Белоруссии.', '2028-03-01')).toContain(
      'PARTICIPATES_IN collective-rapid-reaction-forces → "Совместное учение"',
    );
    // Not an apposition: a list of two, and a clause of its own.
    expect(facts('This year Interaction, and then the annual drills of the border guards, will be held in Armenia in May.', '2028-01-10').filter((fact) => /HELD_IN interaction/.test(fact))).toEqual([]);
  });
});
