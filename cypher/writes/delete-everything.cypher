// Removes every entity, relationship, citation and source with its text, proposals and mentions (a
// proposal left without its source could not be reviewed), and the release history (the schema and
// its record stay; the release head goes back to 0). Used by the tests, on the tests' own database.
// The edits count moves on, so response caches never take the new release 1 for the old one; the trust
// window stays (servers may be trusting reads), and is returned for the writer to wait. A rewind
// (`rewoundAt`, as after a restore): search vocabularies read before it are read again in full.
MATCH (n)
WHERE n:Entity OR n:Citation OR n:Source OR n:SourceText OR n:Proposal OR n:Mention OR n:Change OR n:Release OR n:Purge
DETACH DELETE n
WITH count(*) AS removed
MATCH (h:ReleaseHead)
SET h.latest = 0, h.edits = coalesce(h.edits, 0) + 1
SET h.rewoundAt = h.edits
REMOVE h._lock
RETURN coalesce(h.trustMs, 0) AS trustMs
