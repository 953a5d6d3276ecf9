import { proposalEndsReader } from '../support/ingest';

const { only } = proposalEndsReader('2026-11-27');
const SERBIA = 'OBSERVER_OF national-assembly-of-serbia → csto-parliamentary-assembly';
const AFGHANISTAN = 'OBSERVER_OF parliament-of-afghanistan → csto-parliamentary-assembly';
const UNION_STATE = 'OBSERVER_OF union-state-parliamentary-assembly → csto-parliamentary-assembly';

describe('a parliament observing an assembly, read around the word "observer" (observer-seats.ts)', () => {
  it('reads "the parliaments of A and B" and "A\'s parliament" as their legislatures, at the assembly named after "at / in"', () => {
    expect(only('Both the parliaments of Serbia and Afghanistan still sit as observers at the CSTO Parliamentary Assembly, officials say.', 'OBSERVER_OF')).toEqual(expect.arrayContaining([SERBIA, AFGHANISTAN]));
    expect(only("Serbia's parliament has kept an observer seat in the CSTO Parliamentary Assembly for over a decade.", 'OBSERVER_OF')).toContain(SERBIA);
  });

  it('reads a legislature present as an observer at a sitting of the assembly the sentence before named', () => {
    const text = 'The CSTO Parliamentary Assembly gathered for its autumn plenary. The National Assembly of Serbia and the Parliament of Afghanistan followed the debate as observers.';
    expect(only(text, 'OBSERVER_OF')).toEqual(expect.arrayContaining([SERBIA, AFGHANISTAN]));
    expect(only('The CSTO Parliamentary Assembly met in Saint Petersburg on Thursday, with the parliament of Serbia sitting in as an observer.', 'OBSERVER_OF')).toContain(SERBIA);
  });

  it('reads the Russian frame: «парламент(ы) A и B», «в качестве наблюдателей … представители X и Y»', () => {
    expect(only('Статус наблюдателя при Парламентской ассамблее ОДКБ давно имеют парламенты Сербии и Афганистана.', 'OBSERVER_OF')).toEqual(expect.arrayContaining([SERBIA, AFGHANISTAN]));
    const text = 'В Таврическом дворце открылась сессия Парламентской ассамблеи ОДКБ. В качестве наблюдателей за её работой следили депутаты Народной скупщины Сербии и Парламентского собрания Союза Беларуси и России.';
    expect(only(text, 'OBSERVER_OF')).toEqual(expect.arrayContaining([SERBIA, UNION_STATE]));
  });

  it('reads no seat in a proposal, a rumour, a question, a negation or a plan', () => {
    expect(only("An idea to give Serbia's parliament observer status at the CSTO Parliamentary Assembly was discussed in the corridors.", 'OBSERVER_OF')).toEqual([]);
    expect(only('Is the parliament of Serbia still an observer at the CSTO Parliamentary Assembly?', 'OBSERVER_OF')).toEqual([]);
    expect(only("Serbia's parliament is no longer an observer at the CSTO Parliamentary Assembly.", 'OBSERVER_OF')).not.toContain(SERBIA);
    expect(only('Сербия может подать заявку на статус наблюдателя при Парламентской ассамблее ОДКБ, сообщили источники в парламенте Сербии.', 'OBSERVER_OF')).toEqual([]);
  });

  it('does not make the assembly whose session was watched an observer, nor a state\'s envoys', () => {
    expect(only('Representatives of Uzbekistan followed the CSTO Parliamentary Assembly session as observers.', 'OBSERVER_OF')).toEqual([]);
  });
});
