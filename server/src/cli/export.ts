import fs from 'node:fs';
import { exportDataset, writeDataset } from '../dataset/export';
import { EXCHANGE_FORMATS, isExchangeFormat } from '../interchange/formats';
import { runCli, withDatabase } from './run';

const USAGE = `Usage: npm run export -- <folder>
       npm run export -- --format ftm <file.ftm.json>
       npm run export -- --format popolo <file.popolo.json>

Without --format (or with --format native), writes the whole graph to <folder> as sources.yaml,
entities.yaml and relationships.yaml, the native format that \`npm run import\` reads back.
--format ftm writes FollowTheMoney entities as JSON lines; --format popolo a Popolo JSON document.
A file of "-" writes to standard output.`;

/** [format, output] from the arguments, or null when they are not understood. */
function parseArguments(argv: string[]): [string, string] | null {
  let format = 'native';
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--format') format = argv[++i] ?? '';
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else rest.push(arg);
  }
  return rest.length === 1 && !rest[0]!.startsWith('--') ? [format, rest[0]!] : null;
}

async function main(argv: string[]) {
  const parsed = parseArguments(argv);
  if (!parsed) {
    console.error(USAGE);
    return 2;
  }
  const [format, output] = parsed;
  if (format !== 'native' && !isExchangeFormat(format)) {
    console.error(`Unknown export format "${format}": use native, ${Object.keys(EXCHANGE_FORMATS).join(' or ')}.\n\n${USAGE}`);
    return 2;
  }
  return withDatabase(async ({ database }) => {
    const dataset = await exportDataset(database);
    if (format === 'native') {
      const files = writeDataset(output, dataset);
      console.log(
        `Exported ${dataset.entities.length} entities, ${dataset.relationships.length} relationships and ${dataset.sources.length} sources:\n` +
          files.map((file) => `  ${file}`).join('\n'),
      );
      return 0;
    }
    const { text, count } = EXCHANGE_FORMATS[format].render(dataset);
    if (output === '-') process.stdout.write(text);
    else fs.writeFileSync(output, text);
    console.error(`Exported ${count} (${EXCHANGE_FORMATS[format].label})${output === '-' ? '' : ` to ${output}`}.`);
    return 0;
  });
}

runCli(main);
