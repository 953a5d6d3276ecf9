import { describeFact, extractFrom } from '../support/ingest';

const facts = (text: string, published = '2026-11-12') => extractFrom(text, published).proposals.map(describeFact);

describe('ingest: a pronoun as the subject of a fact', () => {
  it('reads "It" as the state or organization the sentence before has as its subject', () => {
    expect(facts('Kazakhstan hosted the summit. It will chair the CSTO in 2027.')).toContain('CHAIRS kazakhstan → csto 2027..2027 [chair]');
    expect(facts('Uzbekistan sent no delegation to the summit. It joined the CSTO in 2006.')).toContain('MEMBER_OF uzbekistan → csto 2006..');
  });

  it('reads "Он" and "Она" as a state of the same gender named as the subject before', () => {
    expect(facts('Узбекистан не прислал делегацию. Он вступил в ОДКБ в 2006 году.')).toContain('MEMBER_OF uzbekistan → csto 2006..');
    // "Она" cannot stand for Uzbekistan: nothing is proposed for it.
    expect(facts('Узбекистан не прислал делегацию. Она вступила в ОДКБ в 2006 году.').filter((fact) => fact.includes('uzbekistan'))).toEqual([]);
    // A state named in an oblique case ("в Армении") is not the subject a pronoun stands for.
    expect(facts('В Армении прошли выборы. Она вступила в ОДКБ в 2006 году.').filter((fact) => fact.startsWith('MEMBER_OF armenia'))).toEqual([]);
  });

  it('reads "it" after a comma or "and" as the subject of the clause before', () => {
    expect(facts('Uzbekistan sent no delegation, and it left the CSTO in 2012.')).toContain('MEMBER_OF uzbekistan → csto ..2012');
  });

  it('gives nothing for an "it" that stands for no one or reports a statement', () => {
    expect(facts('The CSTO met in Minsk. It is expected that Kazakhstan will chair the organisation.').filter((fact) => fact.startsWith('CHAIRS csto'))).toEqual([]);
    expect(facts('Kazakhstan hosted the summit. It was agreed to admit Serbia as an observer.').filter((fact) => fact.includes('kazakhstan → csto'))).toEqual([]);
    expect(facts('Kazakhstan hosted the summit. It said the bloc would hold exercises in 2027.').filter((fact) => fact.startsWith('CONDUCTS kazakhstan'))).toEqual([]);
  });

  it('does not reach across a paragraph for the antecedent', () => {
    expect(facts('Kazakhstan hosted the summit.\n\nIt will chair the CSTO in 2027.').filter((fact) => fact.startsWith('CHAIRS'))).toEqual([]);
  });
});

describe('ingest: a common noun for the article\'s organization', () => {
  it('reads "the treaty organisation" and "the Russian-led bloc" as the organization the article names most', () => {
    expect(facts('The CSTO met in Minsk. Kyrgyzstan will chair the treaty organisation in 2027.')).toContain('CHAIRS kyrgyzstan → csto 2027..2027 [chair]');
    expect(facts('The CSTO met in Minsk. Belarus joined the Russian-led bloc in 1993.')).toContain('MEMBER_OF belarus → csto 1993..');
  });
});

describe('ingest: coordination', () => {
  it('gives a second verb the subject of the first ("joined … and left it …", "вступил … и вышел из неё …")', () => {
    expect(facts('Uzbekistan joined the CSTO in 2006 and left it in 2012.')).toEqual(['MEMBER_OF uzbekistan → csto 2006..', 'MEMBER_OF uzbekistan → csto ..2012']);
    expect(facts('Узбекистан вступил в ОДКБ в 2006 году и вышел из неё в 2012 году.')).toEqual(['MEMBER_OF uzbekistan → csto 2006..', 'MEMBER_OF uzbekistan → csto ..2012']);
    expect(facts('Belarus hosted the Interaction exercise and took part in the Search drills.')).toContain('PARTICIPATES_IN belarus → search');
  });

  it('does not give the second clause the first subject when it has its own', () => {
    expect(facts('Armenia froze its participation in 2024 and Russia chaired the CSTO in 2026.').filter((fact) => fact.startsWith('CHAIRS'))).toEqual([
      'CHAIRS russia → csto 2026..2026 [chair]',
    ]);
    // A list of subjects is not a second verb: "Armenia and Belarus".
    expect(facts('Armenia and Belarus joined the CSTO in 1992.')).toEqual(['MEMBER_OF armenia → csto 1992..', 'MEMBER_OF belarus → csto 1992..']);
  });

  it('reads a list joined by "as well as" and "а также" as one list', () => {
    expect(facts('Russia, Belarus as well as Kazakhstan took part in the Interaction exercise.')).toEqual([
      'PARTICIPATES_IN russia → interaction',
      'PARTICIPATES_IN belarus → interaction',
      'PARTICIPATES_IN kazakhstan → interaction',
    ]);
    expect(facts('Россия, а также Белоруссия и Казахстан приняли участие в учениях «Взаимодействие».')).toEqual([
      'PARTICIPATES_IN russia → interaction',
      'PARTICIPATES_IN belarus → interaction',
      'PARTICIPATES_IN kazakhstan → interaction',
    ]);
  });
});

