// Replaces the citations of each statement (an entity or a relationship, named by its owner key):
// citations no longer given are removed, the others created or updated and linked to their source.
UNWIND $owners AS owner
CALL (owner) {
  MATCH (old:Citation {owner: owner.key}) USING INDEX SEEK old:Citation(owner)
  WHERE NOT old.id IN [c IN owner.citations | c.id]
  DETACH DELETE old
}
CALL (owner) {
  UNWIND owner.citations AS c
  MATCH (s:Source {id: c.sourceId}) USING INDEX SEEK s:Source(id)
  MERGE (citation:Citation {id: c.id})
  SET citation = c, citation.owner = owner.key
  WITH citation, s
  CALL (citation, s) {
    MATCH (citation)-[stale:CITES]->(other:Source)
    WHERE other <> s
    DELETE stale
  }
  MERGE (citation)-[:CITES]->(s)
}
