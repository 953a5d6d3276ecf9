import { seededRandom } from '../client/src/seeded-random';
import type { DatasetDocument, EntityRecord, RelationshipRecord, SourceRecord } from '../server/src/dataset/types';

/**
 * Synthetic graphs in the CSTO model, for measuring cost as the graph grows: organizations with bodies,
 * states that are members (with dated periods and statuses), people holding positions, events held in
 * places with participants, initiatives administered and coordinated, topics; every fact cited.
 * Deterministic: the same size and seed give the same graph. Ids start with "syn-".
 */

/** A small, fast, seedable PRNG (mulberry32), the one that seeds the explorer's layouts. */
export const random = seededRandom;

const KINDS: Array<[EntityRecord['kind'], number]> = [
  ['organization', 0.2],
  ['state', 0.05],
  ['person', 0.3],
  ['event', 0.2],
  ['initiative', 0.15],
  ['place', 0.05],
  ['topic', 0.05],
];

const WORDS = ['Collective', 'Regional', 'Security', 'Economic', 'Council', 'Union', 'Forum', 'Commission', 'Treaty', 'Agency', 'Northern', 'Central', 'Maritime', 'Joint', 'Defence', 'Trade', 'Energy', 'Border', 'Science', 'Health'];

function year(rand: () => number): number {
  return 1950 + Math.floor(rand() * 76);
}

function date(rand: () => number): string {
  const y = year(rand);
  const precision = rand();
  if (precision < 0.3) return String(y);
  const m = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
  if (precision < 0.6) return `${y}-${m}`;
  return `${y}-${m}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
}

export interface SyntheticGraph {
  dataset: DatasetDocument;
  /** Ids by kind, for choosing benchmark queries. */
  idsByKind: Record<string, string[]>;
}

export function syntheticGraph(entities: number, seed = 42): SyntheticGraph {
  const rand = random(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(rand() * items.length)]!;
  const sources: SourceRecord[] = Array.from({ length: Math.max(10, Math.floor(entities / 100)) }, (_, i) => ({
    id: `syn-source-${i}`,
    title: `Synthetic source ${i}`,
    publisher: `Publisher ${i % 17}`,
    published: date(rand),
  }));
  const cite = () => [{ source: pick(sources).id, quote: `Synthetic statement ${Math.floor(rand() * 1e6)}` }];

  const idsByKind: Record<string, string[]> = {};
  const records: EntityRecord[] = [];
  let kindIndex = 0;
  let kindStart = 0;
  for (let i = 0; i < entities; i++) {
    // Kinds in contiguous blocks by their share, so ids are predictable: syn-organization-0, …
    while (kindIndex < KINDS.length - 1 && i >= kindStart + Math.round(entities * KINDS[kindIndex]![1])) {
      kindStart += Math.round(entities * KINDS[kindIndex]![1]);
      kindIndex += 1;
    }
    const kind = KINDS[kindIndex]![0];
    const id = `syn-${kind}-${i - kindStart}`;
    (idsByKind[kind] ??= []).push(id);
    records.push({
      id,
      kind,
      name: `${pick(WORDS)} ${pick(WORDS)} ${kind} ${i - kindStart}`,
      aliases: [{ name: `${kind.slice(0, 3).toUpperCase()}${i}`, lang: 'en' }],
      description: `A synthetic ${kind}.`,
      ...(kind === 'organization' || kind === 'initiative' || kind === 'event' ? { start: date(rand) } : {}),
      citations: cite(),
    });
  }

  const relationships: RelationshipRecord[] = [];
  const ids = (kind: string) => idsByKind[kind] ?? [];
  const link = (from: string, type: string, to: string, extra: Partial<RelationshipRecord> = {}) =>
    relationships.push({ id: `syn-rel-${relationships.length}`, from, type, to, citations: cite(), ...extra });
  const period = () => {
    const since = year(rand);
    return rand() < 0.6 ? { since: String(since) } : { since: String(since), until: String(since + 1 + Math.floor(rand() * 20)) };
  };
  for (const org of ids('organization')) {
    if (rand() < 0.5) link(org, 'PART_OF', pick(ids('organization')), period());
    for (let k = 0; k < 2; k++) link(pick(ids('state')), 'MEMBER_OF', org, { ...period(), status: pick(['member', 'founding member', 'observer', 'suspended']) });
  }
  for (const person of ids('person')) link(person, 'HOLDS_POSITION', pick(ids('organization')), { ...period(), role: pick(['Secretary-General', 'Chair', 'Director']) });
  for (const event of ids('event')) {
    link(event, 'HELD_IN', pick(ids('place')));
    for (let k = 0; k < 2; k++) link(pick(ids('state')), 'PARTICIPATES_IN', event);
  }
  for (const initiative of ids('initiative')) {
    link(pick(ids('organization')), 'ADMINISTERS', initiative, period());
    link(pick(ids('state')), 'COORDINATES', initiative, period());
    link(initiative, 'FOCUSES_ON', pick(ids('topic')));
  }
  for (const place of ids('place')) link(place, 'LOCATED_IN', pick(ids('state')));
  return { dataset: { sources, entities: records, relationships }, idsByKind };
}

/** Splits a dataset into parts of at most `entities` entities (and a share of relationships) for import in several transactions. */
export function* chunks(dataset: DatasetDocument, entities: number): Generator<DatasetDocument> {
  const all = dataset.entities ?? [];
  const rels = dataset.relationships ?? [];
  yield { sources: dataset.sources ?? [] };
  for (let i = 0; i < all.length; i += entities) yield { entities: all.slice(i, i + entities) };
  const per = Math.max(entities * 2, 1);
  for (let i = 0; i < rels.length; i += per) yield { relationships: rels.slice(i, i + per) };
}
