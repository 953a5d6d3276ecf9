import { describeFact, extractFrom } from '../support/ingest';

/** People, their posts and successions (round 13): sentences written for the test, not taken from the corpus. */
const published = '2026-12-10';
const facts = (text: string) => extractFrom(text, published).proposals.map(describeFact);
const posts = (text: string) => facts(text).filter((fact) => /^(?:HOLDS_POSITION|HEADS|SUCCEEDED_BY|CHAIRS) /.test(fact));

describe('ingest: a succession passes on the post the sentence gives the successor', () => {
  it('gives the predecessor the successor\'s stated post, until the day before the successor took it', () => {
    expect(posts('The CSTO met in Minsk. Stanislav Zas has been Secretary-General since 1 January 2020, succeeding Yuri Khachaturov.')).toEqual([
      'HOLDS_POSITION stanislav-zas → csto 2020-01-01.. [Secretary-General]',
      'SUCCEEDED_BY yuri-khachaturov → stanislav-zas 2020-01-01..',
      'HOLDS_POSITION yuri-khachaturov → csto ..2019-12-31 [Secretary-General]',
    ]);
  });

  it('reads "began his term as" a post as taking it, and gives nothing where the succession is denied', () => {
    expect(posts('The CSTO met in Minsk. Stanislav Zas, a Belarusian general, began his second term as Secretary-General, replacing Yuri Khachaturov.')).toEqual([
      'HOLDS_POSITION stanislav-zas → csto [Secretary-General]',
      'SUCCEEDED_BY yuri-khachaturov → stanislav-zas',
      'HOLDS_POSITION yuri-khachaturov → csto [Secretary-General]',
    ]);
    expect(posts('The CSTO met in Minsk. Stanislav Zas did not replace Yuri Khachaturov as Secretary-General.')).toEqual([]);
  });

  it('dates a post taken over "as the bloc\'s" title from the day the sentence gives', () => {
    expect(posts('The CSTO met. Zas took over as the bloc\'s Secretary-General on 1 January 2020.')).toEqual([
      'HOLDS_POSITION stanislav-zas → csto 2020-01-01.. [Secretary-General]',
    ]);
  });
});

describe('ingest: titles before a name', () => {
  it('reads a "First Deputy" title after a demonym, and a body\'s chairman named with "whose chairman is"', () => {
    expect(posts('The money is handled by the Interstate Commission for Military-Economic Cooperation, whose chairman is Russian First Deputy Prime Minister Denis Manturov.')).toEqual([
      'HOLDS_POSITION denis-manturov → russia [First Deputy Prime Minister]',
      'HEADS denis-manturov → icmec',
    ]);
  });

  it('reads «генсек X» with no organization as the article\'s organization\'s post, not a former one or another organization\'s', () => {
    expect(posts('ОДКБ провела сессию. Новый генеральный секретарь Станислав Зась посетил Минск.')).toEqual(['HOLDS_POSITION stanislav-zas → csto [Secretary-General]']);
    expect(posts('ОДКБ провела сессию. Бывший генсек Станислав Зась посетил Минск.')).toEqual([]);
    expect(posts('ОДКБ провела сессию. Генеральный секретарь ООН Станислав Зась посетил Минск.')).toEqual([]);
  });
});
