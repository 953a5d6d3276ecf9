/**
 * `npm run bench:ingest -- --cross-validate [--threshold 0.6]`: leave-one-batch-out cross-validation of
 * the learned layer. For each batch (the seed articles as batch 0, held-out batches 1-13), a model is
 * trained on every other article and run on that batch behind the rules: the figures estimate what the
 * layer does on text it has not seen (the rules have seen every batch, so "model alone" is the nearest
 * figure to a blind one). Prints a threshold sweep, then per batch and language at the chosen threshold.
 */
import { chooseLearned, train, TRAINING, type LearnedModel } from '../server/src/ingest/learned';
import type { ProposedFact } from '../server/src/ingest/types';
import { batchesLeftOut, batchOf, corpusGazetteer, cueFreeOption, examplesOf, matchFacts, readLabels, runArticle, type ArticleRun, type FactScore } from './ingest-learning';

interface Row {
  rules: FactScore;
  alone: FactScore;
  together: FactScore;
  addedRight: number;
  addedFalse: number;
}

const empty = (): FactScore => ({ tp: 0, found: 0, expected: 0 });
const add = (a: FactScore, b: FactScore): FactScore => ({ tp: a.tp + b.tp, found: a.found + b.found, expected: a.expected + b.expected });
const emptyRow = (): Row => ({ rules: empty(), alone: empty(), together: empty(), addedRight: 0, addedFalse: 0 });
const ratio = (n: number, d: number) => (d === 0 ? '—' : (n / d).toFixed(2));
const pr = (s: FactScore) => `${ratio(s.tp, s.found)} / ${ratio(s.tp, s.expected)}`;

/** One held-out article under a model: the rules alone, the model alone, both; what the model added and which of it is false. */
function evaluate(run: ArticleRun, model: LearnedModel): { row: Row; falseAdded: ProposedFact[] } {
  const rules = matchFacts(run.article.facts, run.proposals).score;
  const alone = matchFacts(run.article.facts, chooseLearned(run.candidates, [], model)).score;
  const added = chooseLearned(run.candidates, run.proposals, model);
  const together = matchFacts(run.article.facts, [...run.proposals, ...added]);
  const addedRight = together.score.tp - rules.tp;
  return { row: { rules, alone, together: together.score, addedRight, addedFalse: added.length - addedRight }, falseAdded: together.wrong.filter((fact) => added.includes(fact)) };
}

const sameFact = (a: ProposedFact, b: ProposedFact) => a.type === b.type && a.evidence === b.evidence && a.from.text === b.from.text && a.to.text === b.to.text;

function sum(rows: Row[]): Row {
  return rows.reduce(
    (a, b) => ({ rules: add(a.rules, b.rules), alone: add(a.alone, b.alone), together: add(a.together, b.together), addedRight: a.addedRight + b.addedRight, addedFalse: a.addedFalse + b.addedFalse }),
    emptyRow(),
  );
}

/** A false proposal costs this many right ones: "5 right and 3 false is not worth it". */
const FALSE_COST = 3;

/**
 * Per type, the threshold of the sweep whose additions behind the rules are worth most (right minus
 * FALSE_COST per false), among those adding at least three right at precision 0.85 or more; the lower
 * threshold on a tie (the worth already charges each false find, and recall on new text is what is short).
 * A type with none is not listed.
 */
export function chooseThresholds(sweep: number[], perType: Array<Map<string, number[]>>): Record<string, number> {
  const chosen: Record<string, number> = {};
  const types = [...new Set(perType.flatMap((counts) => [...counts.keys()]))].sort();
  for (const type of types) {
    let best: { threshold: number; worth: number } | undefined;
    sweep.forEach((threshold, i) => {
      const [right, wrong] = perType[i]!.get(type) ?? [0, 0];
      if (right! < 3 || right! / (right! + wrong!) < 0.85) return;
      const worth = right! - FALSE_COST * wrong!;
      if (!best || worth > best.worth) best = { threshold, worth };
    });
    if (best) chosen[type] = best.threshold;
  }
  return chosen;
}

