/**
 * An exercise named only as the frame or the yardstick of the one a report is about (round 21): "part of the wider
 * Combat Brotherhood-2026 exercise", "attracted less attention than the larger Combat Brotherhood series", "smaller
 * than Interaction". Such a name is not what the next sentences go on about: troops "contributed" after it went to
 * the exercise the report is about, so the readers of an event left out pass over it (facts.ts: lastExercises and
 * the meeting named last).
 */

/** The words just before a name that make it a frame or a comparison; English only: Russian «в рамках» is how reports name the series itself. */
const IN_PASSING_BEFORE = /(?<![\p{L}])(?:part of|than|compared (?:with|to)|unlike|чем) (?:(?:the|a|an|its|their) )?(?:(?:wider|larger|broader|bigger|smaller|umbrella|overall|much|far|even|annual)[ -])*["«]?$/iu;

/** Whether the name at `at` of `text` (a paragraph or a sentence's template) is named in passing. */
export const namedInPassing = (text: string, at: number): boolean => IN_PASSING_BEFORE.test(text.slice(Math.max(0, at - 60), at));
