import { NotFoundError } from '../errors';
import { partialDate } from '../model/partial-date';
import type { EntityModel, RelationshipModel } from '../model/records';
import { isRelationshipType, RELATIONSHIP_TYPES } from '../model/vocabulary';
import { entityId, relationshipTypes } from './arguments';
import type { Reader } from './reader';
import { toEntity, toRelationship, type RawEntity, type RawRelationship } from './records';
import { patchToRelease } from '../releases/at-release';
import { releaseArg } from '../releases/read';

export type TimelineChange = 'ENTITY_BEGINS' | 'ENTITY_ENDS' | 'BEGINS' | 'ENDS';

export interface TimelineEntryModel {
  date: string;
  change: TimelineChange;
  relationship: RelationshipModel | null;
  description: string;
}

/** "Uzbekistan is a member of Collective Security Treaty Organization (suspended)". */
export function describeRelationship(relationship: RelationshipModel): string {
  const reads = isRelationshipType(relationship.type) ? RELATIONSHIP_TYPES[relationship.type].reads : relationship.type;
  const qualifiers = [relationship.role, relationship.status].filter(Boolean);
  return `${relationship.from.name} ${reads} ${relationship.to.name}${qualifiers.length ? ` (${qualifiers.join(', ')})` : ''}`;
}

const ORDER: Record<TimelineChange, number> = { ENTITY_BEGINS: 0, BEGINS: 1, ENDS: 2, ENTITY_ENDS: 3 };

/** Orders entries by the first day their date denotes; on the same day, beginnings before endings. */
export function orderTimeline(entries: TimelineEntryModel[]): TimelineEntryModel[] {
  return [...entries].sort(
    (a, b) =>
      partialDate(a.date).first.localeCompare(partialDate(b.date).first) ||
      ORDER[a.change] - ORDER[b.change] ||
      a.description.localeCompare(b.description),
  );
}

export function buildTimeline(entity: EntityModel, relationships: RelationshipModel[]): TimelineEntryModel[] {
  const entries: TimelineEntryModel[] = [];
  if (entity.start) entries.push({ date: entity.start, change: 'ENTITY_BEGINS', relationship: null, description: `${entity.name} begins` });
  if (entity.end) entries.push({ date: entity.end, change: 'ENTITY_ENDS', relationship: null, description: `${entity.name} ends` });
  for (const relationship of relationships) {
    const description = describeRelationship(relationship);
    if (relationship.since) entries.push({ date: relationship.since, change: 'BEGINS', relationship, description });
    // A one-day fact (a session attended, a document adopted) is one entry, not a beginning and an end.
    if (relationship.until && relationship.until !== relationship.since) entries.push({ date: relationship.until, change: 'ENDS', relationship, description });
  }
  return orderTimeline(entries);
}

export async function timeline(db: Reader, args: { id: string; types?: readonly string[] | null; release?: number | null }): Promise<TimelineEntryModel[]> {
  const types = relationshipTypes(args.types);
  const release = await releaseArg(db, args.release);
  const [row] = await db.read<{ entity: RawEntity; dated: Array<{ relationship: RawRelationship; other: RawEntity }> }>('queries/timeline', {
    id: entityId(args.id),
    release,
  });
  if (row && (await patchToRelease(db, release, [row.entity, ...row.dated.map((d) => d.other)], row.dated.map((d) => d.relationship))).has(row.entity.id)) {
    throw new NotFoundError(`No entity has the id "${args.id}" at release ${release}`);
  }
  if (!row) throw new NotFoundError(`No entity has the id "${args.id}"`);
  const self = toEntity(row.entity);
  const relationships = row.dated
    .filter(({ relationship }) => types === null || types.includes(relationship.type))
    .map(({ relationship, other }) => {
      const otherEntity = toEntity(other);
      return toRelationship(relationship, relationship.from === self.id ? self : otherEntity, relationship.to === self.id ? self : otherEntity);
    });
  return buildTimeline(self, relationships);
}
