import { isPartialDateError, parsePartialDate } from '../../server/src/model/partial-date';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const pad = (n: string) => n.padStart(2, '0');

function month(word: string): string | null {
  const lower = word.toLowerCase();
  // A month's name or its first three letters or more ("Sep", "Sept", "September").
  const at = lower.length < 3 ? -1 : MONTHS.findIndex((name) => name.startsWith(lower));
  return at < 0 ? null : String(at + 1).padStart(2, '0');
}

/** Rewrites the ways people type a date into the partial ISO date it means, or null when it is none of them. */
function toIso(text: string): string | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/.exec(text))) return [m[1], m[2] && pad(m[2]), m[3] && pad(m[3])].filter(Boolean).join('-');
  // Day first, as in most of the world: 01.01.2010, 1/1/2010, 1-1-2010; month and year: 01.2010.
  if ((m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(text))) return `${m[3]}-${pad(m[2]!)}-${pad(m[1]!)}`;
  if ((m = /^(\d{1,2})[./](\d{4})$/.exec(text))) return `${m[2]}-${pad(m[1]!)}`;
  // 1 Jan 2010, 1 January 2010, Jan 2010, January 1, 2010.
  if ((m = /^(\d{1,2})\.?\s+([a-z]+)\.?,?\s+(\d{4})$/i.exec(text))) return month(m[2]!) && `${m[3]}-${month(m[2]!)}-${pad(m[1]!)}`;
  if ((m = /^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/i.exec(text))) return month(m[1]!) && `${m[3]}-${month(m[1]!)}-${pad(m[2]!)}`;
  if ((m = /^([a-z]+)\.?,?\s+(\d{4})$/i.exec(text))) return month(m[1]!) && `${m[2]}-${month(m[1]!)}`;
  return null;
}

/**
 * A date as typed in the "As of" field ("2010", "2012-09", "01.01.2010", "1 Jan 2010", "January 2010")
 * as a partial ISO date, or an error in plain words. The explorer shows the ISO form back.
 */
export function parseDateInput(typed: string): { iso: string } | { error: string } {
  const text = typed.trim().replace(/\s+/g, ' ');
  const iso = toIso(text);
  if (iso === null) return { error: `“${text}” is not a date: type a year (2010), a month (2010-09 or Sep 2010) or a day (2010-09-01, 01.09.2010 or 1 Sep 2010).` };
  const parsed = parsePartialDate(iso);
  if (isPartialDateError(parsed)) return { error: `“${text}” is not a real date: ${parsed.error.replace(/^"[^"]*" /, '')}.` };
  return { iso };
}
