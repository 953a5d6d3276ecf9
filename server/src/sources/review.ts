import { importParsedFiles } from '../dataset/import';
import { inMemoryFile } from '../dataset/read';
import type { CitationRecord, EntityRecord, RelationshipRecord } from '../dataset/types';
import { relationshipId } from '../dataset/validate';
import { NotFoundError, UserInputError } from '../errors';
import { entitiesById } from '../graph/entities';
import type { RawRelationship } from '../graph/records';
import { compareWithGraph } from '../ingest/extract';
import type { ProposedFact } from '../ingest/types';
import { isRelationshipType, RELATIONSHIP_TYPES } from '../model/vocabulary';
import type { Database } from '../neo4j/database';
import { identifiedEntities } from './identify';
import { slug } from './identity';
import type { FactFields, ProposalModel, ProposedEntityModel, ReviewModel } from './models';
import { citationRecords, definedOnly } from './stored-records';
import { proposalsById, relationshipsOf, sourceDocuments, type SourceDocument } from './store';

/** A new entity chosen as an end; its id is derived from the name when not given. */
export interface ProposedEntityEdit {
  id?: string | null;
  kind: string;
  name: string;
}

export interface ProposalEdit {
  type?: string | null;
  from?: string | null;
  to?: string | null;
  fromNew?: ProposedEntityEdit | null;
  toNew?: ProposedEntityEdit | null;
  since?: string | null;
  until?: string | null;
  role?: string | null;
  status?: string | null;
}

export interface ReviewInput {
  ids: readonly string[];
  decision: 'ACCEPT' | 'REJECT';
  edits?: ReadonlyArray<{ id: string; edit: ProposalEdit }> | null;
  reason?: string | null;
  /** The reviewer's name, recorded with the decisions (default: the editor key's name). */
  author?: string | null;
  /** The name of the editor key: the author of the release the accepted facts make. */
  editor?: string | null;
}

/** A batch is one transaction and, once releases are numbered, one release: kept to a size one person reviews. */
const MAX_BATCH = 500;

/** The locator of a citation read from a source's text. */
export const paragraphLocator = (paragraph: number) => `paragraph ${paragraph}`;

async function openProposals(db: Database, ids: readonly string[]): Promise<ProposalModel[]> {
  if (ids.length === 0) throw new UserInputError('ids: give at least one proposal', 'ids');
  if (ids.length > MAX_BATCH) throw new UserInputError(`ids: at most ${MAX_BATCH} proposals at a time, got ${ids.length}`, 'ids');
  const found = await proposalsById(db, ids);
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) throw new NotFoundError(`No proposal has the id ${missing.map((id) => `"${id}"`).join(', ')}; nothing was decided`);
  const decided = [...found.values()].filter((proposal) => proposal.state !== 'OPEN');
  if (decided.length > 0) {
    throw new UserInputError(
      `Already decided, so nothing was decided: ${decided.map((p) => `${p.id} (${p.state.toLowerCase()} by ${p.decidedBy ?? 'someone'} at ${p.decidedAt ?? 'an unknown time'})`).join(', ')}`,
      'ids',
    );
  }
  return [...new Set(ids)].map((id) => found.get(id)!);
}

/** A proposal's fact as it will be written, and the new entities its ends are (if any). */
interface EditedFact {
  fields: FactFields;
  fromNew: ProposedEntityModel | null;
  toNew: ProposedEntityModel | null;
  /** The ends the reviewer chose as new entities (their ids must be free). */
  chosenNew: Array<'from' | 'to'>;
}

function chosenEntity(chosen: ProposedEntityEdit, at: string): ProposedEntityModel {
  const name = chosen.name.trim();
  if (!name) throw new UserInputError(`${at}.name: a new entity needs a name`, `${at}.name`);
  const id = chosen.id?.trim() || slug(name);
  if (!/^[\p{Ll}\p{N}][\p{Ll}\p{N}._-]*$/u.test(id)) throw new UserInputError(`${at}.id: "${id}" is not a lowercase id (letters, digits, ".", "_" and "-")`, `${at}.id`);
  return { id, kind: chosen.kind.toUpperCase() as ProposedEntityModel['kind'], name };
}

