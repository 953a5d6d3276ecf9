/**
 * A cheap test a sentence must pass before a rule's full pattern is tried on it.
 *
 * A rule's pattern is its own words (the verbs and prepositions that make it that rule) around macros
 * ({STATE:from}, {AUX}, {THE}…) that expand into long alternations. Most rules match nothing in most
 * sentences, yet the expanded pattern is tried at every slot or every position, and that costs most of
 * the extraction's time. Replace each macro by "anything", every group that then holds "anything" by
 * "anything" too, and every lookaround by nothing: what is left is the rule's own words, in pieces, and a string
 * the full pattern matches holds every piece of one of its top-level alternatives. A sentence that does
 * not is one the full pattern cannot match, so skipping it changes no result. Each piece is searched for
 * on its own: a search for a few words is linear, "anything" between them would not be.
 */

/** Stands for "anything" while the pattern is cut down; no pattern holds it. */
const ANY = '\u0001';
const LOOKAROUND = /^\(\?<?[=!]/;
/** A quantifier after a group or after "anything": "*", "+", "?", "{2}", "{0,3}", lazy or not. */
const QUANTIFIER = /^(?:[*+?]|\{\d+(?:,\d*)?\})\??/;

/**
 * The pieces of a rule's own words: one list per top-level alternative of its pattern, each piece a
 * pattern source that a matching string must hold. Undefined when some alternative has no piece with a
 * letter in it (it could match a sentence with none of the rule's words; no test is worth its cost).
 *
 * `isMacro(kinds, name)` says whether `{kinds:name}` is one of ours, not the regular expression's own
 * (`\p{L}`, `{0,3}`).
 */
export function triggerPieces(pattern: string, isMacro: (kinds: string, name: string | undefined) => boolean): string[][] | undefined {
  // compile() puts a relative clause or an aside before " {AUX}", space included ("X, which had left, joined"): the space goes with the macro.
  let source = pattern.replaceAll(' {AUX}', ANY).replace(/\{([A-Z0-9|]+)(?::(\w+))?\}/g, (whole, kinds: string, name: string | undefined) => (isMacro(kinds, name) ? ANY : whole));
  source = widenGroups(source);
  const alternatives = splitTopLevel(source).map((alternative) =>
    alternative
      .split(ANY)
      .filter((piece) => /[\p{L}⟦]/u.test(piece.replace(/\\[pPkK]\{?\w*\}?|\\./g, ''))),
  );
  return alternatives.every((pieces) => pieces.length > 0) ? alternatives : undefined;
}

/** Whether a text holds every piece of one alternative. */
export function passes(trigger: RegExp[][], text: string): boolean {
  return trigger.some((pieces) => pieces.every((piece) => piece.test(text)));
}

/**
 * Replaces, innermost first, each group holding "anything" (with its quantifier) by "anything", and each lookaround by nothing:
 * a lookaround only narrows what matches, and a piece that begins with one is searched for slowly.
 */
function widenGroups(pattern: string): string {
  let source = pattern.replace(new RegExp(`${ANY}(?:${QUANTIFIER.source.slice(1)})`, 'g'), ANY);
  for (;;) {
    const group = groupsOf(source).groups.find(({ start, end }) => source.slice(start, end).includes(ANY) || LOOKAROUND.test(source.slice(start)));
    if (!group) return source;
    const quantifier = QUANTIFIER.exec(source.slice(group.end + 1))?.[0] ?? '';
    const replacement = LOOKAROUND.test(source.slice(group.start)) ? '' : ANY;
    source = source.slice(0, group.start) + replacement + source.slice(group.end + 1 + quantifier.length);
  }
}

/** The top-level alternatives of a pattern. */
function splitTopLevel(source: string): string[] {
  const bars = groupsOf(source).topLevelBars;
  return [-1, ...bars].map((bar, i) => source.slice(bar + 1, bars[i] ?? source.length));
}

/**
 * The groups of a pattern, innermost first (in the order they close), and where its top-level "|" stand;
 * escapes and character classes are skipped.
 */
function groupsOf(source: string): { groups: Array<{ start: number; end: number }>; topLevelBars: number[] } {
  const groups: Array<{ start: number; end: number }> = [];
  const topLevelBars: number[] = [];
  const opens: number[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') opens.push(i);
    else if (c === ')') {
      const start = opens.pop();
      if (start !== undefined) groups.push({ start, end: i });
    } else if (c === '|' && opens.length === 0) topLevelBars.push(i);
  }
  return { groups, topLevelBars };
}
