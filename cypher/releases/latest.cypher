// The latest release number (0 before the first write).
OPTIONAL MATCH (h:ReleaseHead {name: 'releases'})
RETURN coalesce(h.latest, 0) AS latest
