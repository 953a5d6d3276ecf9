/**
 * A state's chairmanship of an organization is a term of a year, handed over on 1 January. A sentence that
 * dates it by a day or a month ("the Astana session on 28 November 2024, under Kazakhstan's chairmanship",
 * «сессия 23 ноября 2023 года прошла в период председательства Белоруссии») gives the day of something
 * that happened during the term, not the term: the term is that day's year. A handover's day ("takes over
 * on 1 January") starts the term and is kept: only a term read as one point (since = until) is widened, and
 * not at a term's bounds (January, 31 December), where the one point is the handover itself.
 */
import type { Gazetteer, ProposedFact } from './types';

const kindOf = (id: string | undefined, gazetteer: Gazetteer) => (id ? String(gazetteer.entry(id)?.kind ?? '').toUpperCase() : '');

const AT_BOUNDS = /^\d{4}-(?:01(?:-\d\d)?|12-31)$/;

/** Widens each state's chairmanship dated by one day or month to that year (in place). */
export function chairmanshipYears(proposals: ProposedFact[], gazetteer: Gazetteer): void {
  for (const fact of proposals) {
    if (fact.type !== 'CHAIRS' || !fact.since || fact.since !== fact.until || fact.since.length === 4 || AT_BOUNDS.test(fact.since)) continue;
    if (kindOf(fact.from.entityId, gazetteer) !== 'STATE' || kindOf(fact.to.entityId, gazetteer) !== 'ORGANIZATION') continue;
    fact.since = fact.until = fact.since.slice(0, 4);
  }
}
