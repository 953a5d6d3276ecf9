// Lookups other than by id: citations by the statement they belong to, entities by kind and name
// (the entities list is ordered by name), and the full-text index behind search.
CREATE INDEX citation_owner IF NOT EXISTS FOR (n:Citation) ON (n.owner);
CREATE INDEX entity_kind_name IF NOT EXISTS FOR (n:Entity) ON (n.kind, n.name);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasNames];
