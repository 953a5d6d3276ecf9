import type { CitationModel, EntityModel, RelationshipModel, SourceModel } from '../model/records';
import type { EntityKindName } from '../model/vocabulary';

/** Shapes of the maps the Cypher projections return (see cypher/queries), turned into models here. */

/**
 * What of an entity a query selects beyond id, kind and name: the statements' `$withDetails`,
 * `$withCitations` and `$withCitationDetails` (its citations' locator and claim, their sources' other
 * values than id and title; read unless a selection says they are not asked for).
 */
export interface EntitySelection {
  details: boolean;
  citations: boolean;
  citationDetails?: boolean;
}

export const WHOLE_ENTITY: EntitySelection = { details: true, citations: true, citationDetails: true };

/** The statement parameters of a selection: citations come with the entity's other values. */
export const entitySelectionParams = (selection: EntitySelection) => ({
  withDetails: selection.details || selection.citations,
  withCitations: selection.citations,
  withCitationDetails: selection.citationDetails ?? true,
});

/** Without locator, claimedBy and the source's values other than id and title when `$withCitationDetails` is false. */
export interface RawCitation {
  quote: string | null;
  locator: string | null;
  claimedBy: string | null;
  source: SourceModel;
}

export interface RawEntity {
  id: string;
  kind: EntityKindName;
  name: string;
  description: string | null;
  start: string | null;
  end: string | null;
  aliases: string | null;
  identifiers: string | null;
  citations: RawCitation[];
  release?: number | null;
}

export interface RawRelationship {
  id: string;
  type: string;
  from: string;
  to: string;
  since: string | null;
  until: string | null;
  attested: string[] | null;
  status: string | null;
  role: string | null;
  note: string | null;
  citations: RawCitation[];
}

function citations(raw: RawCitation[]): CitationModel[] {
  return raw.map((citation) => ({ ...citation }));
}

export function toEntity(raw: RawEntity): EntityModel {
  return {
    id: raw.id,
    kind: raw.kind,
    name: raw.name,
    description: raw.description,
    start: raw.start,
    end: raw.end,
    aliases: raw.aliases ? JSON.parse(raw.aliases) : [],
    identifiers: raw.identifiers ? JSON.parse(raw.identifiers) : [],
    citations: citations(raw.citations),
    ...(raw.release ? { release: raw.release } : {}),
  };
}

/** A relationship with its endpoints, which the caller has already read (no second round trip). */
export function toRelationship(raw: RawRelationship, from: EntityModel, to: EntityModel): RelationshipModel {
  return {
    id: raw.id,
    type: raw.type,
    from,
    to,
    since: raw.since,
    until: raw.until,
    attested: raw.attested ?? [],
    status: raw.status,
    role: raw.role,
    note: raw.note,
    citations: citations(raw.citations),
  };
}
