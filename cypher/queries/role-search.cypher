// Relationships whose role matches what was typed ("Secretary-General" finds the holders of the post),
// with both ends, in date order (undated last). $query is a Lucene query built by
// server/src/graph/search-query.ts from the user's words (escaped), never raw user text.
CALL db.index.fulltext.queryRelationships('relationship_roles', $query) YIELD relationship AS r
WITH r, startNode(r) AS a, endNode(r) AS b
ORDER BY coalesce(r.sinceFirst, '9999-12-31'), r.role, a.name, r.id
LIMIT $first
RETURN r {
  .id, .since, .until, .status, .role, .note, type: type(r), from: a.id, to: b.id,
  citations: COLLECT {
    UNWIND r.citationIds AS citationId
    MATCH (c:Citation {id: citationId})-[:CITES]->(s:Source)
    RETURN c {.quote, .locator, .claimedBy, source: s {.id, .title, .publisher, .url, .published, .retrieved, .language}}
  }
} AS relationship,
a {
  .id, .kind, .name, .description, .start, .end, .aliases, .identifiers,
  citations: COLLECT {
    UNWIND a.citationIds AS citationId
    MATCH (c:Citation {id: citationId})-[:CITES]->(s:Source)
    RETURN c {.quote, .locator, .claimedBy, source: s {.id, .title, .publisher, .url, .published, .retrieved, .language}}
  }
} AS from,
b {
  .id, .kind, .name, .description, .start, .end, .aliases, .identifiers,
  citations: COLLECT {
    UNWIND b.citationIds AS citationId
    MATCH (c:Citation {id: citationId})-[:CITES]->(s:Source)
    RETURN c {.quote, .locator, .claimedBy, source: s {.id, .title, .publisher, .url, .published, .retrieved, .language}}
  }
} AS to
