// Current entities by external identifier, through the keyword full-text index over identifierKeys
// (cypher/schema/009); each lookup is {key: "wikidata:Q7159", query: the key as an escaped phrase}.
// The index finds candidates; the key's presence in the list is what decides.
UNWIND $lookups AS lookup
CALL db.index.fulltext.queryNodes('entity_identifiers', lookup.query) YIELD node
WITH lookup, node
WHERE node.retiredIn IS NULL AND lookup.key IN node.identifierKeys
RETURN lookup.key AS key, node.id AS id
ORDER BY key, id
