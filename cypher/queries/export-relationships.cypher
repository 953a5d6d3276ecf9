// Every relationship between entities with its citations in their original order, for the export, in id order.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE type(r) <> 'RETIRED'
RETURN r {
  .id, .since, .until, .status, .role, .note, type: type(r), from: a.id, to: b.id,
  citations: COLLECT {
    UNWIND r.citationIds AS citationId
    MATCH (c:Citation {id: citationId})-[:CITES]->(s:Source)
    RETURN c {.quote, .locator, .claimedBy, source: s.id}
  }
} AS relationship
ORDER BY r.id
