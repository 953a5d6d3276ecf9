/**
 * Terms and the days they pass on. A state's chairmanship of an organization is a term of a year, handed over on 1 January. A sentence that
 * dates it by a day or a month ("the Astana session on 28 November 2024, under Kazakhstan's chairmanship",
 * «сессия 23 ноября 2023 года прошла в период председательства Белоруссии») gives the day of something
 * that happened during the term, not the term: the term is that day's year. A handover's day ("takes over
 * on 1 January") starts the term and is kept: only a term read as one point (since = until) is widened, and
 * not at a term's bounds (January, 31 December), where the one point is the handover itself.
 */
import type { PartialDate } from '../model/partial-date';
import { findDates } from './dates';
import type { FactEnd, Gazetteer, ProposedFact } from './types';

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

/** Words that open a clause about someone just named: a relative pronoun, a pronoun subject, a perfect's auxiliary. */
const ABOUT_THEM = /(?<![\p{L}])(?:who|whose|had|has|he|she|он|она|котор\p{L}*|чей|чья)(?![\p{L}])/iu;

const sameEnd = (a: FactEnd, b: FactEnd) => (a.entityId ?? a.text) === (b.entityId ?? b.text);

/**
 * A succession happens on a day; a period in its sentence is someone's term ("succeeded X, who held the post
 * from 2023 through 2025", "His predecessor, X, had run it since 2023", «он руководил Секретариатом в
 * 2023–2025 годах»), which the posts inferred from it keep, not the day the post passed: the succession, and
 * the successor's post inferred from it, are left undated rather than dated by the predecessor's start. A
 * period before the predecessor is named is the successor's ("appointed for 2026–2028, replacing X"), kept.
 */
export function successionDays(proposals: ProposedFact[], published: PartialDate | null): void {
  for (const succession of proposals) {
    if (succession.type !== 'SUCCEEDED_BY' || !succession.since) continue;
    const since = succession.since;
    const quote = succession.evidence.quote;
    const predecessor = quote.indexOf(succession.from.text);
    // The period is said of the predecessor, in a clause after their name ("X, who held the post from …", «X…, он руководил … в 2023–2025 годах»).
    const ofPredecessor = (start: number) => predecessor >= 0 && start > predecessor && ABOUT_THEM.test(quote.slice(predecessor + succession.from.text.length, start));
    const term = findDates(quote, published).some((date) => date.date === since && (date.until !== undefined || date.role === 'since') && ofPredecessor(date.start));
    if (!term) continue;
    delete succession.since;
    delete succession.until;
    for (const post of proposals) {
      if (post.rule === `${succession.rule}+post` && post.evidence === succession.evidence && sameEnd(post.from, succession.to) && post.since === since && !post.until) delete post.since;
    }
  }
}
