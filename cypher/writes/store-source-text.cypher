// Keeps a source's full text (its paragraphs) and content hash, and replaces its mentions.
MERGE (t:SourceText {sourceId: $sourceId})
SET t.contentHash = $contentHash, t.paragraphs = $paragraphs, t.language = $language, t.ingestedAt = $ingestedAt
WITH t
CALL (t) {
  MATCH (old:Mention {sourceId: t.sourceId})
  DELETE old
}
UNWIND $mentions AS mention
CREATE (m:Mention)
SET m = mention
