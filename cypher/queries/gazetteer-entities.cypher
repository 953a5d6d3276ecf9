// The names of every entity, for the mention gazetteer: id, kind, name and aliases (JSON text).
// Retired entities (releases keep them, with retiredIn) are not linked.
MATCH (e:Entity)
WHERE e.retiredIn IS NULL
RETURN e.id AS id, e.kind AS kind, e.name AS name, e.aliases AS aliases
