// Removes a record from every release (an operator's legal removal, from the CLI only): an entity
// with all its relationships (every version) and their citations and change records, or every version
// of a relationship; then records the purge with its reason. Returns what was removed.
OPTIONAL MATCH (n:Entity {id: $id})
CALL (n) {
  OPTIONAL MATCH (n)-[r]-()
  RETURN collect(DISTINCT r.id) AS attachedIds
}
WITH n, CASE WHEN n IS NULL THEN [$id] ELSE attachedIds END AS relationshipIds
CALL (relationshipIds) {
  UNWIND relationshipIds AS relationshipId
  CALL (relationshipId) {
    MATCH ()-[r:RETIRED {id: relationshipId}]->() RETURN r
    UNION
    MATCH ()-[r]->() WHERE r.id = relationshipId AND type(r) <> 'RETIRED' AND r.citationIds IS NOT NULL RETURN r
  }
  WITH r, r.citationIds AS citationIds
  DELETE r
  WITH citationIds
  MATCH (c:Citation) WHERE c.id IN citationIds
  DETACH DELETE c
}
CALL (n) {
  WITH n WHERE n IS NOT NULL
  MATCH (c:Citation) WHERE c.id IN coalesce(n.citationIds, [])
  DETACH DELETE c
}
WITH n, relationshipIds,
  CASE WHEN n IS NULL THEN [] ELSE ['entity:' + n.id] END + [id IN relationshipIds | 'relationship:' + id] AS keys
CALL (keys) {
  UNWIND keys AS key
  MATCH (c:Change {key: key})
  DETACH DELETE c
  RETURN count(c) AS changesRemoved
}
DETACH DELETE n
CREATE (p:Purge {id: $id, record: CASE WHEN n IS NULL THEN 'RELATIONSHIP' ELSE 'ENTITY' END, reason: $reason, author: $author, at: $at,
  relationships: relationshipIds, changesRemoved: changesRemoved})
RETURN p {.*} AS purge