describe('ingest: what a sentence says of those the one before named', () => {
  it('reads "since then" and "с тех пор" as the date the text gave last', () => {
    expect(facts('The Secretary-General of the CSTO resigned in March 2019. Valery Semerikov has been acting Secretary-General since then.', '2019-11-29')).toContain(
      'HOLDS_POSITION valery-semerikov → csto 2019-03.. [Secretary-General (acting)]',
    );
    // Without an earlier date, "since then" dates nothing.
    expect(facts('Valery Semerikov has been acting Secretary-General of the CSTO since then.', '2019-11-29')).toContain('HOLDS_POSITION valery-semerikov → csto [Secretary-General (acting)]');
  });

  it('gives a successor the post of the one they succeeded, from the succession, within one sentence', () => {
    expect(facts('Nikolai Bordyuzha, who served as Secretary-General of the CSTO from 2003 to 2016, was succeeded by Yuri Khachaturov, who in turn handed over to Stanislav Zas in January 2020.', '2021-03-01')).toEqual(
      expect.arrayContaining(['HOLDS_POSITION yuri-khachaturov → csto ..2020-01 [Secretary-General]', 'HOLDS_POSITION stanislav-zas → csto 2020-01.. [Secretary-General]']),
    );
    // A successor whose post the sentence states took it from the one they succeeded (round 13: the labels give the predecessor that post).
    expect(facts('Stanislav Zas, the new Secretary-General of the CSTO, succeeded Yuri Khachaturov.', '2021-03-01').filter((fact) => fact.startsWith('HOLDS_POSITION'))).toEqual([
      'HOLDS_POSITION stanislav-zas → csto [Secretary-General]',
      'HOLDS_POSITION yuri-khachaturov → csto [Secretary-General]',
    ]);
  });
});

describe('ingest: gapping after a passive agent', () => {
  it('says the same of a second agent after "and earlier by", with its own date only', () => {
    expect(facts('The CSTO Secretary-General serves three years. The post was held by Stanislav Zas from 2020 to 2022, and earlier by Nikolai Bordyuzha.', '2024-01-10')).toEqual(
      expect.arrayContaining(['HOLDS_POSITION stanislav-zas → csto 2020..2022 [Secretary-General]', 'HOLDS_POSITION nikolai-bordyuzha → csto [Secretary-General]']),
    );
    // A second name that is not an agent ("and by then Russia …") gives nothing of the kind.
    expect(facts('The CSTO Secretary-General serves three years. The post was held by Stanislav Zas from 2020 to 2022, and Nikolai Bordyuzha spoke.', '2024-01-10').filter((fact) => fact.includes('bordyuzha'))).toEqual([]);
  });
});

describe('ingest: a sentence that says its subject did the same', () => {
  it('repeats the facts of the sentence before for the new subject, without their dates', () => {
    expect(facts('Kazakhstan joined the CSTO in 1992. So did Armenia.', '2026-09-01')).toEqual(['MEMBER_OF kazakhstan → csto 1992..', 'MEMBER_OF armenia → csto']);
    expect(facts('Uzbekistan suspended its participation in the CSTO in 2012. Belarus followed suit.', '2026-09-01')).toContain('MEMBER_OF belarus → csto {participation suspended}');
    expect(facts('Армения заморозила участие в ОДКБ в 2024 году. Так же поступила Белоруссия.', '2026-09-01')).toContain('MEMBER_OF belarus → csto {participation frozen}');
  });

  it('gives nothing across a paragraph, for "Neither did", or for the fact\'s own other end', () => {
    expect(facts('Kazakhstan joined the CSTO in 1992.\n\nSo did Armenia.', '2026-09-01')).toEqual(['MEMBER_OF kazakhstan → csto 1992..']);
    expect(facts('Kazakhstan joined the CSTO in 1992. Neither did Armenia.', '2026-09-01')).toEqual(['MEMBER_OF kazakhstan → csto 1992..']);
    expect(facts('Kazakhstan joined the CSTO in 1992. So did the CSTO.', '2026-09-01')).toEqual(['MEMBER_OF kazakhstan → csto 1992..']);
  });
});
