// A page of the mentions of each given entity (newest source first, then in text order), with how
// many there are in all: Entity.mentions for any number of entities in one round trip.
UNWIND $ids AS id
CALL (id) {
  MATCH (m:Mention {entityId: id})
  OPTIONAL MATCH (s:Source {id: m.sourceId})
  WITH m, s ORDER BY s.published DESC, m.sourceId, m.ord
  RETURN collect(m {.sourceId, .entityId, .text, .paragraph, .start, .end, .sentence}) AS found
}
RETURN id, size(found) AS totalCount, found[$offset..$offset + $first] AS mentions
