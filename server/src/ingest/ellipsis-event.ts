/**
 * An event a sentence leaves out ("Units from Belarus and Russia also took part.", «В них приняли участие …»)
 * is read by two readers: one takes the meeting phrase named last as it is written ("the exercise"), the
 * other the exercises the sentence before named (toFallback 'nearExercise'). Where the second found named
 * exercises, the first's bare noun is the same event said vaguely, not another one: it is dropped.
 */
import { EXERCISE_EN, EXERCISE_RU } from './event-reference';
import type { FactEnd, ProposedFact } from './types';

/** An end that is only an exercise noun, maybe after a few words of its kind or its owner and before its owner ("logistics exercise", "the bloc's exercise", «совместные учения ОДКБ»). */
const BARE_EXERCISE = new RegExp(`^(?:(?:the|these|those|this|that|its|their) )?(?:[\\p{L}-]+(?:['’]s)? ){0,3}(?:${EXERCISE_EN}|${EXERCISE_RU})(?: (?:ОДКБ|организации|блока|альянса|of the (?:CSTO|bloc|alliance)))?$`, 'iu');

const sentenceKey = (fact: ProposedFact) => `${fact.type}|${fact.from.entityId ?? fact.from.text}|${fact.evidence.paragraph}|${fact.evidence.start}`;

export function withoutVagueExercises(proposals: ProposedFact[]): ProposedFact[] {
  const resolved = new Set(proposals.filter((fact) => fact.to.entityId).map(sentenceKey));
  return proposals.filter((fact) => fact.to.entityId || !BARE_EXERCISE.test(fact.to.text.trim()) || !resolved.has(sentenceKey(fact)));
}

/** A plural exercise noun alone ("the drills", «учениями», "all three exercises"), not a singular one nor one with a name. */
const PLURAL_EXERCISES = /^(?:(?:the|these|those|their|its|all|both|all (?:two|three|four) (?:of the )?|эти|этими|этих|все|всеми|всех|обоими|оба) )?(?:(?:[\p{L}-]+ ){0,2})(?:exercises|drills|manoeuvres|maneuvers|war ?games|учения|учений|учениям|учениями|учениях|маневр(?:ы|ов|ами|ах)|манёвр(?:ы|ов|ами|ах))$/iu;

/** The types whose end is an event, and which end. Not ATTENDED: a person is at one exercise's site on a day, not at a list of them. */
const EVENT_SIDE: Record<string, 'from' | 'to'> = { PARTICIPATES_IN: 'to', CONDUCTS: 'to', HOSTS: 'to', HELD_IN: 'from' };

/** A pronoun for the exercises just named, as a rule's end: «Руководство ими осуществлял …», «всеми тремя», "them". */
const EXERCISES_PRONOUN = /^(?:ими|всеми (?:тремя|двумя|четырьмя|пятью)|обоими|them|all three|all of them|both)$/iu;
/** How many a pronoun or a noun counts: «всеми тремя», "all three", «обоими», "both". */
const COUNTS: [RegExp, number][] = [
  [/(?<![\p{L}])(?:both|the two|all two|обоими|оба|обе|двумя)(?![\p{L}])/iu, 2],
  [/(?<![\p{L}])(?:three|тремя|три)(?![\p{L}])/iu, 3],
  [/(?<![\p{L}])(?:four|четырьмя|четыре)(?![\p{L}])/iu, 4],
];

/**
 * A fact whose event is a plural exercise noun («Руководить учениями будет Объединённый штаб», "The Joint Staff directed the
 * drills") is a fact of every exercise the last sentence naming any named, when it named several: the noun stands for them all,
 * not for the last one, which is what the layers resolve it to. `exercisesBefore` gives those exercises for a fact's sentence.
 * A noun the layers left unresolved, or a pronoun («Руководство ими», «всеми тремя»), of who directs them is spread the same way
 * when the sentence just before, in its paragraph, named two or more (the last so many where it counts them); a pronoun with too
 * few is dropped (an unresolved noun stays: it may be an exercise the graph has no name for).
 */
export function everyExerciseOfPlural(proposals: ProposedFact[], exercisesBefore: (fact: ProposedFact) => FactEnd[], exercisesJustBefore: (fact: ProposedFact) => FactEnd[]): ProposedFact[] {
  const keyOf = (fact: ProposedFact) => `${fact.type}|${fact.from.entityId ?? fact.from.text}|${fact.to.entityId ?? fact.to.text}`;
  const given = new Set(proposals.map(keyOf));
  return proposals.flatMap((fact) => {
    const side = EVENT_SIDE[fact.type];
    if (!side) return [fact];
    const text = fact[side].text.trim();
    const pronoun = !fact[side].entityId && EXERCISES_PRONOUN.test(text);
    // Unresolved: only who directs them (the gains seen), and only of the exercises the sentence just before named, in its paragraph.
    const unresolved = fact.type === 'CONDUCTS' && !fact[side].entityId && (pronoun || PLURAL_EXERCISES.test(text));
    if (!unresolved && (!fact[side].entityId || !PLURAL_EXERCISES.test(text))) return pronoun ? [] : [fact];
    let exercises = unresolved ? exercisesJustBefore(fact) : exercisesBefore(fact);
    const count = COUNTS.find(([words]) => words.test(text))?.[1] ?? 2;
    if (unresolved) {
      if (exercises.length < count) return pronoun ? [] : [fact];
      if (COUNTS.some(([words]) => words.test(text))) exercises = exercises.slice(-count);
    } else if (exercises.length < 2 || !exercises.some((end) => end.entityId === fact[side].entityId)) return [fact];
    const others = exercises.map((end) => ({ ...fact, [side]: end })).filter((other) => other[side].entityId === fact[side].entityId || !given.has(keyOf(other)));
    for (const other of others) given.add(keyOf(other));
    return others;
  });
}

