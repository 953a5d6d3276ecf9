import { isPartialDateError, parsePartialDate, type PartialDate } from './partial-date';

/**
 * The one rule for "did this relationship hold on that date?", shared by the API, the reports and
 * the explorer (client/src/time-filter.ts imports this file). Three answers, because the sources
 * often say less than a yes or no:
 *
 * - a relationship with `since` and/or `until` holds from `since` to `until` (an open end is open);
 * - one with neither, but `attested` dates, is known to hold on those dates and nothing more;
 * - one with neither and no attestation is known to hold at some time, not when.
 *
 * Where it has no `since`, it cannot hold before either of its ends began; where it has no `until`, not
 * after either ended (the CRRF, created in 2009, took part in nothing in 2003). Its own dates, where the
 * sources give them, win over its ends' (Russia was a member of the CSTO from the treaty of 1992, before
 * the organization of 2002). Dates are partial and compared by the intervals they denote, as in partial-date.ts.
 */

export type Holding = 'HELD' | 'NOT_HELD' | 'UNKNOWN';

/**
 * The finer answer the explorer and the reports draw with: NOT_HELD split into `former` (it, or one of
 * its ends, ended before the date) and `future` (it, or one of its ends, had not begun).
 */
export type TimeState = 'held' | 'unknown' | 'former' | 'future';

export const HOLDING_OF: Record<TimeState, Holding> = { held: 'HELD', unknown: 'UNKNOWN', former: 'NOT_HELD', future: 'NOT_HELD' };

/** An entity's own lifetime: its start and end dates, as text. */
export interface Lifetime {
  start?: string | null;
  end?: string | null;
}

/** What the rule needs of a relationship: its dates, as text, and its two ends. */
export interface DatedFact {
  since?: string | null;
  until?: string | null;
  attested?: readonly string[] | null;
  from?: Lifetime | null;
  to?: Lifetime | null;
}

/** A date of a record already validated; an unreadable one counts as absent rather than throwing in a browser. */
function date(text: string | null | undefined): PartialDate | null {
  if (!text) return null;
  const parsed = parsePartialDate(text);
  return isPartialDateError(parsed) ? null : parsed;
}

const beganAfter = (start: PartialDate | null, asOf: PartialDate) => start !== null && start.first > asOf.last;
const endedBefore = (end: PartialDate | null, asOf: PartialDate) => end !== null && end.last < asOf.first;
const overlaps = (a: PartialDate, b: PartialDate) => a.first <= b.last && b.first <= a.last;

/** An entity on a date: `future` before its start, `former` after its end, `held` (it exists) otherwise. */
export function lifetimeState(entity: Lifetime, asOf: PartialDate): 'held' | 'former' | 'future' {
  if (beganAfter(date(entity.start), asOf)) return 'future';
  if (endedBefore(date(entity.end), asOf)) return 'former';
  return 'held';
}

export function timeState(fact: DatedFact, asOf: PartialDate): TimeState {
  const since = date(fact.since);
  const until = date(fact.until);
  const ends = [fact.from, fact.to].filter((end): end is Lifetime => Boolean(end)).map((end) => lifetimeState(end, asOf));
  // Not begun wins over ended: a fact that did not exist yet is not a former one.
  if (since ? beganAfter(since, asOf) : ends.includes('future')) return 'future';
  if (until ? endedBefore(until, asOf) : ends.includes('former')) return 'former';
  if (since || until) return 'held';
  const attested = (fact.attested ?? []).map(date).filter((day): day is PartialDate => day !== null);
  return attested.some((day) => overlaps(day, asOf)) ? 'held' : 'unknown';
}

export function holding(fact: DatedFact, asOf: PartialDate): Holding {
  return HOLDING_OF[timeState(fact, asOf)];
}

/** "since 1992-05-15", "attested 2024-02", "date unknown": how a fact's own dates read, in a few words. */
export function datesText(fact: DatedFact): string {
  if (fact.since && fact.until) return fact.since === fact.until ? fact.since : `${fact.since} – ${fact.until}`;
  if (fact.since) return `${fact.since} –`;
  if (fact.until) return `– ${fact.until}`;
  if (fact.attested?.length) return `attested ${fact.attested.join(', ')}`;
  return 'date unknown';
}
