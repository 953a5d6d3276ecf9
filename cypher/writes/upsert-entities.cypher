// Creates or replaces entities. Each carries :Entity and the label of its kind; a kind that
// changed loses its old label, and a retired entity written again loses :RetiredEntity. The release
// it was first written in (createdIn) is kept.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
WITH n, row, coalesce(n.createdIn, row.props.addedIn) AS createdIn, [label IN labels(n) WHERE label <> 'Entity' AND label <> row.label] AS staleLabels
REMOVE n:$(staleLabels)
SET n = row.props
SET n:$(row.label), n.createdIn = createdIn
