// The entities within $depth hops (1 to 3) of $id and the relationships among them.
// Each hop keeps the distinct entities reached (not the paths), so a dense graph costs
// its frontier, not the number of paths through it. A relationship counts when its type is in
// $types (or $types is null) and it holds on the "as of" interval [$asOfFirst, $asOfLast]
// (or no date was given); reached entities must be of $kinds (or $kinds is null).
// $withNodeDetails, $withNodeCitations and $withEdgeCitations: whether the query selects more of the
// entities than id, kind and name, their citations, and the relationships' citations;
// $withEdgeDetails: whether it selects the relationships' status, role or note;
// $withEdgeCitationQuotes and $withEdgeCitationDetails: whether it selects the quotes of their citations,
// and more of those than the quote and the source's id and title (server/src/graphql/selection.ts).
// What is not selected is not read. The answer is a few hundred entities and relationships in one
// record, so they come as lists by position, not maps (a map's keys are strings the driver decodes
// one by one; server/src/graph/neighbourhood.ts reads the positions):
// - nodes: [id, kind, name], followed by [description, start, end, aliases, identifiers, citations]
//   when $withNodeDetails or $withNodeCitations;
// - edges: [id, type, from, to, since, until, attested, citations], followed by [status, role, note]
//   when $withEdgeDetails; with only the citations' sources selected (no quote, no detail), each
//   citation is its source's id and `sources` lists each source once as [id, title] (null otherwise).
MATCH (center:Entity {id: $id})
WHERE CASE WHEN $release IS NULL THEN center.retiredIn IS NULL ELSE true END
CALL (center) {
  MATCH (center)-[r]-(n:Entity)
  WHERE ($types IS NULL OR coalesce(CASE WHEN $release IS NULL THEN null ELSE r.type END, type(r)) IN $types)
    AND ($asOfLast IS NULL OR r.sinceFirst IS NULL OR r.sinceFirst <= $asOfLast)
    AND ($asOfFirst IS NULL OR r.untilLast IS NULL OR r.untilLast >= $asOfFirst)
    AND ($asOfLast IS NULL OR r.sinceFirst IS NOT NULL OR NOT any(e IN [startNode(r), endNode(r)] WHERE e.start IS NOT NULL AND e.startFirst > $asOfLast))
    AND ($asOfFirst IS NULL OR r.untilLast IS NOT NULL OR NOT any(e IN [startNode(r), endNode(r)] WHERE e.endLast IS NOT NULL AND e.endLast < $asOfFirst))
    AND CASE WHEN $release IS NULL THEN type(r) <> 'RETIRED' ELSE r.addedIn <= $release AND coalesce(r.retiredIn, $release + 1) > $release END
    AND ($kinds IS NULL OR n.kind IN $kinds)
    AND n <> center
  RETURN collect(DISTINCT n)[0..$limit + 1] AS hop1
}
CALL (center, hop1) {
  WITH center, hop1 WHERE $depth >= 2
  UNWIND hop1 AS m
  MATCH (m)-[r]-(n:Entity)
  WHERE ($types IS NULL OR coalesce(CASE WHEN $release IS NULL THEN null ELSE r.type END, type(r)) IN $types)
    AND ($asOfLast IS NULL OR r.sinceFirst IS NULL OR r.sinceFirst <= $asOfLast)
    AND ($asOfFirst IS NULL OR r.untilLast IS NULL OR r.untilLast >= $asOfFirst)
    AND ($asOfLast IS NULL OR r.sinceFirst IS NOT NULL OR NOT any(e IN [startNode(r), endNode(r)] WHERE e.start IS NOT NULL AND e.startFirst > $asOfLast))
    AND ($asOfFirst IS NULL OR r.untilLast IS NOT NULL OR NOT any(e IN [startNode(r), endNode(r)] WHERE e.endLast IS NOT NULL AND e.endLast < $asOfFirst))
    AND CASE WHEN $release IS NULL THEN type(r) <> 'RETIRED' ELSE r.addedIn <= $release AND coalesce(r.retiredIn, $release + 1) > $release END
    AND ($kinds IS NULL OR n.kind IN $kinds)
    AND n <> center AND NOT n IN hop1
  RETURN collect(DISTINCT n)[0..$limit + 1] AS hop2
}
CALL (center, hop1, hop2) {
  WITH center, hop1, hop2 WHERE $depth >= 3
  UNWIND hop2 AS m
  MATCH (m)-[r]-(n:Entity)
  WHERE ($types IS NULL OR coalesce(CASE WHEN $release IS NULL THEN null ELSE r.type END, type(r)) IN $types)
    AND ($asOfLast IS NULL OR r.sinceFirst IS NULL OR r.sinceFirst <= $asOfLast)
    AND ($asOfFirst IS NULL OR r.untilLast IS NULL OR r.untilLast >= $asOfFirst)
    AND ($asOfLast IS NULL OR r.sinceFirst IS NOT NULL OR NOT any(e IN [startNode(r), endNode(r)] WHERE e.start IS NOT NULL AND e.startFirst > $asOfLast))
    AND ($asOfFirst IS NULL OR r.untilLast IS NOT NULL OR NOT any(e IN [startNode(r), endNode(r)] WHERE e.endLast IS NOT NULL AND e.endLast < $asOfFirst))
    AND CASE WHEN $release IS NULL THEN type(r) <> 'RETIRED' ELSE r.addedIn <= $release AND coalesce(r.retiredIn, $release + 1) > $release END
    AND ($kinds IS NULL OR n.kind IN $kinds)
    AND n <> center AND NOT n IN hop1 AND NOT n IN hop2
  RETURN collect(DISTINCT n)[0..$limit + 1] AS hop3
}
WITH [center] + hop1 + hop2 + hop3 AS reached
WITH reached[0..$limit] AS nodes, size(reached) > $limit AS truncated
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN nodes
    AND ($types IS NULL OR coalesce(CASE WHEN $release IS NULL THEN null ELSE r.type END, type(r)) IN $types)
    AND ($asOfLast IS NULL OR r.sinceFirst IS NULL OR r.sinceFirst <= $asOfLast)
    AND ($asOfFirst IS NULL OR r.untilLast IS NULL OR r.untilLast >= $asOfFirst)
    AND ($asOfLast IS NULL OR r.sinceFirst IS NOT NULL OR NOT any(e IN [startNode(r), endNode(r)] WHERE e.start IS NOT NULL AND e.startFirst > $asOfLast))
    AND ($asOfFirst IS NULL OR r.untilLast IS NOT NULL OR NOT any(e IN [startNode(r), endNode(r)] WHERE e.endLast IS NOT NULL AND e.endLast < $asOfFirst))
    AND CASE WHEN $release IS NULL THEN type(r) <> 'RETIRED' ELSE r.addedIn <= $release AND coalesce(r.retiredIn, $release + 1) > $release END
  CALL (r) {
    UNWIND CASE WHEN $withEdgeCitations THEN r.citationIds ELSE [] END AS citationId
    MATCH (c:Citation {id: citationId})-[:CITES]->(s:Source)
    RETURN collect(CASE
      WHEN $withEdgeCitationDetails THEN c {.quote, .locator, .claimedBy, source: s {.id, .title, .publisher, .url, .published, .retrieved, .language}}
      WHEN $withEdgeCitationQuotes THEN c {.quote, source: s {.id, .title}}
      ELSE s.id
    END) AS citations, collect(s) AS sources
  }
  RETURN collect([r.id, coalesce(r.type, type(r)), a.id, b.id, r.since, r.until, r.attested, citations]
    + CASE WHEN $withEdgeDetails THEN [r.status, r.role, r.note] ELSE [] END) AS edges, collect(sources) AS edgeSources
}
RETURN [n IN nodes | [n.id, n.kind, n.name] + CASE WHEN $withNodeDetails OR $withNodeCitations THEN [
  n.description, n.start, n.end, n.aliases, n.identifiers,
  COLLECT {
    UNWIND CASE WHEN $withNodeCitations THEN n.citationIds ELSE [] END AS citationId
    MATCH (c:Citation {id: citationId})-[:CITES]->(s:Source)
    RETURN c {.quote, .locator, .claimedBy, source: s {.id, .title, .publisher, .url, .published, .retrieved, .language}}
  }
] ELSE [] END] AS nodes, edges, truncated,
  CASE WHEN $withEdgeCitationQuotes OR $withEdgeCitationDetails THEN null
  ELSE COLLECT { UNWIND edgeSources AS sources UNWIND sources AS s RETURN DISTINCT [s.id, s.title] } END AS sources
