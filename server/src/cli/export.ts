import fs from 'node:fs';
import { exportDataset, writeDataset } from '../dataset/export';
import { EXCHANGE_FORMATS, isExchangeFormat } from '../interchange/formats';
import { datasetAt } from '../releases/records-at';
import { resolveRelease } from '../releases/read';
import { runCli, withDatabase } from './run';

const USAGE = `Usage: npm run export -- [--release <n>] <folder>
       npm run export -- [--release <n>] --format ftm <file.ftm.json>
       npm run export -- [--release <n>] --format popolo <file.popolo.json>

Without --format (or with --format native), writes the whole graph to <folder> as sources.yaml,
entities.yaml and relationships.yaml, the native format that \`npm run import\` reads back.
--format ftm writes FollowTheMoney entities as JSON lines; --format popolo a Popolo JSON document.
A file of "-" writes to standard output. --release <n> exports the graph as it stood at release <n>.`;

interface ExportArguments {
  format: string;
  output: string;
  release: number | null;
}

/** The arguments, or null when they are not understood. */
function parseArguments(argv: string[]): ExportArguments | null {
  let format = 'native';
  let release: number | null = null;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--format') format = argv[++i] ?? '';
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else if (arg === '--release') {
      release = Number(argv[++i]);
      if (!Number.isInteger(release)) return null;
    } else rest.push(arg);
  }
  return rest.length === 1 && !rest[0]!.startsWith('--') ? { format, output: rest[0]!, release } : null;
}

async function main(argv: string[]) {
  const parsed = parseArguments(argv);
  if (!parsed) {
    console.error(USAGE);
    return 2;
  }
  const { format, output, release } = parsed;
  if (format !== 'native' && !isExchangeFormat(format)) {
    console.error(`Unknown export format "${format}": use native, ${Object.keys(EXCHANGE_FORMATS).join(' or ')}.\n\n${USAGE}`);
    return 2;
  }
  return withDatabase(async ({ database }) => {
    const at = release === null ? null : await resolveRelease(database, release);
    const dataset = at === null ? await exportDataset(database) : await datasetAt(database, at.number);
    const asOfRelease = at ? ` as of release ${at.number}` : '';
    if (format === 'native') {
      const files = writeDataset(output, dataset);
      console.log(
        `Exported ${dataset.entities.length} entities, ${dataset.relationships.length} relationships and ${dataset.sources.length} sources${asOfRelease}:\n` +
          files.map((file) => `  ${file}`).join('\n'),
      );
      return 0;
    }
    const { text, count } = EXCHANGE_FORMATS[format].render(dataset);
    if (output === '-') process.stdout.write(text);
    else fs.writeFileSync(output, text);
    console.error(`Exported ${count} (${EXCHANGE_FORMATS[format].label})${asOfRelease}${output === '-' ? '' : ` to ${output}`}.`);
    return 0;
  });
}

runCli(main);
