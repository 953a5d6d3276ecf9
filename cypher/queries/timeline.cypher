// The entity itself and its dated relationships (with the entity at the other end), for its
// timeline. At most 2,000 relationships; the timeline is built and ordered in TypeScript.
MATCH (n:Entity {id: $id})
WHERE CASE WHEN $release IS NULL THEN n.retiredIn IS NULL ELSE true END
CALL (n) {
  MATCH (n)-[r]-(other:Entity)
  WHERE (r.since IS NOT NULL OR r.until IS NOT NULL)
    AND CASE WHEN $release IS NULL THEN type(r) <> 'RETIRED' ELSE r.addedIn <= $release AND coalesce(r.retiredIn, $release + 1) > $release END
  WITH r, other
  ORDER BY coalesce(r.sinceFirst, r.untilLast)
  LIMIT 2000
  RETURN collect({
    relationship: r {
      .id, .since, .until, .status, .role, .note, type: coalesce(r.type, type(r)), from: startNode(r).id, to: endNode(r).id,
      citations: COLLECT {
        UNWIND r.citationIds AS citationId
        MATCH (c:Citation {id: citationId})-[:CITES]->(s:Source)
        RETURN c {.quote, .locator, .claimedBy, source: s {.id, .title, .publisher, .url, .published, .retrieved, .language}}
      }
    },
    other: other {
      .id, .kind, .name, .description, .start, .end, .aliases, .identifiers,
      citations: COLLECT {
        UNWIND other.citationIds AS citationId
        MATCH (c:Citation {id: citationId})-[:CITES]->(s:Source)
        RETURN c {.quote, .locator, .claimedBy, source: s {.id, .title, .publisher, .url, .published, .retrieved, .language}}
      }
    }
  }) AS dated
}
RETURN n {
  .id, .kind, .name, .description, .start, .end, .aliases, .identifiers,
  citations: COLLECT {
    UNWIND n.citationIds AS citationId
    MATCH (c:Citation {id: citationId})-[:CITES]->(s:Source)
    RETURN c {.quote, .locator, .claimedBy, source: s {.id, .title, .publisher, .url, .published, .retrieved, .language}}
  }
} AS entity, dated
