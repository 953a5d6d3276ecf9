// The entities the words of proposals' ends may name, for the reviewer's choice; one statement for
// every end of a page. $ends: {key, query, exact, entityId}; query is a Lucene query built by
// server/src/graph/search-query.ts from the words (escaped), never raw text. An end no entity was
// found for gets the entities whose names or aliases hold its words (exact names first, at most
// $first); a resolved end gets its entity and the others named exactly as it is (namesakes: the
// words are ambiguous).
UNWIND $ends AS end
CALL (end) {
  CALL db.index.fulltext.queryNodes('entity_names', end.query) YIELD node, score
  WITH node, score,
       toLower(node.name) = end.exact OR any(alias IN coalesce(node.aliasNames, []) WHERE toLower(alias) = end.exact) AS exact
  WHERE node.retiredIn IS NULL AND (end.entityId IS NULL OR exact OR node.id = end.entityId)
  WITH node, score + CASE WHEN node.id = end.entityId THEN 1000.0 WHEN exact THEN 100.0 ELSE 0.0 END AS rank
  ORDER BY rank DESC, node.name, node.id
  LIMIT $first
  RETURN collect(node.id) AS ids
}
RETURN end.key AS key, ids
