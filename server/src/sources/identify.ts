import type { EntityRecord } from '../dataset/types';
import { entitiesById } from '../graph/entities';
import type { Reader } from '../graph/reader';
import type { EntityModel } from '../model/records';
import type { FactFields, ProposalModel } from './models';
import { citationRecords, definedOnly } from './stored-records';

/**
 * A proposal from a structured source may have matched an end by name (a Wikidata item to the entity
 * with its name); accepting it confirms the match, so the item's identifier is stored on the entity and
 * the next import matches by identifier. An end the reviewer changed to another entity confirms nothing.
 */
export interface Identification {
  entityId: string;
  scheme: string;
  value: string;
}

function record(entity: EntityModel): EntityRecord {
  return {
    id: entity.id,
    kind: entity.kind.toLowerCase(),
    name: entity.name,
    ...definedOnly({ description: entity.description, start: entity.start, end: entity.end }),
    ...(entity.aliases.length ? { aliases: entity.aliases.map((alias) => (alias.lang ? { name: alias.name, lang: alias.lang } : { name: alias.name })) } : {}),
    identifiers: entity.identifiers.map(({ scheme, value }) => ({ scheme, value })),
    citations: citationRecords(entity.citations),
  };
}

/** The entities accepted proposals identify, as records with the identifiers added (those that gain none are left out). */
export async function identifiedEntities(db: Reader, accepted: ReadonlyArray<{ proposal: ProposalModel; fields: FactFields }>): Promise<EntityRecord[]> {
  const confirmed = accepted.flatMap(({ proposal, fields }) => (proposal.identify ?? []).filter((row) => row.entityId === fields.fromId || row.entityId === fields.toId));
  if (confirmed.length === 0) return [];
  const entities = await entitiesById(db, confirmed.map((row) => row.entityId));
  const records = new Map<string, EntityRecord>();
  for (const row of confirmed) {
    const entity = entities.get(row.entityId);
    if (!entity) continue;
    const current = records.get(row.entityId) ?? record(entity);
    if (!current.identifiers!.some((identifier) => identifier.scheme === row.scheme && identifier.value === row.value)) current.identifiers!.push({ scheme: row.scheme, value: row.value });
    records.set(row.entityId, current);
  }
  return [...records.values()].filter((entity) => entity.identifiers!.length > (entities.get(entity.id)?.identifiers.length ?? 0));
}
