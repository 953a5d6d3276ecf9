// The last change of each record key (its current or final version), for the "before" of a new change.
UNWIND $keys AS key
CALL (key) {
  MATCH (c:Change {key: key}) USING INDEX c:Change(key, release)
  WHERE c.release IS NOT NULL
  RETURN c
  ORDER BY c.release DESC
  LIMIT 1
}
RETURN key, c.kind AS kind, c.after AS after
