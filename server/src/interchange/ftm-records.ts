import path from 'node:path';
import type { CitationRecord, EntityRecord, IdentifierRecord, RelationshipRecord, SourceRecord } from '../dataset/types';
import { relationshipId } from '../dataset/validate';
import { RELATIONSHIP_TYPES, type RelationshipTypeName } from '../model/vocabulary';
import { slug, sourceIdFor } from '../sources/identity';
import { paragraphLocator } from '../sources/review';
import { DatasetError, type ImportIssue } from '../dataset/types';
import { LIFESPAN, RELATIONSHIP_RULES, UNKNOWN_LINK } from './ftm';
import { FTM_SCHEMATA } from './ftm-schema';
import { ftmDate, type FtmLine } from './ftm-read';

/**
 * FtM entities back into Orgraph's records: the inverse of ftm.ts for what it writes (ids, kinds,
 * relationship types, dates, and the citations its `description` lines spell out), and a reasonable
 * reading of FtM written elsewhere. The file itself is a source: its text renders each FtM entity as
 * a paragraph, and a record with no other evidence is cited to its paragraph.
 */

export interface FtmRecords {
  /** The sources the citations name (known ones keep their ids), and the file when something cites it. */
  sources: SourceRecord[];
  entities: Array<{ record: EntityRecord; line: number }>;
  /** Each with the FtM entity it was read from, and that entity's paragraph of the file's text. */
  relationships: Array<{ record: RelationshipRecord & { id: string }; line: number; ftmId: string; paragraph: number; referenced: boolean }>;
  /** One paragraph per entity of the file, in file order. */
  paragraphs: string[];
  fileSource: SourceRecord;
}

const ORGRAPH_ENTITY = 'orgraph-entity-';

const values = (line: FtmLine, name: string) => line.entity.properties[name] ?? [];
const first = (line: FtmLine, name: string) => values(line, name).find((value) => value.trim() !== '') ?? undefined;
const dateOf = (line: FtmLine, name: string) => {
  const value = first(line, name);
  return value === undefined ? undefined : (ftmDate(value) as string);
};

/** Our id: the one the export derived the FtM id from, else the FtM id made a lowercase id. */
export function entityIdOf(ftmId: string): string {
  return ftmId.startsWith(ORGRAPH_ENTITY) ? ftmId.slice(ORGRAPH_ENTITY.length) : ftmId.toLowerCase();
}

const KINDS: Record<string, string> = { Person: 'person', Project: 'initiative', Event: 'event', Address: 'place' };
/** Where an entity's start and end are, by schema: as the export writes them, and the same for any organization. */
const lifespanOf = (schema: string) => LIFESPAN[schema] ?? (FTM_SCHEMATA[schema]?.names.includes('Organization') || schema === 'LegalEntity' ? LIFESPAN.Organization : undefined);

/** A readable paragraph for one FtM entity: its schema and id, then each property, naming what it refers to. */
function render(line: FtmLine, names: Map<string, string>): string {
  const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
  const properties = Object.entries(line.entity.properties).map(([name, list]) => `${name}: ${list.map((value) => flat(names.has(value) ? `${names.get(value)} (${value})` : value)).join(' | ')}`);
  return `${line.entity.schema} ${line.entity.id}. ${properties.join('; ')}`;
}

/** How each relationship type reads, for the UnknownLinks the export writes. */
const BY_READING = new Map<string, RelationshipTypeName>(Object.entries(RELATIONSHIP_TYPES).map(([type, info]) => [info.reads, type as RelationshipTypeName]));
/** The default role each link rule writes first, and the type it stands for. */
const BY_RULE_ROLE = new Map<string, RelationshipTypeName>(
  Object.entries(RELATIONSHIP_RULES).flatMap(([type, rule]) => (typeof rule === 'object' && rule.role ? [[`${rule.schema}:${rule.role}`, type as RelationshipTypeName] as const] : [])),
);
const FALLBACK_TYPE: Record<string, RelationshipTypeName> = { Membership: 'MEMBER_OF', Directorship: 'HEADS', ProjectParticipant: 'PARTICIPATES_IN', Succession: 'SUCCEEDED_BY' };
/** The properties naming a link's two ends, by schema, as the export's rules write them. */
const ENDS: Record<string, [string, string]> = Object.fromEntries(
  [...Object.values(RELATIONSHIP_RULES), UNKNOWN_LINK].flatMap((rule) => (typeof rule === 'object' ? [[rule.schema, [rule.from, rule.to]] as const] : [])),
);

