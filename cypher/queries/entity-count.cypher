// How many entities the graph holds (the seed loader imports only into an empty graph).
MATCH (n:Entity)
RETURN count(n) AS count
