// Every mention in the given sources, in text order.
UNWIND $ids AS id
MATCH (m:Mention {sourceId: id})
RETURN m {.sourceId, .entityId, .text, .paragraph, .start, .end, .sentence} AS mention
ORDER BY m.sourceId, m.ord
