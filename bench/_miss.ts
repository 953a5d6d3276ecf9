import fs from 'node:fs';
import path from 'node:path';
import { readDatasetNames } from '../server/src/ingest/dataset-gazetteer';
import { buildGazetteer, extract } from '../server/src/ingest/extract';
import { splitSentences } from '../server/src/ingest/sentences';
import { batchOf, corpus, endMatches, readLabels, root } from './ingest-learning';
const want = new Set(process.argv[2]!.split(',').map(Number));
const dataset = readDatasetNames([path.join(root, 'data/csto')]);
const gazetteer = buildGazetteer(dataset.entries);
const labels = { articles: readLabels() };
const stats: Record<string, number> = {};
for (const article of labels.articles) {
  if (!want.has(batchOf(article))) continue;
  const text = fs.readFileSync(path.join(corpus, article.file), 'utf8');
  const r = extract(text, { gazetteer, published: article.published });
  const open = [...article.facts];
  for (const f of r.proposals) { const i = open.findIndex((e) => e.type === f.type && endMatches(e.from, f.from) && endMatches(e.to, f.to)); if (i >= 0) open.splice(i, 1); }
  for (const m of open) {
    let where = 'none';
    const sents: string[] = [];
    if (m.from !== '?' && m.to !== '?') {
      // sentences containing both
      for (let p = 0; p < r.paragraphs.length; p++) {
        const para = r.paragraphs[p]!;
        for (const s of splitSentences(para)) {
          const ms = r.mentions.filter((x) => x.paragraph === p + 1 && x.start >= s.start && x.end <= s.end);
          const a = ms.some((x) => x.entityId === m.from), b = ms.some((x) => x.entityId === m.to);
          if (a && b) { where = 'same'; sents.push(para.slice(s.start, s.end)); }
        }
      }
      if (where === 'none') {
        const a = r.mentions.some((x) => x.entityId === m.from), b = r.mentions.some((x) => x.entityId === m.to);
        where = a && b ? 'both-apart' : a || b ? 'one' : 'neither';
      }
    } else { where = m.from === '?' && m.to === '?' ? 'both?' : 'one?';
      const known = m.from !== '?' ? m.from : m.to;
      for (let p = 0; p < r.paragraphs.length; p++) { const para = r.paragraphs[p]!; for (const s of splitSentences(para)) { if (r.mentions.some((x) => x.paragraph === p + 1 && x.start >= s.start && x.end <= s.end && x.entityId === known)) sents.push(para.slice(s.start, s.end)); } }
    }
    stats[where] = (stats[where] ?? 0) + 1;
    stats[`${where}:${m.type}`] = (stats[`${where}:${m.type}`] ?? 0) + 1;
    if (process.argv[3] === where || process.argv[3] === 'all') console.log(`- [${where}] ${article.file} ${m.type} ${m.from} → ${m.to} ${m.since ?? ''}\n    ${sents.slice(0, 2).join('\n    ')}`);
  }
}
console.log(Object.entries(stats).sort().map(([k, v]) => `${k}: ${v}`).join('\n'));
