/**
 * A proposed fact against what the graph already says: the same fact (a new citation for it), a
 * contradiction (other dates, or another holder of a post only one can hold at a time), or new.
 */
import { parsePartialDate, isPartialDateError, type PartialDate } from '../model/partial-date';
import type { Comparison, ExistingRelationship, ProposedFact } from './types';

function parsed(text: string | null | undefined): PartialDate | null {
  if (!text) return null;
  const date = parsePartialDate(text);
  return isPartialDateError(date) ? null : date;
}

/** Two partial dates agree when their intervals overlap (2026 agrees with 2026-01-01); a missing one agrees with anything. */
function agree(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = parsed(a);
  const y = parsed(b);
  if (!x || !y) return true;
  return x.first <= y.last && y.first <= x.last;
}

/** Whether two periods (open ends unbounded) share a day. */
function overlap(a: { since?: string | null; until?: string | null }, b: { since?: string | null; until?: string | null }): boolean {
  const aStart = parsed(a.since)?.first ?? '0000-01-01';
  const aEnd = parsed(a.until)?.last ?? '9999-12-31';
  const bStart = parsed(b.since)?.first ?? '0000-01-01';
  const bEnd = parsed(b.until)?.last ?? '9999-12-31';
  return aStart <= bEnd && bStart <= aEnd;
}

const normalRole = (role: string | null | undefined) => (role ?? '').toLowerCase().replace(/[\s\-–—]+/g, ' ').trim();

/** Posts one holder at a time: the chair of an organization, its Secretary-General (acting or not), a head. */
function singleHolder(type: string, role: string | null | undefined): boolean {
  if (type === 'CHAIRS' || type === 'HEADS') return true;
  if (type !== 'HOLDS_POSITION') return false;
  return /^(secretary general|president|prime minister|chair(man|woman|person)?|chief|director|head)\b/.test(normalRole(role));
}

/** Roles compared for the same post: "Secretary-General (acting)" holds the post of "Secretary-General". */
const post = (role: string | null | undefined) => normalRole(role).replace(/\s*\(acting\)|^acting\s+/g, '');

export function compareWithGraph(fact: ProposedFact, existing: ExistingRelationship[]): Comparison {
  const from = fact.from.entityId;
  const to = fact.to.entityId;
  if (!from || !to) return { relation: 'NEW', matches: [] };
  const sameType = existing.filter((rel) => rel.type === fact.type);
  const samePost = (rel: ExistingRelationship) => !fact.role || !rel.role || post(fact.role) === post(rel.role);

  const sameEnds = sameType.filter((rel) => rel.from === from && rel.to === to && samePost(rel));
  const supports = sameEnds.filter(
    (rel) =>
      agree(fact.since, rel.since) &&
      agree(fact.until, rel.until) &&
      (!fact.status || !rel.status || rel.status.toLowerCase() === fact.status.toLowerCase()),
  );
  if (supports.length > 0) return { relation: 'SUPPORTS_EXISTING', matches: supports.map((rel) => rel.id) };

  // The same ends with other dates: a conflict only when no period of the graph could be the one meant.
  const conflicting = sameEnds.filter((rel) => !agree(fact.since, rel.since) || !agree(fact.until, rel.until));
  // Without a period, the day the sentence says it held ("as of") is the period.
  const period = fact.since || fact.until ? fact : { since: fact.attested, until: fact.attested };
  const otherHolders = singleHolder(fact.type, fact.role)
    ? sameType.filter((rel) => rel.to === to && rel.from !== from && samePost(rel) && overlap(period, rel))
    : [];
  const acting = (role: string | null | undefined) => /acting/i.test(role ?? '');
  const conflicts = [...conflicting, ...otherHolders.filter((rel) => acting(rel.role) === acting(fact.role))];
  if (conflicts.length > 0) return { relation: 'CONFLICTS', matches: conflicts.map((rel) => rel.id) };
  return { relation: 'NEW', matches: [] };
}
