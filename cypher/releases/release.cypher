// Releases by number.
UNWIND $numbers AS number
MATCH (r:Release {number: number})
RETURN r {.*} AS release
