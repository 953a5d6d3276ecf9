/**
 * Wikidata statements as claims of the graph's vocabulary: pure functions from the Wikibase JSON the
 * client read to relationships (with their Wikidata origin, dates at their precision and references)
 * and to entities (labels and aliases in English and Russian, inception, dissolution).
 */
import { isPartialDateError, parsePartialDate } from '../../model/partial-date';
import type { EntityKindName, RelationshipTypeName } from '../../model/vocabulary';
import type { Item, Reference, Snak, Statement, TimeValue } from './formats';

export const LANGUAGES = ['en', 'ru'] as const;

/** Properties read on the organization's own item (their values are fetched too). */
export const MAPPED_ON_ROOT = new Set(['P159', 'P527', 'P355', 'P361', 'P488']);

export interface WikidataReference {
  /** P854 reference URL. */
  url?: string;
  /** P248 stated in: the document's item. */
  statedIn?: string;
  /** P813 retrieved, a partial date. */
  retrieved?: string;
  /** P143 imported from Wikimedia project: says where the statement was copied from, not what supports it. */
  importedFrom?: string;
}

export interface WikidataClaim {
  statementId: string;
  revision: number;
  /** "wikidata:<statement id>@<revision>": where the proposal came from. */
  origin: string;
  /** The item the statement is on, and its property. */
  subject: string;
  property: string;
  rank: Statement['rank'];
  type: RelationshipTypeName;
  from: string;
  to: string;
  since?: string;
  until?: string;
  role?: string;
  /** References that support the statement (with a URL or a document); "imported from" alone is not one. */
  references: WikidataReference[];
  /** No reference, or only "imported from" (P143): shown as such, and never accepted in bulk. */
  unreferenced: boolean;
  /** The statement in words, with its qualifiers: the citation's quote. */
  quote: string;
  /** What the mapping had to leave out (a date coarser than a year). */
  notes: string[];
}

export interface WikidataEntity {
  qid: string;
  kind: EntityKindName;
  name: string;
  aliases: Array<{ name: string; lang: string }>;
  description?: string;
  start?: string;
  end?: string;
  revision: number;
}

const HUMAN = new Set(['Q5']);
const STATE = new Set(['Q3624078', 'Q6256', 'Q7275', 'Q3024240']);
const PLACE = new Set(['Q515', 'Q5119', 'Q1549591', 'Q486972', 'Q1637706', 'Q200250']);
const EVENT = new Set(['Q1656682', 'Q831663', 'Q1190554', 'Q2761147']);

export function itemValue(statement: Statement | Snak): string | null {
  const snak = 'mainsnak' in statement ? statement.mainsnak : statement;
  const value = snak.snaktype === 'value' && snak.datavalue?.type === 'wikibase-entityid' ? (snak.datavalue.value as { id?: string }).id : null;
  return value && /^Q\d+$/.test(value) ? value : null;
}

const statements = (item: Item, property: string): Statement[] => item.claims[property] ?? [];

export function kindOf(item: Item): EntityKindName {
  const classes = new Set(statements(item, 'P31').map(itemValue));
  const any = (set: Set<string>) => [...set].some((c) => classes.has(c));
  if (any(HUMAN)) return 'PERSON';
  if (any(STATE)) return 'STATE';
  if (any(PLACE)) return 'PLACE';
  if (any(EVENT)) return 'EVENT';
  return 'ORGANIZATION';
}

/** A Wikidata time at its precision: 9 -> "1994", 10 -> "1992-05", 11 -> "1992-05-15"; null when coarser, BCE or not a date. */
export function partialDateOf(value: TimeValue): string | null {
  const match = /^\+(\d{4,})-(\d{2})-(\d{2})T/.exec(value.time);
  if (!match || value.precision < 9) return null;
  const [, year, month, day] = match;
  const text = value.precision === 9 ? year! : value.precision === 10 ? `${year}-${month}` : `${year}-${month}-${day}`;
  return isPartialDateError(parsePartialDate(text)) ? null : text;
}

function timeOf(snaks: Snak[] | undefined, notes: string[], what: string): string | undefined {
  const snak = snaks?.find((s) => s.snaktype === 'value' && s.datavalue?.type === 'time');
  if (!snak) return undefined;
  const value = snak.datavalue!.value as TimeValue;
  const date = partialDateOf(value);
  if (!date) notes.push(`${what} ${value.time} at precision ${value.precision} is coarser than a year (or not a date) and was left out`);
  return date ?? undefined;
}

function reference(ref: Reference): WikidataReference {
  const first = (property: string) => ref.snaks[property]?.find((s) => s.snaktype === 'value');
  const url = first('P854');
  const retrieved = first('P813');
  return {
    ...(url?.datavalue?.type === 'string' ? { url: url.datavalue.value as string } : {}),
    ...(first('P248') && itemValue(first('P248')!) ? { statedIn: itemValue(first('P248')!)! } : {}),
    ...(retrieved?.datavalue?.type === 'time' && partialDateOf(retrieved.datavalue.value as TimeValue) ? { retrieved: partialDateOf(retrieved.datavalue.value as TimeValue)! } : {}),
    ...(first('P143') && itemValue(first('P143')!) ? { importedFrom: itemValue(first('P143')!)! } : {}),
  };
}

const supports = (ref: WikidataReference) => Boolean(ref.url || ref.statedIn);

export function labelOf(item: Item | undefined, fallback: string): string {
  return item?.labels.en?.value ?? item?.labels.ru?.value ?? Object.values(item?.labels ?? {})[0]?.value ?? fallback;
}

