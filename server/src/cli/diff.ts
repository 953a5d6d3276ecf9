import { UserInputError } from '../errors';
import { diffLines, netDiff } from '../releases/diff';
import { changesBetween } from '../releases/read';
import { runCli, withDatabase } from './run';

const USAGE = `Usage: npm run diff -- <from release> [<to release>]

What changed in the graph between two releases (to: default the latest): one line per record added (+),
changed (~, with the fields that changed) or retired (-).`;

async function main(argv: string[]) {
  const numbers = argv.map(Number);
  if (argv.includes('--help') || argv.length < 1 || argv.length > 2 || numbers.some((n) => !Number.isInteger(n))) {
    console.error(USAGE);
    return argv.includes('--help') ? 0 : 2;
  }
  return withDatabase(async ({ database }) => {
    const changes = await changesBetween(database, numbers[0]!, numbers[1] ?? null).catch((error: unknown) => {
      if (error instanceof UserInputError) return error;
      throw error;
    });
    if (changes instanceof UserInputError) {
      console.error(changes.message);
      return 1;
    }
    const lines = diffLines(netDiff(changes));
    console.log(lines.length > 0 ? lines.join('\n') : 'No difference.');
    return 0;
  });
}

runCli(main);
