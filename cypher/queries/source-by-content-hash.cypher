// The source a text was ingested into before, found by the text's content hash.
MATCH (t:SourceText {contentHash: $contentHash})
RETURN t.sourceId AS sourceId
