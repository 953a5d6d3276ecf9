/**
 * `npm run bench:ingest [-- --verbose]`: the extraction engine against the labelled corpus of
 * bench/ingest-corpus (labels.json): mention and proposal precision and recall, for the set and per
 * article, misses by type, time per article; then the time of a 2,000-word article with the CSTO
 * gazetteer and with 100k synthetic entities beside it. `--no-relations` / `--relations-only`: the
 * relation layer off / alone; `--no-learned` / `--learned-only`: the learned layer off / alone;
 * `--no-discourse` / `--discourse-only`: the discourse layer off / alone;
 * `--cross-validate [--threshold t] [--train-on-all] [--without 19] [--list]`: the learned layer's leave-one-batch-out
 * cross-validation (bench/ingest-cross-validation.ts) instead.
 * `--batches 18,19`: only the articles of those batches (0: the seed articles written before any
 * tuning), to read a held-out batch's run; `--no-timing`: without the per-article and long-article
 * timings, for a quick score; `--evidence` (with --verbose): the sentence under each false proposal.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readDatasetNames } from '../server/src/ingest/dataset-gazetteer';
import { buildGazetteer, extract } from '../server/src/ingest/extract';
import type { Extraction, Gazetteer, GazetteerEntry } from '../server/src/ingest/types';
import { crossValidate } from './ingest-cross-validation';
import { batchOf, corpus, endMatches, readLabels, root, type LabelledArticle } from './ingest-learning';
import { syntheticGraph } from './synthetic';

const verbose = process.argv.includes('--verbose');
/** With --verbose, print the sentence under each false proposal: a false one is judged by its evidence. */
const showEvidence = process.argv.includes('--evidence');
/** `--no-relations`: the rules alone, without the relation layer behind them (to measure what it adds); `--relations-only`: the layer alone. */
const relations: boolean | 'only' = process.argv.includes('--relations-only') ? 'only' : !process.argv.includes('--no-relations');
/** `--no-learned`: without the learned layer; `--learned-only`: the learned layer alone (no rules, no relation layer). */
const learned: boolean | 'only' = process.argv.includes('--learned-only') ? 'only' : !process.argv.includes('--no-learned');
/** `--no-discourse`: without the discourse layer; `--discourse-only`: it alone (no other layer before it). */
const discourse: boolean | 'only' = process.argv.includes('--discourse-only') ? 'only' : !process.argv.includes('--no-discourse');
const timing = !process.argv.includes('--no-timing');
const batches = parseBatches(process.argv[process.argv.indexOf('--batches') + 1], process.argv.includes('--batches'));
const labels = { articles: readLabels().filter((article) => !batches || batches.has(batchOf(article))) };

/** `--batches 18,19` as a set of batch numbers; undefined when the option is absent. */
function parseBatches(value: string | undefined, given: boolean): Set<number> | undefined {
  if (!given) return undefined;
  const numbers = (value ?? '').split(',').map((part) => Number(part.trim()));
  if (!value || numbers.some((n) => !Number.isInteger(n) || n < 0)) {
    console.error(`--batches wants a comma-separated list of batch numbers (0 for the seed articles), e.g. --batches 18,19; got ${value === undefined ? 'nothing' : `"${value}"`}`);
    process.exit(2);
  }
  return new Set(numbers);
}

interface Score {
  tp: number;
  expected: number;
  found: number;
}
const add = (a: Score, b: Score): Score => ({ tp: a.tp + b.tp, expected: a.expected + b.expected, found: a.found + b.found });
const ratio = (n: number, d: number) => (d === 0 ? '—' : (n / d).toFixed(2));
const precision = (s: Score) => ratio(s.tp, s.found);
const recall = (s: Score) => ratio(s.tp, s.expected);

function countMisses(into: Map<string, number>, key: string): void {
  into.set(key, (into.get(key) ?? 0) + 1);
}

