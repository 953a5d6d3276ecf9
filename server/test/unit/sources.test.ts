import { claimKey, proposalId, slug, sourceIdFor, textHash } from '../../src/sources/identity';
import { sentenceAround } from '../../src/sources/sentence';
import { checkSourceSize, formatOf, markdownToText, MAX_SOURCE_CHARACTERS, plainText, SourceTooLargeError } from '../../src/sources/text-input';

describe('sources in: identities', () => {
  it('makes lowercase ids from words in any script, bounded in length', () => {
    expect(slug('Ivan Petrovsky')).toBe('ivan-petrovsky');
    expect(slug("Russia's 2026 CSTO Chairmanship")).toBe('russia-2026-csto-chairmanship');
    expect(slug('Организация Договора о коллективной безопасности')).toBe('организация-договора-о-коллективной-безопасности');
    expect(slug('word '.repeat(40)).length).toBeLessThanOrEqual(60);
    expect(sourceIdFor({ title: 'Summit in Minsk', publisher: 'Test wire', published: '2023-11-23' })).toBe('2023-11-23-test-wire-summit-in-minsk');
  });

  it('hashes a text by its paragraphs, and names a claim by its sentence and what it states', () => {
    expect(textHash(['a', 'b'])).toBe(textHash(['a', 'b']));
    expect(textHash(['a', 'b'])).not.toBe(textHash(['a b']));
    const claim = { quote: 'Russia chairs the CSTO.', type: 'CHAIRS', fromText: 'Russia', toText: 'CSTO', fromId: 'russia', toId: 'csto' };
    // Spacing and case of the sentence do not make another claim; another type or end does.
    expect(claimKey({ ...claim, quote: 'Russia  chairs the csto.' })).toBe(claimKey(claim));
    expect(claimKey({ ...claim, type: 'MEMBER_OF' })).not.toBe(claimKey(claim));
    expect(claimKey({ ...claim, toId: 'icmec' })).not.toBe(claimKey(claim));
    // The same claim in two sources is two proposals.
    expect(proposalId('a', claimKey(claim))).not.toBe(proposalId('b', claimKey(claim)));
  });
});

describe('sources in: text', () => {
  it('finds the sentence around a mention', () => {
    const paragraph = 'BISHKEK, November 27. Russia will chair the CSTO in 2026. “We will,” Putin said. He left.';
    expect(sentenceAround(paragraph, paragraph.indexOf('Russia'), paragraph.indexOf('Russia') + 6)).toBe('Russia will chair the CSTO in 2026.');
    expect(sentenceAround(paragraph, paragraph.indexOf('Putin'), paragraph.indexOf('Putin') + 5)).toBe('“We will,” Putin said.');
    expect(sentenceAround(paragraph, 0, 7)).toBe('BISHKEK, November 27.');
    expect(sentenceAround('No end here', 3, 6)).toBe('No end here');
  });

  it('reduces Markdown and HTML to their words, and tells formats by content type or file name', () => {
    expect(markdownToText('# Summit\n\n**Russia** takes the [CSTO](https://example.org) chair, _says_ `Trend`.\n\n> A quote')).toBe(
      'Summit\n\nRussia takes the CSTO chair, says Trend.\n\nA quote',
    );
    expect(plainText('<p>Belarus</p><script>x()</script><p>Minsk &amp; more</p>', 'html')).toBe('Belarus\n\nMinsk & more');
    expect(formatOf('text/html; charset=utf-8')).toBe('html');
    expect(formatOf('notes.md')).toBe('markdown');
    expect(formatOf('text/plain')).toBe('text');
    expect(formatOf('application/pdf')).toBeNull();
  });

  it('refuses a text over the limit, saying how long it is and what to do', () => {
    expect(() => checkSourceSize('x'.repeat(MAX_SOURCE_CHARACTERS))).not.toThrow();
    expect(() => checkSourceSize('x'.repeat(MAX_SOURCE_CHARACTERS + 1))).toThrow(SourceTooLargeError);
    expect(() => checkSourceSize('x'.repeat(MAX_SOURCE_CHARACTERS + 1))).toThrow(/1,000,001 characters long.*at most 1,000,000 characters.*Split it/);
  });
});
