import { absenceChoices, absenceOf } from '../../src/absence-note';
import { ApiError } from '../../src/api';
import { changeName, graphMarks, markClass, relatedByRetired, retiredEntitiesBeside, type ChangeRecord } from '../../src/change-marks';
import { changeLines, historyRows, valueText } from '../../src/entity-history';
import { reportQuery } from '../../src/reading-release';
import { behindLatest, releaseLabel } from '../../src/release-picker';

const tie = (status: string) => ({ id: 'armenia.member-of.csto', from: 'armenia', type: 'MEMBER_OF', to: 'csto', status });
const entity = (name: string) => ({ id: 'icmec', kind: 'organization', name });

describe('marks on the graph for the changes since a release', () => {
  it('marks each entity and relationship by its net change, with the last release that touched it', () => {
    const changes: ChangeRecord[] = [
      { release: 4, kind: 'CHANGED', record: 'ENTITY', id: 'icmec', before: entity('Old'), after: entity('New') },
      { release: 4, kind: 'RETIRED', record: 'RELATIONSHIP', id: 'icmec.part-of.csto', before: { id: 'icmec.part-of.csto', from: 'icmec', type: 'PART_OF', to: 'csto' }, after: null },
      { release: 5, kind: 'ADDED', record: 'RELATIONSHIP', id: 'armenia.member-of.csto', before: null, after: tie('member') },
      { release: 6, kind: 'CHANGED', record: 'RELATIONSHIP', id: 'armenia.member-of.csto', before: tie('member'), after: tie('frozen') },
      { release: 6, kind: 'ADDED', record: 'SOURCE', id: 'a-source', before: null, after: { id: 'a-source', title: 'A source' } },
    ];
    const marks = graphMarks(changes);
    expect([...marks.values()].map((mark) => [mark.id, mark.kind, mark.release]).sort()).toEqual([
      ['armenia.member-of.csto', 'ADDED', 6],
      ['icmec', 'CHANGED', 4],
      ['icmec.part-of.csto', 'RETIRED', 4],
    ]);
    expect(marks.get('icmec.part-of.csto')?.before).toMatchObject({ from: 'icmec', to: 'csto' });
    expect(markClass('RETIRED')).toBe('change-retired');
  });

  it('marks nothing for a record added then retired, or changed and changed back', () => {
    const marks = graphMarks([
      { release: 2, kind: 'ADDED', record: 'ENTITY', id: 'brief', before: null, after: entity('Brief') },
      { release: 3, kind: 'RETIRED', record: 'ENTITY', id: 'brief', before: entity('Brief'), after: null },
      { release: 2, kind: 'CHANGED', record: 'ENTITY', id: 'icmec', before: entity('A'), after: entity('B') },
      { release: 3, kind: 'CHANGED', record: 'ENTITY', id: 'icmec', before: entity('B'), after: entity('A') },
    ]);
    expect(marks.size).toBe(0);
  });

  it('names a change by its entity, its relationship ends (by name when known), or its id', () => {
    expect(changeName({ record: 'ENTITY', id: 'icmec', before: entity('Old'), after: entity('New') })).toBe('New');
    expect(changeName({ record: 'RELATIONSHIP', id: 'x', before: tie('member'), after: null }, (id) => id.toUpperCase())).toBe('ARMENIA MEMBER_OF CSTO');
    expect(changeName({ record: 'SOURCE', id: 's', before: null, after: {} })).toBe('s');
  });
});

describe('the history of a record', () => {
  const version = (release: number, kind: string, values: unknown) => ({ release, kind: kind as 'ADDED', author: `author-${release}`, committedAt: `2026-11-0${release}T10:00:00.000Z`, values });

  it('says what each version changed from the one before: added, each field before and after, retired', () => {
    const rows = historyRows([version(1, 'ADDED', tie('member')), version(3, 'CHANGED', tie('participation frozen')), version(5, 'RETIRED', tie('participation frozen'))]);
    expect(rows).toEqual([
      { release: 1, date: '2026-11-01', author: 'author-1', kind: 'ADDED', lines: ['added'] },
      { release: 3, date: '2026-11-03', author: 'author-3', kind: 'CHANGED', lines: ['status: member → participation frozen'] },
      { release: 5, date: '2026-11-05', author: 'author-5', kind: 'RETIRED', lines: ['retired (deleted)'] },
    ]);
  });

  it('shows absent fields as (none), strings without quotes, and shortens long values', () => {
    expect(changeLines('CHANGED', { a: 'x' }, { b: [1, 2] })).toEqual(['a: x → (none)', 'b: (none) → [1,2]']);
    expect(changeLines('CHANGED', { a: 'x' }, { a: 'x' })).toEqual(['written again, nothing changed']);
    expect(valueText(JSON.stringify('y'.repeat(100)), 10)).toBe(`${'y'.repeat(9)}…`);
  });
});

