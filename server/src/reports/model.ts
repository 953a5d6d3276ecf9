import { holdsOn, partialDate, type PartialDate } from '../model/partial-date';
import type { CitationModel, EntityModel, RelationshipModel } from '../model/records';
import { describeRelationship, buildTimeline } from '../graph/timeline';
import type { PathModel } from '../graph/paths';

/**
 * Reports as data: sections of statements, each statement footnoted to its citations. The renderers
 * (Markdown, HTML, CSV, JSON) only lay this out, so every format says the same thing.
 */

export interface Footnote {
  number: number;
  citation: CitationModel;
}

export interface Statement {
  text: string;
  relationship: RelationshipModel | null;
  footnotes: number[];
}

export interface Section {
  title: string;
  statements: Statement[];
}

export interface ReportModel {
  title: string;
  /** The entity (entity report) or the two entities (connection report) the report is about. */
  subjects: EntityModel[];
  asOf: string | null;
  summary: Statement[];
  sections: Section[];
  footnotes: Footnote[];
  /** Every relationship the report states, for CSV and the picture. */
  relationships: RelationshipModel[];
  paths: PathModel[];
  /** The release the report was made from, and when it was made (set when read from the graph). */
  release?: number;
  generatedAt?: string;
}

/** Numbers citations in order of first use; the same citation (source, quote, locator) keeps its number. */
export class Footnotes {
  private readonly numbers = new Map<string, number>();
  readonly list: Footnote[] = [];

  cite(citations: readonly CitationModel[]): number[] {
    return citations.map((citation) => {
      const key = JSON.stringify([citation.source.id, citation.quote ?? '', citation.locator ?? '', citation.claimedBy ?? '']);
      let number = this.numbers.get(key);
      if (number === undefined) {
        number = this.list.length + 1;
        this.numbers.set(key, number);
        this.list.push({ number, citation });
      }
      return number;
    });
  }
}

const unique = (numbers: number[]) => [...new Set(numbers)];

export function period(since?: string | null, until?: string | null): string {
  if (since && until) return since === until ? since : `${since} – ${until}`;
  if (since) return `since ${since}`;
  if (until) return `until ${until}`;
  return '';
}

export function relationshipStatement(relationship: RelationshipModel, footnotes: Footnotes): Statement {
  const when = period(relationship.since, relationship.until);
  const text = `${describeRelationship(relationship)}${when ? `, ${when}` : ''}.${relationship.note ? ` ${relationship.note}` : ''}`;
  return { text, relationship, footnotes: footnotes.cite(relationship.citations) };
}

/** Whether a relationship is part of the report as of `asOf`: it started by then (ended ones stay, as former). */
export function startedBy(relationship: RelationshipModel, asOf: PartialDate | null): boolean {
  return !asOf || !relationship.since || partialDate(relationship.since).first <= asOf.last;
}

export function holdsAt(relationship: RelationshipModel, asOf: PartialDate | null): boolean {
  const reference = asOf ?? partialDate(new Date().toISOString().slice(0, 10));
  return holdsOn(reference, relationship.since ? partialDate(relationship.since) : null, relationship.until ? partialDate(relationship.until) : null);
}

type Classifier = (relationship: RelationshipModel, self: string) => boolean;
const incoming = (...types: string[]): Classifier => (r, self) => r.to.id === self && types.includes(r.type);
const outgoing = (...types: string[]): Classifier => (r, self) => r.from.id === self && types.includes(r.type);
const either = (...types: string[]): Classifier => (r) => types.includes(r.type);

