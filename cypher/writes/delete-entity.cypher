// Deletes an entity, its relationships and the citations of both.
MATCH (n:Entity {id: $id})
OPTIONAL MATCH (n)-[r]-(:Entity)
WITH n, collect(r) AS relationships
WITH n, relationships, n.citationIds + reduce(ids = [], r IN relationships | ids + coalesce(r.citationIds, [])) AS citationIds
CALL (citationIds) {
  MATCH (c:Citation) WHERE c.id IN citationIds
  DETACH DELETE c
}
DETACH DELETE n
RETURN size(relationships) AS relationshipsDeleted
