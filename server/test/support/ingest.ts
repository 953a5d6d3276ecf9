import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../src/config';
import { readDatasetNames } from '../../src/ingest/dataset-gazetteer';
import { buildGazetteer, extract } from '../../src/ingest/extract';
import type { Extraction, Gazetteer, ProposedFact } from '../../src/ingest/types';

/** The CSTO dataset's names, as the ingestion tests and the benchmark match against them. */
export const cstoNames = readDatasetNames([path.join(repoRoot, 'data', 'csto')]);
export const cstoGazetteer: Gazetteer = buildGazetteer(cstoNames.entries);

export const SEED_ARTICLE = fs.readFileSync(path.join(repoRoot, 'bench', 'ingest-corpus', '2025-11-27-csto-chairmanship-article.txt'), 'utf8');

export function extractFrom(text: string, published = '2025-11-27'): Extraction {
  return extract(text, { gazetteer: cstoGazetteer, published });
}

/** "entity:text" of every mention, in order. */
export function mentionsOf(result: Extraction): string[] {
  return result.mentions.map((mention) => `${mention.entityId}:${mention.text}`);
}

/** "TYPE from → to since..until [role] {status}" of a fact, ends as entity ids or quoted text. */
export function describeFact(fact: ProposedFact): string {
  const end = (e: ProposedFact['from']) => e.entityId ?? `"${e.text}"`;
  const dates = fact.since || fact.until ? ` ${fact.since ?? ''}..${fact.until ?? ''}` : '';
  return `${fact.type} ${end(fact.from)} → ${end(fact.to)}${dates}${fact.role ? ` [${fact.role}]` : ''}${fact.status ? ` {${fact.status}}` : ''}`;
}

/** The proposals of one type for a text, described (see describeFact). */
export function proposedOfType(type: ProposedFact['type'], text: string, published?: string): string[] {
  return extractFrom(text, published).proposals.filter((fact) => fact.type === type).map(describeFact);
}

/**
 * `facts(text)`: each proposal of a text as "TYPE from → to", an end without an entity as "?" (as the
 * benchmark's labels write it); `only(text, type)`: those of one type. Published on `published` unless told.
 */
export function proposalEndsReader(published: string) {
  const facts = (text: string, on = published) =>
    extract(text, { gazetteer: cstoGazetteer, published: on }).proposals.map((fact) => `${fact.type} ${fact.from.entityId ?? '?'} → ${fact.to.entityId ?? '?'}`);
  const only = (text: string, type: string) => facts(text).filter((fact) => fact.startsWith(`${type} `));
  return { facts, only };
}
