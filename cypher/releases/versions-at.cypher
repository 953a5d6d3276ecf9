// Records as they were at $release: for each key, its last change at or before it (none, or a
// retirement: the record did not exist then), with the sources its citations name.
UNWIND $keys AS key
CALL (key) {
  MATCH (c:Change {key: key}) USING INDEX c:Change(key, release)
  WHERE c.release <= $release
  RETURN c
  ORDER BY c.release DESC
  LIMIT 1
}
WITH key, c
WHERE c.kind <> 'RETIRED'
RETURN key, c.after AS after, COLLECT {
  UNWIND coalesce(c.sourceIds, []) AS sourceId
  MATCH (s:Source {id: sourceId})
  RETURN s {.id, .title, .publisher, .url, .published, .retrieved, .language}
} AS sources
