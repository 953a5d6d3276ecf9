// A page of entities ordered by the first day of their start date (undated ones last), then name
// and id, optionally of one kind. Keyset pagination from ($afterStart, $afterName, $afterId).
CALL () {
  MATCH (n:Entity)
  WHERE $kind IS NULL OR n.kind = $kind
  RETURN count(n) AS totalCount
}
CALL () {
  MATCH (n:Entity)
  WHERE $kind IS NULL OR n.kind = $kind
  WITH n, coalesce(n.startFirst, '9999-12-31') AS start
  WHERE $afterStart IS NULL
     OR start > $afterStart
     OR (start = $afterStart AND (n.name > $afterName OR (n.name = $afterName AND n.id > $afterId)))
  WITH n, start
  ORDER BY start, n.name, n.id
  LIMIT $first
  RETURN collect(n {
    .id, .kind, .name, .description, .start, .end, .aliases, .identifiers, .startFirst,
    citations: COLLECT {
      UNWIND n.citationIds AS citationId
      MATCH (c:Citation {id: citationId})-[:CITES]->(s:Source)
      RETURN c {.quote, .locator, .claimedBy, source: s {.id, .title, .publisher, .url, .published, .retrieved, .language}}
    }
  }) AS entities
}
RETURN totalCount, entities
