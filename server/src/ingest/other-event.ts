/**
 * Words that make a meeting or exercise noun another event than the one reported on: "the next summit",
 * «очередная сессия», "a summit", "similar drills". One list for the two readers of it, each with its
 * own anchoring: the reference layer (event-reference.ts) reads the words just before a bare noun, the
 * event dating pass (event-dates.ts) reads a fact end's words anywhere.
 */
const OTHER_EVENT_WORDS =
  'next|upcoming|coming|following|previous|last|first|future|another|other|each|every|any|a|an|such|similar|аналогичн\\p{L}*|очередн\\p{L}*|следующ\\p{L}*|будущ\\p{L}*|предстоящ\\p{L}*|ближайш\\p{L}*|прошл\\p{L}*|предыдущ\\p{L}*|перв\\p{L}*|друг\\p{L}*|нов\\p{L}*|кажд\\p{L}*|любо\\p{L}*|ежегодн\\p{L}*|таки\\p{L}*|подобн\\p{L}*';

/** The words right before a noun, at the end of a text (one word may stand between); not a time ("Last year the exercise …"). */
export const OTHER_EVENT_BEFORE = new RegExp(`(?<![\\p{L}])(?:${OTHER_EVENT_WORDS})\\s+(?!(?:year|month|week|году|месяце|неделе)\\s)(?:\\p{L}+\\s+)?$`, 'iu');

/** The words anywhere in a phrase: an end named "next session" or «предыдущее заседание» is not the event reported on. */
export const OTHER_EVENT_IN = new RegExp(`(?<![\\p{L}])(?:${OTHER_EVENT_WORDS})(?![\\p{L}])`, 'iu');