/**
 * The proposal's fact with the reviewer's edits: a field given (even null) replaces the proposal's.
 * An end is a known entity (`from`), the proposal's own new entity, or one the reviewer names (`fromNew`).
 */
function edited(proposal: ProposalModel, edit: ProposalEdit | undefined, at: string): EditedFact {
  const pick = <K extends 'type' | 'from' | 'to' | 'since' | 'until' | 'role' | 'status'>(key: K, current: string | null) =>
    edit && key in edit && edit[key] !== undefined ? (edit[key] ?? null) : current;
  const ends = { fromNew: proposal.fromNew, toNew: proposal.toNew };
  const chosenNew: Array<'from' | 'to'> = [];
  const endId = (end: 'from' | 'to') => {
    const chosen = edit?.[`${end}New`];
    if (chosen && edit?.[end]) throw new UserInputError(`${at}.${end}New: give either ${end} (a known entity) or ${end}New (a new one), not both`, `${at}.${end}New`);
    if (chosen) {
      ends[`${end}New`] = chosenEntity(chosen, `${at}.${end}New`);
      chosenNew.push(end);
      return ends[`${end}New`]!.id;
    }
    return pick(end, proposal[`${end}Id`] ?? proposal[`${end}New`]?.id ?? null);
  };
  const fields: FactFields = {
    type: pick('type', proposal.type) ?? proposal.type,
    fromId: endId('from'),
    toId: endId('to'),
    since: pick('since', proposal.since),
    until: pick('until', proposal.until),
    role: pick('role', proposal.role),
    status: pick('status', proposal.status),
  };
  if (!isRelationshipType(fields.type)) {
    throw new UserInputError(`${at}.type: "${fields.type}" is not a relationship type (one of ${Object.keys(RELATIONSHIP_TYPES).join(', ')})`, `${at}.type`);
  }
  for (const end of ['from', 'to'] as const) {
    if (!fields[`${end}Id`]) {
      const words = end === 'from' ? proposal.fromText : proposal.toText;
      throw new UserInputError(`Proposal ${proposal.id}: "${words}" names no known entity; choose one with an edit (${at}.${end}), or a new one (${at}.${end}New). Nothing was written.`, `${at}.${end}`);
    }
  }
  // A new entity is an end only while the fact uses it: an end chosen as a known entity drops it.
  return {
    fields,
    fromNew: ends.fromNew?.id === fields.fromId ? ends.fromNew : null,
    toNew: ends.toNew?.id === fields.toId ? ends.toNew : null,
    chosenNew,
  };
}

/**
 * Every end must be a known entity or a new one: an id no entity has is refused, naming the proposal
 * and the field; a new entity the reviewer names may not take an id an entity already has. One
 * round trip for the whole batch.
 */
async function checkEnds(db: Database, proposals: ProposalModel[], facts: Map<string, EditedFact>, fieldOf: (proposal: ProposalModel, end: 'from' | 'to') => string): Promise<void> {
  const ids = [...facts.values()].flatMap((fact) => [fact.fields.fromId!, fact.fields.toId!]);
  const known = await entitiesById(db, ids);
  for (const proposal of proposals) {
    const fact = facts.get(proposal.id)!;
    for (const end of ['from', 'to'] as const) {
      const id = fact.fields[`${end}Id`]!;
      const created = fact[`${end}New`];
      const field = fieldOf(proposal, end);
      if (fact.chosenNew.includes(end) && known.has(id)) {
        throw new UserInputError(
          `Proposal ${proposal.id}: ${field}New: an entity already has the id "${id}" (${known.get(id)!.name}); choose it with ${end}, or give the new entity another id. Nothing was written.`,
          `${field}New`,
        );
      }
      if (!created && !known.has(id)) {
        throw new UserInputError(
          `Proposal ${proposal.id}: ${field}: no entity has the id "${id}"; choose a known entity (search for it), or a new one with ${end}New. Nothing was written.`,
          field,
        );
      }
    }
  }
}

