import { netDiff } from '../../server/src/releases/diff';
import type { ChangeKind, RecordKind } from '../../server/src/releases/records';

/** One change as the API's `changes` lists it. */
export interface ChangeRecord {
  release: number;
  kind: ChangeKind | string;
  record: RecordKind | string;
  id: string;
  before?: unknown;
  after?: unknown;
}

/** What the graph shows of a record changed in a range of releases: its net change and the last release that touched it. */
export interface Mark {
  kind: ChangeKind;
  record: 'ENTITY' | 'RELATIONSHIP';
  id: string;
  release: number;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** The class an element of the graph gets for its mark. */
export const markClass = (kind: ChangeKind) => `change-${kind.toLowerCase()}`;
export const MARK_CLASSES = ['change-added', 'change-changed', 'change-retired'];

/**
 * The marks on the graph for a list of changes, by element id: the net change of each entity and
 * relationship over the range (added then changed is added; added then retired, or changed back, is
 * nothing to mark), as `npm run diff` counts them. Sources are not drawn, so they get no mark.
 */
export function graphMarks(changes: readonly ChangeRecord[]): Map<string, Mark> {
  const lastRelease = new Map<string, number>();
  for (const change of changes) lastRelease.set(`${change.record}:${change.id}`, change.release);
  const marks = new Map<string, Mark>();
  const diffs = netDiff(changes.map((change) => ({ ...change, before: change.before ?? null, after: change.after ?? null })) as Parameters<typeof netDiff>[0]);
  for (const diff of diffs) {
    if (diff.record !== 'ENTITY' && diff.record !== 'RELATIONSHIP') continue;
    marks.set(diff.id, { kind: diff.kind, record: diff.record, id: diff.id, release: lastRelease.get(`${diff.record}:${diff.id}`)!, before: diff.before, after: diff.after });
  }
  return marks;
}

/** The name a change reads by: an entity's name, a relationship's "from TYPE to" (ends named by `names` when known), else its id. */
export function changeName(change: Pick<ChangeRecord, 'record' | 'id' | 'before' | 'after'>, names: (id: string) => string = (id) => id): string {
  const values = (change.after ?? change.before ?? {}) as Record<string, unknown>;
  if (change.record === 'ENTITY' && typeof values.name === 'string') return values.name;
  if (change.record === 'RELATIONSHIP' && typeof values.from === 'string' && typeof values.to === 'string' && typeof values.type === 'string') {
    return `${names(values.from)} ${values.type} ${names(values.to)}`;
  }
  if (change.record === 'SOURCE' && typeof values.title === 'string') return values.title;
  return change.id;
}

/** Whether a retired relationship among `marks` joins entities `a` and `b`. */
export function relatedByRetired(marks: ReadonlyMap<string, Mark>, a: string, b: string): boolean {
  for (const mark of marks.values()) {
    if (mark.record !== 'RELATIONSHIP' || mark.kind !== 'RETIRED') continue;
    const { from, to } = (mark.before ?? {}) as { from?: unknown; to?: unknown };
    if ((from === a && to === b) || (from === b && to === a)) return true;
  }
  return false;
}

/**
 * The retired entities worth drawing: those a retired relationship joins to an entity on screen
 * (`onScreen`). One related to nothing shown would float apart from the graph, meaning nothing.
 */
export function retiredEntitiesBeside(retired: readonly Mark[], onScreen: (id: string) => boolean): Mark[] {
  const entities = retired.filter((mark) => mark.record === 'ENTITY');
  const ids = new Set(entities.map((mark) => mark.id));
  const beside = new Set<string>();
  for (const mark of retired) {
    if (mark.record !== 'RELATIONSHIP') continue;
    const { from, to } = (mark.before ?? {}) as { from?: unknown; to?: unknown };
    if (typeof from !== 'string' || typeof to !== 'string') continue;
    if (ids.has(from) && onScreen(to) && !ids.has(to)) beside.add(from);
    if (ids.has(to) && onScreen(from) && !ids.has(from)) beside.add(to);
  }
  return entities.filter((mark) => beside.has(mark.id));
}
