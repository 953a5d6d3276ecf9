// Search at an older release: matches the names and aliases the entities had then, not today's. The
// full-text index over change records (migration 009) holds every version's names; a hit counts when
// its version is the one in effect at $release (no later change of that record at or before it) and
// is not a retirement. Every word, else any word, counted and paged in one pass, as search.cypher.
// Id, kind and name come from the version itself; with $withDetails the page's entities are read from
// the graph and given their values at $release by releases/versions-at (server/src/releases/at-release.ts).
CALL () {
  CALL db.index.fulltext.queryNodes('change_names', $query) YIELD node AS version, score
  WHERE version.release <= $release AND version.kind <> 'RETIRED'
    AND ($kinds IS NULL OR version.entityKind IN $kinds)
    AND NOT EXISTS {
      MATCH (later:Change {key: version.key})
      WHERE later.release > version.release AND later.release <= $release
    }
  RETURN collect({version: version, score: score}) AS everyWord
}
// Any word when no version matched every word, in the same statement (as search.cypher).
CALL (everyWord) {
  UNWIND CASE WHEN size(everyWord) = 0 AND $anyQuery IS NOT NULL THEN [$anyQuery] ELSE [] END AS anyQuery
  CALL db.index.fulltext.queryNodes('change_names', anyQuery) YIELD node AS version, score
  WHERE version.release <= $release AND version.kind <> 'RETIRED'
    AND ($kinds IS NULL OR version.entityKind IN $kinds)
    AND NOT EXISTS {
      MATCH (later:Change {key: version.key})
      WHERE later.release > version.release AND later.release <= $release
    }
  RETURN collect({version: version, score: score}) AS anyWord
}
UNWIND everyWord + anyWord AS hit
// Every hit counted, only the page sorted (a Top, as search.cypher).
WITH collect({id: hit.version.id, kind: hit.version.entityKind, name: hit.version.name,
     rank: hit.score + CASE WHEN toLower(hit.version.name) = $exact OR any(alias IN coalesce(hit.version.aliasNames, []) WHERE toLower(alias) = $exact) THEN 100.0 ELSE 0.0 END}) AS ranked
CALL (ranked) {
  UNWIND ranked AS hit
  WITH hit ORDER BY hit.rank DESC, hit.name, hit.id
  SKIP $offset LIMIT $first
  OPTIONAL MATCH (n:Entity {id: hit.id}) WHERE $withDetails
  // The page again in its order after the look-up (a sort of $first rows).
  WITH hit, n ORDER BY hit.rank DESC, hit.name, hit.id
  RETURN collect({score: hit.rank, entity: CASE WHEN n IS NULL THEN {id: hit.id, kind: hit.kind, name: hit.name, citations: []}
    ELSE n {.id, .kind, .name, .description, .start, .end, .aliases, .identifiers, citations: []} END}) AS hits
}
RETURN size(ranked) AS totalCount, hits
