// Current entities whose name or an alias is exactly one of the given names (case aside), found through
// the full-text index over names and aliases; each lookup is {key, query: the name as an escaped phrase,
// lower: the name in lower case, kind}. For matching imported items by name, of the same kind only.
UNWIND $lookups AS lookup
CALL db.index.fulltext.queryNodes('entity_names', lookup.query) YIELD node
WITH lookup, node
WHERE node.retiredIn IS NULL AND node.kind = lookup.kind
  AND (toLower(node.name) = lookup.lower OR any(alias IN coalesce(node.aliasNames, []) WHERE toLower(alias) = lookup.lower))
RETURN DISTINCT lookup.key AS key, node.id AS id
ORDER BY key, id
