// Sources in (ingestion and review): a source's text, the mentions of entities in it, and the facts
// proposed from its sentences. A source's text is its own node, so the importer, which replaces a
// Source's properties wholesale, never drops it; its content hash finds a text ingested before.
CREATE CONSTRAINT source_text_source IF NOT EXISTS FOR (n:SourceText) REQUIRE n.sourceId IS UNIQUE;
CREATE CONSTRAINT source_text_hash IF NOT EXISTS FOR (n:SourceText) REQUIRE n.contentHash IS UNIQUE;
CREATE CONSTRAINT proposal_id IF NOT EXISTS FOR (n:Proposal) REQUIRE n.id IS UNIQUE;
// Mentions are read by source (the source view) and by entity (Entity.mentions, "Mentioned in").
CREATE INDEX mention_source IF NOT EXISTS FOR (n:Mention) ON (n.sourceId, n.ord);
CREATE INDEX mention_entity IF NOT EXISTS FOR (n:Mention) ON (n.entityId);
// The review queue reads proposals by state and source; a claim key (the sentence and what it
// states) finds a rejected proposal, so that the same sentence is not proposed again.
CREATE INDEX proposal_state IF NOT EXISTS FOR (n:Proposal) ON (n.state);
CREATE INDEX proposal_source IF NOT EXISTS FOR (n:Proposal) ON (n.sourceId);
CREATE INDEX proposal_claim IF NOT EXISTS FOR (n:Proposal) ON (n.claimKey);
