// The shortest paths between two entities (at most $first, shortest first, up to $maxHops hops), over
// relationships of $types (or all) that hold or may hold on the "as of" interval (or at any time).
// A path is a walk through entities: parallel relationships between two of them (Armenia's membership
// and its frozen participation) are one step, listed together, not two paths. SHORTEST takes a
// literal count of relationship walks, hence 30 here, enough for 10 walks through entities.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 30 (a)-[r WHERE ($types IS NULL OR coalesce(CASE WHEN $release IS NULL THEN null ELSE r.type END, type(r)) IN $types)
    AND ($asOfLast IS NULL OR r.sinceFirst IS NULL OR r.sinceFirst <= $asOfLast)
    AND ($asOfFirst IS NULL OR r.untilLast IS NULL OR r.untilLast >= $asOfFirst)
    AND ($asOfLast IS NULL OR r.sinceFirst IS NOT NULL OR NOT any(e IN [startNode(r), endNode(r)] WHERE e.start IS NOT NULL AND e.startFirst > $asOfLast))
    AND ($asOfFirst IS NULL OR r.untilLast IS NOT NULL OR NOT any(e IN [startNode(r), endNode(r)] WHERE e.endLast IS NOT NULL AND e.endLast < $asOfFirst))
    AND CASE WHEN $release IS NULL THEN type(r) <> 'RETIRED' ELSE r.addedIn <= $release AND coalesce(r.retiredIn, $release + 1) > $release END]-{1,6}(b)
WHERE length(p) <= $maxHops
WITH DISTINCT nodes(p) AS walked
ORDER BY size(walked), [n IN walked | n.name]
LIMIT $first
CALL (walked) {
  UNWIND range(0, size(walked) - 2) AS i
  WITH i, walked[i] AS x, walked[i + 1] AS y
  CALL (x, y) {
    MATCH (x)-[r]-(y)
    WHERE ($types IS NULL OR coalesce(CASE WHEN $release IS NULL THEN null ELSE r.type END, type(r)) IN $types)
      AND CASE WHEN $release IS NULL THEN type(r) <> 'RETIRED' ELSE r.addedIn <= $release AND coalesce(r.retiredIn, $release + 1) > $release END
      AND ($asOfLast IS NULL OR r.sinceFirst IS NULL OR r.sinceFirst <= $asOfLast)
      AND ($asOfFirst IS NULL OR r.untilLast IS NULL OR r.untilLast >= $asOfFirst)
      AND ($asOfLast IS NULL OR r.sinceFirst IS NOT NULL OR NOT any(e IN [startNode(r), endNode(r)] WHERE e.start IS NOT NULL AND e.startFirst > $asOfLast))
      AND ($asOfFirst IS NULL OR r.untilLast IS NOT NULL OR NOT any(e IN [startNode(r), endNode(r)] WHERE e.endLast IS NOT NULL AND e.endLast < $asOfFirst))
    WITH r
    ORDER BY coalesce(r.type, type(r)), coalesce(r.sinceFirst, r.attestedFirst, ''), r.id
    RETURN collect(r {
      .id, .since, .until, .attested, .status, .role, .note, type: coalesce(r.type, type(r)), from: startNode(r).id, to: endNode(r).id,
      citations: COLLECT {
        UNWIND r.citationIds AS citationId
        MATCH (c:Citation {id: citationId})-[:CITES]->(s:Source)
        RETURN c {.quote, .locator, .claimedBy, source: s {.id, .title, .publisher, .url, .published, .retrieved, .language}}
      }
    }) AS relationships
  }
  WITH i, relationships
  ORDER BY i
  RETURN collect(relationships) AS steps
}
RETURN [n IN walked | n {
  .id, .kind, .name, .description, .start, .end, .aliases, .identifiers,
  citations: COLLECT {
    UNWIND n.citationIds AS citationId
    MATCH (c:Citation {id: citationId})-[:CITES]->(s:Source)
    RETURN c {.quote, .locator, .claimedBy, source: s {.id, .title, .publisher, .url, .published, .retrieved, .language}}
  }
}] AS nodes, steps