/** The quote must be the stored paragraph's words, as they stand: the citation says so. */
function checkQuote(proposal: ProposalModel, document: SourceDocument | undefined): void {
  const paragraph = document?.paragraphs?.[proposal.paragraph - 1];
  if (paragraph === undefined || paragraph.slice(proposal.quoteStart, proposal.quoteEnd) !== proposal.quote) {
    throw new UserInputError(
      `Proposal ${proposal.id}: its quote is not in paragraph ${proposal.paragraph} of source "${proposal.sourceId}" as stored, so it cannot be cited; nothing was written.`,
      'ids',
    );
  }
}

function existingRecord(raw: RawRelationship): RelationshipRecord {
  const optional = definedOnly({ since: raw.since, until: raw.until, status: raw.status, role: raw.role, note: raw.note });
  return { id: raw.id, from: raw.from, type: raw.type, to: raw.to, ...optional, citations: citationRecords(raw.citations) };
}

function withCitation(record: RelationshipRecord, citation: CitationRecord): RelationshipRecord {
  const known = record.citations.some((c) => c.source === citation.source && c.quote === citation.quote && (c.claimedBy ?? null) === (citation.claimedBy ?? null));
  return known ? record : { ...record, citations: [...record.citations, citation] };
}

interface Accepted {
  proposal: ProposalModel;
  fields: FactFields;
  fromNew: ProposedEntityModel | null;
  toNew: ProposedEntityModel | null;
  relationshipId: string;
}

/**
 * What accepting writes: each fact as a relationship cited to its sentence. A fact the graph holds
 * gets the citation added. A conflict is accepted only with an explicit edit, and is then kept as a
 * separate relationship beside the one it contradicts, its citation naming the source as claimant
 * (as the graph keeps contested facts), never replacing it.
 */
function plan(
  proposals: ProposalModel[],
  facts: Map<string, EditedFact>,
  editedIds: Set<string>,
  existing: RawRelationship[],
  documents: Map<string, SourceDocument>,
): { relationships: RelationshipRecord[]; accepted: Accepted[] } {
  const byId = new Map(existing.map((raw) => [raw.id, raw]));
  const records = new Map<string, RelationshipRecord>();
  const accepted: Accepted[] = [];
  for (const proposal of proposals) {
    const { fields: fact, fromNew, toNew } = facts.get(proposal.id)!;
    const citation: CitationRecord = { source: proposal.sourceId, quote: proposal.quote, locator: paragraphLocator(proposal.paragraph) };
    const comparable: ProposedFact = {
      type: fact.type as ProposedFact['type'],
      from: { entityId: fact.fromId!, text: proposal.fromText },
      to: { entityId: fact.toId!, text: proposal.toText },
      ...(fact.since ? { since: fact.since } : {}),
      ...(fact.until ? { until: fact.until } : {}),
      ...(fact.role ? { role: fact.role } : {}),
      ...(fact.status ? { status: fact.status } : {}),
      evidence: { quote: proposal.quote, prefix: proposal.prefix, suffix: proposal.suffix, paragraph: proposal.paragraph, start: proposal.quoteStart, end: proposal.quoteEnd },
      rule: proposal.rule ?? 'review',
    };
    const comparison = compareWithGraph(comparable, existing);
    if (comparison.relation === 'SUPPORTS_EXISTING' && byId.has(comparison.matches[0]!)) {
      const target = comparison.matches[0]!;
      records.set(target, withCitation(records.get(target) ?? existingRecord(byId.get(target)!), citation));
      accepted.push({ proposal, fields: fact, fromNew, toNew, relationshipId: target });
      continue;
    }
    if (comparison.relation === 'CONFLICTS' && !editedIds.has(proposal.id)) {
      throw new UserInputError(
        `Proposal ${proposal.id} conflicts with ${comparison.matches.join(', ')}: accepting a conflict needs an explicit edit (edits: [{id: "${proposal.id}", edit: {…}}]), either correcting it or confirming it as a separate claim. Nothing was written.`,
        'edits',
      );
    }
    const record: RelationshipRecord = {
      from: fact.fromId!,
      type: fact.type,
      to: fact.toId!,
      ...(fact.since ? { since: fact.since } : {}),
      ...(fact.until ? { until: fact.until } : {}),
      ...(fact.role ? { role: fact.role } : {}),
      ...(fact.status ? { status: fact.status } : {}),
      citations: [],
    };
    let id = relationshipId(record);
    // An id the graph already uses for another statement of the fact: this claim is kept beside it.
    if (byId.has(id)) id = `${id}.${proposal.sourceId}`;
    const claimant = comparison.relation === 'CONFLICTS' ? (documents.get(proposal.sourceId)?.source.publisher ?? documents.get(proposal.sourceId)?.source.title) : undefined;
    records.set(id, withCitation(records.get(id) ?? { ...record, id }, { ...citation, ...(claimant ? { claimedBy: claimant } : {}) }));
    accepted.push({ proposal, fields: fact, fromNew, toNew, relationshipId: id });
  }
  return { relationships: [...records.values()], accepted };
}

