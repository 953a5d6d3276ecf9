import path from 'node:path';
import { readDatasetNames } from '../server/src/ingest/dataset-gazetteer';
import { buildGazetteer, extract } from '../server/src/ingest/extract';
const dataset = readDatasetNames([path.join('/work/main', 'data/csto')]);
const gazetteer = buildGazetteer(dataset.entries);
const text = process.argv[2]!;
const r = extract(text, { gazetteer, published: '2026-11-20' });
for (const p of r.proposals) console.log(p.type, JSON.stringify(p.from.entityId ?? p.from.name ?? p.from), '→', JSON.stringify(p.to.entityId ?? p.to.name ?? p.to), p.since ?? '', p.until ?? '', (p as any).rule ?? '');
