/**
 * `npm run bench:paraphrases [-- --lang en|ru] [--verbose]`: the extraction engine on short passages that
 * say one thing in many wordings (bench/paraphrase-suite/en.json, ru.json). The articles of
 * bench/ingest-corpus measure the engine on whole news texts; this suite measures its reach across the
 * ways a fact is worded (verbs of a family, voice, relative clauses, appositions, nominalisations,
 * headlines), and its look-alikes that state nothing (negations, plans, denials), one passage each.
 * Prints proposal precision and recall by relationship type, and the dates of the right proposals (right,
 * wrong, missing); `--verbose` lists every missed (`-`) and false (`+`) proposal and every date not as
 * labelled (`~`) with its passage.
 */
import fs from 'node:fs';
import path from 'node:path';
import { extract } from '../server/src/ingest/extract';
import { corpusGazetteer, endMatches, matchFacts, root, type ExpectedFact, type FactScore } from './ingest-learning';
import type { ProposedFact } from '../server/src/ingest/types';

/** One passage (a sentence or two) and every fact it states; `facts: []` for a look-alike stating none. */
interface Passage {
  text: string;
  facts: ExpectedFact[];
}

interface Suite {
  about: string;
  /** The date relative dates in the passages resolve against. */
  published: string;
  passages: Passage[];
}

const suiteDir = path.join(root, 'bench/paraphrase-suite');
const verbose = process.argv.includes('--verbose');
const langArg = process.argv.includes('--lang') ? process.argv[process.argv.indexOf('--lang') + 1] : undefined;
if (langArg !== undefined && langArg !== 'en' && langArg !== 'ru') {
  console.error(`--lang wants en or ru; got "${langArg}"`);
  process.exit(2);
}
const languages = langArg ? [langArg] : ['en', 'ru'];

const ratio = (n: number, d: number) => (d === 0 ? '—' : (n / d).toFixed(2));
const addTo = (into: Map<string, FactScore>, type: string, score: FactScore) => {
  const total = into.get(type) ?? { tp: 0, found: 0, expected: 0 };
  into.set(type, { tp: total.tp + score.tp, found: total.found + score.found, expected: total.expected + score.expected });
};

/** Dates of the right proposals: a wrong one (given, not the label's) is worse than a missing one, so they are counted apart. */
interface DateScore {
  right: number;
  wrong: number;
  missing: number;
}

/**
 * Compares the dates of each right proposal with its label's: a since whenever either gives one (a since the
 * passage does not state is wrong), an until where the label has one (an event's day gives its until too,
 * which the labels leave out). Only passages whose labels give a date are scored: most passages were written
 * for a wording and labelled without dates, so a date proposed there is not known to be wrong.
 * Returns the lines of the dates not as labelled.
 */
function scoreDates(facts: ExpectedFact[], proposals: ProposedFact[], into: DateScore): string[] {
  if (!facts.some((fact) => fact.since !== undefined || fact.until !== undefined)) return [];
  const open = [...facts];
  const lines: string[] = [];
  for (const fact of proposals) {
    const i = open.findIndex((e) => e.type === fact.type && endMatches(e.from, fact.from) && endMatches(e.to, fact.to));
    if (i < 0) continue;
    const [expected] = open.splice(i, 1);
    for (const field of ['since', 'until'] as const) {
      const [want, got] = [expected![field], fact[field]];
      if (want === undefined && (field === 'until' || got === undefined)) continue;
      const kind = want === got ? 'right' : got === undefined ? 'missing' : 'wrong';
      into[kind]++;
      if (kind !== 'right') lines.push(`    ~ ${fact.type} ${expected!.from} → ${expected!.to} ${field}: expected ${want ?? 'none'}, got ${got ?? 'none'}`);
    }
  }
  return lines;
}

const gazetteer = corpusGazetteer();
for (const language of languages) {
  const file = path.join(suiteDir, `${language}.json`);
  if (!fs.existsSync(file)) continue;
  const suite = JSON.parse(fs.readFileSync(file, 'utf8')) as Suite;
  const byType = new Map<string, FactScore>();
  let lookAlikes = 0;
  let lookAlikesClean = 0;
  const dates: DateScore = { right: 0, wrong: 0, missing: 0 };
  for (const passage of suite.passages) {
    const result = extract(passage.text, { gazetteer, published: suite.published });
    const { wrong, missed } = matchFacts(passage.facts, result.proposals);
    const dateLines = scoreDates(passage.facts, result.proposals, dates);
    const types = new Set([...passage.facts.map((fact) => fact.type), ...result.proposals.map((fact) => fact.type)]);
    for (const type of types) {
      const expected = passage.facts.filter((fact) => fact.type === type).length;
      const found = result.proposals.filter((fact) => fact.type === type).length;
      const falseOnes = wrong.filter((fact) => fact.type === type).length;
      addTo(byType, type, { tp: found - falseOnes, found, expected });
    }
    if (passage.facts.length === 0) {
      lookAlikes++;
      if (result.proposals.length === 0) lookAlikesClean++;
    }
    if (verbose && (wrong.length > 0 || missed.length > 0 || dateLines.length > 0)) {
      console.log(`  ${passage.text}`);
      for (const line of dateLines) console.log(line);
      for (const fact of missed) console.log(`    - ${fact.type} ${fact.from} → ${fact.to}`);
      for (const fact of wrong) console.log(`    + ${fact.type} ${fact.from.entityId ?? `"${fact.from.text}"`} → ${fact.to.entityId ?? `"${fact.to.text}"`} (${fact.rule})`);
    }
  }
  const total = [...byType.values()].reduce((a, b) => ({ tp: a.tp + b.tp, found: a.found + b.found, expected: a.expected + b.expected }), { tp: 0, found: 0, expected: 0 });
  console.log(`\n## ${language}: ${suite.passages.length} passages (${lookAlikes} look-alikes stating nothing, ${lookAlikesClean} of them read as nothing)\n`);
  console.log('| type | right | proposed | expected | P | R |\n|---|---|---|---|---|---|');
  for (const [type, s] of [...byType].sort(([a], [b]) => a.localeCompare(b))) console.log(`| ${type} | ${s.tp} | ${s.found} | ${s.expected} | ${ratio(s.tp, s.found)} | ${ratio(s.tp, s.expected)} |`);
  console.log(`| **all** | ${total.tp} | ${total.found} | ${total.expected} | ${ratio(total.tp, total.found)} | ${ratio(total.tp, total.expected)} |`);
  console.log(`\nDates of the right proposals, in passages labelled with dates: ${dates.right} right, ${dates.wrong} wrong (given, not the label's), ${dates.missing} missing.`);
}
