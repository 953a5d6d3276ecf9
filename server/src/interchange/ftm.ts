import type { ExportedDataset } from '../dataset/export';
import type { CitationRecord, EntityRecord, RelationshipRecord } from '../dataset/types';
import { RELATIONSHIP_TYPES, type RelationshipTypeName } from '../model/vocabulary';
import { relationshipId } from '../dataset/validate';
import { ExchangeGraph, boundedId, postOf } from './graph';

/**
 * The graph as FollowTheMoney (FtM) entities: `{id, schema, properties}` with every value a list of
 * text, as the `followthemoney` package and Aleph read them (one JSON object a line).
 * What maps to what, and what is lost, is in the README ("Exchange: FtM and Popolo").
 */
export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

/** FtM's own limits on an entity id (followthemoney/types/entity.py). */
const FTM_ID = { max: 200, allowed: /^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$/ };

/** Stable ids: the same Orgraph record always gets the same FtM id, and the three kinds never meet. */
export const ftmIds = {
  entity: (id: string) => boundedId(`orgraph-entity-${id}`, FTM_ID.max, FTM_ID.allowed),
  relationship: (id: string) => boundedId(`orgraph-rel-${id}`, FTM_ID.max, FTM_ID.allowed),
  post: (key: string) => boundedId(`orgraph-post-${key}`, FTM_ID.max, FTM_ID.allowed),
};

/** The FtM schemata whose entities may stand where FtM asks for a LegalEntity or an Organization. */
const LEGAL_ENTITIES = new Set(['Person', 'Organization', 'PublicBody']);
const ORGANIZATIONS = new Set(['Organization', 'PublicBody']);

type Properties = Record<string, Array<string | null | undefined>>;

/** Drops empty values and repeats, and properties left with none. */
function entity(id: string, schema: string, properties: Properties): FtmEntity {
  const kept = Object.entries(properties)
    .map(([name, values]): [string, string[]] => [name, [...new Set(values.filter((value): value is string => typeof value === 'string' && value !== ''))]])
    .filter(([, values]) => values.length > 0);
  return { id, schema, properties: Object.fromEntries(kept) };
}

/**
 * Organizations made of states, or part of a state or of such an organization, are public bodies
 * (the CSTO, its councils and secretariat); any other organization is an Organization.
 */
export function publicBodies(dataset: ExportedDataset): Set<string> {
  const kinds = new Map(dataset.entities.map((entity) => [entity.id, entity.kind]));
  const isOrganization = (id: string) => kinds.get(id) === 'organization';
  const found = new Set(
    dataset.relationships.filter((r) => r.type === 'MEMBER_OF' && kinds.get(r.from) === 'state' && isOrganization(r.to)).map((r) => r.to),
  );
  const partOf = dataset.relationships.filter((r) => r.type === 'PART_OF' && isOrganization(r.from));
  for (let grew = true; grew; ) {
    grew = false;
    for (const { from, to } of partOf) {
      if (!found.has(from) && (found.has(to) || kinds.get(to) === 'state')) {
        found.add(from);
        grew = true;
      }
    }
  }
  return found;
}

/** The FtM schema of each kind; topics have none (FtM has no subject-matter entity) and become keywords. */
function schemaOf(entity: EntityRecord, publicBody: Set<string>): string | null {
  switch (entity.kind) {
    case 'organization':
      return publicBody.has(entity.id) ? 'PublicBody' : 'Organization';
    case 'state':
      return 'PublicBody';
    case 'person':
      return 'Person';
    case 'initiative':
      return 'Project';
    case 'event':
      return 'Event';
    case 'place':
      return 'Address';
    default:
      return null;
  }
}

/** Where an entity's start and end go, by schema (an Address has no dates in FtM). */
export const LIFESPAN: Record<string, [string, string] | undefined> = {
  Organization: ['incorporationDate', 'dissolutionDate'],
  PublicBody: ['incorporationDate', 'dissolutionDate'],
  Person: ['birthDate', 'deathDate'],
  Project: ['startDate', 'endDate'],
  Event: ['startDate', 'endDate'],
};

