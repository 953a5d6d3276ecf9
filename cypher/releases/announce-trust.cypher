// A server announces how long it will trust a version read (ORGRAPH_CACHE_TRUST_MS) before it trusts
// one: the head keeps the largest window announced, and every write that moves the head waits that long
// after its commit before it answers (server/src/neo4j/commit-wait.ts). The SET takes the head's lock,
// so this commits either before a write reads the window (the write sees it) or after the write
// committed (and then every version read of the announcing server sees that write).
MERGE (h:ReleaseHead {name: 'releases'}) ON CREATE SET h.latest = 0
SET h.trustMs = CASE WHEN coalesce(h.trustMs, 0) >= $trustMs THEN h.trustMs ELSE $trustMs END
RETURN h.trustMs AS trustMs
