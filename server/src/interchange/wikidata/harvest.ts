import { WikidataClient, WikidataRequestError } from './client';
import type { Item, Statement } from './formats';
import { qidOfUri, SPARQL, type WikidataPart } from './queries';
import { claimsOf, itemValue, MAPPED_ON_ROOT } from './statements';

/** What the import read from Wikidata: the organization's item, the items around it, and which part found each. */
export interface Harvest {
  rootId: string;
  items: Map<string, Item>;
  /** Items found by each SPARQL query asked for. */
  found: Partial<Record<WikidataPart, string[]>>;
  /** Offices whose holders (P39) count as the organization's office-holders. */
  offices: string[];
  /** The requests made, for the import's summary. */
  requests: number;
}

const POOL = 4;

async function fetchItems(client: WikidataClient, ids: Iterable<string>, into: Map<string, Item>): Promise<number> {
  const wanted = [...new Set(ids)].filter((id) => !into.has(id));
  let next = 0;
  const worker = async () => {
    while (next < wanted.length) {
      const id = wanted[next++]!;
      const document = await client.entityData(id);
      // A redirected item answers under its new id; keep it under both.
      const item = document.entities[id] ?? Object.values(document.entities)[0];
      if (!item) throw new WikidataRequestError(`Special:EntityData gave no item for ${id}`, 502);
      into.set(id, item);
      into.set(item.id, item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(POOL, wanted.length) }, worker));
  return wanted.length;
}

const statementsOf = (item: Item | undefined): Statement[] => Object.values(item?.claims ?? {}).flat();

/**
 * Reads the organization `qid` and, for the parts asked for, the items that point at it (SPARQL), then
 * the EntityData of every item a mapped statement names, and of the documents its references cite
 * ("stated in"), for their labels.
 */
export async function harvest(client: WikidataClient, qid: string, include: readonly WikidataPart[]): Promise<Harvest> {
  const items = new Map<string, Item>();
  let requests = await fetchItems(client, [qid], items);
  const root = items.get(qid)!;
  const found: Harvest['found'] = {};
  const offices = new Set(statementsOf(root).filter((s) => s.mainsnak.property === 'P2388').map(itemValue).filter((id): id is string => Boolean(id)));
  for (const part of include) {
    const results = await client.sparql(SPARQL[part](root.id));
    requests += 1;
    found[part] = [...new Set(results.results.bindings.map((row) => (row.item ? qidOfUri(row.item.value) : null)).filter((id): id is string => Boolean(id)))];
    if (part === 'officeholders') results.results.bindings.forEach((row) => row.office && qidOfUri(row.office.value) && offices.add(qidOfUri(row.office.value)!));
  }
  const rootTargets = statementsOf(root).filter((s) => MAPPED_ON_ROOT.has(s.mainsnak.property)).map(itemValue);
  const neighbours = [...rootTargets, ...offices, ...Object.values(found).flat()].filter((id): id is string => Boolean(id));
  requests += await fetchItems(client, neighbours, items);
  const cited = claimsOf(root.id, items, [...offices]).flatMap((claim) => claim.references.flatMap((ref) => (ref.statedIn ? [ref.statedIn] : [])));
  requests += await fetchItems(client, cited, items);
  return { rootId: root.id, items, found, offices: [...offices], requests };
}
