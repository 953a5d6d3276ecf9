/**
 * The labelled corpus as the learned layer learns from it: each article's candidate pairs (with the
 * features and the proposal each would make) and the rules' own proposals, and which candidates the
 * labels state. Shared by `npm run train:ingest` and `npm run bench:ingest -- --cross-validate`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readDatasetNames } from '../server/src/ingest/dataset-gazetteer';
import { buildGazetteer, extract } from '../server/src/ingest/extract';
import { TYPE_ENDS } from '../server/src/ingest/relations';
import { openCandidates, type Example, type LearnedCandidate, type LearnedModel } from '../server/src/ingest/learned';
import type { Gazetteer, ProposedFact } from '../server/src/ingest/types';

export interface ExpectedFact {
  type: string;
  from: string;
  to: string;
  since?: string;
  until?: string;
  role?: string;
  status?: string;
}

export interface LabelledArticle {
  file: string;
  published: string;
  language: 'en' | 'ru';
  mentions: Record<string, string[]>;
  facts: ExpectedFact[];
  /** Written and labelled after a round of tuning, run once as it was (figures in bench/README.md), then tuned on: batch 1 or 2. */
  heldOut?: boolean | number;
}

export const root = path.resolve(__dirname, '..');
export const corpus = path.join(root, 'bench/ingest-corpus');

export function readLabels(): LabelledArticle[] {
  return (JSON.parse(fs.readFileSync(path.join(corpus, 'labels.json'), 'utf8')) as { articles: LabelledArticle[] }).articles;
}

export function corpusGazetteer(): Gazetteer {
  return buildGazetteer(readDatasetNames([path.join(root, 'data/csto')]).entries);
}

/**
 * `--without 18,19`: the held-out batches left out of training, so that a model retrained after a round
 * (or a cross-validation) has not seen the batches kept for its blind measure.
 */
export function batchesLeftOut(argv: string[]): Set<number> {
  const at = argv.indexOf('--without');
  if (at < 0) return new Set();
  const value = argv[at + 1] ?? '';
  if (!/^\d+(?:,\d+)*$/.test(value)) throw new Error(`--without takes held-out batch numbers separated by commas (e.g. --without 18,19), not "${value}"`);
  return new Set(value.split(',').map(Number));
}

/** The batch an article belongs to: its held-out batch's number, or 0 for the seed articles written before any tuning. */
export const batchOf = (article: LabelledArticle) => (article.heldOut === true ? 1 : typeof article.heldOut === 'number' ? article.heldOut : 0);

/** A labelled end and a proposal's end: "?" (a common noun) is any end without an entity, as the bench scores. */
export const endMatches = (expected: string, end: ProposedFact['from']) => (expected === '?' ? !end.entityId : end.entityId === expected);

export interface ArticleRun {
  article: LabelledArticle;
  /** The rules' and the relation layer's proposals. */
  proposals: ProposedFact[];
  candidates: LearnedCandidate[];
}

/** The rules' proposals and the learned layer's candidates of an article (the layer adding nothing). */
export function runArticle(article: LabelledArticle, gazetteer: Gazetteer): ArticleRun {
  const text = fs.readFileSync(path.join(corpus, article.file), 'utf8');
  let candidates: LearnedCandidate[] = [];
  const result = extract(text, { gazetteer, published: article.published, learnedModel: { threshold: 1, types: {} }, learnedCandidates: (found) => (candidates = found) });
  return { article, proposals: result.proposals, candidates };
}

/**
 * `LEARNED_CUE_FREE=HEADS,ADMINISTERS` (or `all`, or `none`): other types read without a cue, to compare them
 * by cross-validation before changing TRAINING.cueFree.
 */
export function cueFreeOption(fallback: LearnedModel['cueFree']): LearnedModel['cueFree'] {
  const value = process.env.LEARNED_CUE_FREE;
  if (value === undefined) return fallback;
  if (value === 'none' || value === '') return [];
  if (value === 'all') return [...TYPE_ENDS.keys()];
  return value.split(',') as LearnedModel['cueFree'];
}

/**
 * An article's candidates as examples: positive when its labels state the candidate's type between its
 * ends. `residual`: only what the rules left open (the candidates they did not decide, the labels they
 * did not find), the distribution the layer meets behind them.
 */
export function examplesOf(run: ArticleRun, cueFree: LearnedModel['cueFree'] = [], residual = RESIDUAL): Example[] {
  const facts = residual ? matchFacts(run.article.facts, run.proposals).missed : run.article.facts;
  return (residual ? openCandidates(run.candidates, run.proposals, cueFree) : run.candidates.filter((candidate) => candidate.cued || cueFree.includes(candidate.type))).map((candidate) => ({
    type: candidate.type,
    features: candidate.features,
    positive: facts.some((fact) => fact.type === candidate.type && endMatches(fact.from, candidate.fact.from) && endMatches(fact.to, candidate.fact.to)),
  }));
}

/**
 * Whether the layer learns from what the rules left open (see examplesOf), chosen by cross-validation;
 * `--train-on-all` (train:ingest, bench:ingest --cross-validate) learns from every candidate instead.
 */
export const RESIDUAL = !process.argv.includes('--train-on-all');

export interface FactScore {
  tp: number;
  found: number;
  expected: number;
}

/** Proposals against an article's labels, each label matched once, in the proposals' order (as bench:ingest scores). */
export function matchFacts(facts: ExpectedFact[], proposals: ProposedFact[]): { score: FactScore; wrong: ProposedFact[]; missed: ExpectedFact[] } {
  const open = [...facts];
  const wrong: ProposedFact[] = [];
  for (const fact of proposals) {
    const i = open.findIndex((e) => e.type === fact.type && endMatches(e.from, fact.from) && endMatches(e.to, fact.to));
    if (i < 0) wrong.push(fact);
    else open.splice(i, 1);
  }
  return { score: { tp: proposals.length - wrong.length, found: proposals.length, expected: facts.length }, wrong, missed: open };
}