describe('the release picker', () => {
  it('labels a release with its number, day, author and summary, shortened', () => {
    const release = { number: 3, committedAt: '2026-11-29T19:19:08.412Z', author: 'alice', summary: 'deleteRelationship icmec.part-of.csto.2005-06-23', origin: null, added: 0, changed: 0, retired: 1 };
    expect(releaseLabel(release)).toBe('3 · 2026-11-29 · alice · deleteRelationship icmec.part-of.csto.2005-06-23');
    expect(releaseLabel({ ...release, summary: 's'.repeat(80) })).toBe(`3 · 2026-11-29 · alice · ${'s'.repeat(59)}…`);
  });

  it('says when the view is behind the latest release, and only then', () => {
    expect(behindLatest(3, 7)).toBe('Viewing release 3 of 7');
    expect(behindLatest(null, 7)).toBeNull();
    expect(behindLatest(7, 7)).toBeNull();
  });
});

describe('report links of what the explorer shows', () => {
  it('carry the date and the release when there are any', () => {
    expect(reportQuery(null, null)).toBe('');
    expect(reportQuery('2012-09', null)).toBe('?asOf=2012-09');
    expect(reportQuery('2012-09', 3)).toBe('?asOf=2012-09&release=3');
    expect(reportQuery(null, 3)).toBe('?release=3');
  });
});

describe('ghosts of entities retired since a release', () => {
  const retiredEntity = (id: string, release = 7) => ({ kind: 'RETIRED' as const, record: 'ENTITY' as const, id, release, before: { id, kind: 'organization', name: id }, after: null });
  const retiredTie = (id: string, from: string, to: string, release = 7) => ({ kind: 'RETIRED' as const, record: 'RELATIONSHIP' as const, id, release, before: { id, from, type: 'PART_OF', to }, after: null });

  it('draws a retired entity only beside an entity on screen that a retired relationship joined it to', () => {
    const marks = [retiredEntity('gone-body'), retiredTie('gone-body.part-of.csto', 'gone-body', 'csto'), retiredEntity('far-body'), retiredTie('far-body.part-of.elsewhere', 'far-body', 'elsewhere'), retiredEntity('lone-body')];
    const onScreen = (id: string) => id === 'csto';
    expect(retiredEntitiesBeside(marks, onScreen).map((mark) => mark.id)).toEqual(['gone-body']);
    // Two retired entities joined only to each other float apart from the graph: neither is drawn.
    expect(retiredEntitiesBeside([retiredEntity('a'), retiredEntity('b'), retiredTie('a.part-of.b', 'a', 'b')], () => true).map((mark) => mark.id)).toEqual([]);
  });

  it('knows which entities a retired relationship joined', () => {
    const marks = new Map([['t', retiredTie('t', 'gone-body', 'csto')]]);
    expect(relatedByRetired(marks, 'gone-body', 'csto')).toBe(true);
    expect(relatedByRetired(marks, 'csto', 'gone-body')).toBe(true);
    expect(relatedByRetired(marks, 'gone-body', 'russia')).toBe(false);
  });
});

describe('an entity absent at the release viewed', () => {
  it('reads the absence from a NOT_FOUND error, and nothing from other errors', () => {
    const error = new ApiError('X did not exist at release 3: it was added in release 5.', 'NOT_FOUND', { code: 'NOT_FOUND', absence: { release: 3, addedIn: 5 } });
    expect(absenceOf(error)).toEqual({ message: 'X did not exist at release 3: it was added in release 5.', release: 3, addedIn: 5 });
    expect(absenceOf(new ApiError('No entity has the id "narnia"', 'NOT_FOUND'))).toBeNull();
    expect(absenceOf(new ApiError('busy', 'DATABASE_UNAVAILABLE', { absence: { release: 3 } }))).toBeNull();
    expect(absenceOf(new Error('plain'))).toBeNull();
  });

  it('offers the latest for an entity added later, and the last release that had a retired one', () => {
    expect(absenceChoices({ message: '', release: 3, addedIn: 5 }, false)).toEqual([{ release: null, label: 'Go to the latest release' }]);
    expect(absenceChoices({ message: '', release: 9, retiredIn: 7 }, true)).toEqual([{ release: 6, label: 'Show release 6, the last that had it' }]);
    expect(absenceChoices({ message: '', release: 8, retiredIn: 7, backIn: 9 }, false)).toEqual([
      { release: 6, label: 'Show release 6, the last that had it' },
      { release: 9, label: 'Show release 9' },
    ]);
  });
});
