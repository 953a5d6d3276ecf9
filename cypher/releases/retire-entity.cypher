// Retires an entity in release $release: its live relationships become :RETIRED versions (type kept
// in r.type), the live citations of both go (the change records keep them), and the node keeps only
// its id and release numbers, without its kind label, so current reads and counts no longer see it.
// Returns the ids of the relationships retired with it; no row when no current entity has that id.
MATCH (n:Entity {id: $id})
WHERE n.retiredIn IS NULL
OPTIONAL MATCH (n)-[r]-(:Entity)
WHERE type(r) <> 'RETIRED'
WITH n, collect(DISTINCT r) AS relationships
WITH n, relationships, [r IN relationships | r.id] AS relationshipIds,
  n.citationIds + reduce(ids = [], r IN relationships | ids + coalesce(r.citationIds, [])) AS citationIds
CALL (citationIds) {
  MATCH (c:Citation) WHERE c.id IN citationIds
  DETACH DELETE c
}
CALL (relationships) {
  UNWIND relationships AS r
  WITH r, startNode(r) AS a, endNode(r) AS b
  CREATE (a)-[v:RETIRED]->(b)
  SET v = properties(r), v.type = type(r), v.retiredIn = $release
  DELETE r
}
WITH n, relationshipIds, [label IN labels(n) WHERE label <> 'Entity'] AS kindLabels
REMOVE n:$(kindLabels)
SET n = {id: n.id, addedIn: n.addedIn, createdIn: n.createdIn, retiredIn: $release}
SET n:RetiredEntity
RETURN relationshipIds
