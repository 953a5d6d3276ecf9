// The entity itself and its dated (or attested) relationships (with the entity at the other end), for its
// timeline. At most 2,000 relationships; the timeline is built and ordered in TypeScript.
MATCH (n:Entity {id: $id})
CALL (n) {
  MATCH (n)-[r]-(other:Entity)
  WHERE r.since IS NOT NULL OR r.until IS NOT NULL OR r.attested IS NOT NULL
  WITH r, other
  ORDER BY coalesce(r.sinceFirst, r.untilLast)
  LIMIT 2000
  RETURN collect({
    relationship: r {
      .id, .since, .until, .attested, .status, .role, .note, type: type(r), from: startNode(r).id, to: endNode(r).id,
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
