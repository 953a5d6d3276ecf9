import { htmlToText, splitParagraphs } from '../../src/ingest/extract';
import { splitSentences } from '../../src/ingest/sentences';

describe('ingest: text, paragraphs and sentences', () => {
  it('reduces HTML to its text: no scripts, styles, comments or markup; blocks become paragraphs; entities decoded', () => {
    const html =
      '<html><head><title>T</title><style>p { color: red }</style></head><body>' +
      '<script>alert("x")</script><h1>CSTO &amp; its members</h1><!-- hidden -->' +
      '<p>Russia&nbsp;takes over the <b>chairmanship</b> &laquo;from January&raquo;.</p>' +
      '<p>Second<br>line &#8212; &#x41;.</p><noscript>enable JS</noscript></body></html>';
    const text = htmlToText(html);
    expect(text).toBe('CSTO & its members\n\nRussia\u00a0takes over the chairmanship «from January».\n\nSecond\nline — A.');
    expect(text).not.toMatch(/alert|color|hidden|enable JS|<|>/);
    expect(splitParagraphs(text)).toHaveLength(3);
  });

  it('splits paragraphs at blank lines and keeps single line breaks inside a paragraph', () => {
    expect(splitParagraphs('One\r\nline two\n\n  \n\nThree\n \nFour  ')).toEqual(['One\nline two', 'Three', 'Four']);
  });

  it('splits sentences, not at abbreviations, initials or dates', () => {
    const paragraph = 'Col. Gen. A. Serdyukov spoke in St. Petersburg on Jan. 2. The summit opened. В.В. Путин прибыл в г. Москву. Он выступил.';
    const sentences = splitSentences(paragraph).map((span) => paragraph.slice(span.start, span.end));
    expect(sentences).toEqual(['Col. Gen. A. Serdyukov spoke in St. Petersburg on Jan. 2.', 'The summit opened.', 'В.В. Путин прибыл в г. Москву.', 'Он выступил.']);
  });

  it('starts a sentence at each item of a list, one a line, without its marker, with or without a full stop', () => {
    const paragraph = 'This week:\n- Minsk hosted the session. Speakers attended\n• Tajikistan takes the chair in January\n* Drills ended';
    const sentences = splitSentences(paragraph).map((span) => paragraph.slice(span.start, span.end));
    expect(sentences).toEqual(['This week:', 'Minsk hosted the session.', 'Speakers attended', 'Tajikistan takes the chair in January', 'Drills ended']);
    // One line opening with a dash is no list: a Russian interview's question or answer.
    const answer = '- Да. Мы готовы.';
    expect(splitSentences(answer).map((span) => answer.slice(span.start, span.end))).toEqual(['- Да.', 'Мы готовы.']);
  });
});
