/**
 * Whether the three sides of bench:peer answer alike: each answer is named lists of ids (entities,
 * relationships, citations…), compared as sets; the lines say what differs and why.
 */
export type Answer = Record<string, string[]>;

const sample = (values: string[]) => (values.length > 4 ? `${values.slice(0, 4).join(', ')}, …` : values.join(', '));

/** Orgraph's answer (`ours`, named `oursName`) against each other side's; `expected` gives why a set differs by construction. */
export function answerDifferences(query: string, ours: Answer, others: Record<string, Answer>, expected: Record<string, string>, oursName = 'Orgraph'): string[] {
  const lines: string[] = [];
  for (const [side, theirs] of Object.entries(others)) {
    const same: string[] = [];
    const differ: string[] = [];
    for (const key of [...new Set([...Object.keys(ours), ...Object.keys(theirs)])]) {
      const a = ours[key] ?? [];
      const b = theirs[key] ?? [];
      const setA = new Set(a);
      const setB = new Set(b);
      const onlyOurs = [...setA].filter((id) => !setB.has(id));
      const onlyTheirs = [...setB].filter((id) => !setA.has(id));
      if (onlyOurs.length === 0 && onlyTheirs.length === 0) {
        const order = a.join('\n') === b.join('\n') || setA.size !== a.length || setB.size !== b.length ? '' : ', other order';
        same.push(`${key} ${setA.size}${order}`);
        continue;
      }
      const why = expected[key] && side !== 'raw Cypher' ? `by construction: ${expected[key]}` : 'NOT EXPECTED: a discrepancy to look into';
      differ.push(
        `    ${key}: ${setA.size} from ${oursName}, ${setB.size} from ${side}; only ${oursName}: ${onlyOurs.length} [${sample(onlyOurs)}]; only ${side}: ${onlyTheirs.length} [${sample(onlyTheirs)}]\n      (${why})`,
      );
    }
    lines.push(`- ${query}, ${side}: ${differ.length === 0 ? 'same' : 'differs'}${same.length ? ` (same: ${same.join('; ')})` : ''}`, ...differ);
  }
  return lines;
}

/** Where an answer's ids and counts are, named by their path without list indices. */
const COUNTED = new Set(['totalCount', 'length', 'truncated']);

/**
 * Any GraphQL answer as named lists (for two versions of the same API, bench:ab): every `id` and every
 * count (`totalCount`, `length`, `truncated`) under its path, and the length of every list
 * (`entity.citations[]`), in the order met.
 */
export function idsAndCounts(data: unknown, at = '', into: Answer = {}): Answer {
  const add = (key: string, value: string) => (into[key] ??= []).push(value);
  if (Array.isArray(data)) {
    add(`${at}[]`, String(data.length));
    for (const item of data) idsAndCounts(item, at, into);
  } else if (data && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) {
      const path = at ? `${at}.${key}` : key;
      if (key === 'id' || COUNTED.has(key)) add(path, String(value));
      else idsAndCounts(value, path, into);
    }
  }
  return into;
}
