import { proposedOfType } from '../support/ingest';

const members = (text: string) => proposedOfType('MEMBER_OF', text, '2026-11-20');
const lead = 'The Collective Security Treaty Organization met in Minsk on Monday.\n\n';
const leadRu = 'Организация Договора о коллективной безопасности провела встречу в Минске.\n\n';

describe('ingest: a leader freezing his country\'s participation, the state his known post gives', () => {
  it('reads "his country\'s participation" and "announced that his country had frozen its participation" (English)', () => {
    expect(members(`${lead}In March 2023 Nikol Pashinyan froze his country's participation in the alliance.`)).toEqual([
      'MEMBER_OF armenia → csto 2023-03.. {participation frozen}',
    ]);
    expect(members(`${lead}Nikol Pashinyan announced in May 2023 that his country had frozen its participation.`)).toEqual([
      'MEMBER_OF armenia → csto 2023-05.. {participation frozen}',
    ]);
  });

  it('reads «объявил о «заморозке» участия» with the organization left out (Russian)', () => {
    expect(members(`${leadRu}Делегаты не приезжают с марта 2023 года, когда Никол Пашинян объявил о «заморозке» участия в блоке.`)).toEqual([
      'MEMBER_OF armenia → csto 2023-03.. {participation frozen}',
    ]);
  });

  it('leaves another thing frozen, and a person the graph knows no state of', () => {
    expect(members(`${lead}Nikol Pashinyan froze his country's budget in 2023.`)).toEqual([]);
    expect(members(`${leadRu}Никол Пашинян объявил о заморозке цен.`)).toEqual([]);
    expect(members(`${lead}Taalatbek Masadykov froze his country's participation in 2023.`)).toEqual([]);
  });
});
