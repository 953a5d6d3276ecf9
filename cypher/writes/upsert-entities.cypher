// Creates or replaces entities. Each carries :Entity and the label of its kind; a kind that
// changed loses its old label.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
WITH n, row, [label IN labels(n) WHERE label <> 'Entity' AND label <> row.label] AS staleLabels
REMOVE n:$(staleLabels)
SET n = row.props
SET n:$(row.label)