/** The relationship type and role of a link: its first role says the type where the export put it there. */
function typeAndRole(line: FtmLine): { type: RelationshipTypeName; role: string | undefined } | { error: string } {
  const roles = values(line, 'role');
  const schema = line.entity.schema;
  if (schema === 'UnknownLink') {
    const type = BY_READING.get(roles[0] ?? '');
    return type ? { type, role: roles[1] } : { error: `UnknownLink role ${JSON.stringify(roles[0] ?? null)} is not how an Orgraph relationship reads (${[...BY_READING.keys()].join(', ')})` };
  }
  const ruled = BY_RULE_ROLE.get(`${schema}:${roles[0]}`);
  return ruled ? { type: ruled, role: roles[1] } : { type: FALLBACK_TYPE[schema]!, role: roles[0] };
}

/**
 * A citation from one `description` line of the export: “quote” — title, publisher (published),
 * url; locator; claimed by X. The record's `publisher` and `sourceUrl` values say where the title ends.
 */
function parseCitation(text: string, publishers: string[], urls: string[]): { source: Omit<SourceRecord, 'id'>; citation: Omit<CitationRecord, 'source'> } {
  const quoted = /^“([\s\S]*?)” — ([\s\S]*)$/.exec(text);
  let rest = quoted ? quoted[2]! : text;
  const citation: Omit<CitationRecord, 'source'> = quoted ? { quote: quoted[1]! } : {};
  const claimed = rest.lastIndexOf('; claimed by ');
  if (claimed >= 0) {
    citation.claimedBy = rest.slice(claimed + '; claimed by '.length);
    rest = rest.slice(0, claimed);
  }
  const located = rest.lastIndexOf('; ');
  if (located >= 0) {
    citation.locator = rest.slice(located + 2);
    rest = rest.slice(0, located);
  }
  const source: Omit<SourceRecord, 'id'> = { title: rest };
  const suffix = (candidates: string[], make: (value: string) => string) =>
    candidates.filter((value) => rest.endsWith(make(value)) && rest.length > make(value).length).sort((a, b) => b.length - a.length)[0];
  const url = suffix(urls, (value) => `, ${value}`);
  if (url) rest = rest.slice(0, -`, ${url}`.length);
  const published = /^(.*) \((\d{4}(?:-\d{2}(?:-\d{2})?)?)\)$/s.exec(rest);
  if (published) rest = published[1]!;
  const publisher = suffix(publishers, (value) => `, ${value}`);
  if (publisher) rest = rest.slice(0, -`, ${publisher}`.length);
  return { source: { ...source, title: rest, ...(publisher ? { publisher } : {}), ...(published ? { published: published[2]! } : {}), ...(url ? { url } : {}) }, citation };
}

/** Gives each source read from the file an id: a known source with the same reference keeps its own. */
class SourceBook {
  private readonly byKey = new Map<string, SourceRecord>();
  private readonly taken: Set<string>;
  private readonly known: Map<string, SourceRecord>;

  constructor(known: SourceRecord[]) {
    this.known = new Map(known.map((source) => [SourceBook.key(source), source]));
    this.taken = new Set(known.map((source) => source.id));
  }

  static key(source: Omit<SourceRecord, 'id'>): string {
    return JSON.stringify([source.title, source.publisher ?? null, source.published ?? null, source.url ?? null]);
  }

