// How many entities the graph holds (the seed loader imports only into an empty graph).
CALL () { MATCH (n:Entity) RETURN count(n) AS withRetired }
CALL () { MATCH (n:RetiredEntity) RETURN count(n) AS retired }
RETURN withRetired - retired AS count