/** The sections of an entity report, in reading order; a relationship goes to the first that claims it. */
const SECTIONS: Array<{ title: string; claims: Classifier; split?: 'current-former' }> = [
  { title: 'Structure: bodies and parts', claims: incoming('PART_OF') },
  { title: 'Part of', claims: outgoing('PART_OF') },
  { title: 'Members', claims: incoming('MEMBER_OF'), split: 'current-former' },
  { title: 'Observers', claims: incoming('OBSERVER_OF') },
  { title: 'Memberships', claims: outgoing('MEMBER_OF', 'OBSERVER_OF'), split: 'current-former' },
  { title: 'Leadership and chairmanship', claims: incoming('HOLDS_POSITION', 'HEADS', 'CHAIRS') },
  { title: 'Positions held', claims: outgoing('HOLDS_POSITION', 'HEADS', 'CHAIRS') },
  { title: 'Initiatives, forces and exercises', claims: either('CONDUCTS', 'ADMINISTERS', 'COORDINATES', 'PLANS', 'EDITION_OF', 'SIGNED', 'ANNOUNCED', 'CONCERNS') },
  { title: 'Priorities and topics', claims: either('FOCUSES_ON') },
  { title: 'Events and decisions', claims: either('PARTICIPATES_IN', 'ATTENDED', 'HOSTS', 'HELD_IN', 'SESSION_OF', 'ADOPTED_AT', 'ESTABLISHED_BY') },
  { title: 'Succession', claims: either('SUCCEEDED_BY') },
  { title: 'Places', claims: either('LOCATED_IN', 'HEADQUARTERED_IN') },
  { title: 'Other relationships', claims: () => true },
];

function entityFacts(entity: EntityModel, footnotes: Footnotes): Statement[] {
  const facts = [
    `${entity.name} is ${/^[AEIOU]/.test(entity.kind) ? 'an' : 'a'} ${entity.kind.toLowerCase()}${entity.start || entity.end ? ` (${period(entity.start, entity.end)})` : ''}.`,
    entity.description ?? '',
    entity.aliases.length ? `Also known as: ${entity.aliases.map((alias) => `${alias.name}${alias.lang ? ` (${alias.lang})` : ''}`).join(', ')}.` : '',
    entity.identifiers.length ? `Identifiers: ${entity.identifiers.map((id) => `${id.scheme} ${id.value}`).join(', ')}.` : '',
  ].filter(Boolean);
  const cited = footnotes.cite(entity.citations);
  return facts.map((text, i) => ({ text, relationship: null, footnotes: i === 0 ? cited : [] }));
}

export function buildEntityReport(
  entity: EntityModel,
  relationships: RelationshipModel[],
  bodyHeads: RelationshipModel[],
  asOfText: string | null,
): ReportModel {
  const asOf = asOfText ? partialDate(asOfText) : null;
  const footnotes = new Footnotes();
  const summary = entityFacts(entity, footnotes);
  const included = relationships.filter((relationship) => startedBy(relationship, asOf));
  const remaining = new Set(included);
  const sections: Section[] = [];
  for (const definition of SECTIONS) {
    const claimed = [...remaining].filter((relationship) => definition.claims(relationship, entity.id));
    claimed.forEach((relationship) => remaining.delete(relationship));
    if (claimed.length === 0) continue;
    if (definition.split === 'current-former') {
      const current = claimed.filter((relationship) => holdsAt(relationship, asOf));
      const former = claimed.filter((relationship) => !holdsAt(relationship, asOf));
      const on = asOfText ? `on ${asOfText}` : 'today';
      if (current.length) sections.push({ title: `${definition.title} ${on}`, statements: current.map((r) => relationshipStatement(r, footnotes)) });
      if (former.length) sections.push({ title: `Former ${definition.title.toLowerCase()}`, statements: former.map((r) => relationshipStatement(r, footnotes)) });
      continue;
    }
    const statements = claimed.map((relationship) => {
      const statement = relationshipStatement(relationship, footnotes);
      if (definition.title.startsWith('Structure')) {
        const heads = bodyHeads.filter((head) => head.to.id === relationship.from.id && startedBy(head, asOf));
        for (const head of heads) {
          const sub = relationshipStatement(head, footnotes);
          statement.text += ` ${sub.text}`;
          statement.footnotes = unique([...statement.footnotes, ...sub.footnotes]);
        }
      }
      return statement;
    });
    sections.push({ title: definition.title, statements });
  }
  const timeline = buildTimeline(entity, included).filter((entry) => !asOf || partialDate(entry.date).first <= asOf.last);
  if (timeline.length) {
    sections.push({
      title: 'Timeline',
      statements: timeline.map((entry) => ({
        text: `${entry.date}: ${entry.change === 'ENDS' || entry.change === 'ENTITY_ENDS' ? 'ends: ' : ''}${entry.description}`,
        relationship: entry.relationship,
        footnotes: footnotes.cite(entry.relationship ? entry.relationship.citations : entity.citations),
      })),
    });
  }
  return {
    title: `${entity.name}${asOfText ? ` as of ${asOfText}` : ''}`,
    subjects: [entity],
    asOf: asOfText,
    summary,
    sections,
    footnotes: footnotes.list,
    relationships: [...included, ...bodyHeads.filter((head) => startedBy(head, asOf))],
    paths: [],
  };
}

