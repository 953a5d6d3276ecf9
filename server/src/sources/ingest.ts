import { extract } from '../ingest/extract';
import type { Extraction, Language, NewEntityProposal, ProposedFact } from '../ingest/types';
import type { Database } from '../neo4j/database';
import { slug } from './identity';
import type { IngestionModel, ProposedEntityModel } from './models';
import { checkSourceInput, dedupe, proposeClaims, type SourceDocumentInput, type StructuredClaim } from './propose';
import { sentenceAround } from './sentence';
import { gazetteerAtLatest } from './gazetteer';

export type { SourceDocumentInput } from './propose';

const engineLanguage = (language: string | null | undefined): Language | undefined => {
  const base = language?.toLowerCase().split('-')[0];
  return base === 'en' || base === 'ru' ? base : undefined;
};

function proposedEntity(candidate: NewEntityProposal): ProposedEntityModel {
  return { id: slug(candidate.text), kind: candidate.kind, name: candidate.text };
}

/** The facts a text's sentences state, as claims cited to the sentence. */
function claimsOf(extraction: Extraction): StructuredClaim[] {
  const candidates = new Map(extraction.newEntities.map((candidate) => [`${candidate.paragraph}:${candidate.text}`, proposedEntity(candidate)]));
  const newEntity = (end: ProposedFact['from'], paragraph: number) => (end.entityId ? null : (candidates.get(`${paragraph}:${end.text}`) ?? null));
  return extraction.proposals.map((fact) => ({
    type: fact.type,
    fromId: fact.from.entityId ?? null,
    fromText: fact.from.text,
    fromNew: newEntity(fact.from, fact.evidence.paragraph),
    toId: fact.to.entityId ?? null,
    toText: fact.to.text,
    toNew: newEntity(fact.to, fact.evidence.paragraph),
    since: fact.since ?? null,
    until: fact.until ?? null,
    attested: fact.attested ?? null,
    role: fact.role ?? null,
    status: fact.status ?? null,
    paragraph: fact.evidence.paragraph,
    quote: fact.evidence.quote,
    quoteStart: fact.evidence.start,
    origin: 'text',
    rule: fact.rule,
    unreferenced: false,
  }));
}

/**
 * Reads a text into a source: its paragraphs and content hash, the mentions of known entities, and
 * the facts its sentences state as open proposals (stored by proposeClaims, which says how).
 * `dryRun` writes nothing.
 */
export async function ingestSource(db: Database, input: SourceDocumentInput, options: { dryRun?: boolean; author?: string } = {}): Promise<IngestionModel> {
  checkSourceInput(input);
  const gazetteer = await gazetteerAtLatest(db);
  const language = engineLanguage(input.language);
  const extraction = extract(input.text, { gazetteer, ...(input.published ? { published: input.published } : {}), ...(language ? { language } : {}) });
  const mentions = extraction.mentions.map((mention) => ({
    entityId: mention.entityId,
    text: mention.text,
    paragraph: mention.paragraph,
    start: mention.start,
    end: mention.end,
    sentence: sentenceAround(extraction.paragraphs[mention.paragraph - 1]!, mention.start, mention.end),
  }));
  return proposeClaims(db, input, claimsOf(extraction), {
    ...options,
    reading: { paragraphs: extraction.paragraphs, language: extraction.language, mentions, newEntities: dedupe(extraction.newEntities.map(proposedEntity)) },
  });
}
