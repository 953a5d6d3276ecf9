// Ranked full-text matches over names and aliases, counted and paged in one pass over one index
// query, in one round trip. $query is built by server/src/graph/search-query.ts (searchQuery) from the
// user's words, escaped, never raw user text: any word matches, and the Lucene score puts every word
// before some words, and the words in the order typed before the rest. A name or alias equal to what
// was typed ($exact, lowercased) ranks first: "csto" is the CSTO itself before the "CSTO Charter". Its
// score is raised by the best score of all the hits, so scores still fall down the list; ties are
// broken by name, then id. The latest release only: an older one has its own statement
// (search-at-release), which matches the names as they were then.
// $withDetails and $withCitations: whether the query selects more than id, kind and name, and the
// citations (server/src/graph/selection.ts); what is not selected is not read.
//
// No property is read per hit (on a large graph there are thousands), only for the few that can reach
// the page. The entities named exactly what was typed come from a phrase query ($phrase: the typed text
// as one escaped phrase, without fuzzy terms, so cheap), which finds every such name or alias and some
// longer ones, which the equality test drops.
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $phrase) YIELD node
  WHERE toLower(node.name) = $exact OR any(alias IN coalesce(node.aliasNames, []) WHERE toLower(alias) = $exact)
  RETURN collect(node) AS named
}
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
// (A retired entity keeps no name, so the index does not hold it.)
WHERE $kinds IS NULL OR node.kind IN $kinds
// The procedure yields its hits by descending score: collected in that order, scores[k - 1] is the
// k-th best score. The exact matches are picked out by identity, no property read.
WITH collect(node) AS nodes, collect(score) AS scores,
     collect(CASE WHEN node IN named THEN {n: node, score: score} END) AS exactHits
WITH nodes, scores, exactHits, [hit IN exactHits | hit.n] AS exact, size(nodes) AS totalCount
// The page can hold only the exact matches and the hits scoring at least the score at position
// $offset + $first (ties included: the order among equal scores is by name): with e exact matches, the
// page's other hits are among the best $offset + $first - e others, all at or above that score.
WITH nodes, scores, exactHits, exact, totalCount,
     scores[CASE WHEN totalCount < $offset + $first THEN totalCount ELSE $offset + $first END - 1] AS threshold
CALL (nodes, scores, exactHits, exact, totalCount, threshold) {
  UNWIND [hit IN exactHits | {n: hit.n, rank: hit.score + scores[0]}]
    + [i IN range(0, totalCount - 1) WHERE scores[i] >= threshold AND NOT nodes[i] IN exact | {n: nodes[i], rank: scores[i]}] AS hit
  WITH hit.n AS n, hit.rank AS rank
  WITH n, rank, n.name AS name, n.id AS id
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
// The graph version the index was queried at: the server's vocabulary of the index's words (the
// typos in $query, server/src/graph/search-vocabulary.ts) must be of it, or is read again.
OPTIONAL MATCH (h:ReleaseHead {name: 'releases'})
RETURN totalCount, hits, coalesce(h.latest, 0) AS latest, coalesce(h.edits, 0) AS edits