export function crossValidate(): void {
  const gazetteer = corpusGazetteer();
  const without = batchesLeftOut(process.argv.slice(2));
  const runs = readLabels().filter((article) => !without.has(batchOf(article))).map((article) => runArticle(article, gazetteer));
  const batches = [...new Set(runs.map((run) => batchOf(run.article)))].sort((a, b) => a - b);
  const thresholdArg = process.argv.indexOf('--threshold');
  const chosen = thresholdArg > 0 ? Number(process.argv[thresholdArg + 1]) : TRAINING.threshold;
  // LEARNED_L2=… LEARNED_EPOCHS=…: other training settings, to compare them by cross-validation before changing TRAINING.
  const options = { ...TRAINING, l2: Number(process.env.LEARNED_L2 ?? TRAINING.l2), epochs: Number(process.env.LEARNED_EPOCHS ?? TRAINING.epochs), cueFree: cueFreeOption(TRAINING.cueFree) };
  const folds = batches.map((batch) => {
    const held = runs.filter((run) => batchOf(run.article) === batch);
    const model = train(runs.filter((run) => batchOf(run.article) !== batch).flatMap((run) => examplesOf(run, options.cueFree)), options);
    return { batch, held, model };
  });
  console.log(`Leave-one-batch-out cross-validation of the learned layer: ${runs.length} articles, ${batches.length} batches (0 = the seed articles)\n`);
  console.log('Threshold sweep, all batches held out in turn (P / R):\n');
  console.log('| threshold | rules | model alone | rules + model | added right / false | added P |');
  console.log('|---|---|---|---|---|---|');
  for (const threshold of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
    const total = sum(folds.flatMap(({ held, model }) => held.map((run) => evaluate(run, { ...model, threshold }).row)));
    console.log(`| ${threshold} | ${pr(total.rules)} | ${pr(total.alone)} | ${pr(total.together)} | ${total.addedRight} / ${total.addedFalse} | ${ratio(total.addedRight, total.addedRight + total.addedFalse)} |`);
  }
  const sweep = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95];
  console.log('\nBy type and threshold: added right / false (model alone right / false), what per-type thresholds are chosen from:\n');
  console.log(`| type | ${sweep.join(' | ')} |`);
  console.log(`|---|${sweep.map(() => '---|').join('')}`);
  const perType = sweep.map((threshold) => {
    /** Per type: added right, added false, model alone right, model alone false. */
    const counts = new Map<string, number[]>();
    const count = (type: string, at: number) => {
      const row = counts.get(type) ?? [0, 0, 0, 0];
      row[at]!++;
      counts.set(type, row);
    };
    for (const { held, model } of folds) {
      for (const run of held) {
        const at = { ...model, threshold, thresholds: undefined };
        const { falseAdded } = evaluate(run, at);
        for (const fact of chooseLearned(run.candidates, run.proposals, at)) count(fact.type, falseAdded.some((wrong) => sameFact(wrong, fact)) ? 1 : 0);
        const alone = chooseLearned(run.candidates, [], at);
        const { wrong } = matchFacts(run.article.facts, alone);
        for (const fact of alone) count(fact.type, wrong.includes(fact) ? 3 : 2);
      }
    }
    return counts;
  });
  for (const type of [...new Set(perType.flatMap((counts) => [...counts.keys()]))].sort()) {
    console.log(`| ${type} | ${perType.map((counts) => { const [a, b, c, d] = counts.get(type) ?? [0, 0, 0, 0]; return `${a} / ${b} (${c} / ${d})`; }).join(' | ')} |`);
  }
  const choice = chooseThresholds(sweep, perType);
  console.log(`\nPer-type thresholds this sweep chooses (TRAINING.thresholds; a type not listed is left at the default): ${JSON.stringify(choice)}`);
  console.log(`\nAt threshold ${chosen}${options.thresholds ? ` (per type ${JSON.stringify(options.thresholds)})` : ''}${options.cueFree?.length ? `, cue-free ${options.cueFree.join(', ')}` : ''}, per held-out batch and language (P / R):\n`);
  console.log('| batch | lang | articles | rules | model alone | rules + model | added right / false |');
  console.log('|---|---|---|---|---|---|---|');
  const all: Row[] = [];
  const byLanguage: Record<string, Row[]> = {};
  const falseByType = new Map<string, number>();
  for (const { batch, held, model } of folds) {
    for (const language of ['en', 'ru'] as const) {
      const runsOf = held.filter((run) => run.article.language === language);
      if (runsOf.length === 0) continue;
      const results = runsOf.map((run) => evaluate(run, { ...model, threshold: chosen }));
      // --list: every proposal the layer adds on this fold, right (+) or false (x), to read the sentences behind the figures.
      if (process.argv.includes('--list')) {
        for (const run of runsOf) {
          const { falseAdded } = evaluate(run, { ...model, threshold: chosen });
          for (const fact of chooseLearned(run.candidates, run.proposals, { ...model, threshold: chosen })) {
            const wrong = falseAdded.some((other) => sameFact(other, fact));
            console.log(`  ${wrong ? 'x' : '+'} ${batch} ${run.article.file} ${fact.type} ${fact.from.entityId ?? `"${fact.from.text}"`} → ${fact.to.entityId ?? `"${fact.to.text}"`} ${fact.rule} :: ${fact.evidence.quote.slice(0, 200)}`);
          }
        }
      }
      for (const { falseAdded } of results) for (const fact of falseAdded) falseByType.set(fact.type, (falseByType.get(fact.type) ?? 0) + 1);
      const row = sum(results.map((result) => result.row));
      all.push(row);
      (byLanguage[language] ??= []).push(row);
      console.log(`| ${batch} | ${language} | ${runsOf.length} | ${pr(row.rules)} | ${pr(row.alone)} | ${pr(row.together)} | ${row.addedRight} / ${row.addedFalse} |`);
    }
  }
  for (const [language, rows] of Object.entries(byLanguage)) {
    const row = sum(rows);
    console.log(`| all | ${language} | | ${pr(row.rules)} | ${pr(row.alone)} | ${pr(row.together)} | ${row.addedRight} / ${row.addedFalse} |`);
  }
  const total = sum(all);
  console.log(`| **all** | | ${runs.length} | **${pr(total.rules)}** | **${pr(total.alone)}** | **${pr(total.together)}** | **${total.addedRight} / ${total.addedFalse}** |`);
  console.log('\nFalse proposals the model added, by type:');
  for (const [type, count] of [...falseByType].sort((a, b) => b[1] - a[1])) console.log(`  ${type}: ${count}`);
}
