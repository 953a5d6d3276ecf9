// Creates entities that do not exist yet (the importer has checked that no entity has their ids):
// no MERGE, so a first import of many entities is one pass.
UNWIND $rows AS row
CREATE (n:Entity:$(row.label))
SET n = row.props
