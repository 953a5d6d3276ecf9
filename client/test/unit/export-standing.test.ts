import { answeredSpan, captionTitle, CSV_STANDING_COLUMNS, csvStanding, releaseText, svgWithCaption, type ExportCaption } from '../../src/export-standing';

const caption = (over: Partial<ExportCaption> = {}): ExportCaption => ({ title: 'CSTO', asOf: '2010', url: 'http://x/?focus=csto&release=3', release: 3, latest: false, ...over });

describe('what an export says about where it stands', () => {
  it('names the release, says when it was the latest, and says so when the number could not be read', () => {
    expect(releaseText(caption())).toBe('release 3');
    expect(releaseText(caption({ release: 12, latest: true }))).toBe('release 12 (the latest)');
    expect(releaseText(caption({ release: null, latest: true }))).toBe('the latest release (number not known)');
    expect(captionTitle(caption())).toBe('CSTO — as of 2010 — release 3');
    expect(captionTitle(caption({ asOf: null, release: 12, latest: true }))).toBe('CSTO — all dates — release 12 (the latest)');
  });

  it('names the span of releases when the reads shown were answered at several (a write came between them)', () => {
    expect(releaseText(caption({ release: 12, oldestRelease: 11, latest: true }))).toBe('releases 11 to 12 (the latest)');
    expect(releaseText(caption({ release: 12, oldestRelease: 12, latest: true }))).toBe('release 12 (the latest)');
    expect(answeredSpan([12, null, 11, undefined, 12])).toEqual({ oldest: 11, newest: 12 });
    expect(answeredSpan([null, undefined])).toBeNull();
  });

  it('gives every CSV row the release and the date as its last columns', () => {
    expect(CSV_STANDING_COLUMNS).toEqual(['release', 'as_of']);
    expect(csvStanding(caption())).toEqual([3, '2010']);
    expect(csvStanding(caption({ asOf: null, release: 12, latest: true }))).toEqual([12, null]);
  });

  it('puts a title and a description with the release and the link inside the SVG root, escaped', () => {
    const svg = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10"><rect/></svg>';
    const out = svgWithCaption(svg, caption({ title: 'A & B <x>' }));
    expect(out).toBe(
      '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10"><title>A &amp; B &lt;x&gt; — as of 2010 — release 3</title>' +
        '<desc>Orgraph, release 3, as of 2010: http://x/?focus=csto&amp;release=3</desc><rect/></svg>',
    );
    expect(() => svgWithCaption('<html></html>', caption())).toThrow('The SVG has no root element.');
  });
});
