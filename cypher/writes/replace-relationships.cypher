// Replaces relationships whose content changed. Neo4j cannot change a relationship's type or ends,
// so the old one (named by the element id the importer found it under, in this same transaction)
// is retired: kept as a :RETIRED copy (its type in r.type, retired in row.retiredIn) for reads of
// older releases, and the new version created.
UNWIND $rows AS row
CALL (row) {
  MATCH (x)-[old]->(y)
  WHERE elementId(old) = row.replaces
  CREATE (x)-[v:RETIRED]->(y)
  SET v = properties(old), v.type = type(old), v.retiredIn = row.retiredIn
  DELETE old
}
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
USING INDEX SEEK a:Entity(id) USING INDEX SEEK b:Entity(id)
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
