// A page of the review queue: proposals filtered by state, source and origin (each optional), the
// newest ingestion first and in text order within a source, with the total. An origin matches itself
// and the origins it is the scheme of ("wikidata" matches "wikidata:Q159$…@123").
MATCH (p:Proposal)
WHERE ($state IS NULL OR p.state = $state)
  AND ($sourceId IS NULL OR p.sourceId = $sourceId)
  AND ($origin IS NULL OR p.origin = $origin OR p.origin STARTS WITH $origin + ':')
WITH p ORDER BY p.createdAt DESC, p.sourceId, p.paragraph, p.quoteStart, p.id
WITH collect(p) AS found
RETURN size(found) AS totalCount, [p IN found[$offset..$offset + $first] | p {.*}] AS proposals
