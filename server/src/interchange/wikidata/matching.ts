import { identifierHolders } from '../../graph/identifiers';
import type { Reader } from '../../graph/reader';
import { entitiesById } from '../../graph/entities';
import { lucenePhrase } from '../../graph/search-query';
import { slug } from '../../sources/identity';
import type { WikidataEntity } from './statements';

/** How an item found its entity: by the QID stored on it, by name or alias (to confirm), or not at all (a new entity). */
export type MatchBy = 'IDENTIFIER' | 'NAME' | 'NEW';

export interface ItemMatch {
  qid: string;
  by: MatchBy;
  /** The entity matched, or the id a new entity gets. */
  entityId: string;
  /** Other entities with the same name, when more than one had it (none is chosen: the item is proposed as new). */
  ambiguous: string[];
}

/**
 * Matches items to entities: first by a stored Wikidata identifier, then by an exact name or alias of
 * the same kind (in any of the item's labels and aliases); an item no entity matches, or more than one
 * matches by name, gets a new entity's id (its English name as a slug, made distinct by the QID when
 * an entity has that id already). Two statements in all, whatever the number of items.
 */
export async function matchItems(db: Reader, entities: WikidataEntity[]): Promise<Map<string, ItemMatch>> {
  const holders = await identifierHolders(db, entities.map((entity) => ({ scheme: 'wikidata', value: entity.qid })));
  const matches = new Map<string, ItemMatch>();
  const unmatched: WikidataEntity[] = [];
  for (const entity of entities) {
    const [id] = holders.get(`wikidata:${entity.qid}`) ?? [];
    if (id) matches.set(entity.qid, { qid: entity.qid, by: 'IDENTIFIER', entityId: id, ambiguous: [] });
    else unmatched.push(entity);
  }
  const lookups = unmatched.flatMap((entity) =>
    [...new Set([entity.name, ...entity.aliases.map((alias) => alias.name)])].map((name) => ({ key: entity.qid, query: lucenePhrase(name), lower: name.toLowerCase(), kind: entity.kind })),
  );
  const byName = new Map<string, Set<string>>();
  if (lookups.length > 0) {
    for (const row of await db.read<{ key: string; id: string }>('queries/entities-by-name', { lookups })) {
      byName.set(row.key, (byName.get(row.key) ?? new Set()).add(row.id));
    }
  }
  const wanted = new Map(unmatched.map((entity) => [entity.qid, slug(entity.name) || entity.qid.toLowerCase()]));
  const taken = await entitiesById(db, [...wanted.values()]);
  const used = new Set<string>();
  for (const entity of unmatched) {
    const candidates = [...(byName.get(entity.qid) ?? [])];
    if (candidates.length === 1) {
      matches.set(entity.qid, { qid: entity.qid, by: 'NAME', entityId: candidates[0]!, ambiguous: [] });
      continue;
    }
    let id = wanted.get(entity.qid)!;
    if (taken.has(id) || used.has(id)) id = `${id}-${entity.qid.toLowerCase()}`;
    used.add(id);
    matches.set(entity.qid, { qid: entity.qid, by: 'NEW', entityId: id, ambiguous: candidates });
  }
  return matches;
}
