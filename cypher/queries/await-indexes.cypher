// Waits (up to 300 s) until every index is online, after migrations created new ones.
CALL db.awaitIndexes(300)
