// Writes relationships exactly as given between nodes named by label and id (with load-raw-nodes,
// for the migration test).
UNWIND $relationships AS rel
MATCH (a:$(rel.fromLabel) {id: rel.from}), (b:$(rel.toLabel) {id: rel.to})
CREATE (a)-[r:$(rel.type)]->(b)
SET r = rel.props
