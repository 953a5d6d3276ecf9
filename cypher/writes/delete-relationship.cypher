// Deletes one relationship, named by the element id relationships-by-id found in this transaction,
// with its citations.
MATCH ()-[r]->()
WHERE elementId(r) = $elementId
WITH r, r.citationIds AS citationIds
DELETE r
WITH citationIds
OPTIONAL MATCH (c:Citation) WHERE c.id IN citationIds
DETACH DELETE c
RETURN count(*) > 0 AS deleted
