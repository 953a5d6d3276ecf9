/**
 * The extraction engine's interface: a text in, its paragraphs, the mentions of known entities and the
 * facts its sentences state out. Pure: no database, no I/O. The ingestion pipeline (storage, GraphQL,
 * review) builds on these types; keep them stable.
 */
import type { EntityKindName, RelationshipTypeName } from '../model/vocabulary';
import type { PartialDate } from '../model/partial-date';
import type { LearnedCandidate, LearnedModel } from './learned';

export type Language = 'en' | 'ru';

export interface GazetteerAlias {
  name: string;
  /** A language tag as in the data files ("en", "ru", "en-US"); informative only. */
  language?: string;
}

/** A post the graph says a person holds: the role as the graph writes it ("President") and whose post it is (an entity id). */
export interface KnownPost {
  role: string;
  of: string;
}

/** One known entity, as the gazetteer is built from it. `kind` is case-insensitive ("state" or "STATE"). */
export interface GazetteerEntry {
  id: string;
  kind: EntityKindName | string;
  name: string;
  aliases: GazetteerAlias[];
  /**
   * A person's posts the graph knows (withKnownPosts): read only to give a bare title before his name
   * ("President Rahmon said") the state the sentence does not name.
   */
  posts?: KnownPost[];
}

/**
 * The names of the known entities, indexed for matching. Built once (buildGazetteer) and reused across
 * texts; its internals belong to the engine.
 */
export interface Gazetteer {
  readonly size: number;
  entry(id: string): GazetteerEntry | undefined;
}

/** A place in a paragraph that names a known entity: `paragraphs[paragraph - 1].slice(start, end) === text`. */
export interface Mention {
  entityId: string;
  text: string;
  /** 1-based. */
  paragraph: number;
  start: number;
  end: number;
}

/** One end of a proposed fact: the entity when the text names a known one, and always the words used. */
export interface FactEnd {
  entityId?: string;
  text: string;
}

/**
 * Where a fact is stated, as a W3C TextQuoteSelector: `quote` is a verbatim substring of the paragraph
 * (the sentence), `prefix` and `suffix` the text just before and after it in that paragraph (up to 32
 * characters, shorter at the paragraph's edges).
 */
export interface Evidence {
  quote: string;
  prefix: string;
  suffix: string;
  /** 1-based. */
  paragraph: number;
  /** Offsets of the quote within the paragraph. */
  start: number;
  end: number;
}

/** A relationship a sentence states, shaped as the dataset's relationships are (design section 3). */
export interface ProposedFact {
  type: RelationshipTypeName;
  from: FactEnd;
  to: FactEnd;
  /** Partial ISO dates ("2026", "2026-01", "2026-01-01"), resolved against the publication date. */
  since?: string;
  until?: string;
  /** A date on which the sentence says the fact held, when it gives no start ("as of"). */
  attested?: string;
  role?: string;
  status?: string;
  evidence: Evidence;
  /** The name of the rule that proposed it ("en.member.joined"), for review and measurement. */
  rule: string;
}

/** A capitalised person or organization name in a fact pattern that no known entity has. */
export interface NewEntityProposal {
  text: string;
  kind: EntityKindName;
  paragraph: number;
  start: number;
  end: number;
}

export interface ExtractOptions {
  gazetteer: Gazetteer;
  /** The publication date, a partial ISO date ("2025-11-27") or parsed: relative dates resolve against it. */
  published?: string | PartialDate;
  /** Detected from the text's script when absent. */
  language?: Language;
  /**
   * The relation layer behind the rules (trigger words near a pair of mentions): on unless false; 'only'
   * runs it without the rules, to measure how it reads text on its own.
   */
  relations?: boolean | 'only';
  /**
   * The learned layer behind both (a classifier of pairs of mentions, trained on the labelled corpus): on
   * unless false; 'only' runs it without the rules and the relation layer (its reading of text on its own).
   */
  learned?: boolean | 'only';
  /**
   * The discourse layer behind all three (a missing end taken from the meeting or organization the article
   * has in focus): on unless false; 'only' runs it without the other layers.
   */
  discourse?: boolean | 'only';
  /** An event's date given once, for its later facts that give none (event-dates.ts): on unless false. */
  eventDates?: boolean;
  /** A model other than the committed one (cross-validation trains one per held-out batch). */
  learnedModel?: LearnedModel;
  /** Receives every candidate pair of the learned layer, scored or not (training and cross-validation). */
  learnedCandidates?: (candidates: LearnedCandidate[]) => void;
}

export interface Extraction {
  language: Language;
  /** The text split into paragraphs: what mentions and evidence index into, and what should be stored. */
  paragraphs: string[];
  mentions: Mention[];
  proposals: ProposedFact[];
  newEntities: NewEntityProposal[];
}

/** A relationship the graph already holds, for compareWithGraph. */
export interface ExistingRelationship {
  id: string;
  type: string;
  from: string;
  to: string;
  since?: string | null;
  until?: string | null;
  role?: string | null;
  status?: string | null;
}

export type ProposalRelation = 'NEW' | 'SUPPORTS_EXISTING' | 'CONFLICTS';

export interface Comparison {
  relation: ProposalRelation;
  /** The ids of the existing relationships it supports or conflicts with. */
  matches: string[];
}
