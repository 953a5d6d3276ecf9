// Taken first by every write: an exclusive lock on the release head, held until the transaction ends,
// so writers run one after the other and each reads what the previous one committed. Returns the
// latest release number; a write that changes nothing is rolled back, lock and all.
MERGE (h:ReleaseHead {name: 'releases'}) ON CREATE SET h.latest = 0
SET h._lock = true
RETURN h.latest AS latest
