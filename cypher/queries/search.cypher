// Ranked full-text matches over names and aliases. $query is a Lucene query built by
// server/src/queries/search-query.ts from the user's words (escaped), never raw user text.
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
  WHERE $kinds IS NULL OR node.kind IN $kinds
  RETURN count(node) AS totalCount
}
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
  WHERE $kinds IS NULL OR node.kind IN $kinds
  WITH node AS n, score
  ORDER BY score DESC, n.name, n.id
  SKIP $offset LIMIT $first
  RETURN collect({score: score, entity: n {
    .id, .kind, .name, .description, .start, .end, .aliases, .identifiers,
    citations: COLLECT {
      UNWIND n.citationIds AS citationId
      MATCH (c:Citation {id: citationId})-[:CITES]->(s:Source)
      RETURN c {.quote, .locator, .claimedBy, source: s {.id, .title, .publisher, .url, .published, .retrieved, .language}}
    }
  }}) AS hits
}
RETURN totalCount, hits
