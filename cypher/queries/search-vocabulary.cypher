// What the entity_names index holds, for search's typo expansion (server/src/graph/search-vocabulary.ts):
// every entity's name and alias names, with the graph version they were read at. The version is read
// first: a release that commits while the names are read then makes the vocabulary look older than it
// is, so it is read again at the next search, never the other way round (new names under an old tag).
OPTIONAL MATCH (h:ReleaseHead {name: 'releases'})
WITH coalesce(h.latest, 0) AS latest, coalesce(h.edits, 0) AS edits, coalesce(h.rewoundAt, 0) AS rewoundAt
CALL () {
  MATCH (n:Entity)
  WHERE n.name IS NOT NULL OR n.aliasNames IS NOT NULL
  RETURN collect([n.name, n.aliasNames]) AS names
}
RETURN latest, edits, rewoundAt, names
