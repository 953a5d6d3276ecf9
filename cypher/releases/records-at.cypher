// Every record as it stood at $release (the last change of each key at or before it, retirements left
// out), for exports, lists and counts at an old release. Reads every change up to $release.
MATCH (c:Change) WHERE c.release <= $release
WITH c.key AS key, c
ORDER BY c.release DESC
WITH key, collect(c)[0] AS last
WHERE last.kind <> 'RETIRED'
RETURN last {.record, .id, .after, .name, .entityKind, .relationshipType, .startFirst, .citationCount} AS record
