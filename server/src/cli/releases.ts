import type { PurgeModel } from '../releases/purge';
import { listReleases } from '../releases/read';
import { runCli, withDatabase } from './run';

const USAGE = `Usage: npm run releases -- [--first <n>]

Lists the releases of the graph, newest first (default: the last 20): number, when, who, what it came
from, how many records it added, changed and retired, and its summary; then the purges, with their reasons.`;

async function main(argv: string[]) {
  if (argv.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  const firstAt = argv.indexOf('--first');
  const first = firstAt >= 0 ? Number(argv[firstAt + 1]) : 20;
  if (!Number.isInteger(first) || first < 1 || first > 100 || argv.length !== (firstAt >= 0 ? 2 : 0)) {
    console.error(USAGE);
    return 2;
  }
  return withDatabase(async ({ database }) => {
    const page = await listReleases(database, { first });
    if (page.edges.length === 0) console.log('No releases yet: the graph has never been written.');
    for (const { node } of page.edges) {
      console.log(
        `${String(node.number).padStart(5)}  ${node.committedAt}  ${node.author}  +${node.added} ~${node.changed} -${node.retired}  ${node.summary}${node.origin ? `  (${node.origin})` : ''}`,
      );
    }
    if (page.pageInfo.hasNextPage) console.log(`… ${page.totalCount - page.edges.length} older releases (--first up to 100)`);
    const purges = await database.read<{ purge: PurgeModel }>('releases/purges');
    if (purges.length > 0) console.log('\nPurged from every release:');
    for (const { purge } of purges) console.log(`  ${purge.at}  ${purge.author}  ${purge.record.toLowerCase()} ${purge.id}: ${purge.reason}`);
    return 0;
  });
}

runCli(main);
