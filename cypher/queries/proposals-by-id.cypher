// Proposals by id (the review's own look-up).
UNWIND $ids AS id
MATCH (p:Proposal {id: id})
RETURN p {.*} AS proposal