/** Entities proposed as new that an accepted fact uses and the graph does not have yet. */
async function newEntities(db: Database, accepted: Accepted[]): Promise<EntityRecord[]> {
  const wanted = new Map<string, EntityRecord>();
  for (const { proposal, fromNew, toNew } of accepted) {
    for (const candidate of [fromNew, toNew]) {
      if (!candidate) continue;
      const citation: CitationRecord = { source: proposal.sourceId, quote: proposal.quote, locator: paragraphLocator(proposal.paragraph) };
      const { id, kind, name, ...known } = candidate;
      const record = wanted.get(id) ?? { id, kind: kind.toLowerCase(), name, ...known, citations: [] };
      if (!record.citations.some((c) => c.source === citation.source && c.quote === citation.quote)) record.citations.push(citation);
      wanted.set(candidate.id, record);
    }
  }
  if (wanted.size === 0) return [];
  const existing = await entitiesById(db, [...wanted.keys()]);
  return [...wanted.values()].filter((record) => !existing.has(record.id));
}

/** The new entities an accepted fact uses, as stored (JSON text), where they differ from the proposal's. */
function newEnds(proposal: ProposalModel, fromNew: ProposedEntityModel | null, toNew: ProposedEntityModel | null): Record<string, string> {
  const changed: Record<string, string> = {};
  if (fromNew && JSON.stringify(fromNew) !== JSON.stringify(proposal.fromNew)) changed.fromNew = JSON.stringify(fromNew);
  if (toNew && JSON.stringify(toNew) !== JSON.stringify(proposal.toNew)) changed.toNew = JSON.stringify(toNew);
  return changed;
}

/**
 * Accepts or rejects open proposals, all of them or none. Accepting writes the facts through the
 * importer, in one import (so one transaction, and one release), with the decisions recorded in
 * that same transaction. Rejecting needs a reason; the proposals stay recorded.
 */
