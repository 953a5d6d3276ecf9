// Entities by id, each with its citations and their sources (one round trip for any number of ids).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE CASE WHEN $release IS NULL THEN n.retiredIn IS NULL ELSE true END
RETURN n {
  .id, .kind, .name, .description, .start, .end, .aliases, .identifiers,
  citations: COLLECT {
    UNWIND n.citationIds AS citationId
    MATCH (c:Citation {id: citationId})-[:CITES]->(s:Source)
    RETURN c {.quote, .locator, .claimedBy, source: s {.id, .title, .publisher, .url, .published, .retrieved, .language}}
  }
} AS entity
