// Retires relationships in release $release (each named by the element id found in this same
// transaction): a :RETIRED copy keeps the version (type in r.type) for reads of older releases, the
// live one and its citations go (the change records keep the citations).
UNWIND $rows AS row
MATCH (a)-[r]->(b)
WHERE elementId(r) = row.elementId
WITH a, b, r, r.citationIds AS citationIds
CREATE (a)-[v:RETIRED]->(b)
SET v = properties(r), v.type = type(r), v.retiredIn = $release
DELETE r
WITH citationIds
CALL (citationIds) {
  MATCH (c:Citation) WHERE c.id IN citationIds
  DETACH DELETE c
}
