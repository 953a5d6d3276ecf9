/**
 * The learned relation layer, behind the rules and the relation layer: for two ends of one sentence whose
 * kinds a relationship type takes, a logistic regression per type over the pair's features
 * (learned-features.ts) says whether the sentence states that relationship. Trained by
 * `npm run train:ingest` (bench/train-ingest.ts) from the labelled corpus; the weights are
 * learned-model.json beside this file, loaded once. Pure apart from that one read.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { RelationshipTypeName } from '../model/vocabulary';
import { factKey, sameSentence } from './fact-keys';
import { pairFeatures, tokens } from './learned-features';
import { GUARDS, triggersIn, TYPE_ENDS, type RelationDating, type RelationUnit } from './relations';
import type { FactEnd, Language, ProposedFact } from './types';

export interface TypeWeights {
  /** Feature → weight; a feature absent weighs nothing. */
  weights: Record<string, number>;
}

export interface LearnedModel {
  /** The score (a probability) from which a candidate is proposed, per type, else `threshold`. */
  threshold: number;
  thresholds?: Partial<Record<RelationshipTypeName, number>>;
  /**
   * The types read without a word of their lexicon near the pair (the cue is then one feature among
   * others); every other type needs one. Chosen per type by cross-validation.
   */
  cueFree?: RelationshipTypeName[];
  types: Partial<Record<RelationshipTypeName, TypeWeights>>;
}

/** A pair of ends of one sentence, of kinds the type takes, with its features and the proposal it would make (dated). */
export interface LearnedCandidate {
  type: RelationshipTypeName;
  features: string[];
  /** Whether a word of the type's lexicon stands between or just around the ends (or, for HELD_IN, a place after "in"). */
  cued: boolean;
  fact: ProposedFact;
}

/** One labelled example: a candidate's type and features, positive when the labels state that fact. */
export interface Example {
  type: RelationshipTypeName;
  features: string[];
  positive: boolean;
}

export interface TrainOptions {
  /** L2 regularisation per example step. */
  l2: number;
  epochs: number;
  /** AdaGrad's base rate. */
  rate: number;
  /** Weights smaller than this (in absolute value) are dropped from the model. */
  prune: number;
  threshold: number;
  thresholds?: LearnedModel['thresholds'];
  cueFree?: LearnedModel['cueFree'];
  /** The fewest positive and the fewest negative examples a type needs to be learned at all. */
  minimum: number;
}

/**
 * Chosen by leave-one-batch-out cross-validation on batches 0-18 (`npm run bench:ingest -- --cross-validate
 * --without 19`, which prints the per-type choice): a type is proposed from its own threshold, where what it
 * added behind the rules on held-out folds was worth most at precision 0.85 or more; a type without one
 * only from 0.95 (it added nothing right there). HEADS ("chaired by", «возглавляемая») and ADMINISTERS are
 * stated with words no lexicon lists and are read without a cue; the other types need one near the pair.
 */
export const TRAINING: TrainOptions = {
  l2: 0.01,
  epochs: 12,
  rate: 0.2,
  prune: 0.01,
  threshold: 0.95,
  thresholds: { ADMINISTERS: 0.6, HEADS: 0.9, HELD_IN: 0.9, MEMBER_OF: 0.6 },
  cueFree: ['ADMINISTERS', 'HEADS'],
  minimum: 5,
};

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** The probability the model gives a candidate; 0 for a type it has no weights for. */
export function score(model: LearnedModel, type: RelationshipTypeName, features: string[]): number {
  const weights = model.types[type]?.weights;
  if (!weights) return 0;
  let sum = 0;
  for (const feature of features) sum += weights[feature] ?? 0;
  return sigmoid(sum);
}

/**
 * Logistic regression per type, L2-regularised, by AdaGrad over the examples in their given order: the
 * same examples give the same weights, bit for bit (no randomness, no parallelism).
 */
export function train(examples: Example[], options: TrainOptions = TRAINING): LearnedModel {
  const byType = new Map<RelationshipTypeName, Example[]>();
  for (const example of examples) {
    const list = byType.get(example.type) ?? [];
    list.push(example);
    byType.set(example.type, list);
  }
  const types: LearnedModel['types'] = {};
  for (const type of [...byType.keys()].sort()) {
    const list = byType.get(type)!;
    // A type with too few examples of either class has nothing to learn: one lone positive would make every pair of its kinds one.
    const positives = list.filter((example) => example.positive).length;
    if (positives < options.minimum || list.length - positives < options.minimum) continue;
    const weights = new Map<string, number>();
    const squares = new Map<string, number>();
    for (let epoch = 0; epoch < options.epochs; epoch++) {
      for (const example of list) {
        let sum = 0;
        for (const feature of example.features) sum += weights.get(feature) ?? 0;
        const error = sigmoid(sum) - (example.positive ? 1 : 0);
        for (const feature of example.features) {
          const w = weights.get(feature) ?? 0;
          const gradient = error + options.l2 * w;
          const g2 = (squares.get(feature) ?? 0) + gradient * gradient;
          squares.set(feature, g2);
          weights.set(feature, w - (options.rate * gradient) / Math.sqrt(g2 + 1e-8));
        }
      }
    }
    const kept: Record<string, number> = {};
    for (const [feature, w] of [...weights].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
      if (Math.abs(w) >= options.prune || feature === 'bias') kept[feature] = Math.round(w * 1e4) / 1e4;
    }
    types[type] = { weights: kept };
  }
  return { threshold: options.threshold, ...(options.thresholds ? { thresholds: options.thresholds } : {}), ...(options.cueFree ? { cueFree: options.cueFree } : {}), types };
}

