// Deletes one relationship by id, with its citations. A relationship id is unique within its type,
// so the look-up goes through each type's constraint index (one branch per type of the vocabulary;
// a test checks that every type has its branch).
CALL () {
  MATCH ()-[r:MEMBER_OF {id: $id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:OBSERVER_OF {id: $id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:PART_OF {id: $id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:ADMINISTERS {id: $id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:CHAIRS {id: $id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:HOLDS_POSITION {id: $id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:HEADS {id: $id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:PARTICIPATES_IN {id: $id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:HOSTS {id: $id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:HELD_IN {id: $id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:LOCATED_IN {id: $id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:HEADQUARTERED_IN {id: $id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:ADOPTED_AT {id: $id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:FOCUSES_ON {id: $id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:COORDINATES {id: $id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:EDITION_OF {id: $id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:ANNOUNCED {id: $id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:SUCCEEDED_BY {id: $id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:ESTABLISHED_BY {id: $id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:SIGNED {id: $id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:ATTENDED {id: $id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:PLANS {id: $id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:CONCERNS {id: $id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:SESSION_OF {id: $id}]->() RETURN r
  UNION ALL
  MATCH ()-[r:CONDUCTS {id: $id}]->() RETURN r
}
WITH r, r.citationIds AS citationIds
DELETE r
WITH citationIds
OPTIONAL MATCH (c:Citation) WHERE c.id IN citationIds
DETACH DELETE c
RETURN count(*) > 0 AS deleted
