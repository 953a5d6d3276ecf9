import { compact, type ExportedDataset } from '../dataset/export';
import type { CitationRecord, EntityRecord, RelationshipRecord } from '../dataset/types';
import { relationshipId } from '../dataset/validate';
import { ExchangeGraph, postOf } from './graph';

/**
 * The graph as a Popolo document (organizations, persons, posts, memberships), valid against the
 * Popolo JSON schemas (vendored in popolo-schemas/). Popolo's dates are partial ISO dates, as ours.
 * What maps to what, and what is lost, is in the README ("Exchange: FtM and Popolo").
 */
export interface PopoloLink {
  url: string;
  note?: string;
}
export interface PopoloOtherName {
  name: string;
  /** Not in Popolo's schema (which allows it): the EveryPolitician convention for an alias's language. */
  lang?: string;
}
export interface PopoloIdentifier {
  identifier: string;
  scheme: string;
}
interface PopoloThing {
  id: string;
  name: string;
  other_names?: PopoloOtherName[];
  identifiers?: PopoloIdentifier[];
  sources?: PopoloLink[];
}
export interface PopoloOrganization extends PopoloThing {
  classification: string;
  description?: string;
  parent_id?: string;
  founding_date?: string;
  dissolution_date?: string;
}
export interface PopoloPerson extends PopoloThing {
  summary?: string;
  birth_date?: string;
  death_date?: string;
}
export interface PopoloPost {
  id: string;
  label: string;
  role: string;
  organization_id: string;
}
export interface PopoloMembership {
  id: string;
  label: string;
  role?: string;
  person_id?: string;
  member?: { '@type': 'Organization'; id: string };
  organization_id: string;
  post_id?: string;
  start_date?: string;
  end_date?: string;
  sources?: PopoloLink[];
}
export interface PopoloDocument {
  organizations: PopoloOrganization[];
  persons: PopoloPerson[];
  posts: PopoloPost[];
  memberships: PopoloMembership[];
}

/** The relationship types that are memberships in Popolo, with the role to give when there is none. */
export const POPOLO_MEMBERSHIPS: Record<string, string | undefined> = {
  MEMBER_OF: undefined,
  OBSERVER_OF: 'observer',
  HOLDS_POSITION: undefined,
  HEADS: 'head',
  CHAIRS: 'chair',
};

/**
 * A Popolo source is a link, and a link needs a URI. A source with a web address gives it; one
 * without (most of the CSTO's: printed pages, archives) is named by `urn:orgraph:source:<its id>`.
 * The note holds the quote, title, publisher, date, locator and claimant.
 */
export const sourceUri = (id: string) => `urn:orgraph:source:${encodeURIComponent(id)}`;

function sources(graph: ExchangeGraph, citations: CitationRecord[]): PopoloLink[] {
  const statements = graph.statements(citations);
  return citations.map((citation, index) => {
    const source = graph.sourcesOf([citation])[0]!;
    return { url: source.url ?? sourceUri(source.id), note: statements[index]! };
  });
}

function thing(graph: ExchangeGraph, record: EntityRecord): PopoloThing {
  return {
    id: record.id,
    name: record.name,
    other_names: (record.aliases ?? []).map((alias) => compact({ name: alias.name, lang: alias.lang })),
    identifiers: (record.identifiers ?? []).map((identifier) => ({ identifier: identifier.value, scheme: identifier.scheme })),
    sources: sources(graph, record.citations),
  };
}

/** An organization's parent: the first organization or state it is part of (Popolo holds one). */
function parents(dataset: ExportedDataset, isOrganization: (id: string) => boolean): Map<string, string> {
  const parent = new Map<string, string>();
  for (const { type, from, to } of dataset.relationships) {
    if (type === 'PART_OF' && isOrganization(from) && isOrganization(to) && !parent.has(from)) parent.set(from, to);
  }
  return parent;
}

function membershipOf(graph: ExchangeGraph, relationship: RelationshipRecord, isOrganization: (id: string) => boolean): PopoloMembership | null {
  if (!(relationship.type in POPOLO_MEMBERSHIPS) || !isOrganization(relationship.to)) return null;
  const member = graph.entity(relationship.from);
  if (member.kind !== 'person' && !isOrganization(member.id)) return null;
  const post = relationship.type === 'HOLDS_POSITION' && member.kind === 'person' ? postOf(graph, relationship) : null;
  return compact({
    id: relationshipId(relationship),
    // Popolo has no status: the label says it, as the reports do.
    label: graph.sentence(relationship) + (relationship.status ? ` (${relationship.status})` : ''),
    role: relationship.role ?? POPOLO_MEMBERSHIPS[relationship.type],
    ...(member.kind === 'person' ? { person_id: member.id } : { member: { '@type': 'Organization' as const, id: member.id } }),
    organization_id: relationship.to,
    post_id: post?.key,
    start_date: relationship.since,
    end_date: relationship.until,
    sources: sources(graph, relationship.citations),
  });
}

/** The graph as one Popolo document; states are organizations classified "state". */
export function toPopolo(dataset: ExportedDataset): PopoloDocument {
  const graph = new ExchangeGraph(dataset);
  const isOrganization = (id: string) => ['organization', 'state'].includes(graph.entities.get(id)?.kind ?? '');
  const parent = parents(dataset, isOrganization);
  const organizations = dataset.entities
    .filter((record) => isOrganization(record.id))
    .map((record) =>
      compact<PopoloOrganization>({
        ...thing(graph, record),
        classification: record.kind,
        description: record.description,
        parent_id: parent.get(record.id),
        founding_date: record.start,
        dissolution_date: record.end,
      }),
    );
  const persons = dataset.entities
    .filter((record) => record.kind === 'person')
    .map((record) => compact<PopoloPerson>({ ...thing(graph, record), summary: record.description, birth_date: record.start, death_date: record.end }));
  const memberships: PopoloMembership[] = [];
  const posts = new Map<string, PopoloPost>();
  for (const relationship of dataset.relationships) {
    const membership = membershipOf(graph, relationship, isOrganization);
    if (!membership) continue;
    memberships.push(membership);
    if (membership.post_id && !posts.has(membership.post_id)) {
      const post = postOf(graph, relationship);
      posts.set(post.key, { id: post.key, label: post.label, role: post.role, organization_id: relationship.to });
    }
  }
  return { organizations, persons, posts: [...posts.values()], memberships };
}
