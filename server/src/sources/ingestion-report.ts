import type { IngestionModel } from './models';

/** An ingestion as plain JSON (POST /sources' answer, the CLI's --json): ids instead of nested entities. */
export function ingestionReport(ingestion: IngestionModel) {
  const { paragraphs, contentHash, ...source } = ingestion.source;
  return {
    source: { ...source, contentHash, paragraphs: paragraphs?.length ?? null },
    created: ingestion.created,
    dryRun: ingestion.dryRun,
    mentions: ingestion.mentions.map(({ entityId, text, paragraph, start, end, sentence }) => ({ entity: entityId, text, paragraph, start, end, sentence })),
    proposals: ingestion.proposals.map((p) => ({
      id: p.id,
      state: p.state,
      relation: p.relation,
      type: p.type,
      from: p.fromId ?? p.fromNew?.id ?? null,
      fromText: p.fromText,
      to: p.toId ?? p.toNew?.id ?? null,
      toText: p.toText,
      since: p.since,
      until: p.until,
      role: p.role,
      status: p.status,
      quote: p.quote,
      paragraph: p.paragraph,
      conflictsWith: p.relation === 'CONFLICTS' ? p.matches : [],
    })),
    newEntities: ingestion.newEntities,
  };
}
