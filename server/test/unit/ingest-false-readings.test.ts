import { extract } from '../../src/ingest/extract';
import { observerClauses } from '../../src/ingest/observers';
import { undecidedPlan } from '../../src/ingest/undecided';
import { cstoGazetteer, describeFact } from '../support/ingest';

const facts = (text: string, types?: string[]) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.filter((fact) => !types || types.includes(fact.type))
    .map(describeFact);

describe('ingest false readings (round 16): plans left open or dropped', () => {
  it('voids a plan whose date, place or decision the sentence says is still open', () => {
    expect(facts('Kyrgyz officers are expected to join the Search exercise in Belarus next year, but no decision on the number of troops has been taken.')).toEqual([]);
    expect(facts('The foreign ministers are expected to meet in Minsk in the spring, though no date has been announced.')).toEqual([]);
    expect(facts('The Echelon drills will be held in Kazakhstan next year, although the ministers are still discussing when.')).toEqual([]);
    expect(facts('Учение «Рубеж» пройдёт в Киргизии в 2027 году, окончательно этот вопрос решит Совет министров обороны.')).toEqual([]);
  });

  it('keeps the same plans where the sentence decides them', () => {
    expect(facts('Kyrgyz officers will join the Search exercise in Belarus next year.')).toEqual(['HELD_IN search → belarus 2027..2027']);
    expect(facts('The foreign ministers will meet in Minsk in the spring.')).toEqual(['HELD_IN "ministers" → minsk 2027..2027']);
    expect(facts('Учение «Рубеж» пройдёт в Киргизии в 2027 году, это решил Совет министров обороны.')).toEqual(['HELD_IN rubezh → kyrgyzstan 2027..2027']);
  });

  it('keeps a past event said in a clause before the plan left open', () => {
    expect(facts('The Collective Rapid Reaction Forces held the Interaction exercise in Belarus last year, and officers expect the next edition to be staged in Kazakhstan, though no venue has been announced.')).toEqual([
      'HELD_IN interaction → belarus 2025..2025',
      'CONDUCTS collective-rapid-reaction-forces → interaction 2025..2025',
    ]);
  });

  it('voids the venue of a plan that was dropped or moved, not a venue that stood', () => {
    expect(facts('An idea floated by Kazakhstan to hold the Rubezh exercise in Armenia was quietly dropped.')).toEqual([]);
    expect(facts('The Joint Staff had planned to hold the Echelon exercise in Kazakhstan, but it was moved to Russia in October.')).toEqual([]);
    expect(facts('The Joint Staff held the Echelon exercise in Kazakhstan, but the final stage was moved to Russia in October.')).toEqual(['HELD_IN echelon → kazakhstan 2026-10..2026-10']);
    expect(undecidedPlan('Учение «Эшелон» планировали провести в Казахстане, но его перенесли в Россию.')).toBe(true);
    expect(undecidedPlan('Учение «Эшелон» прошло в Казахстане, но его финал перенесли в Россию.')).toBe(false);
  });
});

describe('ingest false readings (round 16): observers do not take part', () => {
  it('drops the party of the clause that names observers, in both languages', () => {
    expect(facts('В учении «Поиск» участвовали подразделения Казахстана и России, Сербия направила наблюдателей.')).toEqual([
      'PARTICIPATES_IN kazakhstan → search',
      'PARTICIPATES_IN russia → search',
    ]);
    expect(facts('Representatives of Uzbekistan attended the Rubezh exercise as observers.')).toEqual([]);
    expect(facts('Uzbekistan, which left the bloc in 2012, sent observers to the Rubezh exercise.')).toEqual([]);
  });

  it('keeps troops, and troops sent beside observers', () => {
    expect(facts('Uzbekistan sent troops to the Rubezh exercise.')).toEqual(['PARTICIPATES_IN uzbekistan → rubezh']);
    expect(facts('Kazakhstan sent a battalion and observers to the Rubezh exercise.')).toEqual(['PARTICIPATES_IN kazakhstan → rubezh']);
    expect(facts('Kazakhstan sent a battalion to the Rubezh exercise, and Serbia sent observers.')).toEqual(['PARTICIPATES_IN kazakhstan → rubezh']);
    expect(observerClauses('Kazakh and Russian units took part, while Serbia sent observers.')).toEqual([' Serbia sent observers.']);
  });
});

describe('ingest false readings (round 16): wrong ends', () => {
  it('a source the sentence cites is not the one who acted', () => {
    expect(facts('По данным Секретариата ОДКБ, учение «Поиск» проведено в 2026 году.', ['CONDUCTS'])).toEqual([]);
    expect(facts('По данным Секретариата ОДКБ, в 2026 году Объединённый штаб провёл учение «Поиск».', ['CONDUCTS'])).toEqual([]);
  });

  it('the chair of a session of a council chairs the session; of the council, the council', () => {
    expect(facts('The session of the Collective Security Council was chaired by Russian President Vladimir Putin.', ['CHAIRS'])).toEqual([
      'CHAIRS vladimir-putin → "session of the Collective Security Council" [chair]',
    ]);
    expect(facts('The Collective Security Council was chaired by Russian President Vladimir Putin.', ['CHAIRS'])).toEqual(['CHAIRS vladimir-putin → collective-security-council [chair]']);
  });

  it('"Its" at the head of a sentence takes up the organization the sentence before opened with, else the one named last', () => {
    expect(facts('The CSTO was founded in 2002 on the basis of the Collective Security Treaty. Its members are Armenia, Belarus and Russia.', ['MEMBER_OF'])).toEqual([
      'MEMBER_OF armenia → csto',
      'MEMBER_OF belarus → csto',
      'MEMBER_OF russia → csto',
    ]);
    expect(facts('Armenia and Belarus signed the Collective Security Treaty in 1992. Its members are Armenia, Belarus and Russia.', ['MEMBER_OF'])).toContain('MEMBER_OF russia → collective-security-treaty');
  });

  it('one person at a meeting without a name on one day, said twice, is one attendance', () => {
    const text =
      'Президент Казахстана Касым-Жомарт Токаев принял участие в сессии Совета коллективной безопасности 11 ноября в Москве.\n\nВ ней приняли участие Президент Беларуси Александр Лукашенко и Президент Казахстана Касым-Жомарт Токаев.';
    expect(facts(text, ['ATTENDED'])).toEqual([
      'ATTENDED kassym-jomart-tokayev → "сессии Совета коллективной безопасности" 2026-11-11..2026-11-11',
      'ATTENDED alexander-lukashenko → "сессии Совета коллективной безопасности" 2026-11-11..2026-11-11',
    ]);
  });
});
