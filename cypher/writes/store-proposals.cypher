// Records proposals; one already recorded (same id: same source, sentence and claim) keeps its state.
UNWIND $rows AS row
MERGE (p:Proposal {id: row.id})
ON CREATE SET p = row
