import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * What a resolver's query selects below its field, so the read statements fetch only that: the parts
 * that cost reads (citations and their sources) become boolean parameters of the named statements
 * (`$withCitations`), never Cypher built from the selection. Fragments and inline fragments count;
 * directives (@include/@skip) are ignored, so a conditionally selected part is read (never too little).
 */

function fieldsOf(set: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, seen = new Set<string>()): FieldNode[] {
  if (!set) return [];
  return set.selections.flatMap((selection): FieldNode[] => {
    if (selection.kind === 'Field') return [selection];
    if (selection.kind === 'InlineFragment') return fieldsOf(selection.selectionSet, fragments, seen);
    const name = selection.name.value;
    if (seen.has(name)) return [];
    seen.add(name);
    return fieldsOf(fragments[name]?.selectionSet, fragments, seen);
  });
}

/** The field nodes the query selects at `path` below the resolver's field (fragments followed). */
export function selectedFieldNodes(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): FieldNode[] {
  let level: FieldNode[] = [...info.fieldNodes];
  for (const name of path) level = level.flatMap((node) => fieldsOf(node.selectionSet, info.fragments)).filter((field) => field.name.value === name);
  return level;
}

/** The names of the fields the query selects at `path` below the resolver's field (its own, for []). */
export function selectedFields(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): Set<string> {
  return new Set(selectedFieldNodes(info, path).flatMap((node) => fieldsOf(node.selectionSet, info.fragments)).map((field) => field.name.value));
}

/** Whether the query selects `path` (field names, e.g. ['edges', 'node', 'citations']) below the resolver's field. */
export function selects(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): boolean {
  return selectedFieldNodes(info, path).length > 0;
}

/**
 * Entity fields answered from id, kind and name alone (history and mentions read by the id). Not
 * `relationships`: the entity is one end of each, and may be asked for whole there.
 */
const LEAN_ENTITY_FIELDS = new Set(['__typename', 'id', 'kind', 'name', 'history', 'mentions']);

/** A citation's fields read without its details: the quote, and its source's id and title. */
const LEAN_CITATION_FIELDS = new Set(['__typename', 'quote', 'source']);
const LEAN_SOURCE_FIELDS = new Set(['__typename', 'id', 'title']);

/** Whether the citations at `path` select more than LEAN_CITATION_FIELDS and their sources' LEAN_SOURCE_FIELDS. */
function selectsCitationDetails(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): boolean {
  const beyond = (fields: Set<string>, lean: Set<string>) => [...fields].some((field) => !lean.has(field));
  return beyond(selectedFields(info, path), LEAN_CITATION_FIELDS) || beyond(selectedFields(info, [...path, 'source']), LEAN_SOURCE_FIELDS);
}

/**
 * What the entities at `path` select that costs reads: their other values, their citations, and of
 * those more than the quote and the source's title. An entity is one end of each of its
 * relationships, so what those select of their ends it must have too (and then its citations whole).
 */
export function entitySelection(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): { details: boolean; citations: boolean; citationDetails: boolean } {
  const fields = selectedFields(info, path);
  const citations = fields.has('citations');
  const own = {
    details: [...fields].some((field) => !LEAN_ENTITY_FIELDS.has(field) && field !== 'relationships'),
    citations,
    citationDetails: citations && selectsCitationDetails(info, [...path, 'citations']),
  };
  if (!fields.has('relationships')) return own;
  const asEnd = relationshipSelection(info, [...path, 'relationships', 'edges', 'node']);
  return { details: own.details || asEnd.endDetails, citations: own.citations || asEnd.endCitations, citationDetails: own.citationDetails || asEnd.endCitations };
}

/**
 * What the relationships at `path` select that costs reads: their citations, their ends' other values
 * and citations. `holds` is worked out from the ends' lifetimes (server/src/model/holding.ts).
 */
export function relationshipSelection(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): { citations: boolean; endDetails: boolean; endCitations: boolean } {
  const ends = [entitySelection(info, [...path, 'from']), entitySelection(info, [...path, 'to'])];
  return {
    citations: selects(info, [...path, 'citations']),
    endDetails: ends.some((end) => end.details) || selects(info, [...path, 'holds']),
    endCitations: ends.some((end) => end.citations),
  };
}

/** Relationship fields that cost a read of their own: the rest are read always (`holds` needs `attested`). */
const RELATIONSHIP_DETAIL_FIELDS = new Set(['status', 'role', 'note']);

/** What a subgraph (nodes and edges) selects that costs reads; its nodes are the ends of its edges. */
export function subgraphSelection(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>) {
  const nodes = entitySelection(info, ['nodes']);
  const edges = relationshipSelection(info, ['edges']);
  return {
    nodeDetails: nodes.details || edges.endDetails,
    nodeCitations: nodes.citations || edges.endCitations,
    edgeDetails: [...selectedFields(info, ['edges'])].some((field) => RELATIONSHIP_DETAIL_FIELDS.has(field)),
    edgeCitations: edges.citations,
    edgeCitationQuotes: selects(info, ['edges', 'citations', 'quote']),
    edgeCitationDetails: edges.citations && selectsCitationDetails(info, ['edges', 'citations']),
  };
}