/** Multiset comparison of "paragraph|entity|text" keys. */
function scoreMentions(article: LabelledArticle, result: Extraction, kindOf: (id: string) => string, misses: Map<string, number>): Score {
  const expected = new Map<string, number>();
  for (const [paragraph, items] of Object.entries(article.mentions)) {
    for (const item of items) {
      const at = item.indexOf(':');
      countMisses(expected, `${paragraph}|${item.slice(0, at)}|${item.slice(at + 1)}`);
    }
  }
  const total = [...expected.values()].reduce((a, b) => a + b, 0);
  let tp = 0;
  for (const mention of result.mentions) {
    const key = `${mention.paragraph}|${mention.entityId}|${mention.text}`;
    const left = expected.get(key) ?? 0;
    if (left > 0) {
      tp++;
      expected.set(key, left - 1);
    } else {
      countMisses(misses, `false mention: ${kindOf(mention.entityId)}`);
      if (verbose) console.log(`    + ${article.file} ¶${mention.paragraph} ${mention.entityId} "${mention.text}"`);
    }
  }
  for (const [key, left] of expected) {
    if (left === 0) continue;
    const [, id] = key.split('|');
    countMisses(misses, `missed mention: ${kindOf(id!)}`);
    if (verbose) console.log(`    - ${article.file} ${key}`);
  }
  return { tp, expected: total, found: result.mentions.length };
}

/** The layer a proposal comes from, by its rule's name: the rules, or the relation, learned or discourse layer. */
const layerOf = (rule: string) => (/^(?:relation|learned|discourse)/.exec(rule)?.[0] ?? 'rules');

/**
 * The open label a proposal is scored against: of those with its type and ends, the one whose dates it gives (a
 * fact stated twice with two dates, "rejoined in 2006 … suspended in 2012", is two labels), else the first.
 */
function labelFor(open: LabelledArticle['facts'], fact: Extraction['proposals'][number]): number {
  const candidates = open.flatMap((e, i) => (e.type === fact.type && endMatches(e.from, fact.from) && endMatches(e.to, fact.to) ? [i] : []));
  return candidates.find((i) => open[i]!.since === fact.since && open[i]!.until === fact.until) ?? candidates[0] ?? -1;
}

function scoreFacts(article: LabelledArticle, result: Extraction, misses: Map<string, number>, dates: { right: number; checked: number }, layers: Record<string, Score>): Score {
  const open = [...article.facts];
  let tp = 0;
  for (const fact of result.proposals) {
    const i = labelFor(open, fact);
    const layer = (layers[layerOf(fact.rule)] ??= { tp: 0, expected: 0, found: 0 });
    layer.found++;
    if (i >= 0) layer.tp++;
    if (i < 0) {
      countMisses(misses, `false proposal: ${fact.type}`);
      if (verbose) console.log(`    + ${article.file} ${fact.type} ${fact.from.entityId ?? `"${fact.from.text}"`} → ${fact.to.entityId ?? `"${fact.to.text}"`} (${fact.rule}) since=${fact.since ?? ''} until=${fact.until ?? ''}`);
      if (verbose && showEvidence) console.log(`        « ${fact.evidence.quote} »`);
      continue;
    }
    const [expected] = open.splice(i, 1);
    tp++;
    for (const field of ['since', 'until'] as const) {
      if (expected![field] === undefined) continue;
      dates.checked++;
      if (expected![field] === fact[field]) dates.right++;
      else if (verbose) console.log(`    ~ ${article.file} ${fact.type} ${field}: expected ${expected![field]}, got ${fact[field] ?? 'none'}`);
    }
  }
  for (const missed of open) {
    countMisses(misses, `missed proposal: ${missed.type}`);
    if (verbose) console.log(`    - ${article.file} ${missed.type} ${missed.from} → ${missed.to}`);
  }
  return { tp, expected: article.facts.length, found: result.proposals.length };
}

