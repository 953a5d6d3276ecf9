// For the importer: which of the given ids already exist in the graph, each with its content hash,
// and for relationships the element id that lets the importer replace one without searching again.
// The hints keep every look-up a seek: a plan made while the graph was empty (the first import)
// is cached, and without them it may scan once the graph is large.
CALL {
  UNWIND $entityIds AS id
  MATCH (e:Entity {id: id}) USING INDEX SEEK e:Entity(id)
  RETURN collect([e.id, e.hash, e.retiredIn]) AS entities
}
CALL {
  UNWIND $sourceIds AS id
  MATCH (s:Source {id: id}) USING INDEX SEEK s:Source(id)
  RETURN collect([s.id, s.hash]) AS sources
}
CALL {
  UNWIND $relationships AS rel
  // Every relationship in the graph has its first citation: one seek tells whether it exists at all.
  MATCH (c:Citation {id: rel.firstCitationId}) USING INDEX SEEK c:Citation(id)
  // Most keep their ends: found between them (whatever its type now). One whose ends changed comes
  // back without hash or element id, for the importer to look up by id alone (relationships-by-id).
  OPTIONAL MATCH (a:Entity {id: rel.from})-[r]->(b:Entity {id: rel.to})
  USING INDEX SEEK a:Entity(id) USING INDEX SEEK b:Entity(id)
  WHERE r.id = rel.id AND type(r) <> 'RETIRED'
  RETURN collect([rel.id, r.hash, elementId(r)]) AS relationships
}
RETURN entities, sources, relationships
