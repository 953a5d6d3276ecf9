import { ResponseStore, type CachedResponse } from '../../src/cache/store';

const entry = (body: string, pinned = false): CachedResponse => ({ body, contentType: 'application/json', etag: '"x"', pinned, encoded: {}, posted: {}, version: { latest: 1, edits: 0 }, release: '1' });

describe('the response store', () => {
  it('keeps at most its entries and its bytes, dropping the least recently used', () => {
    const store = new ResponseStore({ maxEntries: 2, maxBytes: 1_000 });
    store.set('a', entry('1'));
    store.set('b', entry('2'));
    store.get('a');
    store.set('c', entry('3'));
    expect([store.get('a')?.body, store.get('b'), store.get('c')?.body]).toEqual(['1', undefined, '3']);

    const small = new ResponseStore({ maxEntries: 100, maxBytes: 1_000 });
    for (let i = 0; i < 10; i += 1) small.set(`k${i}`, entry('x'.repeat(200)));
    expect(small.bytes).toBeLessThanOrEqual(1_000);
    expect(small.size).toBeLessThan(10);
    small.set('huge', entry('x'.repeat(5_000)));
    expect(small.get('huge')).toBeUndefined();
  });

  it('counts the compressed copies of a body in its size when the entry is stored with them', () => {
    const store = new ResponseStore({ maxEntries: 10, maxBytes: 10_000 });
    const answer = entry('x'.repeat(100));
    store.set('a', answer);
    const before = store.bytes;
    store.set('a', { ...answer, encoded: { gzip: Buffer.alloc(40) } });
    expect(store.bytes).toBe(before + 40);
  });

  it('drops answers pinned to releases after a purge, and keeps the others (their version check sees it)', () => {
    const store = new ResponseStore({ maxEntries: 10, maxBytes: 10_000 });
    store.set('pinned', entry('p', true));
    store.set('latest', entry('l'));
    store.dropPinned();
    expect(store.get('pinned')).toBeUndefined();
    expect(store.get('latest')?.body).toBe('l');
  });
});
