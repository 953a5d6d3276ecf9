import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

/** The ADOPTED_AT and HELD_IN facts of a text. */
const adopted = (text: string) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.filter((fact) => fact.type === 'ADOPTED_AT' || fact.type === 'HELD_IN')
    .map(describeFact);

describe('ingest: where a meeting adopted documents (round 16b)', () => {
  it('reads "the programme, which the leaders adopted at their summit" as the programme named before', () => {
    expect(adopted('Kazakhstan pays into the Interstate targeted programme to strengthen the Tajik-Afghan border. Dushanbe runs the border programme, which the heads of state adopted at their summit in Minsk in 2023.')).toContain(
      'ADOPTED_AT tajik-afghan-border-programme → "summit" 2023..',
    );
    expect(adopted('Kazakhstan pays into the Interstate targeted programme to strengthen the Tajik-Afghan border. Few remember the programme, approved at a session in Minsk in 2023.')).toContain(
      'ADOPTED_AT tajik-afghan-border-programme → "session" 2023..',
    );
  });

  it('gives no programme to "the programme" when the article names none, or to a new one', () => {
    expect(adopted('Belarus welcomed the programme, adopted at the Minsk session last year.').filter((fact) => fact.startsWith('ADOPTED_AT'))).toEqual([]);
    expect(adopted('Kazakhstan pays into the Interstate targeted programme to strengthen the Tajik-Afghan border. The new programme, which the ministers adopted at their meeting in Minsk, is another.').filter((fact) => fact.startsWith('ADOPTED_AT'))).toEqual([]);
  });

  it('reads «Программу лидеры утвердили в Астане»: the document first, its signers, then the verb and the city', () => {
    expect(adopted('Договор о коллективной безопасности главы шести государств подписали в мае 1992 года в Ташкенте.')).toEqual([
      'HELD_IN "подписали" → tashkent 1992-05..1992-05',
      'ADOPTED_AT collective-security-treaty → "в Ташкенте" 1992-05..',
    ]);
    expect(adopted('Программу укрепления таджикско-афганской границы лидеры не утвердили в Астане.')).toEqual([]);
    expect(adopted('Программу укрепления таджикско-афганской границы лидеры обсуждали в Астане.')).toEqual([]);
  });

  it('takes a date inside the meeting\'s words for that meeting\'s: "At its 12 May summit in Minsk, the bloc adopted …"', () => {
    expect(adopted('At its 12 May summit in Minsk, the Collective Security Treaty Organization (CSTO) adopted a declaration on terrorism and a plan to enlarge its Collective Rapid Reaction Forces.').filter((fact) => fact.startsWith('ADOPTED_AT'))).toEqual([
      'ADOPTED_AT "declaration on terrorism" → "12 May summit"',
      'ADOPTED_AT "plan to enlarge its Collective Rapid Reaction Forces" → "12 May summit"',
    ]);
    // A date of the clause outside a meeting's words is still another occasion's.
    expect(adopted('The CSTO summit opened in Minsk on 12 May. In 2019 the ministers approved a declaration on terrorism.').filter((fact) => fact.startsWith('ADOPTED_AT'))).toEqual([]);
  });

  it('reads "a decision to …" in a list of documents adopted, and not a Russian «решение», which says what was decided', () => {
    expect(adopted('The CSTO summit opened in Minsk on 12 May. The presidents signed seven documents, among them a decision to open a cyber centre and a statement on Afghanistan.').filter((fact) => fact.startsWith('ADOPTED_AT'))).toEqual([
      'ADOPTED_AT "decision to open a cyber centre" → "CSTO summit" 2026-05-12..',
      'ADOPTED_AT "statement on Afghanistan" → "CSTO summit" 2026-05-12..',
    ]);
    expect(adopted('Саммит ОДКБ открылся в Минске 12 мая. Лидеры приняли решение перенести учения.').filter((fact) => fact.startsWith('ADOPTED_AT'))).toEqual([]);
  });

  it('reads a body that met in the same sentence as where it adopted the documents: "The Council, which met in Minsk on 10 May, approved …"', () => {
    expect(adopted('The Council of Defence Ministers, which met in Minsk on 10 May, approved a budget.')).toEqual([
      'HELD_IN "Council of Defence Ministers, which met" → minsk 2026-05-10..2026-05-10',
      'ADOPTED_AT "budget" → "Council of Defence Ministers, which met" 2026-05-10..',
    ]);
    // After another clause's dated event: the meeting nearest before the verb, its own date.
    expect(adopted('A drill was held in Armenia in March, and the Council of Defence Ministers, which met in Minsk on 10 May, approved the plan of joint exercises for 2027.').filter((fact) => fact.startsWith('ADOPTED_AT'))).toEqual([
      'ADOPTED_AT "plan of joint exercises for 2027" → "Council of Defence Ministers, which met" 2026-05-10..',
    ]);
    expect(adopted('The Council of Defence Ministers, which met in Minsk on 10 May, did not approve the budget.').filter((fact) => fact.startsWith('ADOPTED_AT'))).toEqual([]);
  });
});
