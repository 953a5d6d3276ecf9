// Everything an entity report needs, in one round trip: the entity, all its relationships (at most
// 5,000) with the entity at the other end, and who heads, chairs or holds a position in each of its
// bodies (entities PART_OF it). "As of" filtering and grouping happen in server/src/reports/.
MATCH (n:Entity {id: $id})
WHERE CASE WHEN $release IS NULL THEN n.retiredIn IS NULL ELSE true END
CALL (n) {
  MATCH (n)-[r]-(other:Entity)
  WHERE CASE WHEN $release IS NULL THEN type(r) <> 'RETIRED' ELSE r.addedIn <= $release AND coalesce(r.retiredIn, $release + 1) > $release END
  WITH r, other
  ORDER BY coalesce(r.type, type(r)), coalesce(r.sinceFirst, ''), other.name
  LIMIT 5000
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
  }) AS relationships
}
CALL (n) {
  MATCH (body:Entity)-[p:PART_OF|RETIRED]->(n)
  WHERE coalesce(p.type, type(p)) = 'PART_OF' AND CASE WHEN $release IS NULL THEN type(p) <> 'RETIRED' ELSE p.addedIn <= $release AND coalesce(p.retiredIn, $release + 1) > $release END
  MATCH (head:Entity)-[r:HEADS|HOLDS_POSITION|CHAIRS|RETIRED]->(body)
  WHERE coalesce(r.type, type(r)) IN ['HEADS', 'HOLDS_POSITION', 'CHAIRS'] AND CASE WHEN $release IS NULL THEN type(r) <> 'RETIRED' ELSE r.addedIn <= $release AND coalesce(r.retiredIn, $release + 1) > $release END
  RETURN collect({
    relationship: r {
      .id, .since, .until, .status, .role, .note, type: coalesce(r.type, type(r)), from: head.id, to: body.id,
      citations: COLLECT {
        UNWIND r.citationIds AS citationId
        MATCH (c:Citation {id: citationId})-[:CITES]->(s:Source)
        RETURN c {.quote, .locator, .claimedBy, source: s {.id, .title, .publisher, .url, .published, .retrieved, .language}}
      }
    },
    head: head {.id, .kind, .name, .description, .start, .end, .aliases, .identifiers, citations: []},
    body: body {.id, .kind, .name, .description, .start, .end, .aliases, .identifiers, citations: []}
  }) AS heads
}
RETURN n {
  .id, .kind, .name, .description, .start, .end, .aliases, .identifiers,
  citations: COLLECT {
    UNWIND n.citationIds AS citationId
    MATCH (c:Citation {id: citationId})-[:CITES]->(s:Source)
    RETURN c {.quote, .locator, .claimedBy, source: s {.id, .title, .publisher, .url, .published, .retrieved, .language}}
  }
} AS entity, relationships, heads