/**
 * A quantifier over the exercises ("all the exercises", "all of the drills", «всеми учениями», «все эти учения»): every exercise the
 * paragraph named, not only the last sentence's ("… Interaction and Search will be held in Belarus. Rubezh will take place in
 * Kyrgyzstan. All the exercises will be directed by the Joint Staff."). Group 1 is the noun, which the fact's end must be.
 */
const ALL_EXERCISES = /(?<![\p{L}])(?:all(?: of)?(?: the| these| those| its| their| this year's| next year's)?(?: (?:two|three|four|five|six|planned|joint|[\p{L}-]+))? (exercises|drills|manoeuvres|maneuvers)|(?:все|всех|всем|всеми|всего) (?:(?:эти|этих|этим|этими|запланированные|запланированных|запланированными|совместные|совместных|совместными) )?(учения|учений|учениям|учениями|манёвры|маневры|манёврами|маневрами))(?![\p{L}])/iu;

/**
 * Each fact whose event end is the noun of such a quantifier becomes a fact of every exercise `exercisesOfParagraph` gives for its
 * sentence (the exercises its paragraph named before it), when they are at least two; whether the layers resolved the noun or not.
 */
export function everyExerciseOfAll(proposals: ProposedFact[], exercisesOfParagraph: (fact: ProposedFact) => FactEnd[]): ProposedFact[] {
  const keyOf = (fact: ProposedFact) => `${fact.type}|${fact.from.entityId ?? fact.from.text}|${fact.to.entityId ?? fact.to.text}|${fact.since ?? ''}|${fact.until ?? ''}`;
  const given = new Set(proposals.map(keyOf));
  return proposals.flatMap((fact) => {
    const side = EVENT_SIDE[fact.type];
    if (!side) return [fact];
    const all = ALL_EXERCISES.exec(fact.evidence.quote);
    const noun = all?.[1] ?? all?.[2];
    // The end is the quantified noun itself (as written, or the exercise the layers read it as).
    if (!noun || !(fact[side].text.trim().toLowerCase() === noun.toLowerCase() || PLURAL_EXERCISES.test(fact[side].text.trim()))) return [fact];
    const exercises = exercisesOfParagraph(fact);
    if (exercises.length < 2) return [fact];
    const others = exercises.map((end) => ({ ...fact, [side]: end })).filter((other) => !given.has(keyOf(other)));
    for (const other of others) given.add(keyOf(other));
    return others;
  });
}

/** "Both exercises", «оба учения», "all three drills": a plural noun that counts the exercises named just before. */
export const BOTH_EXERCISES = /^(?:(?:both|all (?:two|three|four)|these|the two|the three|оба|обе|все (?:два|три|четыре)|эти|все эти)(?: \p{L}+)? (?:exercises|drills|manoeuvres|maneuvers|учения|маневра|манёвра|учений|мероприятия)|both|all (?:three|four)|the (?:two|three|four))$/iu;
/** How many exercises the plural noun counts, where it says: "both", «все три». */
const COUNTED = /^(?:(both|the two|оба|обе|все два)|(all three|the three|все три)|(all four|the four|все четыре))(?![\p{L}])/iu;

/**
 * A series the exercises just named belong to, said of them by a plural noun («Оба учения вошли в комплекс мероприятий «Боевое
 * братство»», ru.part-of.plural-exercises): one PART_OF for each exercise the last sentence naming any named,
 * when it named two or more; none where it named fewer (the noun then counts something the text did not name).
 */
export function everyExerciseInSeries(proposals: ProposedFact[], exercisesBefore: (fact: ProposedFact) => FactEnd[], recentExercises: (fact: ProposedFact) => FactEnd[]): ProposedFact[] {
  return proposals.flatMap((fact) => {
    if (fact.type !== 'PART_OF' || fact.from.entityId || !BOTH_EXERCISES.test(fact.from.text.trim())) return [fact];
    const exercises = exercisesBefore(fact).filter((end) => end.entityId !== fact.to.entityId);
    // A noun that counts them («Оба учения», "all three") after sentences that named them one by one («… шёл «Эшелон» … Оба
    // учения …», Interaction named a paragraph before): the last exercises named, as many as it counts, when there are so many.
    const counted = COUNTED.exec(fact.from.text.trim());
    const count = counted ? (counted[1] ? 2 : counted[2] ? 3 : 4) : 0;
    if (exercises.length < count) {
      const recent = recentExercises(fact).filter((end) => end.entityId !== fact.to.entityId);
      return recent.length >= count ? recent.slice(-count).map((end) => ({ ...fact, from: end })) : [];
    }
    return exercises.length < 2 ? [] : exercises.map((end) => ({ ...fact, from: end }));
  });
}
