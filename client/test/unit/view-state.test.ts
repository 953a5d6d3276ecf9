import { DEFAULT_VIEW, readView, writeView } from '../../src/view-state';

describe('the view in the URL', () => {
  it('writes a view and reads it back the same', () => {
    const view = { focus: 'icmec', expanded: ['russia', 'interstate-program'], asOf: '2012-09', release: 3, layout: 'concentric' as const, hiddenKinds: ['TOPIC'], hiddenTypes: ['FOCUSES_ON'], renderer: 'webgl' as const };
    const search = writeView(view);
    expect(search).toBe('?focus=icmec&expanded=russia,interstate-program&asOf=2012-09&release=3&layout=concentric&hideKinds=TOPIC&hideTypes=FOCUSES_ON&renderer=webgl');
    expect(readView(search)).toEqual(view);
  });

  it('leaves defaults out of the URL', () => {
    expect(writeView(DEFAULT_VIEW)).toBe('?focus=csto');
  });

  it('falls back to the default for anything malformed rather than failing', () => {
    expect(readView('?release=-2').release).toBeNull();
    expect(readView('?release=2.5').release).toBeNull();
    expect(readView('?focus=<script>&expanded=ok-id,Bad Id&asOf=May 2012&layout=spiral&renderer=vulkan&release=0')).toEqual({ ...DEFAULT_VIEW, expanded: ['ok-id'] });
  });
});
