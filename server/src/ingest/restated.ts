/**
 * A fact an article states again in a later sentence is one fact for the reviewer: "Russia, which chairs the
 * bloc this year," in the lead and "Tajikistan takes over from Russia on 1 January" further down are one
 * chairmanship; "Armenia remains a member" said twice is one membership. The first statement is kept and
 * takes the dates the others add; a restatement whose dates contradict it is another fact ("joined in 1994
 * … came back in 2006" are two periods of a membership) and stays.
 */
import type { ProposedFact } from './types';

/** Two partial ISO dates that may name the same time: either absent, or one a prefix of the other ("2026", "2026-11-11"). */
const fits = (a: string | undefined, b: string | undefined) => a === undefined || b === undefined || a.startsWith(b) || b.startsWith(a);

/** A term that ends before the other begins ("2026" does not end before "2026-01-01"). */
const ends = (until: string | undefined, since: string | undefined) => until !== undefined && since !== undefined && until < since && !since.startsWith(until);

/** Two meetings without names in one city in one month may be two ("the Permanent Council session held last week", "the 11 November summit"): one only on the same day, or where one has no date. */
const sameDay = (a: string | undefined, b: string | undefined) => a === undefined || b === undefined || a === b;
const unnamed = (fact: ProposedFact) => fact.from.entityId === undefined;

/** The more precise of two fitting dates. */
const finer = (a: string | undefined, b: string | undefined) => (a === undefined ? b : b === undefined || a.length >= b.length ? a : b);

/** The stems of words that name a meeting's kind or nothing in particular, not whose meeting it is. */
const GENERIC = /^(?:meeti|sessi|summi|talks|confe|counc|organ|colle|treat|csto|bloc|annua|regul|extra|ordin|their|which|secur|безоп|засед|сесси|самми|встре|совещ|совет|орган|одкб|очере|внеоч|ежего|этого|своё|свое)$/u;

/** The words of a meeting without a name that say whose it is ("of the Council of Foreign Ministers"), cut to their stems. */
const ownerWords = (text: string) => new Set(text.toLowerCase().match(/\p{L}{4,}/gu)?.map((word) => word.slice(0, 5)).filter((stem) => !GENERIC.test(stem)) ?? []);

const DAY = /^\d{4}-\d{2}-\d{2}$/u;

/**
 * One party at a meeting without a name, twice on the same day: «Лукашенко принял участие в сессии Совета
 * коллективной безопасности», then «В ней приняли участие Президент … Лукашенко, …»; or named in the same words
 * (two rules reading one sentence). A person is at one meeting a day as the labels count it; a month or a year
 * is not enough ("in November" may be two sessions).
 */
const sameUnnamedMeeting = (a: ProposedFact, b: ProposedFact) =>
  a.to.entityId === undefined &&
  b.to.entityId === undefined &&
  a.from.entityId !== undefined &&
  a.from.entityId === b.from.entityId &&
  (a.to.text === b.to.text || (a.since !== undefined && DAY.test(a.since) && a.since === b.since));

/**
 * The ends of two statements are one: the same entities, or a meeting without a name held in the same place
 * whose words do not name two bodies ("the summit", later "the session of the Collective Security Council
 * in Moscow"; not the foreign ministers' meeting and the defence ministers' there). A person the graph lacks
 * is not merged: a name may be written in two cases.
 */
function sameEnds(a: ProposedFact, b: ProposedFact): boolean {
  if (sameUnnamedMeeting(a, b)) return true;
  if (a.to.entityId === undefined || a.to.entityId !== b.to.entityId) return false;
  if (a.from.entityId !== undefined || b.from.entityId !== undefined) return a.from.entityId === b.from.entityId;
  if (a.type !== 'HELD_IN') return false;
  const [one, other] = [ownerWords(a.from.text), ownerWords(b.from.text)];
  return one.size === 0 || other.size === 0 || [...one].some((word) => other.has(word));
}

const sameFact = (a: ProposedFact, b: ProposedFact) => a.type === b.type && sameEnds(a, b) && (a.status ?? '') === (b.status ?? '') && (a.role ?? '') === (b.role ?? '');

/**
 * Whether two statements' dates leave them one fact: every date of one fits the other's. A membership
 * comes and goes ("signed in 1993", later "left in 1999 and came back"): its statements are one only
 * when their dates are the same.
 */
const oneTerm = (a: ProposedFact, b: ProposedFact) =>
  a.type === 'MEMBER_OF' ? a.since === b.since && a.until === b.until : unnamed(a) ? sameDay(a.since, b.since) && sameDay(a.until, b.until) : fits(a.since, b.since) && fits(a.until, b.until) && fits(a.attested, b.attested) && !ends(b.until, a.since) && !ends(a.until, b.since);

export function withoutRestatedFacts(proposals: ProposedFact[]): ProposedFact[] {
  const kept: ProposedFact[] = [];
  for (const fact of proposals) {
    const first = kept.find((other) => sameFact(other, fact) && oneTerm(other, fact));
    if (!first) {
      kept.push(fact);
      continue;
    }
    const [since, until] = [finer(first.since, fact.since), finer(first.until, fact.until)];
    if (since !== undefined) first.since = since;
    if (until !== undefined) first.until = until;
  }
  return kept;
}
