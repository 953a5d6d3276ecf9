// Ranked full-text matches over names and aliases, counted and paged in one pass over one index
// query, in one round trip. $query is built by server/src/graph/search-query.ts (searchQuery) from the
// user's words, escaped, never raw user text: any word matches, and the Lucene score puts every word
// before some words, and the words in the order typed before the rest. A name or alias equal to what
// was typed ($exact, lowercased) ranks first: "csto" is the CSTO itself before the "CSTO Charter". Its
// score is raised by the best score of all the hits, so scores still fall down the list. The latest
// release only: an older one has its own statement (search-at-release), which matches the names as
// they were then.
// $withDetails and $withCitations: whether the query selects more than id, kind and name, and the
// citations (server/src/graphql/selection.ts); what is not selected is not read.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
// (A retired entity keeps no name, so the index does not hold it.)
WHERE $kinds IS NULL OR node.kind IN $kinds
// Every hit is counted, but only the page is sorted: collected unsorted here, the subquery's ORDER BY …
// SKIP … LIMIT plans a Top of $offset + $first rows, not a sort of every hit (thousands on a large graph).
WITH collect({n: node, name: node.name, id: node.id, score: score,
     exact: toLower(node.name) = $exact OR any(alias IN node.aliasNames WHERE toLower(alias) = $exact)}) AS ranked,
     max(score) AS best
CALL (ranked, best) {
  UNWIND ranked AS hit
  WITH hit.n AS n, hit.score + CASE WHEN hit.exact THEN best ELSE 0.0 END AS rank, hit.name AS name, hit.id AS id
  ORDER BY rank DESC, name, id
  SKIP $offset LIMIT $first
  RETURN collect({score: rank, entity: CASE WHEN $withDetails THEN n {
    .id, .kind, .name, .description, .start, .end, .aliases, .identifiers,
    citations: COLLECT {
      UNWIND CASE WHEN $withCitations THEN n.citationIds ELSE [] END AS citationId
      MATCH (c:Citation {id: citationId})-[:CITES]->(s:Source)
      RETURN c {.quote, .locator, .claimedBy, source: s {.id, .title, .publisher, .url, .published, .retrieved, .language}}
    }
  } ELSE n {.id, .kind, .name, citations: []} END}) AS hits
}
RETURN size(ranked) AS totalCount, hits
