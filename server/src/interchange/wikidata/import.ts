import { UserInputError } from '../../errors';
import type { Database } from '../../neo4j/database';
import type { IngestionModel, ProposalModel, ProposedEntityModel } from '../../sources/models';
import { claimKey } from '../../sources/identity';
import { proposeClaims, type SourceDocumentInput, type StructuredClaim } from '../../sources/propose';
import { claimsMade, proposalsById } from '../../sources/store';
import { QID, WikidataClient } from './client';
import type { Item } from './formats';
import { harvest } from './harvest';
import { matchItems, type ItemMatch } from './matching';
import type { WikidataPart } from './queries';
import { claimsOf, entityOf, labelOf, type WikidataClaim, type WikidataReference } from './statements';

/**
 * A Wikidata organization into the review queue: its statements (and, as asked, its members, office-
 * holders, parts and events) become proposals, each with its origin `wikidata:<statement>@<revision>`.
 * The document a statement's reference cites (P854 URL, P248 stated in, P813 retrieved) is the source
 * its proposal is cited to; the source's text is those statements as read, one paragraph each, so a
 * citation quotes it verbatim. Statements with no reference, or only "imported from" (P143), are cited
 * to Wikidata itself and marked unreferenced. Each source is placed and stored by proposeClaims.
 */

export interface WikidataImportOptions {
  include?: readonly WikidataPart[];
  dryRun?: boolean;
  author?: string;
  /** Today, for the retrieval date of what was read (tests fix it). */
  today?: string;
}

export interface WikidataImportModel {
  qid: string;
  label: string;
  revision: number;
  dryRun: boolean;
  /** Requests made to Wikidata. */
  requests: number;
  matches: ItemMatch[];
  proposals: ProposalModel[];
  newEntities: ProposedEntityModel[];
  sources: IngestionModel['source'][];
}

export function checkQid(qid: string): string {
  const trimmed = qid.trim();
  if (!QID.test(trimmed)) throw new UserInputError(`qid: "${qid.slice(0, 100)}" is not a Wikidata item id (Q followed by digits, such as Q7159)`, 'qid');
  return trimmed;
}

/** The document a claim is cited to: its first reference with a URL or a "stated in"; Wikidata itself for an unreferenced one. */
function sourceOf(claim: WikidataClaim, root: Item, items: Map<string, Item>, today: string): { key: string; input: Omit<SourceDocumentInput, 'text'> } {
  const ref: WikidataReference | undefined = claim.references[0];
  if (!ref) {
    return {
      key: 'wikidata',
      input: { title: `Wikidata: ${labelOf(root, root.id)} (${root.id}), unreferenced statements`, publisher: 'Wikidata', url: `https://www.wikidata.org/wiki/${root.id}`, published: today, language: 'en' },
    };
  }
  const document = ref.statedIn ? labelOf(items.get(ref.statedIn), ref.statedIn) : null;
  return {
    key: JSON.stringify([ref.url ?? null, ref.statedIn ?? null, ref.retrieved ?? null]),
    input: {
      title: document ?? ref.url!,
      ...(ref.url ? { url: ref.url } : {}),
      ...(ref.retrieved ? { published: ref.retrieved } : {}),
      publisher: document && ref.url ? new URL(ref.url).host : 'cited by Wikidata',
      language: 'en',
    },
  };
}

/** A reference in words, in the paragraph beside the statement it supports. */
function referenceText(ref: WikidataReference, items: Map<string, Item>): string {
  return [ref.url ? `reference URL ${ref.url}` : '', ref.statedIn ? `stated in ${labelOf(items.get(ref.statedIn), ref.statedIn)} (${ref.statedIn})` : '', ref.retrieved ? `retrieved ${ref.retrieved}` : '']
    .filter(Boolean)
    .join(', ');
}

function paragraphOf(claim: WikidataClaim, items: Map<string, Item>): string {
  const references = claim.references.map((ref) => referenceText(ref, items));
  const why = claim.unreferenced ? 'No reference (or only "imported from a Wikimedia project").' : `References: ${references.join('; ')}.`;
  return `${claim.quote}\n${why} Statement ${claim.statementId}, revision ${claim.revision}, rank ${claim.rank}.${claim.notes.length ? ` Note: ${claim.notes.join('; ')}.` : ''}`;
}

function proposedEntity(match: ItemMatch, item: Item): ProposedEntityModel {
  const entity = entityOf(item);
  return {
    id: match.entityId,
    kind: entity.kind,
    name: entity.name,
    ...(entity.aliases.length ? { aliases: entity.aliases } : {}),
    ...(entity.description ? { description: entity.description } : {}),
    ...(entity.start ? { start: entity.start } : {}),
    ...(entity.end ? { end: entity.end } : {}),
    identifiers: [{ scheme: 'wikidata', value: item.id }],
  };
}

