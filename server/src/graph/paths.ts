import { NotFoundError } from '../errors';
import { datesText } from '../model/holding';
import type { EntityModel, RelationshipModel } from '../model/records';
import { isRelationshipType, RELATIONSHIP_TYPES } from '../model/vocabulary';
import { asOfBounds, entityId, intInRange, relationshipTypes } from './arguments';
import { entitiesById } from './entities';
import { markHolding } from './holds';
import type { Reader } from './reader';
import { toEntity, toRelationship, type RawEntity, type RawRelationship } from './records';
import { patchToRelease } from '../releases/at-release';
import { releaseArg } from '../releases/read';

/** One step of a path: the relationships (one or more, parallel) between two consecutive entities. */
export interface PathStepModel {
  from: EntityModel;
  to: EntityModel;
  relationships: RelationshipModel[];
  /** The words between the two names: "→ member of (founding member, 1992-05-15 –) →". */
  link: string;
  /** "Armenia → member of (founding member, 1992-05-15 –) → Collective Security Treaty Organization". */
  text: string;
}

export interface PathModel {
  length: number;
  nodes: EntityModel[];
  /** One relationship per step (the first of its step), for clients that want a single line per hop. */
  hops: RelationshipModel[];
  steps: PathStepModel[];
}

export interface PathsArgs {
  from: string;
  to: string;
  maxHops?: number | null;
  types?: readonly string[] | null;
  asOf?: string | null;
  first?: number | null;
  release?: number | null;
}

/** The defaults of the `paths` query, which the connection report and the explorer's panel also use: one answer. */
export const PATH_DEFAULTS = { maxHops: 4, first: 5 } as const;

/** "member of" from "is a member of": the words of a relationship type on a line between two names. */
export function typeWords(type: string): string {
  const reads = isRelationshipType(type) ? RELATIONSHIP_TYPES[type].reads : type.toLowerCase().replace(/_/g, ' ');
  return reads.replace(/^(is (a |an )?|was )/, '');
}

/** "founding member, 1992-05-15 –", "attested 2024-02, not known for 2010-01-01": one relationship's status and dates. */
function qualifiers(relationship: RelationshipModel, asOf: string | null | undefined): string {
  return [
    relationship.status ?? relationship.role,
    datesText(relationship),
    relationship.holds === 'UNKNOWN' && asOf ? `not known for ${asOf}` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/**
 * "→ member of (founding member, 1992-05-15 –; participation frozen, 2024-02 –), chairs (chair, 2022) →":
 * every relationship of a step with its status and dates, the arrows the way the relationships point
 * (← when the walk goes against them; both, split by " / ", when some point each way).
 */
export function stepLink(from: EntityModel, relationships: RelationshipModel[], asOf?: string | null): string {
  const directions = (['→', '←'] as const).map((arrow) => {
    const pointing = relationships.filter((r) => (r.from.id === from.id) === (arrow === '→'));
    const types = [...new Set(pointing.map((r) => r.type))];
    const words = types.map((type) => `${typeWords(type)} (${pointing.filter((r) => r.type === type).map((r) => qualifiers(r, asOf)).join('; ')})`);
    return words.length ? `${arrow} ${words.join(', ')} ${arrow}` : '';
  });
  return directions.filter(Boolean).join(' / ');
}

/** The one function behind the `paths` query, the connection report and the explorer's paths panel. */
export async function shortestPaths(db: Reader, args: PathsArgs): Promise<PathModel[]> {
  const params = {
    from: entityId(args.from, 'from'),
    to: entityId(args.to, 'to'),
    maxHops: intInRange(args.maxHops, 'maxHops', { default: PATH_DEFAULTS.maxHops, min: 1, max: 6 }),
    first: intInRange(args.first, 'first', { default: PATH_DEFAULTS.first, min: 1, max: 10 }),
    types: relationshipTypes(args.types),
    ...asOfBounds(args.asOf),
    release: await releaseArg(db, args.release),
  };
  const rows = await db.read<{ nodes: RawEntity[]; steps: RawRelationship[][] }>('queries/paths', params);
  if (rows.length === 0) {
    // No path, or no such entity: only the second is an error, and one look-up tells them apart.
    const found = await entitiesById(db, [params.from, params.to], params.release);
    for (const end of [params.from, params.to]) if (!found.has(end)) throw new NotFoundError(`No entity has the id "${end}"`);
    return [];
  }
  await patchToRelease(db, params.release, rows.flatMap((row) => row.nodes), rows.flatMap((row) => row.steps.flat()));
  return rows.map((row) => {
    const nodes = row.nodes.map(toEntity);
    const byId = new Map(nodes.map((node) => [node.id, node]));
    const steps = row.steps.map((raw, i) => {
      const relationships = markHolding(
        raw.map((hop) => toRelationship(hop, byId.get(hop.from)!, byId.get(hop.to)!)),
        args.asOf,
      );
      const link = stepLink(nodes[i]!, relationships, args.asOf);
      return { from: nodes[i]!, to: nodes[i + 1]!, relationships, link, text: `${nodes[i]!.name} ${link} ${nodes[i + 1]!.name}` };
    });
    return { length: steps.length, nodes, hops: steps.map((step) => step.relationships[0]!), steps };
  });
}
