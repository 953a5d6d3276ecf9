// Every proposal of the given sources, in text order (a source's proposals beside its text).
UNWIND $ids AS id
MATCH (p:Proposal {sourceId: id})
RETURN p {.*} AS proposal
ORDER BY p.sourceId, p.paragraph, p.quoteStart, p.id
