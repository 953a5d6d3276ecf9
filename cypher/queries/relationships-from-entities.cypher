// The relationships that start at the given entities, each with its citations and both ends: what a
// proposed fact is compared with, and what a supporting citation is added to.
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity)
RETURN r {
  .id, .since, .until, .status, .role, .note, type: type(r), from: a.id, to: b.id,
  citations: COLLECT {
    UNWIND r.citationIds AS citationId
    MATCH (c:Citation {id: citationId})-[:CITES]->(s:Source)
    RETURN c {.quote, .locator, .claimedBy, source: s {.id, .title, .publisher, .url, .published, .retrieved, .language}}
  }
} AS relationship
