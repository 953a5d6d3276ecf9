/**
 * The exercise an article is about stays its topic across paragraphs: a report names it once ("Rubezh-2026",
 * «учение «Взаимодействие-2026»») and then goes on with "The exercise was held …", a subheading («Замысел и
 * участники»), «Свои подразделения направили Россия, Белоруссия …», "Units of the forces from A and B practised
 * …", naming it no more. The readers of an event left out (toFallback 'nearExercise') look for an exercise named in
 * the paragraph or the one before; this gives the one the text still speaks of when that was named farther back.
 * The topic holds while every paragraph since speaks of an exercise (or is a subheading), and nothing since opens
 * another event: a meeting, an exercise said to be another ("the next exercise", «очередное учение»), next year.
 */
import { EXERCISE_WORD, MEETING_EN, MEETING_RU, type NamedEvent } from './event-reference';

/** A meeting spoken of: it, not the exercise, is what the text has moved on to. */
const MEETING_WORD = new RegExp(`(?<![\\p{L}])(?:${MEETING_EN}|${MEETING_RU})(?![\\p{L}])`, 'iu');
/** Another exercise, or another edition of the same: "the next exercise", "a similar drill", «следующее учение», "next year". */
const ANOTHER_EXERCISE = new RegExp(
  `(?<![\\p{L}])(?:(?:next|upcoming|following|previous|future|another|other|similar|следующ\\p{L}*|очередн\\p{L}*|будущ\\p{L}*|предстоящ\\p{L}*|предыдущ\\p{L}*|друг\\p{L}*|аналогичн\\p{L}*)\\s+(?:[\\p{L}-]+\\s+)?(?:exercises?|drills?|manoeuvres|maneuvers|учени\\p{L}*|манёвр\\p{L}*|маневр\\p{L}*)|next year|the following year|в следующем году|в будущем году|следующего года|на следующий год)(?![\\p{L}])`,
  'iu',
);
/** A subheading: one short line without the stop of a sentence («Замысел и участники», "What they rehearsed"). */
const SUBHEADING = /^[^\n.!?…]{1,80}$/u;
/** How many paragraphs back the topic may have been named (the headline and lead of a short report, a subheading between). */
const PARAGRAPHS_BACK = 3;

/**
 * The exercise the sentence at `start` of paragraph `p` (0-based) still has as its topic: the last known exercise
 * `events` name before it, when every paragraph between speaks of an exercise or is a subheading, and nothing from
 * that exercise's name to the sentence's end speaks of a meeting or of another exercise. Undefined otherwise.
 */
export function topicExercise(events: NamedEvent[], paragraphs: string[], p: number, start: number, end: number): NamedEvent | undefined {
  const named = events.filter((event) => event.kind === 'exercise' && event.entityId && (event.paragraph - 1 < p || (event.paragraph - 1 === p && event.start < start)));
  const last = named[named.length - 1];
  if (!last || p - (last.paragraph - 1) > PARAGRAPHS_BACK) return undefined;
  // A meeting named since, by its name: the text has moved on to it.
  if (events.some((event) => event.kind === 'meeting' && (event.paragraph > last.paragraph || (event.paragraph === last.paragraph && event.start > last.start)) && (event.paragraph - 1 < p || event.start < start))) return undefined;
  const between: string[] = [];
  for (let q = last.paragraph - 1; q <= p; q++) {
    const text = paragraphs[q]!;
    const from = q === last.paragraph - 1 ? last.start : 0;
    const to = q === p ? end : text.length;
    between.push(text.slice(from, to));
    if (q > last.paragraph - 1 && q < p && !EXERCISE_WORD.test(text) && !SUBHEADING.test(text.trim())) return undefined;
  }
  const since = between.join('\n');
  return MEETING_WORD.test(since) || ANOTHER_EXERCISE.test(since) ? undefined : last;
}
