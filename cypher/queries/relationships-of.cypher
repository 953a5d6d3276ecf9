// A page of relationships for each of $ids (one round trip however many entities asked), with
// the entity at the other end. Ordered by type, then newest first, then id; paged by $offset/$first.
// Matched once: the count and the page come from the same pass over the entity's relationships.
// $withCitations and $withEndCitations: whether the query selects the relationships' citations and
// their ends'; $withEndDetails: whether it selects more of the ends than id, kind and name
// (server/src/graphql/selection.ts); what is not selected is not read.
// $entity: null, or the entities' own selection ({withDetails, withCitations, withCitationDetails}, as in
// entities-by-id) when the query asks for an entity and its relationships together at the latest release:
// then each row also carries the entity (null when retired), so the two need one round trip, not two.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[r]-(other:Entity)
  WHERE ($types IS NULL OR coalesce(CASE WHEN $release IS NULL THEN null ELSE r.type END, type(r)) IN $types)
    AND ($direction = 'BOTH' OR ($direction = 'OUT' AND startNode(r) = n) OR ($direction = 'IN' AND endNode(r) = n))
    AND ($asOfLast IS NULL OR r.sinceFirst IS NULL OR r.sinceFirst <= $asOfLast)
    AND ($asOfFirst IS NULL OR r.untilLast IS NULL OR r.untilLast >= $asOfFirst)
    AND ($asOfLast IS NULL OR r.sinceFirst IS NOT NULL OR NOT any(e IN [startNode(r), endNode(r)] WHERE e.start IS NOT NULL AND e.startFirst > $asOfLast))
    AND ($asOfFirst IS NULL OR r.untilLast IS NOT NULL OR NOT any(e IN [startNode(r), endNode(r)] WHERE e.endLast IS NOT NULL AND e.endLast < $asOfFirst))
    AND CASE WHEN $release IS NULL THEN type(r) <> 'RETIRED' ELSE r.addedIn <= $release AND coalesce(r.retiredIn, $release + 1) > $release END
  WITH r, other
  ORDER BY coalesce(r.type, type(r)), coalesce(r.sinceFirst, '') DESC, r.id
  RETURN collect({r: r, other: other}) AS matched
}
CALL (matched) {
  UNWIND range($offset, $offset + $first - 1) AS i
  WITH i, matched[i] AS hit
  WHERE hit IS NOT NULL
  WITH i, hit.r AS r, hit.other AS other
  ORDER BY i
  RETURN collect({
    relationship: r {
      .id, .since, .until, .attested, .status, .role, .note, type: coalesce(r.type, type(r)), from: startNode(r).id, to: endNode(r).id,
      citations: COLLECT {
        UNWIND CASE WHEN $withCitations THEN r.citationIds ELSE [] END AS citationId
        MATCH (c:Citation {id: citationId})-[:CITES]->(s:Source)
        RETURN c {.quote, .locator, .claimedBy, source: s {.id, .title, .publisher, .url, .published, .retrieved, .language}}
      }
    },
    other: CASE WHEN $withEndDetails OR $withEndCitations THEN other {
      .id, .kind, .name, .description, .start, .end, .aliases, .identifiers,
      citations: COLLECT {
        UNWIND CASE WHEN $withEndCitations THEN other.citationIds ELSE [] END AS citationId
        MATCH (c:Citation {id: citationId})-[:CITES]->(s:Source)
        RETURN c {.quote, .locator, .claimedBy, source: s {.id, .title, .publisher, .url, .published, .retrieved, .language}}
      }
    } ELSE other {.id, .kind, .name, citations: []} END
  }) AS page
}
RETURN id, size(matched) AS totalCount, page,
  CASE WHEN $entity IS NULL OR n.retiredIn IS NOT NULL THEN null
    WHEN $entity.withDetails THEN n {
      .id, .kind, .name, .description, .start, .end, .aliases, .identifiers,
      citations: COLLECT {
        UNWIND CASE WHEN $entity.withCitations THEN n.citationIds ELSE [] END AS citationId
        MATCH (c:Citation {id: citationId})-[:CITES]->(s:Source)
        RETURN CASE WHEN $entity.withCitationDetails
          THEN c {.quote, .locator, .claimedBy, source: s {.id, .title, .publisher, .url, .published, .retrieved, .language}}
          ELSE c {.quote, source: s {.id, .title}} END
      }
    }
    ELSE n {.id, .kind, .name, citations: []} END AS entity
