// Every entity with its citations in their original order, for the export, in id order.
MATCH (n:Entity)
WHERE n.retiredIn IS NULL
RETURN n {
  .id, .kind, .name, .description, .start, .end, .aliases, .identifiers,
  citations: COLLECT {
    UNWIND n.citationIds AS citationId
    MATCH (c:Citation {id: citationId})-[:CITES]->(s:Source)
    RETURN c {.quote, .locator, .claimedBy, source: s.id}
  }
} AS entity
ORDER BY n.id
