import { timeState, type TimeState } from '../model/holding';
import { partialDate, type PartialDate } from '../model/partial-date';
import type { CitationModel, EntityModel, RelationshipModel } from '../model/records';
import { describeRelationship, buildTimeline } from '../graph/timeline';
import { PATH_DEFAULTS, type PathModel } from '../graph/paths';

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
  /** How the report reads dates: the rule, said in the report itself. */
  notes: string[];
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

/** A relationship's own dates as a report writes them: its period, or when it was attested, or that none is given. */
function when(relationship: RelationshipModel): string {
  const dated = period(relationship.since, relationship.until);
  if (dated) return dated;
  return relationship.attested?.length ? `attested ${relationship.attested.join(', ')}` : 'no date given';
}

export function relationshipStatement(relationship: RelationshipModel, footnotes: Footnotes): Statement {
  const text = `${describeRelationship(relationship)}, ${when(relationship)}.${relationship.note ? ` ${relationship.note}` : ''}`;
  return { text, relationship, footnotes: footnotes.cite(relationship.citations) };
}

const today = () => partialDate(new Date().toISOString().slice(0, 10));

/**
 * Where a relationship stands in a report (holding.ts decides). As of a date: held, former (ended by
 * then), future (left out) or unknown (listed apart, never stated as holding then). With no date the
 * report is the whole record, each fact with its own dates: only "former" (ended before today) is told apart.
 */
export function reportState(relationship: RelationshipModel, asOf: PartialDate | null): TimeState {
  if (asOf) return timeState(relationship, asOf);
  return timeState(relationship, today()) === 'former' ? 'former' : 'held';
}

