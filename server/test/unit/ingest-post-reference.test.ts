import { extract } from '../../src/ingest/extract';
import { cstoGazetteer, describeFact } from '../support/ingest';

/** The posts a text gives, described without dates. */
const posts = (text: string) =>
  extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
    .proposals.filter((fact) => fact.type === 'HOLDS_POSITION')
    // Dates are not what this test reads: a term's start (" 2020..") or its end alone (" ..2020") is dropped.
        .map((fact) => describeFact(fact).replace(/ (?:\d{4}|\.\.\d{4}).*?(?= \[|$)/u, ''));

// Written for the test: a title named in one sentence, "the post" or "it" in the next.
describe('ingest: "it" or «этот пост» for the post the text named before', () => {
  it('reads the person who took it over or holds it now as holding the title named before, of the article\'s organization', () => {
    expect(posts('The post of CSTO Secretary-General stayed vacant for months. Nikolai Bordyuzha of Russia took it over in 2003.')).toEqual([
      'HOLDS_POSITION nikolai-bordyuzha → csto [Secretary-General]',
    ]);
    expect(posts('Генеральный секретарь ОДКБ руководит Секретариатом. С 2003 года этот пост занимает Николай Бордюжа.')).toEqual([
      'HOLDS_POSITION nikolai-bordyuzha → csto [Secretary-General]',
    ]);
  });

  it('gives nothing for "it" where no post is spoken of, nor for a person who did not take it', () => {
    expect(posts('The CSTO Secretary-General chaired the meeting. The agenda was long, and Nikolai Bordyuzha took it over in the afternoon.')).toEqual([]);
    expect(posts('The CSTO Secretary-General post fell vacant. Nikolai Bordyuzha did not take it over.')).toEqual([]);
  });

  it('reads "he" in a relative clause as the person named last, unless the sentence names two', () => {
    const heads = (text: string) =>
      extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' }).proposals.filter((fact) => fact.type === 'HEADS')// Dates are not what this test reads: a term's start (" 2020..") or its end alone (" ..2020") is dropped.
        .map((fact) => describeFact(fact).replace(/ (?:\d{4}|\.\.\d{4}).*?(?= \[|$)/u, ''));
    expect(heads('Nikolai Bordyuzha spoke first. He praised the CSTO Secretariat, which he headed for thirteen years.')).toEqual(['HEADS nikolai-bordyuzha → csto-secretariat']);
    expect(heads('Николай Бордюжа выступил первым. Он похвалил Секретариат ОДКБ, который он возглавлял тринадцать лет.')).toEqual(['HEADS nikolai-bordyuzha → csto-secretariat']);
    expect(heads('Nikolai Bordyuzha met Yuri Khachaturov at the CSTO Secretariat, which he headed.')).toEqual([]);
  });

  it('reads a Secretary-General in apposition with no organization named as the article\'s, not a deputy or another body\'s', () => {
    const text = (aside: string) => `CSTO envoys met in Almaty. Stanislav Zas, ${aside}, spoke last.`;
    expect(posts(text('the current Secretary-General'))).toEqual(['HOLDS_POSITION stanislav-zas → csto [Secretary-General]']);
    expect(posts(text('in his second year as Secretary-General'))).toEqual(['HOLDS_POSITION stanislav-zas → csto [Secretary-General]']);
    expect(posts(text('the Belarusian official who became Secretary-General in 2020'))).toEqual(['HOLDS_POSITION stanislav-zas → csto [Secretary-General]']);
    expect(posts(text('the Deputy Secretary-General'))).toEqual([]);
    expect(posts(text('the UN Secretary-General'))).toEqual([]);    const ru = (aside: string) => `Послы ОДКБ собрались в Алматы. Станислав Зась, ${aside}, выступил последним.`;
    expect(posts(ru('нынешний генеральный секретарь'))).toEqual(['HOLDS_POSITION stanislav-zas → csto [Secretary-General]']);
    expect(posts(ru('заместитель генерального секретаря'))).toEqual([]);
    expect(posts(ru('генеральный секретарь ООН'))).toEqual([]);
  });

  it('reads "His predecessor was X" / «Его предшественником был X» of the person named before, with the post named before', () => {
    const succession = (text: string) =>
      extract(text, { gazetteer: cstoGazetteer, published: '2026-11-20' })
        .proposals.filter((fact) => fact.type === 'SUCCEEDED_BY' || fact.type === 'HOLDS_POSITION')
        // Dates are not what this test reads: a term's start (" 2020..") or its end alone (" ..2020") is dropped.
        .map((fact) => describeFact(fact).replace(/ (?:\d{4}|\.\.\d{4}).*?(?= \[|$)/u, '').replace(/^(SUCCEEDED_BY .*?) \[.*\]$/u, '$1'))
        .sort();
    const khachaturov = ['HOLDS_POSITION yuri-khachaturov → csto [Secretary-General]', 'SUCCEEDED_BY yuri-khachaturov → stanislav-zas'];
    expect(succession('Станислав Зась стал генеральным секретарём ОДКБ в 2020 году. Его предшественником на этом посту был Юрий Хачатуров.')).toEqual(expect.arrayContaining(khachaturov));
    expect(succession('Станислав Зась стал генеральным секретарём ОДКБ в 2020 году. Его предшественник — Юрий Хачатуров.')).toEqual(expect.arrayContaining(khachaturov));
    expect(succession('Stanislav Zas became CSTO Secretary-General in 2020. His predecessor was Yuri Khachaturov.')).toEqual(expect.arrayContaining(khachaturov));
    expect(succession('Станислав Зась стал генеральным секретарём ОДКБ в 2020 году. Его предшественником Юрий Хачатуров не был.').filter((fact) => fact.startsWith('SUCCEEDED_BY'))).toEqual([]);
  });
});