/** The post an office names, for HOLDS_POSITION's role: "Secretary General of the Collective Security Treaty Organization" -> "Secretary General". */
export function roleOf(office: Item | undefined, organization: Item): string {
  const label = labelOf(office, 'office-holder');
  const names = [labelOf(organization, ''), ...(organization.aliases.en ?? []).map((a) => a.value)].filter(Boolean);
  for (const name of names) {
    const suffix = new RegExp(`\\s+of\\s+(the\\s+)?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i');
    if (suffix.test(label)) return label.replace(suffix, '');
  }
  return label;
}

const PROPERTY_WORDS: Record<string, string> = {
  P463: 'member of',
  P527: 'has part',
  P355: 'has subsidiary',
  P361: 'part of',
  P488: 'chairperson',
  P39: 'position held',
  P159: 'headquarters location',
  P664: 'organizer',
};

interface Shape {
  type: RelationshipTypeName;
  from: string;
  to: string;
  role?: string;
}

/**
 * What a statement says in the graph's terms, when it is one the import reads: a statement on the
 * organization's own item, or one on another item that points at it (or at one of its offices).
 */
function shapeOf(item: Item, statement: Statement, root: Item, offices: Set<string>, items: Map<string, Item>): Shape | null {
  const value = itemValue(statement);
  if (!value) return null;
  const property = statement.mainsnak.property;
  if (item.id === root.id) {
    switch (property) {
      case 'P159':
        return { type: 'HEADQUARTERED_IN', from: root.id, to: value };
      case 'P527':
        return items.get(value) && kindOf(items.get(value)!) === 'STATE' ? { type: 'MEMBER_OF', from: value, to: root.id } : { type: 'PART_OF', from: value, to: root.id };
      case 'P355':
        return { type: 'PART_OF', from: value, to: root.id };
      case 'P361':
        return { type: 'PART_OF', from: root.id, to: value };
      case 'P488':
        return { type: 'HEADS', from: value, to: root.id };
      default:
        return null;
    }
  }
  if (property === 'P463' && value === root.id) return { type: 'MEMBER_OF', from: item.id, to: root.id };
  if (property === 'P361' && value === root.id) return { type: 'PART_OF', from: item.id, to: root.id };
  if (property === 'P664' && value === root.id) return { type: 'CONDUCTS', from: root.id, to: item.id };
  if (property === 'P39' && offices.has(value)) return { type: 'HOLDS_POSITION', from: item.id, to: root.id, role: roleOf(items.get(value), root) };
  return null;
}

function quoteOf(item: Item, statement: Statement, items: Map<string, Item>, since?: string, until?: string): string {
  const value = itemValue(statement)!;
  const property = statement.mainsnak.property;
  const qualifiers = [since ? `start time (P580) ${since}` : '', until ? `end time (P582) ${until}` : ''].filter(Boolean).join(', ');
  return `${labelOf(item, item.id)} (${item.id}): ${PROPERTY_WORDS[property] ?? property} (${property}) ${labelOf(items.get(value), value)} (${value})${qualifiers ? `; ${qualifiers}` : ''}`;
}

/** The claims the items make about the organization `rootId`, in item and statement order. Deprecated statements are left out. */
export function claimsOf(rootId: string, items: Map<string, Item>, offices: readonly string[]): WikidataClaim[] {
  const root = items.get(rootId);
  if (!root) return [];
  const officeSet = new Set(offices);
  const claims: WikidataClaim[] = [];
  const seen = new Set<string>();
  for (const item of items.values()) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    for (const statement of Object.values(item.claims).flat()) {
      if (statement.rank === 'deprecated') continue;
      const shape = shapeOf(item, statement, root, officeSet, items);
      if (!shape) continue;
      const notes: string[] = [];
      const since = timeOf(statement.qualifiers?.P580, notes, 'start time');
      const until = timeOf(statement.qualifiers?.P582, notes, 'end time');
      const references = (statement.references ?? []).map(reference);
      claims.push({
        statementId: statement.id,
        revision: item.lastrevid,
        origin: `wikidata:${statement.id}@${item.lastrevid}`,
        subject: item.id,
        property: statement.mainsnak.property,
        rank: statement.rank,
        ...shape,
        ...(since ? { since } : {}),
        ...(until ? { until } : {}),
        references: references.filter(supports),
        unreferenced: !references.some(supports),
        quote: quoteOf(item, statement, items, since, until),
        notes,
      });
    }
  }
  return claims;
}

/** The entity an item describes: English name (Russian when it has none), aliases and labels in both languages, inception and dissolution. */
export function entityOf(item: Item): WikidataEntity {
  const name = labelOf(item, item.id);
  const aliases = LANGUAGES.flatMap((lang) => [item.labels[lang]?.value, ...(item.aliases[lang] ?? []).map((a) => a.value)].filter((text): text is string => Boolean(text) && text !== name).map((text) => ({ name: text, lang })));
  const notes: string[] = [];
  const start = timeOf(statements(item, 'P571').filter((s) => s.rank !== 'deprecated').map((s) => s.mainsnak), notes, 'inception');
  const end = timeOf(statements(item, 'P576').filter((s) => s.rank !== 'deprecated').map((s) => s.mainsnak), notes, 'dissolution');
  const description = item.descriptions?.en?.value;
  return {
    qid: item.id,
    kind: kindOf(item),
    name,
    aliases: [...new Map(aliases.map((alias) => [`${alias.lang}:${alias.name}`, alias])).values()],
    ...(description ? { description } : {}),
    ...(start ? { start } : {}),
    ...(end ? { end } : {}),
    revision: item.lastrevid,
  };
}
