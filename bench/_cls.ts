import fs from 'node:fs';
import path from 'node:path';
import { readDatasetNames } from '../server/src/ingest/dataset-gazetteer';
import { buildGazetteer, extract } from '../server/src/ingest/extract';
import { batchOf, corpus, endMatches, readLabels, root } from './ingest-learning';
const want = new Set(process.argv[2]!.split(',').map(Number));
const gazetteer = buildGazetteer(readDatasetNames([path.join(root, 'data/csto')]).entries);
const st: Record<string, [number, number]> = {};
const add = (k: string, hit: boolean) => { const v = (st[k] ??= [0, 0]); v[1]++; if (hit) v[0]++; };
for (const a of readLabels()) {
  if (!want.has(batchOf(a))) continue;
  const r = extract(fs.readFileSync(path.join(corpus, a.file), 'utf8'), { gazetteer, published: a.published });
  const props = [...r.proposals];
  for (const f of a.facts) {
    const i = props.findIndex((p) => p.type === f.type && endMatches(f.from, p.from) && endMatches(f.to, p.to));
    if (i >= 0) props.splice(i, 1);
    const cls = f.from === '?' && f.to === '?' ? '??' : f.from === '?' || f.to === '?' ? '?' : 'named';
    add(`${cls}`, i >= 0); add(`${cls}:${f.type}`, i >= 0); add(`${a.language}`, i >= 0); add(`all`, i >= 0);
  }
}
for (const [k, [h, n]] of Object.entries(st).sort()) if (n >= 8) console.log(k.padEnd(28), `${h}/${n}`, (h / n).toFixed(2));
