import { EntityRelationsDocument, NeighbourhoodDocument, RelationshipTypesDocument, RoleSearchDocument, SearchDocument } from '../../../client/src/generated/graphql';
import { DEFAULT_VIEW } from '../../../client/src/view-state';

/** The explorer's first requests, with the variables it sends: after the warm-up its first load is a cache hit. */
const firstRequests = (focus: string): Array<{ query: string; variables: Record<string, unknown> }> => [
  { query: NeighbourhoodDocument.toString(), variables: { id: focus, depth: 1, types: null, limit: 300 } },
  { query: EntityRelationsDocument.toString(), variables: { id: focus } },
  { query: RelationshipTypesDocument.toString(), variables: { id: focus } },
  { query: SearchDocument.toString(), variables: { text: 'collective', first: 8 } },
  { query: RoleSearchDocument.toString(), variables: { text: 'secretary', first: 20 } },
  { query: '{ stats { entities relationships } }', variables: {} },
];

export interface WarmUpOptions {
  /** The server's own address. */
  url: string;
  /** A key that may read, when reader keys are configured. */
  key?: string | undefined;
  /** Past it, the warm-up is abandoned (and the server declared ready all the same). */
  limitMs: number;
}

/**
 * Sends the explorer's first requests to the server itself, through HTTP, Apollo and the cache, so
 * that Neo4j has planned the read statements (a cold plan cost seconds), the code paths are compiled,
 * and the response cache holds the explorer's first answers. Returns how it went; never throws.
 */
export type WarmUpResult = { ok: true; requests: number } | { ok: false; error: string };

export async function warmUp(options: WarmUpOptions): Promise<WarmUpResult> {
  const deadline = AbortSignal.timeout(options.limitMs);
  const failures: string[] = [];
  let requests = 0;
  // One slow or failed request (a cold Neo4j past the request deadline) does not stop the others.
  for (const body of firstRequests(DEFAULT_VIEW.focus)) {
    if (deadline.aborted) return { ok: false, error: `not finished in ${options.limitMs / 1000} s` };
    try {
      const response = await fetch(`${options.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...(options.key ? { authorization: `Bearer ${options.key}` } : {}) },
        body: JSON.stringify(body),
        signal: deadline,
      });
      const answer = (await response.json()) as { errors?: Array<{ message: string }> };
      // An empty graph (no CSTO) answers NOT_FOUND for the focus: still planned, still warm.
      if (response.status >= 500) throw new Error(`${response.status}: ${answer.errors?.[0]?.message ?? 'no message'}`);
      requests += 1;
    } catch (error) {
      failures.push(deadline.aborted ? `not finished in ${options.limitMs / 1000} s` : (error as Error).message);
    }
  }
  return failures.length === 0 ? { ok: true, requests } : { ok: false, error: `${failures.length} of ${requests + failures.length} requests failed: ${failures.join('; ')}` };
}
