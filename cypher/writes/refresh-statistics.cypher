// Resamples every index and clears the query caches, waiting until done: queries planned before a
// large import (on a graph that was empty, say) would otherwise keep plans made for the old sizes
// until Neo4j resamples on its own.
CALL db.prepareForReplanning()
