// Ranked full-text matches over names and aliases, counted and paged in one pass, in one round trip:
// the entities that match every word ($query), or, when none does, those that match any word
// ($anyQuery, null when it is the same query). Both are Lucene queries built by
// server/src/graph/search-query.ts from the user's words (escaped), never raw user text. A name or
// alias equal to what was typed ($exact, lowercased) ranks first: "csto" is the CSTO itself before the
// "CSTO Charter". The latest release only: an older one has its own statement (search-at-release),
// which matches the names as they were then.
// $withDetails and $withCitations: whether the query selects more than id, kind and name, and the
// citations (server/src/graphql/selection.ts); what is not selected is not read.
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
  // (A retired entity keeps no name, so the index does not hold it.)
  WHERE $kinds IS NULL OR node.kind IN $kinds
  RETURN collect({n: node, score: score}) AS everyWord
}
// The fallback runs inside the statement: its index query is called once, or not at all (no row to
// call it for) when some entity matched every word.
CALL (everyWord) {
  UNWIND CASE WHEN size(everyWord) = 0 AND $anyQuery IS NOT NULL THEN [$anyQuery] ELSE [] END AS anyQuery
  CALL db.index.fulltext.queryNodes('entity_names', anyQuery) YIELD node, score
  WHERE $kinds IS NULL OR node.kind IN $kinds
  RETURN collect({n: node, score: score}) AS anyWord
}
UNWIND everyWord + anyWord AS hit
// Every hit is counted, but only the page is sorted: collected unsorted here, the subquery's ORDER BY …
// SKIP … LIMIT plans a Top of $offset + $first rows, not a sort of every hit (thousands on a large graph).
WITH collect({n: hit.n, name: hit.n.name, id: hit.n.id,
     rank: hit.score + CASE WHEN toLower(hit.n.name) = $exact OR any(alias IN hit.n.aliasNames WHERE toLower(alias) = $exact) THEN 100.0 ELSE 0.0 END}) AS ranked
CALL (ranked) {
  UNWIND ranked AS hit
  WITH hit.n AS n, hit.rank AS rank, hit.name AS name, hit.id AS id
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
