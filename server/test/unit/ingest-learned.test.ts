import { extract } from '../../src/ingest/extract';
import { pairFeatures, stem, tokens } from '../../src/ingest/learned-features';
import { committedModel, score, train, TRAINING, type Example } from '../../src/ingest/learned';
import type { RelationUnit } from '../../src/ingest/relations';
import { cstoGazetteer, describeFact } from '../support/ingest';

/** A template written by hand: each ⟦KIND#n⟧ a unit of that kind where it stands. */
function unitsOf(text: string): RelationUnit[] {
  return [...text.matchAll(/⟦(\w+)#\d+⟧/g)].map((match) => ({ kind: match[1] as RelationUnit['kind'], start: match.index, end: match.index + match[0].length }));
}

describe('ingest: the learned layer\'s features (pure)', () => {
  it('stems English and Russian words crudely, and writes slots as their kinds and numbers as a placeholder', () => {
    expect(stem('joined')).toBe(stem('joins'));
    expect(stem('exercises')).toBe('exercis');
    expect(stem('вступила')).toBe(stem('вступили'));
    expect(stem('учениях')).toBe(stem('учения'));
    expect(tokens('⟦STATE#0⟧ sent 300 troops, ⟦ORG#1⟧ said')).toEqual(['<state>', 'sent', '<num>', 'troop', ',', '<org>', 'said']);
  });

  it('describes a pair by kinds, order, the words between and around, distance, mentions between, triggers and guards, never by a name', () => {
    const text = 'Last year ⟦STATE#0⟧ formally joined ⟦ORG#1⟧ and ⟦STATE#2⟧ in ⟦DATE#3⟧.';
    const units = unitsOf(text).filter((unit) => (unit.kind as string) !== 'DATE');
    const features = pairFeatures({ text, units, from: units[0]!, to: units[1]!, language: 'en' });
    expect(features).toEqual(expect.arrayContaining([
      'bias', 'kinds:STATE>ORG:fwd', 'order:fwd', 'lang:en', 'dist:1-2', 'w:formally', 'w:join', 'ww:formally_join',
      'left:last', 'left:year', 'right:and', 'right:<state>', 'mentions:0', 'trigger:MEMBER_OF',
    ]));
    expect(features.some((feature) => feature.startsWith('guard:'))).toBe(false);
    // The other state, behind the organization: the reverse order, with a mention between and no trigger between.
    const far = pairFeatures({ text, units, from: units[2]!, to: units[1]!, language: 'en' });
    expect(far).toEqual(expect.arrayContaining(['kinds:STATE>ORG:rev', 'order:rev', 'w:and', 'dist:1-2']));
    expect(far).not.toContain('trigger:MEMBER_OF');
    // A negation and a condition are features; no entity's name or id is.
    const refused = 'If asked, ⟦STATE#0⟧ would not join ⟦ORG#1⟧.';
    const refusedUnits = unitsOf(refused);
    const guarded = pairFeatures({ text: refused, units: refusedUnits, from: refusedUnits[0]!, to: refusedUnits[1]!, language: 'en' });
    expect(guarded).toEqual(expect.arrayContaining(['guard:refused', 'guard:doubted']));
    expect(guarded.join(' ')).not.toMatch(/armenia|csto|#\d/i);
  });
});

describe('ingest: training the learned layer', () => {
  const written: Example[] = [
    { type: 'HELD_IN', features: ['bias', 'w:held', 'kinds:EVENT>PLACE:fwd'], positive: true },
    { type: 'HELD_IN', features: ['bias', 'w:held', 'w:in', 'kinds:EVENT>PLACE:fwd'], positive: true },
    { type: 'HELD_IN', features: ['bias', 'w:from', 'kinds:EVENT>PLACE:fwd'], positive: false },
    { type: 'HELD_IN', features: ['bias', 'w:troops', 'w:from', 'kinds:EVENT>PLACE:fwd'], positive: false },
    { type: 'HOSTS', features: ['bias', 'w:hosted'], positive: true },
  ];
  const options = { ...TRAINING, minimum: 2 };

  it('gives the same weights for the same examples, and learns which words state the fact', () => {
    const first = train(written, options);
    expect(train(written, options)).toEqual(first);
    expect(JSON.stringify(train(written.map((example) => ({ ...example, features: [...example.features] })), options))).toBe(JSON.stringify(first));
    expect(first.types.HELD_IN!.weights['w:held']).toBeGreaterThan(0);
    expect(first.types.HELD_IN!.weights['w:from']).toBeLessThan(0);
    expect(score(first, 'HELD_IN', ['bias', 'w:held'])).toBeGreaterThan(score(first, 'HELD_IN', ['bias', 'w:from']));
  });

  it('learns no type with too few examples of either class: one lone positive would make every pair of its kinds one', () => {
    expect(train(written, options).types.HOSTS).toBeUndefined();
    expect(score(train(written, options), 'HOSTS', ['bias', 'w:hosted'])).toBe(0);
  });
});

describe('ingest: the committed learned layer (sentences written for the test)', () => {
  const facts = (text: string, learned: boolean | 'only' = true, published = '2026-05-10') =>
    extract(text, { gazetteer: cstoGazetteer, published, learned }).proposals.map((fact) => `${describeFact(fact)}${fact.rule.startsWith('learned.') ? ' (learned)' : ''}`);

  it('loads the committed weights once, a model per type with a threshold between 0 and 1', () => {
    const model = committedModel();
    expect(committedModel()).toBe(model);
    expect(Object.keys(model.types).length).toBeGreaterThan(0);
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThan(1);
  });

  it('proposes a place of listed exercises that the rules and the relation layer miss, with the date of the sentence, in English and Russian', () => {
    const staged = 'The Interaction, Search and Echelon drills were staged on the territory of Kyrgyzstan in September.';
    expect(facts(staged)).toEqual([
      'HELD_IN interaction → kyrgyzstan 2025-09..2025-09 (learned)',
      'HELD_IN search → kyrgyzstan 2025-09..2025-09 (learned)',
      'HELD_IN echelon → kyrgyzstan 2025-09..2025-09 (learned)',
    ]);
    expect(facts('Кроме того, в сентябре учения «Поиск» и «Эшелон» прошли на полигонах Киргизии.')).toEqual([
      'HELD_IN search → kyrgyzstan 2025-09..2025-09 (learned)',
      'HELD_IN echelon → kyrgyzstan 2025-09..2025-09 (learned)',
    ]);
  });

  it('is switched off by learned: false, and runs alone with learned: "only"', () => {
    const staged = 'The Interaction, Search and Echelon drills were staged on the territory of Kyrgyzstan in September.';
    expect(facts(staged, false)).toEqual([]);
    expect(facts(staged, 'only')).toHaveLength(3);
    // Alone, it proposes none of what only the rules read.
    expect(facts('Armenia joined the CSTO in 1992.', 'only')).toEqual([]);
    expect(facts('Armenia joined the CSTO in 1992.')).toEqual(['MEMBER_OF armenia → csto 1992..']);
  });

  it('proposes nothing across a negation, a modal under a condition, a meeting not attended, or states merely listed', () => {
    expect(facts('The Search and Echelon drills did not take place on the territory of Kyrgyzstan.')).toEqual([]);
    expect(facts('If the ministers agree, the Search drills could be staged on the territory of Kazakhstan.')).toEqual([]);
    expect(facts('The Search drills were not staged on the territory of Kyrgyzstan this year, the ministry said.')).toEqual([]);
    expect(facts('Sergei Shoigu did not attend the Interaction drills.', 'only')).toEqual([]);
    expect(facts('Armenia and Azerbaijan, Kazakhstan and Belarus.')).toEqual([]);
    expect(facts('Troops from Kyrgyzstan and Kazakhstan trained for the Search drills.', 'only')).toEqual([]);
  });
});
