import { proposalEndsReader } from '../support/ingest';

/** Round 22, posts: sentences written for these tests, not taken from the corpus. */
const { only } = proposalEndsReader('2026-12-10');
const posts = (text: string) => only(text, 'HOLDS_POSITION');

describe('ingest: an official named by his post alone (unnamed-officials.ts)', () => {
  it('reads a state possessive or demonym before the post, whatever the verb', () => {
    expect(posts("Belarus's defence minister opened the drills near Brest.")).toContain('HOLDS_POSITION ? → belarus');
    expect(posts('The Kyrgyz foreign minister will travel to Dushanbe next week.')).toContain('HOLDS_POSITION ? → kyrgyzstan');
    expect(posts("Tajikistan's ambassador to Moscow handed over the note on Friday.")).toContain('HOLDS_POSITION ? → tajikistan');
  });

  it('reads the state after the post: "of X", an officer of the state\'s institution, a ministry\'s spokesperson', () => {
    expect(posts('The permanent representative of Kazakhstan told the council that Astana agreed.')).toContain('HOLDS_POSITION ? → kazakhstan');
    expect(posts("The secretary of Armenia's Security Council confirmed that nobody was sent.")).toContain('HOLDS_POSITION ? → armenia');
    expect(posts('A spokeswoman for the Belarusian Defence Ministry said the units had returned.')).toContain('HOLDS_POSITION ? → belarus');
  });

  it('reads the Russian genitive after the post and the adjective before it', () => {
    expect(posts('Доклад о ходе учений представил министр обороны Киргизии.')).toContain('HOLDS_POSITION ? → kyrgyzstan');
    expect(posts('На церемонии выступил посол Казахстана в Таджикистане.')).toContain('HOLDS_POSITION ? → kazakhstan');
    expect(posts('Заявление зачитал постоянный представитель Белоруссии при ОДКБ.')).toContain('HOLDS_POSITION ? → belarus');
    expect(posts('Таджикский министр обороны принял делегацию.')).toContain('HOLDS_POSITION ? → tajikistan');
  });

  it('reads the presidency named by its seat, with its holder when he is named', () => {
    expect(posts('A Kremlin spokesman declined to say whether the summit would be moved.')).toContain('HOLDS_POSITION ? → russia');
    expect(posts('Kremlin aide Ivan Petrenko said the documents were ready.')).toContain('HOLDS_POSITION ? → russia');
    expect(posts("The Kremlin's press secretary, Ivan Petrenko, said the door was open.")).toContain('HOLDS_POSITION ? → russia');
    expect(posts('Об этом журналистам сообщил пресс-секретарь Кремля Иван Петренко.')).toContain('HOLDS_POSITION ? → russia');
  });

  it('leaves a former holder, the post itself, a plural, a question and a named holder to the rules', () => {
    expect(posts("The former Kazakh defence minister now teaches in Almaty.")).not.toContain('HOLDS_POSITION ? → kazakhstan');
    expect(posts("He was offered the post of Kyrgyzstan's ambassador to Minsk.")).toEqual([]);
    expect(posts('Министры обороны Армении и Белоруссии обсудили план.')).toEqual([]);
    expect(posts("Will Belarus's defence minister attend the session?")).toEqual([]);
    expect(posts('Рассматривается кандидатура посла России в Армении.')).toEqual([]);
    // Named: one fact, the rules', not a second unnamed one.
    expect(posts("Belarus's defence minister, Ivan Petrenko, opened the drills.")).toEqual(['HOLDS_POSITION ? → belarus']);
    expect(posts('Министр обороны Киргизии Иван Петренко представил доклад.')).toEqual(['HOLDS_POSITION ? → kyrgyzstan']);
  });

  it('proposes one post of a state once in an article', () => {
    expect(posts("Tajikistan's defence minister arrived on Monday. On Tuesday Tajikistan's defence minister inspected the range.")).toEqual(['HOLDS_POSITION ? → tajikistan']);
  });
});
