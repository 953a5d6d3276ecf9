// Counts for the stats query: entities by kind, relationships by type, sources and citations.
// Counts by label and by relationship type come from Neo4j's count store.
CALL () { MATCH (n:Entity) RETURN count(n) AS withRetired }
CALL () { MATCH (n:RetiredEntity) RETURN count(n) AS retired }
CALL () { MATCH (n:Source) RETURN count(n) AS sources }
CALL () { MATCH (n:Citation) RETURN count(n) AS citations }
CALL () {
  UNWIND $kinds AS kind
  CALL (kind) { MATCH (n:$(kind.label)) RETURN count(n) AS count }
  RETURN collect({kind: kind.kind, count: count}) AS byKind
}
CALL () {
  UNWIND $types AS type
  CALL (type) { MATCH ()-[r:$(type)]->() RETURN count(r) AS count }
  RETURN collect({type: type, count: count}) AS byRelationshipType
}
RETURN withRetired - retired AS entities, sources, citations, byKind, byRelationshipType
