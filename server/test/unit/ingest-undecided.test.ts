import { extract } from '../../src/ingest/extract';
import { undecidedPlan } from '../../src/ingest/undecided';
import { cstoGazetteer, describeFact } from '../support/ingest';

const facts = (text: string) => extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' }).proposals.map(describeFact);

describe('ingest undecided: a plan the sentence says is not decided states no fact', () => {
  it('voids a plan left open in a later clause, in both languages', () => {
    expect(facts('Belarus is expected to host the Search drills again next year, but no decision has been taken yet.')).toEqual([]);
    expect(facts('Предварительно учение «Поиск» пройдёт в Киргизии, но окончательных решений пока нет.')).toEqual([]);
    expect(facts('В кулуарах обсуждается вариант, при котором председательство перейдёт к Армении, но официально такое предложение никто не вносил.')).toEqual([]);
    expect(facts('Решения о проведении в республике учения «Эшелон» пока нет, сообщил министр.')).toEqual([]);
  });

  it('keeps the same plans where nothing voids them', () => {
    expect(facts('The Search drills will be held in Kyrgyzstan in 2027.')).toEqual(['HELD_IN search → kyrgyzstan 2027..2027']);
    expect(facts('Учение «Эшелон» пройдёт в Белоруссии в 2027 году.')).toEqual(['HELD_IN echelon → belarus 2027..2027']);
  });

  it('keeps a past event and a chairmanship said in an aside of such a sentence', () => {
    expect(facts('The defence ministers met in Minsk on 3 March, but no decision on the budget was taken.')).toEqual(['HELD_IN "ministers" → minsk 2026-03-03..2026-03-03']);
    expect(facts('Kazakhstan, which chairs the CSTO this year, has offered to host the Echelon drills, but nothing has been decided.')).toEqual(['CHAIRS kazakhstan → csto 2026..2026 [chair]']);
  });

  it('tells a plan left open from a decided one', () => {
    expect(undecidedPlan('The summit will be held in Minsk, but no final decision has been made.')).toBe(true);
    expect(undecidedPlan('The summit will be held in Minsk, the leaders decided.')).toBe(false);
    expect(undecidedPlan('Никаких договорённостей о новых учениях достигнуто не было.')).toBe(true);
  });
});
