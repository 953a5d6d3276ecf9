// Removes every entity, relationship, citation and source (the schema and its record stay).
// Used by the tests' export round trip, on the tests' own database.
MATCH (n)
WHERE n:Entity OR n:Citation OR n:Source
DETACH DELETE n
