// Ranked full-text matches over names and aliases. $query is a Lucene query built by
// server/src/graph/search-query.ts from the user's words (escaped), never raw user text.
// A name or alias equal to what was typed ($exact, lowercased) ranks first: "csto" is the CSTO
// itself before the "CSTO Charter".
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
  WHERE ($kinds IS NULL OR node.kind IN $kinds) AND CASE WHEN $release IS NULL THEN true ELSE node.createdIn <= $release END
  RETURN count(node) AS totalCount
}
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
  WHERE ($kinds IS NULL OR node.kind IN $kinds) AND CASE WHEN $release IS NULL THEN true ELSE node.createdIn <= $release END
  WITH node AS n,
       score + CASE WHEN toLower(node.name) = $exact OR any(alias IN node.aliasNames WHERE toLower(alias) = $exact) THEN 100.0 ELSE 0.0 END AS rank
  ORDER BY rank DESC, n.name, n.id
  SKIP $offset LIMIT $first
  RETURN collect({score: rank, entity: n {
    .id, .kind, .name, .description, .start, .end, .aliases, .identifiers,
    citations: COLLECT {
      UNWIND n.citationIds AS citationId
      MATCH (c:Citation {id: citationId})-[:CITES]->(s:Source)
      RETURN c {.quote, .locator, .claimedBy, source: s {.id, .title, .publisher, .url, .published, .retrieved, .language}}
    }
  }}) AS hits
}
RETURN totalCount, hits
