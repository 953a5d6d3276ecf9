// Sources by id with their stored text (paragraphs and content hash; null for a source known only by
// its metadata), in one round trip for any number of ids.
UNWIND $ids AS id
MATCH (s:Source {id: id})
OPTIONAL MATCH (t:SourceText {sourceId: id})
RETURN s {.id, .title, .publisher, .url, .published, .retrieved, .language} AS source,
       t.paragraphs AS paragraphs, t.contentHash AS contentHash
