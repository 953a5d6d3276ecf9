// The relationships that start or end at the given entities, each with its citations: what a proposed
// fact is compared with (the same ends, or another holder of the same post), and what a supporting
// citation is added to.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)-[r]->(b:Entity)
  RETURN r, e AS a, b
  UNION
  MATCH (a:Entity)-[r]->(e)
  RETURN r, a, e AS b
}
WITH DISTINCT r, a, b
RETURN r {
  .id, .since, .until, .status, .role, .note, type: type(r), from: a.id, to: b.id,
  citations: COLLECT {
    UNWIND r.citationIds AS citationId
    MATCH (c:Citation {id: citationId})-[:CITES]->(s:Source)
    RETURN c {.quote, .locator, .claimedBy, source: s {.id, .title, .publisher, .url, .published, .retrieved, .language}}
  }
} AS relationship
