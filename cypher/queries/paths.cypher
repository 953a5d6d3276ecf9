// The shortest paths between two entities (at most 10, shortest first, up to 6 hops), over
// relationships of $types (or all) that hold on the "as of" interval (or at any time).
// SHORTEST takes a literal count, hence 10 here and LIMIT $first below.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 10 (a)-[r WHERE ($types IS NULL OR coalesce(CASE WHEN $release IS NULL THEN null ELSE r.type END, type(r)) IN $types)
    AND ($asOfLast IS NULL OR r.sinceFirst IS NULL OR r.sinceFirst <= $asOfLast)
    AND ($asOfFirst IS NULL OR r.untilLast IS NULL OR r.untilLast >= $asOfFirst)
    AND CASE WHEN $release IS NULL THEN type(r) <> 'RETIRED' ELSE r.addedIn <= $release AND coalesce(r.retiredIn, $release + 1) > $release END]-{1,6}(b)
WHERE length(p) <= $maxHops
WITH p
ORDER BY length(p)
LIMIT $first
RETURN [n IN nodes(p) | n {
  .id, .kind, .name, .description, .start, .end, .aliases, .identifiers,
  citations: COLLECT {
    UNWIND n.citationIds AS citationId
    MATCH (c:Citation {id: citationId})-[:CITES]->(s:Source)
    RETURN c {.quote, .locator, .claimedBy, source: s {.id, .title, .publisher, .url, .published, .retrieved, .language}}
  }
}] AS nodes,
[r IN relationships(p) | r {
  .id, .since, .until, .status, .role, .note, type: coalesce(r.type, type(r)), from: startNode(r).id, to: endNode(r).id,
  citations: COLLECT {
    UNWIND r.citationIds AS citationId
    MATCH (c:Citation {id: citationId})-[:CITES]->(s:Source)
    RETURN c {.quote, .locator, .claimedBy, source: s {.id, .title, .publisher, .url, .published, .retrieved, .language}}
  }
}] AS hops