export interface SharedNeighbour {
  shared: EntityModel;
  fromA: RelationshipModel;
  fromB: RelationshipModel;
}

export function buildConnectionReport(a: EntityModel, b: EntityModel, paths: PathModel[], shared: SharedNeighbour[], asOfText: string | null): ReportModel {
  const asOf = asOfText ? partialDate(asOfText) : null;
  const footnotes = new Footnotes();
  const sections: Section[] = [];
  const direct = paths.filter((path) => path.length === 1).map((path) => path.hops[0]!);
  if (direct.length) sections.push({ title: 'Direct relationships', statements: direct.map((r) => relationshipStatement(r, footnotes)) });
  const longer = paths.filter((path) => path.length > 1);
  if (longer.length) {
    sections.push({
      title: 'Shortest paths',
      statements: longer.map((path, i) => {
        const hops = path.hops.map((hop) => relationshipStatement(hop, footnotes));
        return {
          text: `Path ${i + 1} (${path.length} hops: ${path.nodes.map((node) => node.name).join(' → ')}): ${hops.map((hop) => hop.text).join(' ')}`,
          relationship: null,
          footnotes: unique(hops.flatMap((hop) => hop.footnotes)),
        };
      }),
    });
  }
  const sharedNow = shared.filter(({ fromA, fromB }) => startedBy(fromA, asOf) && startedBy(fromB, asOf) && holdsAt(fromA, asOf) && holdsAt(fromB, asOf));
  if (sharedNow.length) {
    sections.push({
      title: 'What they share',
      statements: sharedNow.map(({ fromA, fromB }) => {
        const first = relationshipStatement(fromA, footnotes);
        const second = relationshipStatement(fromB, footnotes);
        return { text: `${first.text} ${second.text}`, relationship: null, footnotes: unique([...first.footnotes, ...second.footnotes]) };
      }),
    });
  }
  const summary: Statement[] = [
    {
      text:
        paths.length === 0
          ? `No path of up to 4 relationships links ${a.name} and ${b.name}${asOfText ? ` as of ${asOfText}` : ''}.`
          : `${a.name} and ${b.name} are linked by ${paths.length} shortest path${paths.length === 1 ? '' : 's'} of ${paths[0]!.length} relationship${paths[0]!.length === 1 ? '' : 's'}${asOfText ? ` as of ${asOfText}` : ''}.`,
      relationship: null,
      footnotes: [],
    },
  ];
  const relationships = [...new Map([...paths.flatMap((path) => path.hops), ...sharedNow.flatMap((s) => [s.fromA, s.fromB])].map((r) => [r.id, r])).values()];
  return {
    title: `${a.name} and ${b.name}${asOfText ? ` as of ${asOfText}` : ''}`,
    subjects: [a, b],
    asOf: asOfText,
    summary,
    sections,
    footnotes: footnotes.list,
    relationships,
    paths,
  };
}
