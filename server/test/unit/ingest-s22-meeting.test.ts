import { proposalEndsReader } from '../support/ingest';

const { only } = proposalEndsReader('2026-12-05');
const adopted = (text: string) => only(text, 'ADOPTED_AT');

describe('ingest: a document by its common noun, then a participle of adopting that places it (adopted-participle.ts)', () => {
  it('reads the Russian participle with a meeting after it, in any case of the noun', () => {
    expect(adopted('Финансирование идёт по графику, согласованному на заседании комиссии в Бишкеке.')).toEqual(['ADOPTED_AT ? → ?']);
    expect(adopted('Расходы растут: бюджет на следующий год, принятый на осенней сессии, больше прежнего на десятую часть.')).toEqual(['ADOPTED_AT ? → ?']);
  });

  it('reads the Russian participle with an agent or a day and no meeting noun, at the meeting named before', () => {
    expect(adopted('Совет провёл заседание в Минске. Бюджет, одобренный советом в Минске, вырос на десятую часть.')).toEqual(['ADOPTED_AT ? → ?']);
    expect(adopted('Комиссия провела заседание в Минске. Перечень закупок, утверждённый комиссией в Минске, включает беспилотники.')).toEqual(['ADOPTED_AT ? → ?']);
  });

  it('reads the English reduced relative with a meeting, an agent or a day', () => {
    expect(adopted('Spending rises under the budget for next year, approved by the leaders at the autumn summit.')).toEqual(['ADOPTED_AT ? → ?']);
    expect(adopted('The defence ministers met in Minsk on Tuesday. Under the calendar adopted on Tuesday, two drills move to the south.')).toEqual(['ADOPTED_AT ? → ?']);
    expect(adopted('The commission held its meeting in Minsk. Deliveries follow a schedule endorsed by the commission in Minsk.')).toEqual(['ADOPTED_AT ? → ?']);
  });

  it('reads nothing for a draft, a denial, a plan still to be adopted, a decree or a bare attribute', () => {
    expect(adopted('Проект плана, одобренный экспертами 3 декабря, ещё обсуждается.')).toEqual([]);
    expect(adopted('Бюджет, не утверждённый на сессии, вернули на доработку.')).toEqual([]);
    expect(adopted('Программа, утверждённая указом президента 3 декабря, действует до 2030 года.')).toEqual([]);
    expect(adopted('Утверждённый план никто не менял.')).toEqual([]);
    expect(adopted('The budget, not yet approved by the ministers, was sent back.')).toEqual([]);
    expect(adopted('A draft declaration approved on Tuesday by the experts goes to the leaders.')).toEqual([]);
    expect(adopted('The plan still to be approved at the summit names no venue.')).toEqual([]);
  });
});
