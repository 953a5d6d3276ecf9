// Records review decisions: the state, who decided, when and why, and for an accepted proposal the
// fact as written (after edits) and the relationship it became.
UNWIND $rows AS row
MATCH (p:Proposal {id: row.id})
SET p += row.decision