function timeOf(run: () => void, repeat: number): number {
  run(); // warm-up
  const started = process.hrtime.bigint();
  for (let i = 0; i < repeat; i++) run();
  return Number(process.hrtime.bigint() - started) / 1e6 / repeat;
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** An article of about 2,000 words made of the corpus's texts, in English and Russian. */
function longArticle(texts: string[]): string {
  const parts: string[] = [];
  while (words(parts.join('\n\n')) < 2000) parts.push(texts[parts.length % texts.length]!);
  return parts.join('\n\n');
}

function main(): void {
  const dataset = readDatasetNames([path.join(root, 'data/csto')]);
  const gazetteer = buildGazetteer(dataset.entries);
  const kinds = new Map(dataset.entries.map((entry) => [entry.id, entry.kind.toUpperCase()]));
  const kindOf = (id: string) => kinds.get(id) ?? 'UNKNOWN';
  const empty = (): Score => ({ tp: 0, expected: 0, found: 0 });
  let mentions = empty();
  let facts = empty();
  const groups: Record<string, { mentions: Score; facts: Score }> = {};
  /** Proposals by group and language, counted: a held-out batch's first run is read per language. */
  const languages: Record<string, Score> = {};
  const misses = new Map<string, number>();
  const dates = { right: 0, checked: 0 };
  /** Proposals by the layer that made them (right / proposed). */
  const layers: Record<string, Score> = {};
  const texts: string[] = [];
  console.log(`Ingest benchmark: ${labels.articles.length} articles, CSTO gazetteer of ${gazetteer.size} entities, relation layer ${relations === 'only' ? 'alone (no rules)' : relations ? 'on' : 'off'}, learned layer ${learned === 'only' ? 'alone (no rules, no relation layer)' : learned ? 'on' : 'off'}, discourse layer ${discourse === 'only' ? 'alone' : discourse ? 'on' : 'off'}\n`);
  console.log('| article | lang | words | mentions P | mentions R | proposals P | proposals R | ms |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const article of labels.articles) {
    const text = fs.readFileSync(path.join(corpus, article.file), 'utf8');
    texts.push(text);
    const options = { gazetteer, published: article.published, relations, learned, discourse };
    const result = extract(text, options);
    const m = scoreMentions(article, result, kindOf, misses);
    const f = scoreFacts(article, result, misses, dates, layers);
    mentions = add(mentions, m);
    facts = add(facts, f);
    const name = article.heldOut ? `held-out batch ${article.heldOut === true ? 1 : article.heldOut}` : 'written before tuning';
    const group = (groups[name] ??= { mentions: empty(), facts: empty() });
    group.mentions = add(group.mentions, m);
    group.facts = add(group.facts, f);
    const byLanguage = (languages[`${name}, ${result.language}`] ??= empty());
    languages[`${name}, ${result.language}`] = add(byLanguage, f);
    const ms = timing ? timeOf(() => extract(text, options), 20).toFixed(2) : '—';
    console.log(`| ${article.file} | ${result.language} | ${words(text)} | ${precision(m)} | ${recall(m)} | ${precision(f)} | ${recall(f)} | ${ms} |`);
  }
  for (const [name, group] of Object.entries(groups)) {
    console.log(`| ${name} | | | ${precision(group.mentions)} | ${recall(group.mentions)} | ${precision(group.facts)} | ${recall(group.facts)} | |`);
  }
  console.log(`| **all** | | | **${precision(mentions)}** | **${recall(mentions)}** | **${precision(facts)}** | **${recall(facts)}** | |`);
  console.log(`\nMentions: ${mentions.tp} right of ${mentions.found} found, ${mentions.expected} expected.`);
  console.log(`Proposals: ${facts.tp} right of ${facts.found} proposed, ${facts.expected} expected; dates of the right ones: ${dates.right} of ${dates.checked} as labelled.`);
  console.log('\nProposals by group and language (right / proposed / expected):');
  for (const [name, score] of Object.entries(languages)) console.log(`  ${name}: ${score.tp} / ${score.found} / ${score.expected} (P ${precision(score)}, R ${recall(score)})`);
  console.log('\nProposals by layer (right / proposed):');
  for (const [name, score] of Object.entries(layers)) console.log(`  ${name}: ${score.tp} / ${score.found} (P ${precision(score)})`);
  console.log('\nMisses by type:');
  for (const [key, count] of [...misses].sort((a, b) => b[1] - a[1])) console.log(`  ${key}: ${count}`);
  if (!timing) return;

  const long = longArticle(texts);
  const longOptions = { gazetteer, published: '2025-11-27' };
  console.log(`\nA ${words(long)}-word article (the corpus's texts repeated):`);
  console.log(`  CSTO gazetteer (${gazetteer.size} entities): ${timeOf(() => extract(long, longOptions), 5).toFixed(1)} ms`);
  const synthetic = syntheticGraph(100_000).dataset.entities ?? [];
  const entries: GazetteerEntry[] = [
    ...dataset.entries,
    ...synthetic.map((entity) => ({ id: entity.id, kind: entity.kind, name: entity.name, aliases: (entity.aliases ?? []).map((a) => ({ name: a.name, language: a.lang })) })),
  ];
  let big: Gazetteer | undefined;
  const buildMs = timeOf(() => void (big = buildGazetteer(entries)), 1);
  const bigOptions = { gazetteer: big!, published: '2025-11-27' };
  console.log(`  ${big!.size} entities (CSTO + 100k synthetic): ${timeOf(() => extract(long, bigOptions), 5).toFixed(1)} ms (building that gazetteer once: ${buildMs.toFixed(0)} ms, heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB)`);
}

if (process.argv.includes('--cross-validate')) crossValidate();
else main();
