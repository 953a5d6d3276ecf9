/**
 * A meeting's or an exercise's date, given once, for the later sentences that report on it without one:
 * "The session opened in Cholpon-Ata on Tuesday. … Delegations of Belarus and Kazakhstan took part in the
 * meeting." Journalists date an event where they first name it, then tell who came, what was adopted and
 * who ran it; every fact of that event is of that day. A pass over the article's proposals once every
 * layer has made them, so that facts of the rules, the relation layer and the learned layer alike take it.
 *
 * Precision first: the event must be the same one (the same event entity, or "the meeting"/"the
 * exercise" as the same kind of event without a name), dated by a proposal before it in the same or the
 * previous paragraph, in the same tense (a sentence about what is still to come takes a date after the
 * publication, one about what happened a date up to it), and never where the sentence gives a date of its
 * own (the layer that proposed the fact read it and chose not to date the fact by it).
 */
import type { PartialDate } from '../model/partial-date';
import { findDates, speaksOfFuture, type FoundDate } from './dates';
import { EXERCISE_WORD, MEETING_EN, MEETING_RU } from './event-reference';
import { OTHER_EVENT_IN } from './other-event';
import type { RelationshipTypeName } from '../model/vocabulary';
import type { Span } from './sentences';
import type { FactEnd, Gazetteer, Mention, ProposedFact } from './types';

/** The facts of an event, and which end is the event. */
const EVENT_END: Partial<Record<RelationshipTypeName, 'from' | 'to'>> = {
  ATTENDED: 'to',
  PARTICIPATES_IN: 'to',
  ADOPTED_AT: 'to',
  CONDUCTS: 'to',
  HOSTS: 'to',
  // A person's chair of a meeting (an end without an entity, or an event's); a body's or the organization's is not an event.
  CHAIRS: 'to',
  HELD_IN: 'from',
};

const MEETING_WORDS = new RegExp(`(?<![\\p{L}])(?:${MEETING_EN}|${MEETING_RU}|council|совет\\p{L}*)(?![\\p{L}])`, 'iu');
/** How far back the date may come from: the paragraph before is still the same report; farther, another. */
const PARAGRAPHS_BACK = 1;

/**
 * Which event an end is: an event or a programme's entity (an exercise series), an edition the graph lacks
 * by its name ("Poisk-2026"), or an unnamed meeting or exercise by its kind; undefined for anything else
 * (an organization one participates in is not an event).
 */
const kindOf = (id: string, gazetteer: Gazetteer) => String(gazetteer.entry(id)?.kind ?? '').toUpperCase();

function eventKey(end: FactEnd, gazetteer: Gazetteer): string | undefined {
  if (end.entityId) {
    const kind = kindOf(end.entityId, gazetteer);
    return kind === 'EVENT' || kind === 'INITIATIVE' ? end.entityId : undefined;
  }
  if (OTHER_EVENT_IN.test(end.text)) return undefined;
  if (/(?:19|20)\d\d$/.test(end.text)) return end.text.toLowerCase();
  return MEETING_WORDS.test(end.text) ? '?meeting' : EXERCISE_WORD.test(end.text) ? '?exercise' : undefined;
}

const inTextOrder = (a: ProposedFact, b: ProposedFact) => a.evidence.paragraph - b.evidence.paragraph || a.evidence.start - b.evidence.start;
/** Whether a date lies after the day of publication, compared at its own precision ("2026-11" is not after 30 November 2026). */
const after = (date: string, published: PartialDate) => date > published.text.slice(0, date.length);
const isDay = (date: string) => /^\d{4}-\d\d-\d\d$/.test(date);
const isYear = (date: string | undefined) => date !== undefined && /^\d{4}$/.test(date);

/**
 * A sentence that names an event and gives one date, whether or not a fact was proposed from it: "The Echelon
 * exercise was held at a range near Brest from 14 to 20 November", «В Минске 22 октября состоялось заседание
 * комиссии». The event is often at a place the graph lacks, so no fact carries the date the later sentences need.
 */
export interface EventAnchor {
  key: string;
  paragraph: number;
  start: number;
  since: string;
  until?: string;
}

const ENDED = /(?<![\p{L}])(?:ended|ends|wrapped up|wraps up|concluded|concludes|closed|closes|came to an end|завершил\p{L}*|заверша\p{L}*|закончил\p{L}*|заканчива\p{L}*|подошл\p{L}* к концу)(?![\p{L}])/iu;

/** A day the sentence gives relative to another ("the day before", «накануне»): its own, though no date is read from it. */
const OWN_DAY_UNREAD = /(?<![\p{L}])(?:the day before|the previous day|the following day|the next day|the eve of|накануне|на следующий день|днём ранее|днем ранее|в тот же день)(?![\p{L}])/iu;

