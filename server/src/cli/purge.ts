import { NotFoundError, UserInputError } from '../errors';
import { cliAuthor } from '../releases/commit';
import { purge } from '../releases/purge';
import { runCli, withDatabase } from './run';

const USAGE = `Usage: npm run purge -- <id> --reason "<why>"

Removes an entity (with all its relationships) or a relationship from every release of the graph, for
legal reasons. It cannot be undone; the removal is recorded with its reason, time and author. Only
this command purges: the API retires records, which older releases keep.`;

async function main(argv: string[]) {
  const reasonAt = argv.indexOf('--reason');
  const reason = reasonAt >= 0 ? argv[reasonAt + 1] : undefined;
  const rest = argv.filter((_, i) => i !== reasonAt && i !== reasonAt + 1);
  if (argv.includes('--help') || rest.length !== 1 || reason === undefined || rest[0]!.startsWith('--')) {
    console.error(USAGE);
    return argv.includes('--help') ? 0 : 2;
  }
  return withDatabase(async ({ database }) => {
    const done = await purge(database, rest[0]!, reason, cliAuthor()).catch((error: unknown) => {
      if (error instanceof UserInputError || error instanceof NotFoundError) return error;
      throw error;
    });
    if (done instanceof Error) {
      console.error(done.message);
      return 1;
    }
    console.log(
      `Purged ${done.record.toLowerCase()} ${done.id} from every release` +
        (done.relationships.length && done.record === 'ENTITY' ? `, with ${done.relationships.length} relationships` : '') +
        `; ${done.changesRemoved} change records removed. Recorded: ${done.at} by ${done.author}, reason: ${done.reason}`,
    );
    return 0;
  });
}

runCli(main);
