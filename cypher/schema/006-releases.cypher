// Releases (design section 10): every write commits one numbered release. The head node holds the
// latest number; each writer locks it first, so writers get consecutive numbers and a rolled-back
// write gives its number back. Change nodes are the record of every version (JSON text, keyed by
// "entity:<id>", "relationship:<id>" or "source:<id>"); retired relationship versions stay in the graph
// as :RETIRED relationships (their type in r.type), so old releases can be traversed while the live
// types keep their constraints and count-store counts.
CREATE CONSTRAINT release_number IF NOT EXISTS FOR (n:Release) REQUIRE n.number IS UNIQUE;
CREATE CONSTRAINT release_head_name IF NOT EXISTS FOR (n:ReleaseHead) REQUIRE n.name IS UNIQUE;
CREATE INDEX change_key_release IF NOT EXISTS FOR (n:Change) ON (n.key, n.release);
CREATE INDEX change_release IF NOT EXISTS FOR (n:Change) ON (n.release);
CREATE INDEX retired_relationship_id IF NOT EXISTS FOR ()-[r:RETIRED]-() ON (r.id);
MERGE (h:ReleaseHead {name: 'releases'}) ON CREATE SET h.latest = 0;
// What a database made before releases holds becomes release 1 (its Release node and change records
// are written by server/src/releases/backfill.ts, which needs the records as JSON).
MATCH (n:Entity) WHERE n.addedIn IS NULL SET n.addedIn = 1, n.createdIn = 1;
MATCH (:Entity)-[r]->(:Entity) WHERE r.addedIn IS NULL SET r.addedIn = 1;
MATCH (s:Source) WHERE s.addedIn IS NULL SET s.addedIn = 1;
