// The changes of the releases after $since up to $until, in release order then by record and id.
MATCH (c:Change) WHERE c.release > $since AND c.release <= $until
RETURN c {.release, .kind, .record, .id, .before, .after} AS change
ORDER BY c.release, c.record, c.id
LIMIT $limit
