import { UserInputError } from '../errors';
import { isPartialDateError, parsePartialDate } from '../model/partial-date';
import { isRelationshipType } from '../model/vocabulary';

/** Checks of query arguments that GraphQL's types cannot express; each names the argument at fault. */

export function pageSize(first: number | null | undefined, defaults: { default: number; max: number }, field = 'first'): number {
  if (first === null || first === undefined) return defaults.default;
  if (!Number.isInteger(first) || first < 0 || first > defaults.max) {
    throw new UserInputError(`${field} must be between 0 and ${defaults.max}, got ${first}`, field);
  }
  return first;
}

export function intInRange(value: number | null | undefined, field: string, range: { default: number; min: number; max: number }): number {
  if (value === null || value === undefined) return range.default;
  if (!Number.isInteger(value) || value < range.min || value > range.max) {
    throw new UserInputError(`${field} must be between ${range.min} and ${range.max}, got ${value}`, field);
  }
  return value;
}

/** The interval an "as of" date denotes, as Cypher parameters; both null when no date was given. */
export function asOfBounds(asOf: string | null | undefined, field = 'asOf'): { asOfFirst: string | null; asOfLast: string | null } {
  if (asOf === null || asOf === undefined) return { asOfFirst: null, asOfLast: null };
  const parsed = parsePartialDate(asOf);
  if (isPartialDateError(parsed)) throw new UserInputError(`${field}: ${parsed.error}`, field);
  return { asOfFirst: parsed.first, asOfLast: parsed.last };
}

export function relationshipTypes(types: readonly string[] | null | undefined, field = 'types'): string[] | null {
  if (types === null || types === undefined) return null;
  const unknown = types.filter((type) => !isRelationshipType(type));
  if (unknown.length > 0) {
    // A few are enough to see the mistake; a request may send thousands.
    const named = unknown.slice(0, 5).join(', ') + (unknown.length > 5 ? ` and ${unknown.length - 5} more` : '');
    throw new UserInputError(`${field}: unknown relationship type${unknown.length > 1 ? 's' : ''} ${named} (see the relationshipTypes query)`, field);
  }
  return [...types];
}

export function entityId(id: string, field = 'id'): string {
  if (id.length === 0 || id.length > 200) throw new UserInputError(`${field} must be a non-empty id of at most 200 characters`, field);
  return id;
}

/** Cursors are opaque to clients: base64url of a small JSON value. */
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

export function decodeCursor<T>(cursor: string, field: string, check: (value: unknown) => value is T): T {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  if (!check(value)) throw new UserInputError(`${field} is not a cursor this query returned`, field);
  return value;
}

/**
 * The largest offset a cursor may hold: far beyond any list here, and far from the 64-bit integers
 * of Cypher, which a crafted cursor (an offset of 1e300 or 2^63-1) would otherwise overflow.
 */
export const MAX_OFFSET = 1_000_000_000;

export const isOffset = (value: unknown): value is { offset: number } => {
  const offset = (value as { offset?: unknown } | null)?.offset;
  return typeof value === 'object' && Number.isInteger(offset) && (offset as number) >= 0 && (offset as number) <= MAX_OFFSET;
};

export function offsetAfter(after: string | null | undefined): number {
  return after ? decodeCursor(after, 'after', isOffset).offset + 1 : 0;
}

/**
 * A page of a Relay connection whose cursors are offsets: `edges` start at `offset` of `totalCount`.
 * (The entities list uses name cursors and builds its own.)
 */
export function offsetPage<Edge extends { cursor?: string }>(nodes: Array<Omit<Edge, 'cursor'>>, offset: number, totalCount: number) {
  const edges = nodes.map((edge, i) => ({ ...edge, cursor: encodeCursor({ offset: offset + i }) }) as Edge & { cursor: string });
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: offset + edges.length < totalCount,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
