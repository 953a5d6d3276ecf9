// Entities by external identifier (entityByIdentifier, the Wikidata import's matching by QID). Each entity
// keeps its identifiers as a list of "scheme:value" keys (identifierKeys); a range index cannot answer
// "key IN list", a full-text index over a string list can. The keyword analyser keeps each key whole, as
// one exact term: no stemming, no case folding (Q7159 is not q7159).
CREATE FULLTEXT INDEX entity_identifiers IF NOT EXISTS FOR (n:Entity) ON EACH [n.identifierKeys] OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};
