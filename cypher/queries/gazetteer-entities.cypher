// The names of every entity, for the mention gazetteer: id, kind, name and aliases (JSON text).
MATCH (e:Entity)
RETURN e.id AS id, e.kind AS kind, e.name AS name, e.aliases AS aliases