  idOf(source: Omit<SourceRecord, 'id'>, retrieved: string | undefined): string {
    const key = SourceBook.key(source);
    const held = this.byKey.get(key) ?? this.known.get(key);
    if (held) {
      if (retrieved && !held.retrieved && this.byKey.has(key)) held.retrieved = retrieved;
      this.byKey.set(key, held);
      return held.id;
    }
    const base = sourceIdFor(source) || 'source';
    let id = base;
    for (let n = 2; this.taken.has(id); n += 1) id = `${base}-${n}`;
    this.taken.add(id);
    const record: SourceRecord = { id, ...source, ...(retrieved ? { retrieved } : {}) };
    this.byKey.set(key, record);
    return id;
  }

  /** The sources read from the file, and known ones it cites (written again unchanged). */
  records(): SourceRecord[] {
    return [...this.byKey.values()];
  }
}

/**
 * The citations of one FtM entity: the export's `description` lines on Orgraph's own entities; on
 * others, one per `sourceUrl`. Empty when the entity gives no evidence at all.
 */
function citationsOf(line: FtmLine, book: SourceBook): CitationRecord[] {
  const publishers = values(line, 'publisher');
  const urls = values(line, 'sourceUrl');
  const retrieved = values(line, 'retrievedAt').map((value) => ftmDate(value) as string);
  if (line.entity.id.startsWith('orgraph-')) {
    const parsed = values(line, 'description').map((text) => parseCitation(text, publishers, urls));
    const distinct = new Set(parsed.map(({ source }) => SourceBook.key(source)));
    // retrievedAt lists one date per source, repeats dropped: it can be matched to a source only when one is cited.
    const single = distinct.size === 1 ? retrieved[0] : undefined;
    return parsed.map(({ source, citation }) => ({ source: book.idOf(source, single), ...citation }));
  }
  return urls.map((url) => ({ source: book.idOf({ title: url, url, ...(publishers.length === 1 ? { publisher: publishers[0]! } : {}) }, retrieved.length === 1 ? retrieved[0] : undefined) }));
}

function entityRecord(line: FtmLine, citations: CitationRecord[]): EntityRecord {
  const schema = line.entity.schema;
  const kind = KINDS[schema] ?? (values(line, 'legalForm').includes('state') ? 'state' : 'organization');
  const names = values(line, 'name');
  const name = names[0] ?? first(line, 'full')!;
  const identifiers: IdentifierRecord[] = [
    ...values(line, 'wikidataId').map((value) => ({ scheme: 'wikidata', value })),
    ...(kind === 'state' ? values(line, 'country').map((value) => ({ scheme: 'iso3166-1', value: value.toUpperCase() })) : []),
    ...(line.entity.id.startsWith('orgraph-') ? [] : [{ scheme: 'ftm', value: line.entity.id }]),
  ];
  const aliases = [...names.slice(1), ...values(line, 'alias')].map((alias) => ({ name: alias }));
  const [start, end] = lifespanOf(schema) ?? [];
  const description = values(line, 'summary').join('\n') || (line.entity.id.startsWith('orgraph-') ? '' : values(line, 'description').join('\n'));
  return {
    id: entityIdOf(line.entity.id),
    kind,
    name,
    ...(aliases.length > 0 ? { aliases } : {}),
    ...(description ? { description } : {}),
    ...(start && dateOf(line, start) ? { start: dateOf(line, start) } : {}),
    ...(end && dateOf(line, end) ? { end: dateOf(line, end) } : {}),
    ...(identifiers.length > 0 ? { identifiers } : {}),
    citations,
  };
}

