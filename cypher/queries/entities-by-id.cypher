// Entities by id, each with its citations and their sources (one round trip for any number of ids).
// $withDetails and $withCitations: whether the query selects more than id, kind and name, and the
// citations; $withCitationDetails: whether it selects more of them than the quote and the source's id and
// title (server/src/graphql/selection.ts). What is not selected is not read.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE CASE WHEN $release IS NULL THEN n.retiredIn IS NULL ELSE true END
RETURN CASE WHEN $withDetails THEN n {
  .id, .kind, .name, .description, .start, .end, .aliases, .identifiers,
  citations: COLLECT {
    UNWIND CASE WHEN $withCitations THEN n.citationIds ELSE [] END AS citationId
    MATCH (c:Citation {id: citationId})-[:CITES]->(s:Source)
    RETURN CASE WHEN $withCitationDetails
      THEN c {.quote, .locator, .claimedBy, source: s {.id, .title, .publisher, .url, .published, .retrieved, .language}}
      ELSE c {.quote, source: s {.id, .title}} END
  }
} ELSE n {.id, .kind, .name, citations: []} END AS entity
