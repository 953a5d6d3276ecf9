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
    expect(posts('The spokeswoman for the Belarusian Defence Ministry said the units had returned.')).toContain('HOLDS_POSITION ? → belarus');
  });

  it('reads the Russian genitive after the post and the adjective before it', () => {
    expect(posts('Доклад о ходе учений представил министр обороны Киргизии.')).toContain('HOLDS_POSITION ? → kyrgyzstan');
    expect(posts('На церемонии выступил посол Казахстана в Таджикистане.')).toContain('HOLDS_POSITION ? → kazakhstan');
    expect(posts('Заявление зачитал постоянный представитель Белоруссии при ОДКБ.')).toContain('HOLDS_POSITION ? → belarus');
    expect(posts('Таджикский министр обороны принял делегацию.')).toContain('HOLDS_POSITION ? → tajikistan');
  });

  it('reads the presidency named by its seat, with its holder when he is named', () => {
    expect(posts('The Kremlin spokesman declined to say whether the summit would be moved.')).toContain('HOLDS_POSITION ? → russia');
    expect(posts('Kremlin aide Ivan Petrenko said the documents were ready.')).toContain('HOLDS_POSITION ? → russia');
    expect(posts("The Kremlin's press secretary, Ivan Petrenko, said the door was open.")).toContain('HOLDS_POSITION ? → russia');
    expect(posts('Об этом журналистам сообщил пресс-секретарь Кремля Иван Петренко.')).toContain('HOLDS_POSITION ? → russia');
  });

  it('leaves a former holder, the post itself, a plural, a question and a named holder to the rules', () => {
    expect(posts("The former Kazakh defence minister now teaches in Almaty.")).not.toContain('HOLDS_POSITION ? → kazakhstan');
    expect(posts("He was offered the post of Kyrgyzstan's ambassador to Minsk.")).toEqual([]);
    expect(posts('Министры обороны Армении и Белоруссии обсудили план.')).toEqual([]);
    expect(posts("Will Belarus's defence minister attend the session?")).toEqual([]);
    expect(posts("Kyrgyzstan's ambassador did not attend the reception.")).toEqual([]);
    expect(posts('Рассматривается кандидатура посла России в Армении.')).toEqual([]);
    // An anonymous source, a hedge, a dossier's line, a predicate of a named subject.
    expect(posts('A Kremlin aide, speaking on condition of anonymity, said the date was set.')).toEqual([]);
    expect(posts('Приехать на учения может министр обороны Казахстана.')).toEqual([]);
    expect(posts('2016–2019 — заместитель министра обороны Армении.')).toEqual([]);
    expect(posts('Её назначили заместителем министра иностранных дел Киргизии.')).toEqual([]);
    expect(posts('После Таджикистана слово взяла Армения.')).toEqual([]);
    // Named: one fact, the rules', not a second unnamed one.
    expect(posts("Belarus's defence minister, Ivan Petrenko, opened the drills.")).toEqual(['HOLDS_POSITION ? → belarus']);
    expect(posts('Министр обороны Киргизии Иван Петренко представил доклад.')).toEqual(['HOLDS_POSITION ? → kyrgyzstan']);
  });

  it('proposes one post of a state once in an article', () => {
    expect(posts("Tajikistan's defence minister arrived on Monday. On Tuesday Tajikistan's defence minister inspected the range.")).toEqual(['HOLDS_POSITION ? → tajikistan']);
  });
});

const successions = (text: string) => only(text, 'SUCCEEDED_BY');

describe('ingest: a succession read by its frame (succession-frame.ts)', () => {
  it('reads the successor as the subject of a verb of taking the place, the predecessor as its object', () => {
    expect(successions('In March Stanislav Zas replaced the veteran Kazakh diplomat Nikolai Bordyuzha at the head of the staff.')).toContain('SUCCEEDED_BY nikolai-bordyuzha → stanislav-zas');
    expect(successions('Yuri Khachaturov of Armenia succeeds Nikolai Bordyuzha of Russia in the post next month.')).toContain('SUCCEEDED_BY nikolai-bordyuzha → yuri-khachaturov');
    expect(successions('Весной Станислав Зась сменил на этом посту генерала Юрия Хачатурова.')).toContain('SUCCEEDED_BY yuri-khachaturov → stanislav-zas');
  });

  it('reads a participle or a relative clause as the nearest person\'s, and a pronoun or no subject as the person in focus', () => {
    expect(successions('Станислав Зась, сменивший Юрия Хачатурова, выступил первым.')).toContain('SUCCEEDED_BY yuri-khachaturov → stanislav-zas');
    expect(successions('Stanislav Zas, a Belarusian general who replaced Yuri Khachaturov, spoke first.')).toContain('SUCCEEDED_BY yuri-khachaturov → stanislav-zas');
    expect(successions('Иван Петров возглавил штаб в мае, сменив генерала Олега Сидоренко.')).toContain('SUCCEEDED_BY ? → ?');
    // A pronoun's person is left open: the one named before may be who appointed him.
    expect(successions('Указ подписал Кассым-Жомарт Токаев. На этом посту он сменил Юрия Хачатурова.')).toEqual([]);
  });

  it('reads the predecessor first ("was succeeded by", «передал пост») and the nouns of succession about the person in focus', () => {
    expect(successions('Nikolai Bordyuzha was succeeded by Yuri Khachaturov in 2017.')).toContain('SUCCEEDED_BY nikolai-bordyuzha → yuri-khachaturov');
    expect(successions('Станислав Зась руководил Секретариатом три года. Его преемником стал Имангали Тасмагамбетов.')).toContain('SUCCEEDED_BY stanislav-zas → imangali-tasmagambetov');
    expect(successions('Imangali Tasmagambetov took office in 2023. His predecessor was Stanislav Zas.')).toContain('SUCCEEDED_BY stanislav-zas → imangali-tasmagambetov');
  });

  it('does not read a negated or modal succession, a question, or a verb with no person as its object', () => {
    expect(successions('Stanislav Zas may replace Yuri Khachaturov next year.')).not.toContain('SUCCEEDED_BY yuri-khachaturov → stanislav-zas');
    expect(successions('Станислав Зась не сменит Юрия Хачатурова.')).not.toContain('SUCCEEDED_BY yuri-khachaturov → stanislav-zas');
    expect(successions('Станислав Зась должен сменить Юрия Хачатурова.')).toEqual([]);
    expect(successions('Will Stanislav Zas replace Yuri Khachaturov?')).toEqual([]);
    expect(successions('The new plan replaced the old one, Stanislav Zas said.')).toEqual([]);
  });
});
