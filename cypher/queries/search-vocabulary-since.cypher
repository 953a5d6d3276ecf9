// The names a search vocabulary read at release $since lacks: those of the entity versions added or
// changed by the releases after it (their change records, by the change_release index), with the head
// they take the vocabulary to. Read first, as in search-vocabulary: a release that commits meanwhile
// is left to the next catch-up. `rewoundAt` (a restore, a reset) tells the caller that the releases
// after $since are of another history and the vocabulary must be read in full.
OPTIONAL MATCH (h:ReleaseHead {name: 'releases'})
WITH coalesce(h.latest, 0) AS latest, coalesce(h.edits, 0) AS edits, coalesce(h.rewoundAt, 0) AS rewoundAt
CALL (latest) {
  MATCH (c:Change)
  WHERE $since < c.release <= latest AND c.record = 'ENTITY' AND c.kind <> 'RETIRED'
  RETURN collect([c.name, c.aliasNames]) AS names
}
RETURN latest, edits, rewoundAt, names