export async function reviewProposals(db: Database, input: ReviewInput): Promise<ReviewModel> {
  const proposals = await openProposals(db, input.ids);
  const decidedBy = input.author?.trim() || input.editor || 'editor';
  const decidedAt = new Date().toISOString();
  const reason = input.reason?.trim() || null;

  if (input.decision === 'REJECT') {
    if (!reason) throw new UserInputError('reason: say why the proposals are rejected (it is kept with them)', 'reason');
    if (input.edits?.length) throw new UserInputError('edits: a rejection takes no edits', 'edits');
    const decision = { state: 'REJECTED' as const, decidedBy, decidedAt, reason };
    await db.transaction(async (tx) => {
      await tx.run('writes/decide-proposals', { rows: proposals.map((proposal) => ({ id: proposal.id, decision })) });
      await tx.run('releases/note-edit'); // no release, but reads of the proposals change: caches must see it
    });
    return { decision: 'REJECT', proposals: proposals.map((proposal) => ({ ...proposal, ...decision })), imported: null, release: null };
  }

  // An unreferenced claim is accepted only by a reviewer who looked at it alone.
  const unreferenced = proposals.filter((proposal) => proposal.unreferenced);
  if (proposals.length > 1 && unreferenced.length > 0) {
    throw new UserInputError(
      `Unreferenced proposals are accepted one at a time, not in bulk: ${unreferenced.map((p) => `${p.id} (${p.origin})`).join(', ')}. Nothing was written.`,
      'ids',
    );
  }
  const edits = new Map<string, ProposalEdit>();
  (input.edits ?? []).forEach(({ id, edit }, i) => {
    if (!proposals.some((proposal) => proposal.id === id)) throw new UserInputError(`edits[${i}].id: "${id}" is not one of the proposals being accepted`, `edits[${i}].id`);
    edits.set(id, edit);
  });
  const at = (proposal: ProposalModel) => (edits.has(proposal.id) ? `edits[${[...edits.keys()].indexOf(proposal.id)}].edit` : `proposal ${proposal.id}`);
  const facts = new Map(proposals.map((proposal) => [proposal.id, edited(proposal, edits.get(proposal.id), at(proposal))] as const));
  await checkEnds(db, proposals, facts, (proposal, end) => (edits.has(proposal.id) ? `${at(proposal)}.${end}` : `ids (its ${end})`));
  const documents = await sourceDocuments(db, proposals.map((proposal) => proposal.sourceId));
  for (const proposal of proposals) checkQuote(proposal, documents.get(proposal.sourceId));
  const existing = await relationshipsOf(db, [...facts.values()].flatMap(({ fields }) => [fields.fromId!, fields.toId!]));
  const { relationships, accepted } = plan(proposals, facts, new Set(edits.keys()), existing, documents);
  const entities = [...(await newEntities(db, accepted)), ...(await identifiedEntities(db, accepted))];

  let release: number | null = null;
  const sources = [...new Set(proposals.map((proposal) => proposal.sourceId))];
  const imported = await importParsedFiles(db, [inMemoryFile('review', { entities, relationships })], {
    author: input.editor || decidedBy,
    origin: `review:${sources.join(',')}`,
    summary: `${decidedBy} accepted ${proposals.length} proposed fact${proposals.length === 1 ? '' : 's'} from ${sources.join(', ')}`,
    alongside: async (tx, summary) => {
      release = summary.release;
      const rows = accepted.map(({ proposal, fields: fact, relationshipId, fromNew, toNew }) => ({
        id: proposal.id,
        decision: { state: 'ACCEPTED', decidedBy, decidedAt, reason, relationshipId, release, ...fact, ...newEnds(proposal, fromNew, toNew) },
      }));
      await tx.run('writes/decide-proposals', { rows });
    },
  });
  const outcome = new Map(accepted.map((item) => [item.proposal.id, item]));
  return {
    decision: 'ACCEPT',
    imported,
    release,
    proposals: proposals.map((proposal) => {
      const { fields: fact, relationshipId, fromNew, toNew } = outcome.get(proposal.id)!;
      return { ...proposal, ...fact, fromNew: fromNew ?? proposal.fromNew, toNew: toNew ?? proposal.toNew, state: 'ACCEPTED', decidedBy, decidedAt, reason, relationshipId, release };
    }),
  };
}
