// A page of entities ordered by name then id, optionally of one kind. Keyset pagination: the page
// starts after ($afterName, $afterId), so deep pages cost the same as the first.
CALL () {
  MATCH (n:Entity)
  WHERE $kind IS NULL OR n.kind = $kind
  RETURN count(n) AS totalCount
}
CALL () {
  MATCH (n:Entity)
  WHERE ($kind IS NULL OR n.kind = $kind)
    AND ($afterName IS NULL OR n.name > $afterName OR (n.name = $afterName AND n.id > $afterId))
  WITH n
  ORDER BY n.name, n.id
  LIMIT $first
  RETURN collect(n {
    .id, .kind, .name, .description, .start, .end, .aliases, .identifiers,
    citations: COLLECT {
      UNWIND n.citationIds AS citationId
      MATCH (c:Citation {id: citationId})-[:CITES]->(s:Source)
      RETURN c {.quote, .locator, .claimedBy, source: s {.id, .title, .publisher, .url, .published, .retrieved, .language}}
    }
  }) AS entities
}
RETURN totalCount, entities
