// The versions of records (by key), oldest first, each with the author and time of its release.
UNWIND $keys AS key
MATCH (c:Change {key: key}) USING INDEX c:Change(key, release)
WHERE c.release IS NOT NULL
MATCH (r:Release {number: c.release}) USING INDEX r:Release(number)
WITH key, c, r
ORDER BY c.release
RETURN key, collect({release: c.release, kind: c.kind, values: coalesce(c.after, c.before), author: r.author, committedAt: r.committedAt}) AS versions
