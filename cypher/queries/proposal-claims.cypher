// Proposals already made for the given claims (a sentence and what it states), whatever their source:
// ingestion drops those rejected before and keeps the others' ids and states.
UNWIND $claimKeys AS claimKey
MATCH (p:Proposal {claimKey: claimKey})
RETURN p.claimKey AS claimKey, p.id AS id, p.state AS state, p.sourceId AS sourceId
