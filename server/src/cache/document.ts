import { createHash } from 'node:crypto';
import { getOperationAST, Kind, parse, stripIgnoredCharacters, visit, type DocumentNode, type ValueNode } from 'graphql';
import { memoizeByText } from './text-memo';

/** A GraphQL request as the cache sees it: from a POST body or a GET query string. */
export interface GraphQLRequestParts {
  query: string;
  operationName: string | null;
  variables: Record<string, unknown>;
}

/** Same document whatever its spacing, comments and commas (strings stay as they are). */
export const normalizeDocument = memoizeByText((query: string): string => {
  try {
    return stripIgnoredCharacters(query);
  } catch {
    return query; // not GraphQL: Apollo will say so, and the answer is not cached
  }
});

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` make one key. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The hash of a request's document, operation and variables: the query part of cache keys and ETags. */
export function requestHash(parts: GraphQLRequestParts): string {
  return createHash('sha256')
    .update(normalizeDocument(parts.query))
    .update('\0')
    .update(parts.operationName ?? '')
    .update('\0')
    .update(canonicalJson(parts.variables))
    .digest('base64url')
    .slice(0, 27);
}

/**
 * Fields whose answer a `release` argument does not fix: lists of releases and changes, histories (they
 * grow with later releases), sources' texts, mentions and proposals (not versioned by release).
 */
const UNVERSIONED = new Set(['history', 'releases', 'release', 'changes', 'proposals', 'proposal', 'mentions', 'source', 'sources', 'text', 'paragraphs', 'relationshipTypes']);

export interface Analysis {
  operation: 'query' | 'mutation' | 'subscription';
  /** The releases a read is pinned to, when every field it asks is fixed by one: its answer never changes. */
  pinned: number[] | null;
}

const intOf = (node: ValueNode, variables: Record<string, unknown>): number | null => {
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) {
    const value = variables[node.name.value];
    return typeof value === 'number' && Number.isInteger(value) ? value : null;
  }
  return null;
};

/**
 * What a request is: its operation's type, and whether it is pinned to releases (every top-level
 * field has a `release: N`, and none of the fields it selects is one a release does not fix).
 * Null when the document does not parse or names no single operation (Apollo answers with an error).
 */
export function analyse(parts: GraphQLRequestParts, maxTokens: number): Analysis | null {
  let document: DocumentNode;
  try {
    document = parse(parts.query, { maxTokens, noLocation: true });
  } catch {
    return null;
  }
  const operation = getOperationAST(document, parts.operationName ?? undefined);
  if (!operation) return null;
  if (operation.operation !== 'query') return { operation: operation.operation, pinned: null };
  const releases = new Set<number>();
  let pinned = true;
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) pinned = false;
    else if (selection.name.value !== '__typename') {
      const argument = selection.arguments?.find((a) => a.name.value === 'release');
      const release = argument ? intOf(argument.value, parts.variables) : null;
      if (release === null) pinned = false;
      else releases.add(release);
    }
  }
  visit(document, {
    Field(node) {
      if (UNVERSIONED.has(node.name.value)) pinned = false;
    },
  });
  return { operation: 'query', pinned: pinned && releases.size > 0 ? [...releases].sort((a, b) => a - b) : null };
}
