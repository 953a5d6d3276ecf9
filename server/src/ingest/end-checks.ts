/**
 * Ends a relationship cannot have, whatever rule read them: one chairs a meeting or a body, never an
 * exercise («под председательством России силы ОДКБ провели … учений»: the year's chairmanship, not the
 * drills'); states take part in a collective force with their units, they are not its members ("Kyrgyz
 * troops joined the exercise of the Collective Rapid Deployment Forces"); the source a sentence cites is not
 * its actor («По данным Секретариата ОДКБ, проведено более сорока мероприятий»); the chair of "the session
 * of the Collective Security Council" chairs the session, not the council. Checked on the proposals of every layer.
 */
import { EXERCISE_WORD } from './event-reference';
import type { FactEnd, ProposedFact } from './types';

/** Whether an end is an exercise named only by its noun. */
const exerciseNoun = (end: ProposedFact['to']) => !end.entityId && EXERCISE_WORD.test(end.text);

const FORCES = /(?<![\p{L}])(?:forces|сил[аыуе]?|силами)(?![\p{L}])/iu;

/** The words that cite a source just before its name: "according to the Secretariat", «по данным Секретариата», «по словам министра». */
const CITED = /(?<![\p{L}])(?:according to|citing|quoting|по данным|по словам|по сведениям|по информации|по оценке|со ссылкой на)(?: the)?\s+$/iu;

/** The facts whose first end acts (runs, hosts, takes part, adopts…); a post or a membership read of a cited person stands. */
const ACTED = new Set(['CONDUCTS', 'COORDINATES', 'ADMINISTERS', 'PARTICIPATES_IN', 'HOSTS', 'CHAIRS', 'ATTENDED', 'ESTABLISHED_BY', 'ADOPTED_AT']);

/** Whether the sentence names the first end only as the source it cites. */
function cited(fact: ProposedFact): boolean {
  const at = fact.evidence.quote.indexOf(fact.from.text);
  return at > 0 && CITED.test(fact.evidence.quote.slice(Math.max(0, at - 40), at));
}

/** A meeting noun with "of" just before a body's name: "the (annual) session of the (bloc's) Collective Security Council", «заседание Совета …». */
const MEETING_OF = /(?<![\p{L}])((?:session|meeting|sitting|summit)s? of (?:the )?(?:bloc's |alliance's |organi[sz]ation's |CSTO )?|(?:заседани|сесси|совещани)\p{L}* (?:Парламентской ассамблеи |ПА )?)$/iu;

/** The meeting a chair presides over when the sentence names it as a body's session: the session, an end the graph lacks. */
function chairedMeeting(fact: ProposedFact): FactEnd | undefined {
  if (fact.type !== 'CHAIRS' || !fact.to.entityId) return undefined;
  const quote = fact.evidence.quote;
  const at = quote.indexOf(fact.to.text);
  const meeting = at > 0 ? MEETING_OF.exec(quote.slice(Math.max(0, at - 60), at)) : null;
  return meeting ? { text: `${meeting[1]}${fact.to.text}` } : undefined;
}

export function withPossibleEnds(proposals: ProposedFact[]): ProposedFact[] {
  return proposals
    .filter((fact) => !(fact.type === 'CHAIRS' && exerciseNoun(fact.to)) && !(fact.type === 'MEMBER_OF' && FORCES.test(fact.to.text)) && !(ACTED.has(fact.type) && cited(fact)))
    .map((fact) => {
      const meeting = chairedMeeting(fact);
      return meeting ? { ...fact, to: meeting } : fact;
    });
}
