import { analyse, canonicalJson, requestHash } from '../../src/cache/document';
import { ConfigError, DEFAULT_TRUST_MS, loadConfig } from '../../src/config';

const parts = (query: string, variables: Record<string, unknown> = {}, operationName: string | null = null) => ({ query, variables, operationName });

describe('response cache keys', () => {
  it('hash one document alike whatever its spacing, comments and variable order, and tell apart what differs', () => {
    const key = requestHash(parts('query($a: ID!, $b: Int) { entity(id: $a, release: $b) { name } }', { a: 'csto', b: 2 }));
    expect(requestHash(parts('# why\nquery ($a: ID!,  $b: Int)\n{\n  entity(id: $a, release: $b) { name }\n}', { b: 2, a: 'csto' }))).toBe(key);
    expect(requestHash(parts('query($a: ID!, $b: Int) { entity(id: $a, release: $b) { name } }', { a: 'csto', b: 3 }))).not.toBe(key);
    expect(requestHash(parts('query($a: ID!, $b: Int) { entity(id: $a, release: $b) { kind } }', { a: 'csto', b: 2 }))).not.toBe(key);
    // Spaces inside a string are the user's words, not layout.
    expect(requestHash(parts('{ search(text: "a  b") { totalCount } }'))).not.toBe(requestHash(parts('{ search(text: "a b") { totalCount } }')));
    expect(requestHash(parts('query A { stats { entities } } query B { stats { sources } }', {}, 'A'))).not.toBe(requestHash(parts('query A { stats { entities } } query B { stats { sources } }', {}, 'B')));
  });

  it('write JSON with sorted keys', () => {
    expect(canonicalJson({ b: [1, { d: null, c: 'x' }], a: true, u: undefined })).toBe('{"a":true,"b":[1,{"c":"x","d":null}]}');
  });
});

describe('which reads are pinned to a release', () => {
  it('pins a query whose every field has a release, by literal or variable', () => {
    expect(analyse(parts('{ entity(id: "csto", release: 3) { name relationships { edges { node { id } } } } stats(release: 5) { entities } }'), 2000)).toEqual({ operation: 'query', pinned: [3, 5] });
    expect(analyse(parts('query($r: Int) { entity(id: "csto", release: $r) { name } }', { r: 4 }), 2000)).toEqual({ operation: 'query', pinned: [4] });
  });

  it('does not pin the latest, a field without a release, or fields a release does not fix', () => {
    expect(analyse(parts('query($r: Int) { entity(id: "csto", release: $r) { name } }'), 2000)?.pinned).toBeNull();
    expect(analyse(parts('{ entity(id: "csto", release: 3) { name } stats { entities } }'), 2000)?.pinned).toBeNull();
    expect(analyse(parts('{ entity(id: "csto", release: 3) { history { release } } }'), 2000)?.pinned).toBeNull();
    expect(analyse(parts('{ entity(id: "csto", release: 3) { citations { source { title } } } }'), 2000)?.pinned).toBeNull();
    expect(analyse(parts('{ ...F } fragment F on Query { stats(release: 3) { entities } }'), 2000)?.pinned).toBeNull();
  });

  it('tells mutations apart, and gives nothing for a document that does not parse or names no operation', () => {
    expect(analyse(parts('mutation { deleteEntity(id: "x") { id } }'), 2000)).toEqual({ operation: 'mutation', pinned: null });
    expect(analyse(parts('{ entity(id: '), 2000)).toBeNull();
    expect(analyse(parts('query A { stats { entities } } query B { stats { entities } }'), 2000)).toBeNull();
    expect(analyse(parts('{ stats { entities } }'), 3)).toBeNull();
  });
});

describe('ORGRAPH_CACHE', () => {
  it('is on by default, bounded, and off when asked; a wrong value names the variable', () => {
    expect(loadConfig({}).cache).toEqual({ maxEntries: 5_000, maxBytes: 64 * 1024 * 1024, trustMs: DEFAULT_TRUST_MS });
    expect(loadConfig({ ORGRAPH_CACHE: 'off' }).cache).toBeNull();
    expect(loadConfig({ ORGRAPH_CACHE_MAX_ENTRIES: '10', ORGRAPH_CACHE_MAX_MB: '2', ORGRAPH_CACHE_TRUST_MS: '100' }).cache).toEqual({ maxEntries: 10, maxBytes: 2 * 1024 * 1024, trustMs: 100 });
    expect(() => loadConfig({ ORGRAPH_CACHE: 'maybe' })).toThrow(new ConfigError('ORGRAPH_CACHE must be on or off, got "maybe"'));
    expect(() => loadConfig({ ORGRAPH_CACHE_MAX_MB: '0' })).toThrow(/ORGRAPH_CACHE_MAX_MB must be between 1 and 65536/);
  });
});
