// Entity change records written before migration 010 (no aliasNames yet), a batch at a time, with the
// version they hold (the record before a retirement), for server/src/releases/change-names.ts.
MATCH (c:Change)
WHERE c.record = 'ENTITY' AND c.aliasNames IS NULL
RETURN elementId(c) AS change, coalesce(c.after, c.before) AS version
LIMIT $limit
