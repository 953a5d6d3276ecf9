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
