// Creates or replaces relationships. Neo4j cannot change a relationship's type or endpoints,
// so a relationship whose id stayed but whose type or endpoints changed is deleted and created anew.
UNWIND $rows AS row
CALL (row) {
  MATCH (e:Entity) WHERE e.id IN [row.from, row.to]
  MATCH (e)-[old]-()
  WHERE old.id = row.id
    AND (type(old) <> row.type OR startNode(old).id <> row.from OR endNode(old).id <> row.to)
  WITH DISTINCT old
  DELETE old
}
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r = row.props
