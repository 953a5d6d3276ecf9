import type { ChangeKind } from './records';
import type { ChangeModel } from './read';

/** What changed between two releases, one entry per record: its state at the first and at the second. */
export interface RecordDiff {
  kind: ChangeKind;
  record: string;
  id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/**
 * The net difference that a run of changes (in release order) makes: a record added then changed is
 * one addition; one changed and changed back, or added then retired, is no difference at all.
 */
export function netDiff(changes: readonly ChangeModel[]): RecordDiff[] {
  const byRecord = new Map<string, { record: string; id: string; before: unknown; after: unknown }>();
  for (const change of changes) {
    const key = `${change.record}:${change.id}`;
    const seen = byRecord.get(key);
    if (seen) seen.after = change.after;
    else byRecord.set(key, { record: change.record, id: change.id, before: change.before, after: change.after });
  }
  const diffs: RecordDiff[] = [];
  for (const { record, id, before, after } of byRecord.values()) {
    if (JSON.stringify(before) === JSON.stringify(after)) continue;
    const kind: ChangeKind = before === null ? 'ADDED' : after === null ? 'RETIRED' : 'CHANGED';
    diffs.push({ kind, record, id, before: before as RecordDiff['before'], after: after as RecordDiff['after'] });
  }
  return diffs.sort((a, b) => (a.record + a.id < b.record + b.id ? -1 : a.record + a.id > b.record + b.id ? 1 : 0));
}

/** The fields that differ, each as [field, before, after] (values as JSON text; absent as null). */
export function fieldChanges(before: Record<string, unknown> | null, after: Record<string, unknown> | null): Array<[string, string | null, string | null]> {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  const text = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
  return fields
    .map((field): [string, string | null, string | null] => [field, text(before?.[field]), text(after?.[field])])
    .filter(([, a, b]) => a !== b);
}

const MARK: Record<ChangeKind, string> = { ADDED: '+', CHANGED: '~', RETIRED: '-' };

/** The diff as lines for people: `+ entity csto`, `~ relationship x` with one indented line per field. */
export function diffLines(diffs: readonly RecordDiff[]): string[] {
  return diffs.flatMap((diff) => [
    `${MARK[diff.kind]} ${diff.record.toLowerCase()} ${diff.id}`,
    ...(diff.kind === 'CHANGED' ? fieldChanges(diff.before, diff.after).map(([field, a, b]) => `    ${field}: ${a ?? '(none)'} -> ${b ?? '(none)'}`) : []),
  ]);
}
