/**
 * Partial ISO dates: "1992", "1992-05" or "1992-05-15". A partial date denotes an interval
 * (the whole year, the whole month, the day), and comparisons use those intervals, so that
 * precision is never invented: "member since 2006" holds on some day of 2006, not from 1 January.
 */

export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  text: string;
  precision: Precision;
  /** First and last day of the interval, as YYYY-MM-DD (these sort as strings). */
  first: string;
  last: string;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Parses a partial date; returns an error message (for the user) instead of throwing. */
export function parsePartialDate(text: string): PartialDate | { error: string } {
  const match = PATTERN.exec(text);
  if (!match) {
    return { error: `"${text}" is not a partial ISO date (expected YYYY, YYYY-MM or YYYY-MM-DD)` };
  }
  const year = Number(match[1]);
  if (match[2] === undefined) {
    return { text, precision: 'year', first: `${match[1]}-01-01`, last: `${match[1]}-12-31` };
  }
  const month = Number(match[2]);
  if (month < 1 || month > 12) return { error: `"${text}" has month ${match[2]}; months run from 01 to 12` };
  const lastDay = daysInMonth(year, month);
  if (match[3] === undefined) {
    return { text, precision: 'month', first: `${match[1]}-${match[2]}-01`, last: `${match[1]}-${match[2]}-${pad(lastDay)}` };
  }
  const day = Number(match[3]);
  if (day < 1 || day > lastDay) {
    return { error: `"${text}" has day ${match[3]}, but ${match[1]}-${match[2]} has ${lastDay} days` };
  }
  return { text, precision: 'day', first: text, last: text };
}

export function isPartialDateError(value: PartialDate | { error: string }): value is { error: string } {
  return 'error' in value;
}

/**
 * The `startFirst` of an entity without a start date: after every real date, so that ordering by
 * start lists undated entities last, straight from the (kind, startFirst, name) index.
 */
export const UNDATED_START = '9999-12-31';

/** Parses a date the caller has already validated; throws on bad input. */
export function partialDate(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if (isPartialDateError(parsed)) throw new RangeError(parsed.error);
  return parsed;
}

/**
 * The last day of a term that ends as another starts on `start` (a chairmanship handed over, a post
 * taken by a successor): the day before a day, since `until` is inclusive and the two must not overlap
 * ("takes over on 1 January 2027": the predecessor until 2026-12-31); a month or a year as given, since
 * the term ran into it.
 */
export function endBefore(start: string): string {
  const parsed = parsePartialDate(start);
  if (isPartialDateError(parsed) || parsed.precision !== 'day') return start;
  const day = new Date(`${parsed.first}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
}

/**
 * Whether a period [since, until] may end before it starts: only when the whole `until`
 * interval lies before the whole `since` interval ("1999" to "1999-04" is a valid period).
 */
export function endsBeforeStart(since: PartialDate, until: PartialDate): boolean {
  return until.last < since.first;
}

/**
 * Whether a fact valid from `since` to `until` (either may be open) holds on `asOf`:
 * since <= asOf and asOf <= until, comparing the intervals the dates denote (they overlap).
 */
export function holdsOn(asOf: PartialDate, since: PartialDate | null, until: PartialDate | null): boolean {
  if (since && since.first > asOf.last) return false;
  if (until && until.last < asOf.first) return false;
  return true;
}
