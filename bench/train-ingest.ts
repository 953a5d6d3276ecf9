/**
 * `npm run train:ingest`: trains the learned relation layer on every labelled article of
 * bench/ingest-corpus and writes its weights to server/src/ingest/learned-model.json. Deterministic: the
 * same corpus gives the same file. Run it after adding labelled articles.
 */
import fs from 'node:fs';
import { LEARNED_MODEL_FILE, train } from '../server/src/ingest/learned';
import { corpusGazetteer, examplesOf, readLabels, runArticle } from './ingest-learning';

function main(): void {
  const gazetteer = corpusGazetteer();
  const examples = readLabels().flatMap((article) => examplesOf(runArticle(article, gazetteer)));
  const model = train(examples);
  fs.writeFileSync(LEARNED_MODEL_FILE, `${JSON.stringify(model, null, 1)}\n`);
  const positives = examples.filter((example) => example.positive).length;
  const weights = Object.values(model.types).reduce((n, type) => n + Object.keys(type!.weights).length, 0);
  console.log(`${examples.length} candidate pairs (${positives} stated by the labels), ${Object.keys(model.types).length} types, ${weights} weights → ${LEARNED_MODEL_FILE} (${fs.statSync(LEARNED_MODEL_FILE).size} bytes)`);
}

main();
