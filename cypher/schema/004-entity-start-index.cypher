// Entities ordered by when they began (entities(orderBy: START)).
CREATE INDEX entity_start IF NOT EXISTS FOR (n:Entity) ON (n.startFirst);
