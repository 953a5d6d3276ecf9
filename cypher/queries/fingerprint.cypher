// The content hashes of every source, entity and relationship, in id order: the graph's
// content hash is computed from these (two graphs with the same records have the same hash).
CALL () { MATCH (s:Source) WITH s ORDER BY s.id RETURN collect(s.id + '=' + s.hash) AS sources }
CALL () { MATCH (n:Entity) WHERE n.retiredIn IS NULL WITH n ORDER BY n.id RETURN collect(n.id + '=' + n.hash) AS entities }
CALL () { MATCH (:Entity)-[r]->(:Entity) WHERE type(r) <> 'RETIRED' WITH r ORDER BY r.id RETURN collect(r.id + '=' + r.hash) AS relationships }
RETURN sources, entities, relationships