/** Where an article dates its events: each sentence with exactly one date (two would leave open whose it is) and the events it names. */
export function eventAnchors(paragraphs: string[], sentences: Span[][], mentions: Mention[][], gazetteer: Gazetteer, published: PartialDate | null): EventAnchor[] {
  const anchors: EventAnchor[] = [];
  paragraphs.forEach((paragraph, p) => {
    for (const span of sentences[p] ?? []) {
      const text = paragraph.slice(span.start, span.end);
      // The year in an edition's name ("Rubezh-2026") says which edition, not when.
      const dates = findDates(text, published).filter((date) => !/\p{L}[-‑–]$/u.test(text.slice(0, date.start)));
      // A term's start or end ("since January") dates a state, not an event; a plan's scope dates what it covers.
      // A range with both ends ("ran from November 9 to 15", «с 9 по 15 ноября») is when an event was held, not a term's start.
      if (dates.length !== 1 || !(dates[0]!.role === 'point' || (dates[0]!.role === 'since' && dates[0]!.until))) continue;
      // The day an event ended ("wrapped up on Friday", «завершилось 18 сентября») is not when it was held, unless a range gives both.
      if (ENDED.test(text) && !dates[0]!.until) continue;
      const [{ date, until }] = dates as [FoundDate];
      const at = { paragraph: p + 1, start: span.start, since: date, ...(until ? { until } : {}) };
      // A programme's entity (an exercise series) is an event only where the sentence speaks of an exercise or a meeting:
      // "the border programme was extended last week" dates a decision on it, not anyone's part in it.
      const happening = EXERCISE_WORD.test(text) || MEETING_WORDS.test(text);
      const named = (mentions[p] ?? []).filter(
        (m) => m.start >= span.start && m.end <= span.end && eventKey({ entityId: m.entityId, text: m.text }, gazetteer) === m.entityId && (happening || kindOf(m.entityId, gazetteer) === 'EVENT'),
      );
      for (const key of new Set(named.map((m) => m.entityId))) anchors.push({ key, ...at });
      if (MEETING_WORDS.test(text) && !OTHER_EVENT_IN.test(text)) anchors.push({ key: '?meeting', ...at });
      else if (EXERCISE_WORD.test(text) && !OTHER_EVENT_IN.test(text)) anchors.push({ key: '?exercise', ...at });
    }
  });
  return anchors;
}

/** A dated fact or anchor an undated fact may take its date from. */
interface Source {
  key: string | undefined;
  paragraph: number;
  start: number;
  since?: string;
  until?: string;
}

/** Gives the undated facts of an event the date a fact of that event, or a sentence naming it with a date, before them has (in place). */
export function dateEventsFromContext(proposals: ProposedFact[], gazetteer: Gazetteer, published: PartialDate | null, anchors: EventAnchor[] = []): void {
  const ordered = [...proposals].sort(inTextOrder);
  const keys = new Map(ordered.map((fact) => [fact, keyOf(fact, gazetteer)]));
  const asSource = (fact: ProposedFact): Source => ({ key: keys.get(fact), paragraph: fact.evidence.paragraph, start: fact.evidence.start, since: fact.since, until: fact.until });
  const before = (a: { paragraph: number; start: number }, b: { paragraph: number; start: number }) => a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.start < b.start);
  ordered.forEach((fact, i) => {
    const key = keys.get(fact);
    // A bare year the sentence does not give (an edition's name, "Rubezh-2026") only says which edition: a month of it
    // given before ("In October … Rubezh-2026. Units from Russia took part in it.") says when.
    const yearOnly = isYear(fact.since) && (fact.until === undefined || fact.until === fact.since) && !fact.attested;
    if (!key || ((fact.since || fact.until || fact.attested) && !yearOnly)) return;
    // The year of an edition's name in the sentence ("took part in Rubezh-2026") is not a date of its own.
    const quote = fact.evidence.quote;
    const inName = (date: FoundDate) => yearOnly && date.date === fact.since && /\p{L}[-‑–]$/u.test(quote.slice(0, date.start));
    if (findDates(quote, published).some((date) => date.role !== 'scope' && !inName(date)) || OWN_DAY_UNREAD.test(quote)) return;
    const ahead = speaksOfFuture(quote);
    // The facts before it (as dated by now: an earlier one may have taken its date here) and the anchors before it, nearest first.
    const here = { paragraph: fact.evidence.paragraph, start: fact.evidence.start };
    const sources = [...ordered.slice(0, i).reverse().map(asSource), ...anchors.filter((anchor) => before(anchor, here))].sort((a, b) => b.paragraph - a.paragraph || b.start - a.start);
    for (const source of sources) {
      if (fact.evidence.paragraph - source.paragraph > PARAGRAPHS_BACK) break;
      if (source.key !== key || !source.since) continue;
      if (yearOnly && (isYear(source.since) || !source.since.startsWith(fact.since!))) continue;
      // "The meeting" is of one day; a month or a year dates a programme of meetings, not this one.
      if (key === '?meeting' && !isDay(source.since)) continue;
      if (published && after(source.since, published) !== ahead) continue;
      fact.since = source.since;
      if (source.until) fact.until = source.until;
      else delete fact.until;
      return;
    }
  });
}

function keyOf(fact: ProposedFact, gazetteer: Gazetteer): string | undefined {
  const side = EVENT_END[fact.type];
  return side ? eventKey(fact[side], gazetteer) : undefined;
}
