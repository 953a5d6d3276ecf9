// Search at an older release: matches the names and aliases the entities had then, not today's. The
// full-text index over change records (migration 009) holds every version's names; a hit counts when
// its version is the one in effect at $release (no later change of that record at or before it) and
// is not a retirement. One index query ($query, as search.cypher's), counted and paged in one pass,
// ranked as search.cypher ranks: an exact name or alias first, then the Lucene score.
// Id, kind and name come from the version itself; with $withDetails the page's entities are read from
// the graph and given their values at $release by releases/versions-at (server/src/releases/at-release.ts).
CALL db.index.fulltext.queryNodes('change_names', $query) YIELD node AS version, score
WHERE version.release <= $release AND version.kind <> 'RETIRED'
  AND ($kinds IS NULL OR version.entityKind IN $kinds)
  AND NOT EXISTS {
    MATCH (later:Change {key: version.key})
    WHERE later.release > version.release AND later.release <= $release
  }
// Every hit counted, only the page sorted (a Top, as search.cypher).
WITH collect({id: version.id, kind: version.entityKind, name: version.name, score: score,
     exact: toLower(version.name) = $exact OR any(alias IN coalesce(version.aliasNames, []) WHERE toLower(alias) = $exact)}) AS ranked,
     max(score) AS best
CALL (ranked, best) {
  UNWIND ranked AS hit
  WITH hit, hit.score + CASE WHEN hit.exact THEN best ELSE 0.0 END AS rank
  ORDER BY rank DESC, hit.name, hit.id
  SKIP $offset LIMIT $first
  OPTIONAL MATCH (n:Entity {id: hit.id}) WHERE $withDetails
  // The page again in its order after the look-up (a sort of $first rows).
  WITH hit, rank, n ORDER BY rank DESC, hit.name, hit.id
  RETURN collect({score: rank, entity: CASE WHEN n IS NULL THEN {id: hit.id, kind: hit.kind, name: hit.name, citations: []}
    ELSE n {.id, .kind, .name, .description, .start, .end, .aliases, .identifiers, citations: []} END}) AS hits
}
RETURN size(ranked) AS totalCount, hits
