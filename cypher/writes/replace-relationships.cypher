// Replaces relationships whose content changed. Neo4j cannot change a relationship's type or ends,
// so the old one (named by the element id the importer found it under, in this same transaction)
// is deleted and the new one created.
UNWIND $rows AS row
CALL (row) {
  MATCH ()-[old]->()
  WHERE elementId(old) = row.replaces
  DELETE old
}
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
USING INDEX SEEK a:Entity(id) USING INDEX SEEK b:Entity(id)
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
