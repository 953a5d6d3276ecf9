import { ConfigError, loadConfig } from '../../src/config';
import { namedKeys } from '../../src/http/auth';
import { diffLines, fieldChanges, netDiff } from '../../src/releases/diff';
import type { ChangeModel } from '../../src/releases/read';
import { canonical, changeRow, tally } from '../../src/releases/records';
import { reproduceLink } from '../../src/reports/provenance';
import type { ReportModel } from '../../src/reports/model';

describe('named editor keys', () => {
  it('reads name:key pairs and names plain keys editor-1, editor-2, … in their order', () => {
    expect(namedKeys(['alice:0123456789abcdef0', '0123456789abcdef1', 'bob.k:0123456789abcdef2', '0123456789abcdef3'])).toEqual([
      { name: 'alice', key: '0123456789abcdef0' },
      { name: 'editor-1', key: '0123456789abcdef1' },
      { name: 'bob.k', key: '0123456789abcdef2' },
      { name: 'editor-2', key: '0123456789abcdef3' },
    ]);
  });

  it('checks the length of the key, not of the name with it', () => {
    expect(() => loadConfig({ ORGRAPH_EDITOR_KEYS: 'a-long-editor-name:short' })).toThrow(ConfigError);
    expect(loadConfig({ ORGRAPH_EDITOR_KEYS: 'alice:0123456789abcdef' }).editorKeys).toEqual(['alice:0123456789abcdef']);
  });
});

describe('change records', () => {
  it('keep records in one field order, whatever order the file had', () => {
    const a = canonical('RELATIONSHIP', { citations: [{ quote: 'q', source: 's' }], to: 'csto', type: 'MEMBER_OF', from: 'russia', id: 'r1', since: '1992' });
    const b = canonical('RELATIONSHIP', { id: 'r1', from: 'russia', type: 'MEMBER_OF', to: 'csto', since: '1992', citations: [{ source: 's', quote: 'q' }] });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(Object.keys(a)).toEqual(['id', 'from', 'type', 'to', 'since', 'citations']);
  });

  it('carry what lists and counts at an old release read, from the version after (or before, for a retirement)', () => {
    const entity = canonical('ENTITY', { id: 'csto', kind: 'organization', name: 'CSTO', start: '2002-10-07', citations: [{ source: 'a' }, { source: 'b' }, { source: 'a', quote: 'x' }] });
    const added = changeRow('ENTITY', 'ADDED', 4, 'csto', null, entity);
    expect(added).toMatchObject({ key: 'entity:csto', kind: 'ADDED', release: 4, before: null, name: 'CSTO', entityKind: 'ORGANIZATION', startFirst: '2002-10-07', citationCount: 3, sourceIds: ['a', 'b'] });
    const retired = changeRow('ENTITY', 'RETIRED', 5, 'csto', added.after, null);
    expect(retired).toMatchObject({ after: null, before: added.after, name: 'CSTO', citationCount: 3 });
    expect(tally([added, retired, { ...added, kind: 'CHANGED' }])).toEqual({ added: 1, changed: 1, retired: 1 });
  });
});

describe('diff between releases', () => {
  const change = (release: number, kind: ChangeModel['kind'], id: string, before: object | null, after: object | null): ChangeModel => ({ release, kind, record: 'RELATIONSHIP', id, before, after });

  it('gives the net difference per record: added then changed is an addition, added then retired is nothing', () => {
    const diffs = netDiff([
      change(4, 'ADDED', 'a', null, { id: 'a', status: 'member' }),
      change(5, 'CHANGED', 'a', { id: 'a', status: 'member' }, { id: 'a', status: 'observer' }),
      change(4, 'ADDED', 'gone', null, { id: 'gone' }),
      change(5, 'RETIRED', 'gone', { id: 'gone' }, null),
      change(5, 'CHANGED', 'b', { id: 'b', since: '2001' }, { id: 'b', since: '2002', note: 'n' }),
      change(6, 'RETIRED', 'c', { id: 'c' }, null),
    ]);
    expect(diffs.map((d) => [d.kind, d.id])).toEqual([
      ['ADDED', 'a'],
      ['CHANGED', 'b'],
      ['RETIRED', 'c'],
    ]);
    expect(diffs[0]!.after).toEqual({ id: 'a', status: 'observer' });
    expect(fieldChanges(diffs[1]!.before, diffs[1]!.after)).toEqual([
      ['since', '"2001"', '"2002"'],
      ['note', null, '"n"'],
    ]);
    expect(diffLines(diffs)).toEqual(['+ relationship a', '~ relationship b', '    since: "2001" -> "2002"', '    note: (none) -> "n"', '- relationship c']);
  });
});

describe('report provenance', () => {
  const report = (subjects: string[], asOf: string | null, release?: number) =>
    ({ subjects: subjects.map((id) => ({ id })), asOf, release }) as unknown as ReportModel;

  it('links to the same report at the same release, with the date when one was given', () => {
    expect(reproduceLink(report(['csto'], null, 7), 'md')).toBe('/reports/csto.md?release=7');
    expect(reproduceLink(report(['armenia', 'belarus'], '2025-01', 9), 'csv')).toBe('/reports/armenia/to/belarus.csv?release=9&asOf=2025-01');
    expect(reproduceLink(report(['csto'], null), 'md')).toBeNull();
  });
});
