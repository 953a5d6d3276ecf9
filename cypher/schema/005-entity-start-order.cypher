// Entities ordered by start (entities(orderBy: START)) are read in the order of this index, a kind
// at a time, so a page costs the same whatever the size of the graph. Undated entities hold
// startFirst '9999-12-31' (UNDATED_START in server/src/model/partial-date.ts), which lists them last;
// the first statement gives it to those written before this file.
MATCH (n:Entity) WHERE n.startFirst IS NULL SET n.startFirst = '9999-12-31';
CREATE INDEX entity_kind_start IF NOT EXISTS FOR (n:Entity) ON (n.kind, n.startFirst, n.name);
DROP INDEX entity_start IF EXISTS;
