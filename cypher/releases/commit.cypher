// Commits a release in the writer's transaction: the head moves to $number, the Release node records
// who, when, what from and how much; the change records come with it ($changes, one row per record).
// Returns the trust window the writer waits after its commit (server/src/neo4j/commit-wait.ts) and the
// edits count, which with $number is the graph version the release makes (search-vocabularies.ts).
MATCH (h:ReleaseHead {name: 'releases'})
REMOVE h._lock
SET h.latest = $number
CREATE (r:Release {number: $number, committedAt: $committedAt, author: $author, summary: $summary, origin: $origin,
  added: $added, changed: $changed, retired: $retired})
RETURN coalesce(h.trustMs, 0) AS trustMs, coalesce(h.edits, 0) AS edits
