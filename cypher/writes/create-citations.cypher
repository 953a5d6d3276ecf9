// Creates the citations of statements that are new to the graph (so have none yet), each linked to
// its source. One row per citation, with the key of the statement it belongs to.
UNWIND $rows AS row
MATCH (s:Source {id: row.sourceId}) USING INDEX SEEK s:Source(id)
CREATE (c:Citation)-[:CITES]->(s)
SET c = row
