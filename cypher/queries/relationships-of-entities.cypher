// The relationships that start or end at the given entities, each with its citations: what a proposed
// fact is compared with (the same ends, or another holder of the same post), and what a supporting
// citation is added to. Only what the graph says now: no retired entity or relationship (releases
// keep those, with retiredIn on the entity and RETIRED as the relationship's type).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE e.retiredIn IS NULL
CALL (e) {
  MATCH (e)-[r]->(b:Entity)
  RETURN r, e AS a, b
  UNION
  MATCH (a:Entity)-[r]->(e)
  RETURN r, a, e AS b
}
WITH DISTINCT r, a, b
WHERE type(r) <> 'RETIRED' AND a.retiredIn IS NULL AND b.retiredIn IS NULL
RETURN r {
  .id, .since, .until, .status, .role, .note, type: type(r), from: a.id, to: b.id,
  citations: COLLECT {
    UNWIND r.citationIds AS citationId
    MATCH (c:Citation {id: citationId})-[:CITES]->(s:Source)
    RETURN c {.quote, .locator, .claimedBy, source: s {.id, .title, .publisher, .url, .published, .retrieved, .language}}
  }
} AS relationship
