// Gives entity change records the alias names of their version (rows from unnamed-changes).
UNWIND $rows AS row
MATCH (c:Change) WHERE elementId(c) = row.change
SET c.aliasNames = row.aliasNames
