// roleSearch at an older release: the relationships whose role, as it was at $release, matches what was
// typed. Live relationships added at or before $release (relationship_roles), and the :RETIRED copies of
// earlier versions current then (retired_relationship_roles, migration 011), so a post edited since is
// found by its role then and one retired since is found at all. Same order and fields as role-search;
// values and citations are given their state at $release by releases/versions-at afterwards
// (server/src/releases/at-release.ts). $query is built by server/src/graph/search-query.ts.
CALL {
  CALL db.index.fulltext.queryRelationships('relationship_roles', $query) YIELD relationship AS r
  WHERE r.addedIn <= $release
  RETURN r
  UNION
  CALL db.index.fulltext.queryRelationships('retired_relationship_roles', $query) YIELD relationship AS r
  WHERE r.addedIn <= $release AND r.retiredIn > $release
  RETURN r
}
WITH r, startNode(r) AS a, endNode(r) AS b
ORDER BY coalesce(r.sinceFirst, '9999-12-31'), r.role, a.id, r.id
LIMIT $first
RETURN r {
  .id, .since, .until, .status, .role, .note, type: coalesce(r.type, type(r)), from: a.id, to: b.id, citations: []
} AS relationship,
a {.id, .kind, .name, citations: []} AS from,
b {.id, .kind, .name, citations: []} AS to
