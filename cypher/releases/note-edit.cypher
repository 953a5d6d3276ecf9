// Run in the transaction of a write that changes what reads return without making a release (a
// rejection of proposals, a purge): every server's response cache sees the count move and drops the
// reads it holds for the latest release. Returns the trust window the writer waits after its commit.
MERGE (h:ReleaseHead {name: 'releases'}) ON CREATE SET h.latest = 0
SET h.edits = coalesce(h.edits, 0) + 1
RETURN coalesce(h.trustMs, 0) AS trustMs
