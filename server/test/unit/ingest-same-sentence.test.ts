import { describeFact, extractFrom } from '../support/ingest';

/**
 * Facts whose two known ends one sentence names, in constructions beside the verb (round 14, SAME): sentences
 * written for the test, not taken from the corpus.
 */
const published = '2026-12-10';
const facts = (text: string) => extractFrom(text, published).proposals.map(describeFact);
const only = (pattern: RegExp) => (text: string) => facts(text).filter((fact) => pattern.test(fact));

describe('ingest: a succession past words that only describe the successor', () => {
  const successions = only(/^SUCCEEDED_BY /);

  it('reads "X of Kyrgyzstan, who succeeded Y" and "X, a former United Nations envoy, …, replacing Y"', () => {
    expect(successions('The CSTO met in Minsk. The Secretariat is run by Stanislav Zas of Belarus, who succeeded Yuri Khachaturov.')).toEqual([
      'SUCCEEDED_BY yuri-khachaturov → stanislav-zas',
    ]);
    expect(successions('The CSTO met in Minsk. Stanislav Zas, a former United Nations envoy, took office in January 2020, replacing Yuri Khachaturov.')).toEqual([
      'SUCCEEDED_BY yuri-khachaturov → stanislav-zas 2020-01..',
    ]);
  });

  it('reads «X (Белоруссия), сменивший Y» and a date between the verb and its object, «сменивший в январе Y»', () => {
    expect(successions('ОДКБ собралась в Минске. Генсеком стал Станислав Зась (Белоруссия), сменивший на этом посту Юрия Хачатурова.')).toEqual([
      'SUCCEEDED_BY yuri-khachaturov → stanislav-zas',
    ]);
    expect(successions('ОДКБ собралась в Минске. Генсек Станислав Зась, сменивший в январе 2020 года Юрия Хачатурова, посетил Ереван.')).toEqual([
      'SUCCEEDED_BY yuri-khachaturov → stanislav-zas 2020-01..',
    ]);
  });

  it('gives nothing where the succession is denied, past the same descriptions', () => {
    expect(successions('The CSTO met in Minsk. Stanislav Zas of Belarus did not succeed Yuri Khachaturov.')).toEqual([]);
    expect(successions('ОДКБ собралась в Минске. Станислав Зась (Белоруссия) не сменил Юрия Хачатурова.')).toEqual([]);
  });
});

describe('ingest: a post in apposition, described with an article, "then" or «бывший»', () => {
  const posts = only(/^(?:HOLDS_POSITION|HEADS) /);

  it('reads "X, a former prime minister of Kazakhstan," and "X, 58, then prime minister of Russia," without the sentence\'s dates', () => {
    expect(posts('The CSTO met in Minsk in 2026. Imangali Tasmagambetov, a former prime minister of Kazakhstan, spoke first.')).toEqual([
      'HOLDS_POSITION imangali-tasmagambetov → kazakhstan [Prime Minister]',
    ]);
    expect(posts('The CSTO met in Minsk. Vladimir Putin, 58, then prime minister of Russia, signed the agreement in 2010.')).toEqual([
      'HOLDS_POSITION vladimir-putin → russia [Prime Minister]',
    ]);
  });

  it('reads a post in a state\'s service as a post in that state, dated where a verb of the post gives its years', () => {
    expect(posts('The CSTO met in Minsk. Andrey Serdyukov, a former commander of Russia\'s paratroopers, attended.')).toContain('HOLDS_POSITION andrey-serdyukov → russia [Commander]');
    expect(posts('The CSTO met in Minsk. Andrey Serdyukov, who commanded Russia\'s paratroopers from 2016 to 2022, attended.')).toContain(
      'HOLDS_POSITION andrey-serdyukov → russia 2016..2022 [Commander]',
    );
  });

  it('still passes the organization\'s post on to the predecessor a past post in a state describes', () => {
    expect(posts('The CSTO met in Minsk. Stanislav Zas took over as Secretary-General in January 2020, succeeding Imangali Tasmagambetov, a former prime minister of Kazakhstan.')).toEqual([
      'HOLDS_POSITION stanislav-zas → csto 2020-01.. [Secretary-General]',
      'HOLDS_POSITION imangali-tasmagambetov → kazakhstan [Prime Minister]',
      'HOLDS_POSITION imangali-tasmagambetov → csto ..2020-01 [Secretary-General]',
    ]);
  });

  it('reads an acting head of a body as its head', () => {
    expect(posts('The CSTO met in Minsk. Andrey Serdyukov, a former acting head of the CSTO Joint Staff, attended.')).toEqual(['HEADS andrey-serdyukov → csto-joint-staff [Head (acting)]']);
  });

  it('reads «X, бывший премьер-министр Казахстана, …»', () => {
    expect(posts('ОДКБ собралась в Минске. Имангали Тасмагамбетов, бывший премьер-министр Казахстана, выступил первым.')).toEqual([
      'HOLDS_POSITION imangali-tasmagambetov → kazakhstan [Prime Minister]',
    ]);
  });

  it('gives nothing for a description that is no apposition, a post with no state, or a command denied', () => {
    expect(posts('The CSTO met in Minsk. Andrey Serdyukov met a former prime minister of Kazakhstan.')).toEqual([]);
    expect(posts('ОДКБ собралась в Минске. Имангали Тасмагамбетов, бывший премьер-министр, выступил первым.')).toEqual([]);
    expect(posts('The CSTO met in Minsk. Andrey Serdyukov, who never commanded Russia\'s paratroopers, attended.')).toEqual([]);
  });
});