const OWNED_TYPES = new Set<RelationshipTypeName>(['MEMBER_OF', 'OBSERVER_OF', 'CHAIRS', 'HEADS']);
const LOCATIVE_BEFORE = /(?:^|[ ,])(?:in|at|в|во|на) (?:the )?"?$/u;

/** A pair of ends farther apart than this many tokens is no candidate: a sentence that long states its facts nearer. */
const MAX_TOKENS = 25;

/** A candidate pair of a sentence before its proposal is made: its type, ends, features and how its date reads. */
export interface CandidatePair {
  type: RelationshipTypeName;
  from: RelationUnit;
  to: RelationUnit;
  features: string[];
  cued: boolean;
  dating: RelationDating;
  status?: string;
  role?: string;
}

/**
 * Every ordered pair of units of a sentence whose kinds a type takes (relations.ts's lexicon gives the
 * kinds), each with its features and whether a word of the type's lexicon is near (`cued`: the model of a
 * type not read cue-free proposes only such pairs, see openCandidates). The guards the model could not learn from a few examples hold
 * regardless: nothing across a negation, modal or plan between the ends or a doubt around them, nor in a question.
 */
export function candidatePairs(text: string, units: RelationUnit[], language: Language): CandidatePair[] {
  if (/\?\s*"?\s*$/.test(text)) return [];
  const pairs: CandidatePair[] = [];
  const lower = (stretch: string) => stretch.replace(/⟦\w+#\d+⟧/g, ' ').toLowerCase();
  const became = GUARDS.became(lower(text));
  // Both orders of a pair read the same stretch of text: what it says is read once.
  const stretches = new Map<string, Stretch | undefined>();
  const stretchOf = (first: RelationUnit, second: RelationUnit): Stretch | undefined => {
    const key = `${first.start}|${second.end}`;
    if (stretches.has(key)) return stretches.get(key);
    const stretch = readStretch(text, first, second, lower);
    stretches.set(key, stretch);
    return stretch;
  };
  for (const from of units) {
    for (const to of units) {
      if (from === to) continue;
      const types = [...TYPE_ENDS].filter(([, ends]) => ends.from.includes(from.kind) && ends.to.includes(to.kind));
      if (types.length === 0) continue;
      const stretch = from.start < to.start ? stretchOf(from, to) : stretchOf(to, from);
      if (!stretch) continue;
      const { stated, near } = stretch;
      // "the talks in Minsk and Moscow": a list of places after a meeting is not where it was held.
      const located = LOCATIVE_BEFORE.test(text.slice(Math.max(0, to.start - 12), to.start)) && !/^"? (?:and|и) "?⟦(?:PLACE|STATE)/u.test(text.slice(to.end));
      // Features are many strings; most pairs are never scored (not cued, or read by the rules), so they are made when asked for.
      let features: string[] | undefined;
      const featuresOf = () => (features ??= pairFeatures({ text, units, from, to, language }));
      for (const [type, ends] of types) {
        const trigger = stated.find((found) => found.type === type);
        // A type the sentence has no word of near the pair is mostly not stated (a place after "in" is a meeting's place without one).
        const cued = !!trigger || near.some((found) => found.type === type) || (type === 'HELD_IN' && located && !(from.text && GUARDS.exercise(from.text)));
        // "Делегацию ОДКБ возглавил …", "Russia's delegation to the summit": a delegation's or forces' owner is not the end (as in the relation layer).
        if (OWNED_TYPES.has(type) && (GUARDS.delegation(text, from) || GUARDS.delegation(text, to))) continue;
        const usual = trigger?.dating ?? ends.dating;
        const dating = usual === 'post' && became ? 'start' : usual;
        pairs.push({
          type,
          from,
          to,
          get features() {
            return featuresOf();
          },
          cued,
          dating,
          ...(trigger?.status ? { status: trigger.status } : {}),
          ...(ends.role ? { role: ends.role } : {}),
        });
      }
    }
  }
  return pairs;
}

/** What the text from one end of a pair to the other says, whichever end comes first. */
interface Stretch {
  /** Triggers between the ends. */
  stated: ReturnType<typeof triggersIn>;
  /** Triggers just before the first end and just after the second. */
  near: ReturnType<typeof triggersIn>;
}

/** The stretch between two units, undefined when it is too long or refused or doubted around the ends. */
function readStretch(text: string, first: RelationUnit, second: RelationUnit, lower: (stretch: string) => string): Stretch | undefined {
  const between = text.slice(first.end, second.start);
  if (tokens(between).length > MAX_TOKENS) return undefined;
  // A negation may follow a Russian statement or close an English one ("… was never put forward", «… так и не объявил»): up to the next comma.
  const before = lower(text.slice(0, first.start)).split(' ').slice(-4).join(' ');
  const after = lower(text.slice(second.end).split(/[,;:]/u)[0]!).split(' ').slice(0, 9).join(' ');
  if (GUARDS.refused(`${before} ${lower(between)} ${after}`) || GUARDS.doubted(lower(text.slice(Math.max(0, first.start - 60), second.end + 30)))) return undefined;
  // A trigger of the type between the ends says how its date reads ("joined": a start; "left": an end; "froze": a status).
  return {
    stated: triggersIn(lower(text.slice(first.start, second.end))),
    near: triggersIn(`${before} | ${lower(text.slice(second.end)).split(' ').slice(0, 4).join(' ')}`),
  };
}

const endKey = (end: FactEnd) => end.entityId ?? `"${end.text.toLowerCase()}`;
const joins = (fact: ProposedFact, a: FactEnd, b: FactEnd) =>
  (endKey(fact.from) === endKey(a) && endKey(fact.to) === endKey(b)) || (endKey(fact.from) === endKey(b) && endKey(fact.to) === endKey(a));

/** A type and ends as one key: a meeting named by common nouns is one end however it is called ("the summit", "the annual summit"), as the labels' "?". */
const anyNameKey = (fact: ProposedFact) => factKey(fact, true);

/**
 * The candidates the rules left open: none between ends the rules joined in that sentence, none of a
 * type and ends the article already has (a fact stated twice is one fact), and none of a type the rules
 * read in that sentence with one of its ends (they read that statement: its other ends are theirs to name).
 */
export function openCandidates(candidates: LearnedCandidate[], proposals: ProposedFact[], cueFree: LearnedModel['cueFree'] = []): LearnedCandidate[] {
  const known = new Set(proposals.map(anyNameKey));
  const read = (other: ProposedFact, fact: ProposedFact) =>
    sameSentence(other, fact) && (joins(other, fact.from, fact.to) || (other.type === fact.type && (endKey(other.from) === endKey(fact.from) || endKey(other.to) === endKey(fact.to))));
  return candidates.filter(({ fact, cued }) => (cued || cueFree.includes(fact.type)) && !known.has(anyNameKey(fact)) && !proposals.some((other) => read(other, fact)));
}

/**
 * The proposals the model adds to an article's: open candidates scored at the threshold or above, the
 * best type for each pair of ends in a sentence, each type and ends once.
 */
export function chooseLearned(candidates: LearnedCandidate[], proposals: ProposedFact[], model: LearnedModel): ProposedFact[] {
  const scored = openCandidates(candidates, proposals, model.cueFree)
    .map((candidate) => ({ candidate, p: score(model, candidate.type, candidate.features) }))
    .filter(({ candidate, p }) => p >= (model.thresholds?.[candidate.type] ?? model.threshold));
  const best = new Map<string, number>();
  const pairKey = (fact: ProposedFact) => `${fact.evidence.paragraph}|${fact.evidence.start}|${[endKey(fact.from), endKey(fact.to)].sort().join('|')}`;
  for (const { candidate, p } of scored) best.set(pairKey(candidate.fact), Math.max(best.get(pairKey(candidate.fact)) ?? 0, p));
  const added: ProposedFact[] = [];
  const known = new Set<string>();
  for (const { candidate, p } of scored) {
    const { fact } = candidate;
    if (p < best.get(pairKey(fact))! || known.has(anyNameKey(fact))) continue;
    known.add(anyNameKey(fact));
    added.push({ ...fact, rule: `learned.${fact.type.toLowerCase()}(${p.toFixed(2)})` });
  }
  return added;
}

const MODEL_FILE = path.join(__dirname, 'learned-model.json');
let committed: LearnedModel | undefined;

/** The committed model (learned-model.json), read once. */
export function committedModel(): LearnedModel {
  committed ??= JSON.parse(fs.readFileSync(MODEL_FILE, 'utf8')) as LearnedModel;
  return committed;
}

/** Where `npm run train:ingest` writes the model. */
export const LEARNED_MODEL_FILE = MODEL_FILE;
