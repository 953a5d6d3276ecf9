import { createHash } from 'node:crypto';
import type { ExportedDataset } from '../dataset/export';
import type { CitationRecord, EntityRecord, RelationshipRecord, SourceRecord } from '../dataset/types';
import { RELATIONSHIP_TYPES, isRelationshipType } from '../model/vocabulary';
import { citationText } from '../reports/citation-text';

/**
 * The exported graph with its lookups, as both interchange formats read it: entities and sources by
 * id, and each record's evidence resolved to its sources.
 */
export class ExchangeGraph {
  readonly entities: ReadonlyMap<string, EntityRecord>;
  readonly sources: ReadonlyMap<string, SourceRecord>;

  constructor(readonly dataset: ExportedDataset) {
    this.entities = new Map(dataset.entities.map((entity) => [entity.id, entity]));
    this.sources = new Map(dataset.sources.map((source) => [source.id, source]));
  }

  entity(id: string): EntityRecord {
    const entity = this.entities.get(id);
    if (!entity) throw new Error(`The export refers to entity "${id}", which it does not hold`);
    return entity;
  }

  /** The sources a record cites, once each, in the order first cited. */
  sourcesOf(citations: CitationRecord[]): SourceRecord[] {
    const ids = [...new Set(citations.map((citation) => citation.source))];
    return ids.map((id) => {
      const source = this.sources.get(id);
      if (!source) throw new Error(`The export cites source "${id}", which it does not hold`);
      return source;
    });
  }

  /** One line per citation: “the quote” — title, publisher (published), url; locator; claimed by … */
  statements(citations: CitationRecord[]): string[] {
    return citations.map((citation) => {
      const { reference, quote } = citationText({ ...citation, source: this.sourcesOf([citation])[0]! });
      return quote ? `“${quote}” — ${reference}` : reference;
    });
  }

  /** "Uzbekistan is a member of Collective Security Treaty Organization". */
  sentence(relationship: RelationshipRecord): string {
    const reads = isRelationshipType(relationship.type) ? RELATIONSHIP_TYPES[relationship.type].reads : relationship.type;
    return `${this.entity(relationship.from).name} ${reads} ${this.entity(relationship.to).name}`;
  }
}

/** The post a HOLDS_POSITION relationship fills: one per organization and role, in both formats. */
export function postOf(graph: ExchangeGraph, relationship: RelationshipRecord): { key: string; label: string; role: string } {
  const organization = graph.entity(relationship.to);
  const role = relationship.role ?? 'Position';
  const slug = role.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'position';
  // The role's slug has no dots, so "<organization>.<slug>" never names two posts.
  return { key: `${organization.id}.${slug}`, label: `${role}, ${organization.name}`, role };
}

/** `text` when it is a safe identifier of at most `max` characters; otherwise a readable prefix and a hash. */
export function boundedId(text: string, max: number, allowed: RegExp): string {
  if (text.length <= max && allowed.test(text)) return text;
  const hash = createHash('sha1').update(text).digest('hex').slice(0, 16);
  const readable = text.replace(/[^0-9a-zA-Z.-]+/g, '-').slice(0, max - hash.length - 1).replace(/[.-]+$/, '');
  return `${readable}-${hash}`;
}