/** The FtM file as Orgraph records; `known` are the sources the graph holds, matched by their reference. */
export function ftmRecords(file: { name: string; title: string }, lines: FtmLine[], known: SourceRecord[]): FtmRecords {
  const byId = new Map(lines.map((line) => [line.entity.id, line]));
  const names = new Map(lines.map((line) => [line.entity.id, first(line, 'name') ?? first(line, 'full') ?? line.entity.id]));
  const paragraphs = lines.map((line) => render(line, names));
  const paragraphOf = new Map(lines.map((line, i) => [line.entity.id, i + 1]));
  const fileSource: SourceRecord = { id: slug(`ftm ${path.basename(file.name)}`, 80), title: file.title };
  const book = new SourceBook(known);
  let fileCited = false;
  /** The line's own paragraph of the file, for what FtM gives no other evidence of. */
  const fileCitation = (line: FtmLine): CitationRecord => {
    fileCited = true;
    const paragraph = paragraphOf.get(line.entity.id)!;
    return { source: fileSource.id, quote: paragraphs[paragraph - 1]!, locator: paragraphLocator(paragraph) };
  };
  const evidence = (line: FtmLine): { citations: CitationRecord[]; referenced: boolean } => {
    const citations = citationsOf(line, book);
    return citations.length > 0 ? { citations, referenced: true } : { citations: [fileCitation(line)], referenced: false };
  };

  const issues: ImportIssue[] = [];
  const entities: FtmRecords['entities'] = [];
  const relationships: FtmRecords['relationships'] = [];
  const usedIds = new Set<string>();
  const relate = (line: FtmLine, record: RelationshipRecord, ftmId: string, referenced: boolean) => {
    let id = record.id ?? relationshipId(record);
    if (usedIds.has(id)) id = `${id}.${entityIdOf(ftmId)}`;
    usedIds.add(id);
    relationships.push({ record: { ...record, id }, line: line.line, ftmId, paragraph: paragraphOf.get(ftmId)!, referenced });
  };

  for (const line of lines) {
    const schema = line.entity.schema;
    if (schema === 'Position') continue;
    if (!ENDS[schema] && schema !== 'Occupancy') {
      const { citations } = evidence(line);
      const record = entityRecord(line, citations);
      entities.push({ record, line: line.line });
      // Keywords are the topics the export could not link: each becomes a topic the entity focuses on.
      for (const keyword of values(line, 'keywords')) {
        const topic = slug(keyword);
        if (!entities.some((item) => item.record.id === topic)) entities.push({ record: { id: topic, kind: 'topic', name: keyword, citations: [fileCitation(line)] }, line: line.line });
        relate(line, { from: record.id, type: 'FOCUSES_ON', to: topic, citations: [fileCitation(line)] }, line.entity.id, false);
      }
      continue;
    }
    let from: string, to: string, type: RelationshipTypeName, role: string | undefined;
    if (schema === 'Occupancy') {
      const post = byId.get(first(line, 'post')!)!;
      const organization = first(post, 'organization');
      if (!organization) {
        issues.push({ origin: { file: file.name, line: post.line, path: 'properties.organization' }, message: 'a Position held in an Occupancy needs its organization (Orgraph relates the holder to it)' });
        continue;
      }
      const label = first(post, 'name')!;
      const suffix = `, ${names.get(organization)}`;
      [from, to, type, role] = [first(line, 'holder')!, organization, 'HOLDS_POSITION', label.endsWith(suffix) ? label.slice(0, -suffix.length) : label];
    } else {
      const reading = typeAndRole(line);
      if ('error' in reading) {
        issues.push({ origin: { file: file.name, line: line.line, path: 'properties.role' }, message: reading.error });
        continue;
      }
      [from, to] = ENDS[schema]!.map((name) => first(line, name)!) as [string, string];
      ({ type, role } = reading);
    }
    const { citations, referenced } = evidence(line);
    const optional = {
      since: dateOf(line, 'startDate'),
      until: dateOf(line, 'endDate'),
      attested: values(line, 'date').map((value) => ftmDate(value) as string),
      status: first(line, 'status'),
      role,
      note: values(line, 'summary').join('\n'),
    };
    const record: RelationshipRecord = {
      ...(first(line, 'recordId') ? { id: first(line, 'recordId') } : {}),
      from: entityIdOf(from),
      type,
      to: entityIdOf(to),
      ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0))),
      citations,
    };
    relate(line, record, line.entity.id, referenced);
  }
  if (issues.length > 0) throw new DatasetError(issues);
  return { sources: [...book.records(), ...(fileCited ? [fileSource] : [])], entities, relationships, paragraphs, fileSource };
}
