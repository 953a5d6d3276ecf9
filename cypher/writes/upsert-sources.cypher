// Creates or replaces sources (the importer sends only new or changed ones).
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s = row.props
