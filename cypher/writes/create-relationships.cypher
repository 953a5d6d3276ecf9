// Creates relationships that do not exist yet (the importer has checked that no relationship has
// their ids): no MERGE and no clean-up, so a first import of many relationships is one pass.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
USING INDEX SEEK a:Entity(id) USING INDEX SEEK b:Entity(id)
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
