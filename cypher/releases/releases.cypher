// A page of releases, newest first, below $before (keyset pagination on the number).
MATCH (h:ReleaseHead {name: 'releases'})
CALL () {
  MATCH (r:Release) WHERE r.number < $before
  RETURN r
  ORDER BY r.number DESC
  LIMIT $first
}
RETURN h.latest AS totalCount, collect(r {.*}) AS releases
