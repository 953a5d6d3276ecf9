/**
 * `npm run train:ingest`: trains the learned relation layer on every labelled article of
 * bench/ingest-corpus and writes its weights to server/src/ingest/learned-model.json. Deterministic: the
 * same corpus gives the same file. Run it after adding labelled articles.
 */
import fs from 'node:fs';
import { LEARNED_MODEL_FILE, train, TRAINING } from '../server/src/ingest/learned';
import { batchesLeftOut, batchOf, corpusGazetteer, examplesOf, readLabels, runArticle } from './ingest-learning';

function main(): void {
  const gazetteer = corpusGazetteer();
  const without = batchesLeftOut(process.argv.slice(2));
  const articles = readLabels().filter((article) => !without.has(batchOf(article)));
  if (without.size > 0) console.log(`Training on ${articles.length} articles, without held-out batches ${[...without].join(', ')}.`);
  const examples = articles.flatMap((article) => examplesOf(runArticle(article, gazetteer), TRAINING.cueFree));
  const model = train(examples, TRAINING);
  fs.writeFileSync(LEARNED_MODEL_FILE, `${JSON.stringify(model, null, 1)}\n`);
  const positives = examples.filter((example) => example.positive).length;
  const weights = Object.values(model.types).reduce((n, type) => n + Object.keys(type!.weights).length, 0);
  console.log(`${examples.length} candidate pairs (${positives} stated by the labels), ${Object.keys(model.types).length} types, ${weights} weights → ${LEARNED_MODEL_FILE} (${fs.statSync(LEARNED_MODEL_FILE).size} bytes)`);
}

main();
