import fs from 'node:fs';
import path from 'node:path';
import { DatasetError } from '../dataset/types';
import { UserInputError } from '../errors';
import { applyMigrations } from '../neo4j/migrations';
import { cliAuthor } from '../releases/commit';
import { ingestionReport } from '../sources/ingestion-report';
import { ingestSource } from '../sources/ingest';
import { formatOf, plainText } from '../sources/text-input';
import { runCli, withDatabase } from './run';

const USAGE = `Usage: npm run ingest -- <file.txt|.md|.html> --title "…" [--published 2025-11-27] [--publisher Trend]
                          [--url …] [--language en] [--id source-id] [--dry-run] [--json]

Reads an article into the graph as a source: its text (paragraphs and content hash), the mentions of
known entities, and the facts its sentences state as proposals waiting for review in the explorer.
The same text ingested again finds its source. --dry-run prints everything and writes nothing;
--json prints it as JSON.`;

const OPTIONS = ['title', 'published', 'publisher', 'url', 'language', 'id'] as const;
const FLAGS = ['dry-run', 'json', 'help'] as const;

function parseArgs(argv: string[]): { file?: string; options: Partial<Record<(typeof OPTIONS)[number], string>>; flags: Set<string>; problems: string[] } {
  const options: Partial<Record<(typeof OPTIONS)[number], string>> = {};
  const flags = new Set<string>();
  const problems: string[] = [];
  let file: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const name = arg.replace(/^--/, '');
    if (!arg.startsWith('--')) {
      if (file) problems.push(`one file at a time (got ${file} and ${arg})`);
      file = arg;
    } else if ((FLAGS as readonly string[]).includes(name)) flags.add(name);
    else if ((OPTIONS as readonly string[]).includes(name) && argv[i + 1] !== undefined) options[name as (typeof OPTIONS)[number]] = argv[++i]!;
    else problems.push(`unknown option or missing value: ${arg}`);
  }
  return { ...(file ? { file } : {}), options, flags, problems };
}

const clip = (text: string, length = 110) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

async function main(argv: string[]) {
  const { file, options, flags, problems } = parseArgs(argv);
  if (flags.has('help')) {
    console.log(USAGE);
    return 0;
  }
  if (!file || !options.title || problems.length > 0) {
    console.error(`${[...problems, ...(!file ? ['give the file to read'] : []), ...(!options.title ? ['give --title'] : [])].join('; ')}\n\n${USAGE}`);
    return 2;
  }
  const format = formatOf(file) ?? 'text';
  if (!fs.existsSync(file)) {
    console.error(`${file}: no such file`);
    return 2;
  }
  const text = plainText(fs.readFileSync(file, 'utf8'), format);
  const dryRun = flags.has('dry-run');
  return withDatabase(async ({ database }) => {
    await applyMigrations(database);
    const ingestion = await ingestSource(database, { ...options, title: options.title!, text }, { dryRun, author: cliAuthor() }).catch((error: unknown) => {
      if (error instanceof UserInputError || error instanceof DatasetError) return error;
      throw error;
    });
    if (ingestion instanceof Error) {
      console.error(`${path.basename(file)}: ${ingestion.message}`);
      return 1;
    }
    if (flags.has('json')) {
      console.log(JSON.stringify(ingestionReport(ingestion), null, 2));
      return 0;
    }
    const report = ingestionReport(ingestion);
    console.log(
      `${dryRun ? 'Dry run, nothing was written: ' : ''}source ${report.source.id} (${ingestion.created ? 'new' : 'the same text was ingested before'}), ${report.source.paragraphs} paragraphs`,
    );
    console.log(`\nMentions (${report.mentions.length}):`);
    for (const m of report.mentions) console.log(`  ¶${m.paragraph} ${String(m.start).padStart(4)}  ${m.text.padEnd(40)} → ${m.entity}`);
    console.log(`\nProposals (${report.proposals.length}):`);
    for (const p of report.proposals) {
      const dates = [p.since && `since ${p.since}`, p.until && `until ${p.until}`, p.role && `role ${p.role}`, p.status && `status ${p.status}`].filter(Boolean).join(', ');
      console.log(`  ${p.id}  ${p.state.padEnd(8)} ${p.relation.padEnd(17)} ${p.from ?? `"${p.fromText}"?`} ${p.type} ${p.to ?? `"${p.toText}"?`}${dates ? `  (${dates})` : ''}`);
      console.log(`      ¶${p.paragraph} "${clip(p.quote)}"${p.conflictsWith.length ? `\n      conflicts with ${p.conflictsWith.join(', ')}` : ''}`);
    }
    if (report.newEntities.length > 0) console.log(`\nNew entities proposed: ${report.newEntities.map((e) => `${e.name} (${e.kind.toLowerCase()})`).join(', ')}`);
    if (!dryRun) console.log('\nReview the proposals in the explorer ("Review"), or with the reviewProposals mutation.');
    return 0;
  });
}

runCli(main);