export async function importFromWikidata(db: Database, client: WikidataClient, qid: string, options: WikidataImportOptions = {}): Promise<WikidataImportModel> {
  const wanted = checkQid(qid);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const read = await harvest(client, wanted, options.include ?? []);
  const root = read.items.get(read.rootId)!;
  const claims = claimsOf(read.rootId, read.items, read.offices);
  const involved = [...new Set(claims.flatMap((claim) => [claim.from, claim.to]))].filter((id) => read.items.has(id));
  const entities = involved.map((id) => entityOf(read.items.get(id)!));
  const matches = await matchItems(db, entities);

  // One source per document cited, in the order first cited; its text is one paragraph per statement.
  const groups = new Map<string, { input: Omit<SourceDocumentInput, 'text'>; claims: WikidataClaim[] }>();
  for (const claim of claims) {
    if (!matches.has(claim.from) || !matches.has(claim.to)) continue;
    const { key, input } = sourceOf(claim, root, read.items, today);
    const group = groups.get(key) ?? { input, claims: [] };
    group.claims.push(claim);
    groups.set(key, group);
  }
  const result: WikidataImportModel = {
    qid: wanted,
    label: labelOf(root, root.id),
    revision: root.lastrevid,
    dryRun: Boolean(options.dryRun),
    requests: read.requests,
    matches: involved.map((id) => matches.get(id)!),
    proposals: [],
    newEntities: [],
    sources: [],
  };
  const earlier: string[] = [];
  for (const group of groups.values()) {
    const header = `Statements of Wikidata about ${labelOf(root, root.id)} (${root.id}), revision ${root.lastrevid}, that cite this document.`;
    const structured: StructuredClaim[] = group.claims.map((claim) => {
      const end = (qidOfEnd: string) => {
        const match = matches.get(qidOfEnd)!;
        const item = read.items.get(qidOfEnd)!;
        return { id: match.by === 'NEW' ? null : match.entityId, text: labelOf(item, qidOfEnd), created: match.by === 'NEW' ? proposedEntity(match, item) : null };
      };
      const from = end(claim.from);
      const to = end(claim.to);
      return {
        type: claim.type,
        fromId: from.id,
        toId: to.id,
        fromText: from.text,
        toText: to.text,
        fromNew: from.created,
        toNew: to.created,
        since: claim.since ?? null,
        until: claim.until ?? null,
        role: claim.role ?? null,
        status: null,
        paragraph: 0,
        quote: claim.quote,
        origin: claim.origin,
        rule: `wikidata.${claim.property}`,
        unreferenced: claim.unreferenced,
        identify: [claim.from, claim.to].flatMap((end) => {
          const match = matches.get(end)!;
          return match.by === 'NAME' ? [{ entityId: match.entityId, scheme: 'wikidata', value: end }] : [];
        }),
      };
    });
    // A statement proposed before (the same words and ends, whatever was read with it) is not proposed
    // again: its proposal comes back as it stands, accepted, rejected or open.
    const keys = structured.map((claim) => claimKey({ quote: claim.quote, type: claim.type, fromText: claim.fromText, toText: claim.toText, fromId: claim.fromId, toId: claim.toId }));
    const made = new Map((await claimsMade(db, keys)).map((claim) => [claim.claimKey, claim.id]));
    earlier.push(...keys.flatMap((key) => (made.has(key) ? [made.get(key)!] : [])));
    const kept = group.claims.flatMap((claim, i) => (made.has(keys[i]!) ? [] : [{ claim, structured: structured[i]! }]));
    if (kept.length === 0) continue;
    // The source's text is the statements it is cited for, one paragraph each after a heading.
    const paragraphs = [header, ...kept.map(({ claim }) => paragraphOf(claim, read.items))];
    const fresh = kept.map((item, i) => ({ ...item.structured, paragraph: i + 2 }));
    const ingestion = await proposeClaims(db, { ...group.input, text: paragraphs.join('\n\n') }, fresh, {
      dryRun: options.dryRun,
      author: options.author,
      origin: `wikidata:${root.id}@${root.lastrevid}`,
      summary: `Wikidata ${root.id}@${root.lastrevid}: ${fresh.length} statements citing "${group.input.title}" proposed for review`,
    });
    result.proposals.push(...ingestion.proposals);
    result.newEntities.push(...ingestion.newEntities);
    result.sources.push(ingestion.source);
  }
  const stored = await proposalsById(db, earlier);
  result.proposals.push(...earlier.flatMap((id) => (stored.has(id) ? [stored.get(id)!] : [])));
  result.newEntities = [...new Map(result.newEntities.map((entity) => [entity.id, entity])).values()];
  return result;
}