/** Provenance FtM can hold: source URLs, publishers, retrieval dates, and each citation as a line of `description`. */
function provenance(graph: ExchangeGraph, citations: CitationRecord[]): Properties {
  const sources = graph.sourcesOf(citations);
  return {
    sourceUrl: sources.map((source) => source.url),
    publisher: sources.map((source) => source.publisher),
    retrievedAt: sources.map((source) => source.retrieved),
    description: graph.statements(citations),
  };
}

function entityOf(graph: ExchangeGraph, record: EntityRecord, schema: string, keywords: string[]): FtmEntity {
  const identifiers = record.identifiers ?? [];
  const valuesOf = (scheme: string) => identifiers.filter((identifier) => identifier.scheme === scheme).map((identifier) => identifier.value);
  const [start, end] = LIFESPAN[schema] ?? [];
  return entity(ftmIds.entity(record.id), schema, {
    name: [record.name],
    alias: (record.aliases ?? []).map((alias) => alias.name),
    summary: [record.description],
    wikidataId: valuesOf('wikidata'),
    country: valuesOf('iso3166-1').map((code) => code.toLowerCase()),
    ...(schema === 'Address' ? { full: [record.name] } : {}),
    // FtM has no schema for a state: the legal form tells a state's PublicBody from an organization's.
    ...(record.kind === 'state' ? { legalForm: ['state'] } : {}),
    ...(start ? { [start]: [record.start] } : {}),
    ...(end ? { [end]: [record.end] } : {}),
    keywords,
    ...provenance(graph, record.citations),
  });
}

/**
 * How one relationship type becomes an FtM link: its schema, the properties naming its two ends,
 * which schemata those ends may have, and the role to give when the relationship has none.
 */
interface LinkRule {
  schema: string;
  from: string;
  to: string;
  fromSchemata: Set<string>;
  toSchemata: Set<string>;
  role?: string;
}

const membership = (role?: string): LinkRule => ({ schema: 'Membership', from: 'member', to: 'organization', fromSchemata: LEGAL_ENTITIES, toSchemata: ORGANIZATIONS, role });
const directorship = (role: string): LinkRule => ({ schema: 'Directorship', from: 'director', to: 'organization', fromSchemata: LEGAL_ENTITIES, toSchemata: ORGANIZATIONS, role });
const participation = (role: string): LinkRule => ({ schema: 'ProjectParticipant', from: 'participant', to: 'project', fromSchemata: LEGAL_ENTITIES, toSchemata: new Set(['Project']), role });

/**
 * Every relationship type: its closest FtM schema, `occupancy` (Position + Occupancy), or `link`
 * (an UnknownLink whose role says how it reads). A rule whose ends do not fit falls back to `link`.
 */
export const RELATIONSHIP_RULES: Record<RelationshipTypeName, LinkRule | 'occupancy' | 'link'> = {
  MEMBER_OF: membership(),
  OBSERVER_OF: membership('observer'),
  HOLDS_POSITION: 'occupancy',
  HEADS: directorship('head'),
  CHAIRS: directorship('chair'),
  ADMINISTERS: participation('administrator'),
  COORDINATES: participation('coordinator'),
  SIGNED: participation('signatory'),
  PARTICIPATES_IN: participation('participant'),
  SUCCEEDED_BY: { schema: 'Succession', from: 'predecessor', to: 'successor', fromSchemata: LEGAL_ENTITIES, toSchemata: LEGAL_ENTITIES },
  PART_OF: 'link',
  HOSTS: 'link',
  HELD_IN: 'link',
  LOCATED_IN: 'link',
  HEADQUARTERED_IN: 'link',
  ADOPTED_AT: 'link',
  FOCUSES_ON: 'link',
  EDITION_OF: 'link',
  ANNOUNCED: 'link',
  ESTABLISHED_BY: 'link',
  ATTENDED: 'link',
  PLANS: 'link',
  CONCERNS: 'link',
  SESSION_OF: 'link',
  CONDUCTS: 'link',
};

