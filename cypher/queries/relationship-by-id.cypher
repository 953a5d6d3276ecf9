// One relationship by its id, found from its start entity (which the caller knows), with both ends.
MATCH (a:Entity {id: $from})-[r]->(b:Entity)
WHERE r.id = $id AND type(r) <> 'RETIRED'
RETURN r {
  .id, .since, .until, .status, .role, .note, type: coalesce(r.type, type(r)), from: a.id, to: b.id,
  citations: COLLECT {
    UNWIND r.citationIds AS citationId
    MATCH (c:Citation {id: citationId})-[:CITES]->(s:Source)
    RETURN c {.quote, .locator, .claimedBy, source: s {.id, .title, .publisher, .url, .published, .retrieved, .language}}
  }
} AS relationship,
a {
  .id, .kind, .name, .description, .start, .end, .aliases, .identifiers,
  citations: COLLECT {
    UNWIND a.citationIds AS citationId
    MATCH (c:Citation {id: citationId})-[:CITES]->(s:Source)
    RETURN c {.quote, .locator, .claimedBy, source: s {.id, .title, .publisher, .url, .published, .retrieved, .language}}
  }
} AS start,
b {
  .id, .kind, .name, .description, .start, .end, .aliases, .identifiers,
  citations: COLLECT {
    UNWIND b.citationIds AS citationId
    MATCH (c:Citation {id: citationId})-[:CITES]->(s:Source)
    RETURN c {.quote, .locator, .claimedBy, source: s {.id, .title, .publisher, .url, .published, .retrieved, .language}}
  }
} AS end