/** The rule, as the report states it in its notes. */
export function dateNotes(asOfText: string | null): string[] {
  if (!asOfText) {
    return [
      'Without an "as of" date the report gives the whole record: each fact with its own dates, "no date given" where the sources give none, "attested" where they say only that it held on a date. Former members and posts are those that ended before today.',
      'In the picture, dashed lines have ended before today.',
    ];
  }
  return [
    `A fact is stated as holding on ${asOfText} only when its dates cover that date: its period, or a date on which the sources attest it. Facts that ended before ${asOfText} are listed as former; facts that began later, or whose entities did not exist yet, are left out.`,
    `Facts whose sources give no date, or attest them only at other dates, may or may not have held on ${asOfText}: they are listed apart under "Not known for ${asOfText}", never stated as holding then.`,
    `In the picture, dashed lines had ended by ${asOfText}; dotted, fainter lines are not known for ${asOfText}.`,
  ];
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
  { title: 'Leadership and chairmanship', claims: incoming('HOLDS_POSITION', 'HEADS', 'CHAIRS'), split: 'current-former' },
  { title: 'Positions held', claims: outgoing('HOLDS_POSITION', 'HEADS', 'CHAIRS'), split: 'current-former' },
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

/** The facts not known for the date, apart: those attested at other dates, then those with no date at all. */
function unknownSections(unknown: RelationshipModel[], asOfText: string, footnotes: Footnotes): Section[] {
  const attested = unknown.filter((r) => r.attested?.length);
  const undated = unknown.filter((r) => !r.attested?.length);
  return [
    { title: `Not known for ${asOfText}: attested at other dates`, statements: attested.map((r) => relationshipStatement(r, footnotes)) },
    { title: `Not known for ${asOfText}: no date given`, statements: undated.map((r) => relationshipStatement(r, footnotes)) },
  ].filter((section) => section.statements.length > 0);
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
  const state = new Map([...relationships, ...bodyHeads].map((r) => [r, reportState(r, asOf)]));
  const stated = (r: RelationshipModel) => state.get(r) === 'held' || state.get(r) === 'former';
  const unknown = [...relationships, ...bodyHeads].filter((r) => state.get(r) === 'unknown');
  const remaining = new Set(relationships.filter(stated));
  const sections: Section[] = [];
  for (const definition of SECTIONS) {
    const claimed = [...remaining].filter((relationship) => definition.claims(relationship, entity.id));
    claimed.forEach((relationship) => remaining.delete(relationship));
    if (claimed.length === 0) continue;
    if (definition.split === 'current-former') {
      const current = claimed.filter((relationship) => state.get(relationship) === 'held');
      const former = claimed.filter((relationship) => state.get(relationship) === 'former');
      const on = asOfText ? `on ${asOfText}` : 'today';
      if (current.length) sections.push({ title: `${definition.title} ${on}`, statements: current.map((r) => relationshipStatement(r, footnotes)) });
      if (former.length) sections.push({ title: `Former ${definition.title.toLowerCase()}`, statements: former.map((r) => relationshipStatement(r, footnotes)) });
      continue;
    }
    const statements = claimed.map((relationship) => {
      const statement = relationshipStatement(relationship, footnotes);
      if (definition.title.startsWith('Structure')) {
        // A body's heads are told with the body when their dates say so; the others are listed apart.
        const heads = bodyHeads.filter((head) => head.to.id === relationship.from.id && stated(head));
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
  if (asOfText) sections.push(...unknownSections(unknown, asOfText, footnotes));
  const included = relationships.filter((r) => state.get(r) !== 'future');
  const timeline = buildTimeline(entity, included).filter((entry) => !asOf || partialDate(entry.date).first <= asOf.last);
  if (timeline.length) {
    sections.push({
      title: 'Timeline',
      statements: timeline.map((entry) => ({
        text: `${entry.date}: ${entry.change === 'ENDS' || entry.change === 'ENTITY_ENDS' ? 'ends: ' : entry.change === 'ATTESTED' ? 'attested: ' : ''}${entry.description}`,
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
    notes: dateNotes(asOfText),
    footnotes: footnotes.list,
    relationships: [...included, ...bodyHeads.filter((head) => state.get(head) !== 'future')],
    paths: [],
  };
}

export interface SharedNeighbour {
  shared: EntityModel;
  fromA: RelationshipModel;
  fromB: RelationshipModel;
}

/** A path as one statement: each step with every relationship's status and dates, footnoted to all of them. */
function pathStatement(path: PathModel, footnotes: Footnotes): Statement {
  const cited = path.steps.flatMap((step) => step.relationships.flatMap((r) => footnotes.cite(r.citations)));
  const walk = [path.nodes[0]!.name, ...path.steps.map((step) => `${step.link} ${step.to.name}`)].join(' ');
  return { text: walk, relationship: null, footnotes: unique(cited) };
}

export function buildConnectionReport(a: EntityModel, b: EntityModel, paths: PathModel[], shared: SharedNeighbour[], asOfText: string | null): ReportModel {
  const asOf = asOfText ? partialDate(asOfText) : null;
  const footnotes = new Footnotes();
  const sections: Section[] = [];
  const direct = paths.filter((path) => path.length === 1).flatMap((path) => path.steps[0]!.relationships);
  if (direct.length) sections.push({ title: 'Direct relationships', statements: direct.map((r) => relationshipStatement(r, footnotes)) });
  const longer = paths.filter((path) => path.length > 1);
  if (longer.length) {
    sections.push({
      title: 'Shortest paths',
      statements: longer.map((path, i) => {
        const statement = pathStatement(path, footnotes);
        return { ...statement, text: `Path ${i + 1} (${path.length} hops): ${statement.text}` };
      }),
    });
  }
  // Shared only when both sides held on the date (or, with no date, neither has ended).
  const sharedNow = shared.filter(({ fromA, fromB }) => reportState(fromA, asOf) === 'held' && reportState(fromB, asOf) === 'held');
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
  const lengths = [...new Set(paths.map((path) => path.length))];
  const summary: Statement[] = [
    {
      text:
        paths.length === 0
          ? `No path of up to ${PATH_DEFAULTS.maxHops} relationships links ${a.name} and ${b.name}${asOfText ? ` as of ${asOfText}` : ''}.`
          : `${a.name} and ${b.name} are linked by ${paths.length} path${paths.length === 1 ? '' : 's'} of ${lengths.join(' or ')} step${lengths.length === 1 && lengths[0] === 1 ? '' : 's'}${asOfText ? ` as of ${asOfText}` : ''} (the shortest, at most ${PATH_DEFAULTS.first}; parallel relationships between the same two entities are one step).`,
      relationship: null,
      footnotes: [],
    },
  ];
  const relationships = [...new Map([...paths.flatMap((path) => path.steps.flatMap((step) => step.relationships)), ...sharedNow.flatMap((s) => [s.fromA, s.fromB])].map((r) => [r.id, r])).values()];
  return {
    title: `${a.name} and ${b.name}${asOfText ? ` as of ${asOfText}` : ''}`,
    subjects: [a, b],
    asOf: asOfText,
    summary,
    sections,
    notes: dateNotes(asOfText),
    footnotes: footnotes.list,
    relationships,
    paths,
  };
}
