import { exportDataset, writeDataset } from '../dataset/export';
import { datasetAt } from '../releases/records-at';
import { resolveRelease } from '../releases/read';
import { runCli, withDatabase } from './run';

const USAGE = `Usage: npm run export -- [--release <n>] <folder>

Writes the whole graph (or the graph as it stood at release <n>) to <folder> as sources.yaml,
entities.yaml and relationships.yaml, in the native format that \`npm run import\` reads back.`;

async function main(argv: string[]) {
  const releaseAt = argv.indexOf('--release');
  const release = releaseAt >= 0 ? Number(argv[releaseAt + 1]) : null;
  const [folder, ...rest] = argv.filter((_, i) => releaseAt < 0 || (i !== releaseAt && i !== releaseAt + 1));
  if (!folder || rest.length > 0 || folder.startsWith('--') || (release !== null && !Number.isInteger(release))) {
    console.error(USAGE);
    return 2;
  }
  return withDatabase(async ({ database }) => {
    const at = release === null ? null : await resolveRelease(database, release);
    const dataset = at === null ? await exportDataset(database) : await datasetAt(database, at.number);
    const files = writeDataset(folder, dataset);
    console.log(
      `Exported ${dataset.entities.length} entities, ${dataset.relationships.length} relationships and ${dataset.sources.length} sources` +
        `${at ? ` as of release ${at.number}` : ''}:\n` +
        files.map((file) => `  ${file}`).join('\n'),
    );
    return 0;
  });
}

runCli(main);
