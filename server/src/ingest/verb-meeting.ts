/**
 * A meeting named by its verb: "The defence ministers met in Astana on Monday.", «Министры встретились в
 * Минске». News prose often names the meeting it reports on only so, then writes "They approved the plan …"
 * or «Участники утвердили бюджет …» of it. The graph has no entity for such a meeting (the labels' "?"); the
 * HELD_IN the rules read from the verb already names it by its participants' words, and that end is the
 * meeting the following sentences are about, as a meeting noun's would be (MeetingFocus).
 */
import type { FocusedMeeting, SentenceMeeting } from './discourse';
import { restore, type Template } from './template';
import type { ProposedFact } from './types';

/** The rules whose meeting is the act of meeting itself (a verb of gathering), not a noun the sentence already names. */
const GATHERING_RULES = new Set(['en.held-in.met', 'en.held-in.met-gapped', 'en.held-in.body-met', 'en.held-in.body-which-met', 'ru.held-in.leaders-gathered', 'ru.held-in.gathered', 'ru.held-in.body-sat', 'ru.held-in.body-sat-place-first']);

/**
 * The meeting a sentence's facts name by a verb of gathering, when the sentence names no meeting by a noun:
 * the first HELD_IN of such a rule whose meeting has no entity. The gapped second meeting of "Defence
 * ministers met in Almaty and foreign ministers in Minsk" is not the first: the sentence's subject is.
 */
export function meetingByVerb(facts: readonly ProposedFact[]): ProposedFact | undefined {
  return facts.find((fact) => fact.type === 'HELD_IN' && !fact.from.entityId && GATHERING_RULES.has(fact.rule));
}

/**
 * The meetings a sentence names by a body's verb of gathering, for the documents the same sentence says it adopted: "The Council,
 * which met in Moscow on 10 November, approved the plan". The gathering rules' own patterns find them (the rules read the HELD_IN
 * from the same words); the span runs to the match's end, so that the date there is the meeting's, and the end is the rule's `from`.
 */
/** The date after a gathering's place ("met in Minsk on 10 May", «собрались в Минске 10 мая»): the meeting's. */
const DATE_AFTER = /^(?:,? (?:on |in |в |во )?⟦DATE#\d+⟧(?: (?:года|году))?)*/u;

export function gatheringsNamed(template: Template, rules: ReadonlyArray<{ name: string; regex: RegExp }>): SentenceMeeting[] {
  const found: SentenceMeeting[] = [];
  for (const rule of rules) {
    if (!GATHERING_RULES.has(rule.name)) continue;
    for (const match of template.text.matchAll(new RegExp(rule.regex.source, rule.regex.flags))) {
      const from = match.groups?.from;
      if (!from) continue;
      const start = match.index + match[0].indexOf(from);
      if (found.some((meeting) => meeting.start === start)) continue;
      const end = match.index + match[0].length;
      found.push({ start, end: end + DATE_AFTER.exec(template.text.slice(end))![0].length, fact: { text: restore(template, from) } });
    }
  }
  return found;
}

/** The rules whose HELD_IN is of a signing ("signed the protocol in Minsk", «подписали в Минске»): a meeting named by that verb. */
const SIGNING_RULES = new Set(['en.held-in.signed-in', 'en.held-in.signed-there', 'en.held-in.signed-object', 'ru.held-in.signed', 'ru.held-in.signed-there', 'ru.held-in.signed-participle']);

/**
 * A sentence's facts once the meeting in focus has a place: a signing in that city, after the sentence that named the
 * meeting, is a signing at that meeting ("The summit was held in Minsk. The presidents signed a protocol in Minsk as
 * well."), not another meeting held there; its HELD_IN is the meeting's, already stated. A signing the sentence dates to
 * another year than the meeting's is another meeting in the same city («принятой в Бишкеке в ноябре 2025 года» in a report
 * of a Bishkek meeting of 2026). The facts to keep.
 */
export function withoutFramedSignings(facts: readonly ProposedFact[], frame: FocusedMeeting | undefined, sentence: number): ProposedFact[] {
  if (!frame?.place || frame.sentence >= sentence) return [...facts];
  const year = frame.date?.date.slice(0, 4);
  const anotherYear = (fact: ProposedFact) => year !== undefined && fact.since !== undefined && !fact.since.startsWith(year);
  return facts.filter((fact) => !(fact.type === 'HELD_IN' && !fact.from.entityId && SIGNING_RULES.has(fact.rule) && fact.to.entityId === frame.place && !anotherYear(fact)));
}

/** Where the meeting a sentence named was held, as its facts say: the place of a HELD_IN of an end without an entity. */
export function placeOfNamed(facts: readonly ProposedFact[], named: FocusedMeeting | undefined, sentence: number): string | undefined {
  if (!named || named.sentence !== sentence || named.end.entityId) return undefined;
  return facts.find((fact) => fact.type === 'HELD_IN' && !fact.from.entityId && fact.to.entityId)?.to.entityId;
}
