// For the importer: which of the given ids already exist in the graph, each with its content hash.
// A relationship is found from either of its endpoints, so one whose type or other end changed
// is found too (and replaced).
CALL {
  UNWIND $entityIds AS id
  MATCH (e:Entity {id: id})
  RETURN collect([e.id, e.hash]) AS entities
}
CALL {
  UNWIND $sourceIds AS id
  MATCH (s:Source {id: id})
  RETURN collect([s.id, s.hash]) AS sources
}
CALL {
  UNWIND $relationships AS rel
  MATCH (e:Entity) WHERE e.id IN [rel.from, rel.to]
  MATCH (e)-[r]-()
  WHERE r.id = rel.id
  WITH DISTINCT r
  RETURN collect([r.id, r.hash]) AS relationships
}
RETURN entities, sources, relationships
