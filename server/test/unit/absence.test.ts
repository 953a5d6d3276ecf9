import { describeAbsence } from '../../src/releases/absence';
import type { VersionModel } from '../../src/releases/read';

const version = (release: number, kind: VersionModel['kind'], name = 'Test Body'): VersionModel => ({
  release,
  kind,
  author: 'alice',
  committedAt: '2026-11-29T12:00:00Z',
  values: { id: 'test-body', kind: 'organization', name },
});

describe('why an entity is not there at a release', () => {
  it('says it was added later, naming the release', () => {
    expect(describeAbsence('test-body', [version(5, 'ADDED')], 3, false)).toEqual({
      message: 'Test Body (test-body) did not exist at release 3: it was added in release 5.',
      release: 3,
      addedIn: 5,
    });
  });

  it('says it was retired, in which release, and which was the last to have it; at the latest too', () => {
    const versions = [version(2, 'ADDED', 'Old Name'), version(4, 'CHANGED'), version(6, 'RETIRED')];
    expect(describeAbsence('test-body', versions, 8, true)).toEqual({
      message: 'Test Body (test-body) was retired in release 6: it is not in the latest release (8); release 5 was the last that had it.',
      release: 8,
      retiredIn: 6,
    });
    expect(describeAbsence('test-body', [...versions, version(9, 'ADDED')], 7, false)).toMatchObject({ retiredIn: 6, backIn: 9, message: expect.stringContaining('It is back in release 9.') });
  });

  it('says no entity has the id when it never existed', () => {
    expect(describeAbsence('narnia', [], 4, true)).toEqual({ message: 'No entity has the id "narnia"', release: 4 });
  });
});
