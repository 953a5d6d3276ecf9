// What two entities share: the entities both are related to (common memberships, events,
// initiatives…), with both relationships. At most 500.
MATCH (a:Entity {id: $a})-[r1]-(x:Entity)-[r2]-(b:Entity {id: $b})
WHERE x <> a AND x <> b AND CASE WHEN $release IS NULL THEN type(r1) <> 'RETIRED' ELSE r1.addedIn <= $release AND coalesce(r1.retiredIn, $release + 1) > $release END
  AND CASE WHEN $release IS NULL THEN type(r2) <> 'RETIRED' ELSE r2.addedIn <= $release AND coalesce(r2.retiredIn, $release + 1) > $release END
RETURN x {
  .id, .kind, .name, .description, .start, .end, .aliases, .identifiers, citations: []
} AS shared,
r1 {
  .id, .since, .until, .status, .role, .note, type: coalesce(r1.type, type(r1)), from: startNode(r1).id, to: endNode(r1).id,
  citations: COLLECT {
    UNWIND r1.citationIds AS citationId
    MATCH (c:Citation {id: citationId})-[:CITES]->(s:Source)
    RETURN c {.quote, .locator, .claimedBy, source: s {.id, .title, .publisher, .url, .published, .retrieved, .language}}
  }
} AS fromA,
r2 {
  .id, .since, .until, .status, .role, .note, type: coalesce(r2.type, type(r2)), from: startNode(r2).id, to: endNode(r2).id,
  citations: COLLECT {
    UNWIND r2.citationIds AS citationId
    MATCH (c:Citation {id: citationId})-[:CITES]->(s:Source)
    RETURN c {.quote, .locator, .claimedBy, source: s {.id, .title, .publisher, .url, .published, .retrieved, .language}}
  }
} AS fromB
ORDER BY x.name, coalesce(r1.type, type(r1)), coalesce(r2.type, type(r2))
LIMIT 500
