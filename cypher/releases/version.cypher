// What the response cache keys reads on, read once per request: the latest release number and the
// count of edits that change reads without making a release (rejected proposals, purges). One node by
// its unique name: a fraction of a millisecond.
OPTIONAL MATCH (h:ReleaseHead {name: 'releases'})
RETURN coalesce(h.latest, 0) AS latest, coalesce(h.edits, 0) AS edits
