// A page of entities ordered by the first day of their start date (undated ones last: they hold
// '9999-12-31'), then name and id; of one kind ($kind, with $kinds = [$kind]) or of every kind
// ($kind null, $kinds all of them). Keyset pagination from ($afterStart, $afterName, $afterId), the
// smallest strings for the first page. As in entity-list, each kind's page is read in the order of
// the (kind, startFirst, name) index and only those pages are merged. The count of all entities
// comes from Neo4j's count store.
// $withDetails and $withCitations: whether the query selects more than id, kind and name, and the
// citations; $withCitationDetails: whether it selects more of them than the quote and the source's id and
// title (server/src/graphql/selection.ts). What is not selected is not read.
CALL () {
  MATCH (n:Entity)
  RETURN count(n) AS everything
}
CALL () {
  UNWIND CASE WHEN $kind IS NULL THEN [] ELSE [$kind] END AS kind
  MATCH (n:Entity {kind: kind}) USING INDEX n:Entity(kind, name)
  WHERE n.name IS NOT NULL
  RETURN count(n) AS ofKind
}
CALL () {
  UNWIND $kinds AS kind
  CALL (kind) {
    MATCH (n:Entity {kind: kind}) USING INDEX n:Entity(kind, startFirst, name)
    WHERE n.startFirst >= $afterStart AND n.name IS NOT NULL
    WITH n
    // After the cursor. Written as a NOT: a top-level OR would be planned as a union of index seeks,
    // which loses the index order.
    WHERE NOT (n.startFirst = $afterStart AND (n.name < $afterName OR (n.name = $afterName AND n.id <= $afterId)))
    RETURN n
    // By kind first, although it is fixed here: that is the index's order, so the planner reads the
    // index in order and stops after $first entries.
    ORDER BY n.kind, n.startFirst, n.name, n.id
    LIMIT $first
  }
  WITH n
  ORDER BY n.startFirst, n.name, n.id
  LIMIT $first
  RETURN collect(CASE WHEN $withDetails THEN n {
    .id, .kind, .name, .description, .start, .end, .aliases, .identifiers, .startFirst,
    citations: COLLECT {
      UNWIND CASE WHEN $withCitations THEN n.citationIds ELSE [] END AS citationId
      MATCH (c:Citation {id: citationId})-[:CITES]->(s:Source)
      RETURN CASE WHEN $withCitationDetails
      THEN c {.quote, .locator, .claimedBy, source: s {.id, .title, .publisher, .url, .published, .retrieved, .language}}
      ELSE c {.quote, source: s {.id, .title}} END
    }
  } ELSE n {.id, .kind, .name, .startFirst, citations: []} END) AS entities
}
// Retired entities keep :Entity (reads of older releases reach them) and carry :RetiredEntity too;
// counted after the page, which keeps the page's plan reading the index in order.
CALL () { MATCH (r:RetiredEntity) RETURN count(r) AS retired }
RETURN CASE WHEN $kind IS NULL THEN everything - retired ELSE ofKind END AS totalCount, entities