export const UNKNOWN_LINK: Omit<LinkRule, 'role'> = { schema: 'UnknownLink', from: 'subject', to: 'object', fromSchemata: new Set(), toSchemata: new Set() };

/** What every exported relationship carries: its dates, status, note, our id, and its provenance. */
function intervalProperties(graph: ExchangeGraph, relationship: RelationshipRecord): Properties {
  return {
    startDate: [relationship.since],
    endDate: [relationship.until],
    date: relationship.attested ?? [],
    status: [relationship.status],
    summary: [relationship.note],
    recordId: [relationshipId(relationship)],
    ...provenance(graph, relationship.citations),
  };
}

/** The graph as FtM entities: entities first (in id order), then one or two per relationship. */
export function toFtm(dataset: ExportedDataset): FtmEntity[] {
  const graph = new ExchangeGraph(dataset);
  const publicBody = publicBodies(dataset);
  const schemata = new Map(dataset.entities.map((record) => [record.id, schemaOf(record, publicBody)]));

  // A relationship to a topic becomes a keyword of the other end: FtM has nothing to link it to.
  const keywords = new Map<string, string[]>();
  const links: FtmEntity[] = [];
  const posts = new Map<string, FtmEntity>();
  for (const relationship of dataset.relationships) {
    const fromSchema = schemata.get(relationship.from) ?? null;
    const toSchema = schemata.get(relationship.to) ?? null;
    if (!fromSchema || !toSchema) {
      const [subject, topic] = fromSchema ? [relationship.from, relationship.to] : [relationship.to, relationship.from];
      if (schemata.get(subject)) keywords.set(subject, [...(keywords.get(subject) ?? []), graph.entity(topic).name]);
      continue;
    }
    const type = relationship.type as RelationshipTypeName;
    const id = ftmIds.relationship(relationshipId(relationship));
    const rule = RELATIONSHIP_RULES[type];
    if (rule === 'occupancy' && fromSchema === 'Person' && ORGANIZATIONS.has(toSchema)) {
      const post = postOf(graph, relationship);
      const postId = ftmIds.post(post.key);
      const organization = graph.entity(relationship.to);
      if (!posts.has(postId)) {
        posts.set(
          postId,
          entity(postId, 'Position', {
            name: [post.label],
            organization: [ftmIds.entity(organization.id)],
            country: (organization.identifiers ?? []).filter((i) => i.scheme === 'iso3166-1').map((i) => i.value.toLowerCase()),
          }),
        );
      }
      links.push(entity(id, 'Occupancy', { holder: [ftmIds.entity(relationship.from)], post: [postId], ...intervalProperties(graph, relationship) }));
      continue;
    }
    const fits = typeof rule === 'object' && rule.fromSchemata.has(fromSchema) && rule.toSchemata.has(toSchema);
    const chosen = fits ? rule : UNKNOWN_LINK;
    // The first role says which of our types the link is (a head or a chair, an observer), the second is ours.
    const role = fits ? [rule.role, relationship.role] : [RELATIONSHIP_TYPES[type].reads, relationship.role];
    links.push(
      entity(id, chosen.schema, {
        [chosen.from]: [ftmIds.entity(relationship.from)],
        [chosen.to]: [ftmIds.entity(relationship.to)],
        role,
        ...intervalProperties(graph, relationship),
      }),
    );
  }

  const entities = dataset.entities.flatMap((record) => {
    const schema = schemata.get(record.id);
    // Keywords in name order: the order of the relationships they came from is not FtM's to keep.
    return schema ? [entityOf(graph, record, schema, [...(keywords.get(record.id) ?? [])].sort())] : [];
  });
  return [...entities, ...posts.values(), ...links];
}

/** JSON lines, the form FtM tools read (`ftm validate`, `ftm aggregate`, Aleph's importer). */
export function ftmJsonLines(entities: FtmEntity[]): string {
  return entities.map((item) => JSON.stringify(item)).join('\n') + (entities.length > 0 ? '\n' : '');
}
