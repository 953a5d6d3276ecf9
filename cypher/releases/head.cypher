// The release head as a restore finds it before replacing the database: the latest release, the count
// of edits made without one, and the trust window servers announced (server/src/releases/restore.ts).
OPTIONAL MATCH (h:ReleaseHead {name: 'releases'})
RETURN coalesce(h.latest, 0) AS latest, coalesce(h.edits, 0) AS edits, coalesce(h.trustMs, 0) AS trustMs
