// The posts the graph says its people hold, for the gazetteer (ingest/known-posts.ts): what a bare
// title before a known person's name ("President Rahmon said") refers to. Only what the graph says
// now: retired relationships have the type RETIRED, retired entities a retiredIn.
MATCH (p:Entity)-[r:HOLDS_POSITION]->(o:Entity)
WHERE p.retiredIn IS NULL AND o.retiredIn IS NULL AND r.role IS NOT NULL
RETURN type(r) AS type, p.id AS from, o.id AS to, r.role AS role
