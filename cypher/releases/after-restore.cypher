// After a restore the head is the backup's: its latest release (the next one reuses the numbers made
// after the backup) and its edits count. The count moves past the largest before and after, so no
// version (latest release, edits) a cache or a client's ETag saw before the restore stands for the
// restored graph; the trust window keeps the larger of the two (servers that announced one still trust
// their reads for it). A head-moving write: the restore waits out that window after its commit.
// `rewoundAt` marks the edits count of the last rewind: a search vocabulary read before it is of
// another history and is read again in full (server/src/graph/search-vocabularies.ts).
MERGE (h:ReleaseHead {name: 'releases'}) ON CREATE SET h.latest = 0
SET h.edits = CASE WHEN coalesce(h.edits, 0) > $edits THEN h.edits ELSE $edits END + 1,
    h.trustMs = CASE WHEN coalesce(h.trustMs, 0) >= $trustMs THEN h.trustMs ELSE $trustMs END
SET h.rewoundAt = h.edits
RETURN h.trustMs AS trustMs
