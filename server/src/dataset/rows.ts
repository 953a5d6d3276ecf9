import { identifierKey } from '../model/identifiers';
import { createHash } from 'node:crypto';
import { partialDate, UNDATED_START } from '../model/partial-date';
import type { EntityKindName } from '../model/vocabulary';
import { kindLabel } from '../model/vocabulary';
import type { CitationRecord, EntityRecord, SourceRecord } from './types';
import type { IdentifiedRelationship } from './validate';

/**
 * Records as Neo4j stores them. Nested values (aliases, identifiers) are kept as JSON text for the API,
 * beside flat lists that indexes can use (aliasNames for full-text search, identifierKeys for look-ups).
 * Dates keep the text the source gave, plus the first/last day they denote for "as of" filters.
 * `hash` is the record's content hash: re-importing an unchanged record writes nothing.
 */

type Props = Record<string, string | string[]>;

function compact(props: Record<string, string | string[] | undefined>): Props {
  return Object.fromEntries(Object.entries(props).filter(([, value]) => value !== undefined)) as Props;
}

export function contentHash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32);
}

export const entityCitationOwner = (id: string) => `entity:${id}`;
export const relationshipCitationOwner = (id: string) => `relationship:${id}`;

export interface CitationRow {
  id: string;
  sourceId: string;
  quote?: string;
  locator?: string;
  claimedBy?: string;
}

export interface CitationOwnerRow {
  key: string;
  citations: CitationRow[];
}

export function citationOwnerRow(key: string, citations: CitationRecord[]): CitationOwnerRow {
  return {
    key,
    citations: citations.map((citation, i) =>
      compact({
        id: `${key}#${i + 1}`,
        sourceId: citation.source,
        quote: citation.quote,
        locator: citation.locator,
        claimedBy: citation.claimedBy,
      }) as unknown as CitationRow,
    ),
  };
}

export function sourceRow(record: SourceRecord) {
  // Fields in a fixed order: the hash must not depend on how the file happened to order them.
  const props = compact({
    id: record.id,
    title: record.title,
    publisher: record.publisher,
    url: record.url,
    published: record.published,
    retrieved: record.retrieved,
    language: record.language,
  });
  return { id: record.id, props: { ...props, hash: contentHash(props) } };
}

export function entityRow(record: EntityRecord) {
  const kind = record.kind.toUpperCase() as EntityKindName;
  const owner = citationOwnerRow(entityCitationOwner(record.id), record.citations);
  const props = compact({
    id: record.id,
    kind,
    name: record.name,
    description: record.description,
    start: record.start,
    end: record.end,
    startFirst: record.start ? partialDate(record.start).first : undefined,
    endLast: record.end ? partialDate(record.end).last : undefined,
    // Empty lists are left out: a large import holds every property in memory until it commits.
    ...(record.aliases?.length
      ? { aliasNames: record.aliases.map((alias) => alias.name), aliases: JSON.stringify(record.aliases) }
      : {}),
    ...(record.identifiers?.length
      ? {
          identifiers: JSON.stringify(record.identifiers),
          identifierKeys: record.identifiers.map(identifierKey),
        }
      : {}),
    citationIds: owner.citations.map((citation) => citation.id),
  });
  // The hash covers `start`; the stand-in for no start date is added after it, as it adds nothing.
  const ordered = { ...props, startFirst: props.startFirst ?? UNDATED_START };
  return { id: record.id, label: kindLabel(kind), props: { ...ordered, hash: contentHash({ props, owner }) }, owner };
}

/** Attested dates as given, plus the first day of the earliest and the last day of the latest, for queries. */
function attestedProps(attested: string[] | undefined) {
  if (!attested?.length) return {};
  const days = attested.map(partialDate);
  return {
    attested,
    attestedFirst: days.map((day) => day.first).sort()[0],
    attestedLast: days.map((day) => day.last).sort().reverse()[0],
  };
}

export function relationshipRow(record: IdentifiedRelationship) {
  const owner = citationOwnerRow(relationshipCitationOwner(record.id), record.citations);
  const props = compact({
    id: record.id,
    since: record.since,
    until: record.until,
    sinceFirst: record.since ? partialDate(record.since).first : undefined,
    untilLast: record.until ? partialDate(record.until).last : undefined,
    ...attestedProps(record.attested),
    status: record.status,
    role: record.role,
    note: record.note,
    citationIds: owner.citations.map((citation) => citation.id),
  });
  return {
    id: record.id,
    type: record.type,
    from: record.from,
    to: record.to,
    // The type and endpoints are part of the content: changing them replaces the relationship.
    props: { ...props, hash: contentHash({ props, owner, type: record.type, from: record.from, to: record.to }) },
    owner,
  };
}
