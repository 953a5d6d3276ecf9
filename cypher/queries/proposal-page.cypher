// A page of the review queue: proposals filtered by state, source and origin (each optional), the
// newest ingestion first and in text order within a source, with the total, in one statement. An origin
// matches itself and the origins it is the scheme of ("wikidata" matches "wikidata:Q159$…@123").
// The page starts after $after, the sort key of the last proposal of the page before (a keyset, not
// an offset: deciding proposals between two pages neither skips nor repeats any), and reads one
// proposal more than asked, to tell whether another page follows. ORDER BY ... LIMIT keeps the top
// rows only, so no list of every match is built.
CALL () {
  MATCH (p:Proposal)
  WHERE ($state IS NULL OR p.state = $state)
    AND ($sourceId IS NULL OR p.sourceId = $sourceId)
    AND ($origin IS NULL OR p.origin = $origin OR p.origin STARTS WITH $origin + ':')
  RETURN count(p) AS totalCount
}
CALL () {
  MATCH (p:Proposal)
  WHERE ($state IS NULL OR p.state = $state)
    AND ($sourceId IS NULL OR p.sourceId = $sourceId)
    AND ($origin IS NULL OR p.origin = $origin OR p.origin STARTS WITH $origin + ':')
    AND ($after IS NULL
      OR p.createdAt < $after.createdAt
      OR (p.createdAt = $after.createdAt AND (p.sourceId > $after.sourceId
        OR (p.sourceId = $after.sourceId AND (p.paragraph > $after.paragraph
          OR (p.paragraph = $after.paragraph AND (p.quoteStart > $after.quoteStart
            OR (p.quoteStart = $after.quoteStart AND p.id > $after.id))))))))
  WITH p ORDER BY p.createdAt DESC, p.sourceId, p.paragraph, p.quoteStart, p.id
  LIMIT $first + 1
  RETURN collect(p {.*}) AS proposals
}
RETURN totalCount, proposals
