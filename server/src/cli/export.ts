import { exportDataset, writeDataset } from '../dataset/export';
import { runCli, withDatabase } from './run';

const USAGE = `Usage: npm run export -- <folder>

Writes the whole graph to <folder> as sources.yaml, entities.yaml and relationships.yaml, in the
native format that \`npm run import\` reads back.`;

async function main(argv: string[]) {
  const [folder, ...rest] = argv;
  if (!folder || rest.length > 0 || folder.startsWith('--')) {
    console.error(USAGE);
    return 2;
  }
  return withDatabase(async ({ database }) => {
    const dataset = await exportDataset(database);
    const files = writeDataset(folder, dataset);
    console.log(
      `Exported ${dataset.entities.length} entities, ${dataset.relationships.length} relationships and ${dataset.sources.length} sources:\n` +
        files.map((file) => `  ${file}`).join('\n'),
    );
    return 0;
  });
}

runCli(main);
