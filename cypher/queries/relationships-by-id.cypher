// Relationships by id alone. An id is unique within its relationship type, so the look-up goes through
// each type's constraint index: one branch per type of the vocabulary (a test checks that every type
// has its branch). The element id lets the caller delete or replace the relationship in the same
// transaction without searching again.
UNWIND $ids AS id
CALL (id) {
  MATCH ()-[r:MEMBER_OF {id: id}]->() USING INDEX SEEK r:MEMBER_OF(id) RETURN r
  UNION ALL
  MATCH ()-[r:OBSERVER_OF {id: id}]->() USING INDEX SEEK r:OBSERVER_OF(id) RETURN r
  UNION ALL
  MATCH ()-[r:PART_OF {id: id}]->() USING INDEX SEEK r:PART_OF(id) RETURN r
  UNION ALL
  MATCH ()-[r:ADMINISTERS {id: id}]->() USING INDEX SEEK r:ADMINISTERS(id) RETURN r
  UNION ALL
  MATCH ()-[r:CHAIRS {id: id}]->() USING INDEX SEEK r:CHAIRS(id) RETURN r
  UNION ALL
  MATCH ()-[r:HOLDS_POSITION {id: id}]->() USING INDEX SEEK r:HOLDS_POSITION(id) RETURN r
  UNION ALL
  MATCH ()-[r:HEADS {id: id}]->() USING INDEX SEEK r:HEADS(id) RETURN r
  UNION ALL
  MATCH ()-[r:PARTICIPATES_IN {id: id}]->() USING INDEX SEEK r:PARTICIPATES_IN(id) RETURN r
  UNION ALL
  MATCH ()-[r:HOSTS {id: id}]->() USING INDEX SEEK r:HOSTS(id) RETURN r
  UNION ALL
  MATCH ()-[r:HELD_IN {id: id}]->() USING INDEX SEEK r:HELD_IN(id) RETURN r
  UNION ALL
  MATCH ()-[r:LOCATED_IN {id: id}]->() USING INDEX SEEK r:LOCATED_IN(id) RETURN r
  UNION ALL
  MATCH ()-[r:HEADQUARTERED_IN {id: id}]->() USING INDEX SEEK r:HEADQUARTERED_IN(id) RETURN r
  UNION ALL
  MATCH ()-[r:ADOPTED_AT {id: id}]->() USING INDEX SEEK r:ADOPTED_AT(id) RETURN r
  UNION ALL
  MATCH ()-[r:FOCUSES_ON {id: id}]->() USING INDEX SEEK r:FOCUSES_ON(id) RETURN r
  UNION ALL
  MATCH ()-[r:COORDINATES {id: id}]->() USING INDEX SEEK r:COORDINATES(id) RETURN r
  UNION ALL
  MATCH ()-[r:EDITION_OF {id: id}]->() USING INDEX SEEK r:EDITION_OF(id) RETURN r
  UNION ALL
  MATCH ()-[r:ANNOUNCED {id: id}]->() USING INDEX SEEK r:ANNOUNCED(id) RETURN r
  UNION ALL
  MATCH ()-[r:SUCCEEDED_BY {id: id}]->() USING INDEX SEEK r:SUCCEEDED_BY(id) RETURN r
  UNION ALL
  MATCH ()-[r:ESTABLISHED_BY {id: id}]->() USING INDEX SEEK r:ESTABLISHED_BY(id) RETURN r
  UNION ALL
  MATCH ()-[r:SIGNED {id: id}]->() USING INDEX SEEK r:SIGNED(id) RETURN r
  UNION ALL
  MATCH ()-[r:ATTENDED {id: id}]->() USING INDEX SEEK r:ATTENDED(id) RETURN r
  UNION ALL
  MATCH ()-[r:PLANS {id: id}]->() USING INDEX SEEK r:PLANS(id) RETURN r
  UNION ALL
  MATCH ()-[r:CONCERNS {id: id}]->() USING INDEX SEEK r:CONCERNS(id) RETURN r
  UNION ALL
  MATCH ()-[r:SESSION_OF {id: id}]->() USING INDEX SEEK r:SESSION_OF(id) RETURN r
  UNION ALL
  MATCH ()-[r:CONDUCTS {id: id}]->() USING INDEX SEEK r:CONDUCTS(id) RETURN r
}
RETURN id, r.hash AS hash, elementId(r) AS elementId
