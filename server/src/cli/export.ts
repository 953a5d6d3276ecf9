import { loadConfig } from '../config';
import { exportDataset, writeDataset } from '../dataset/export';
import { connect } from '../neo4j/connect';

const USAGE = `Usage: npm run export -- <folder>

Writes the whole graph to <folder> as sources.yaml, entities.yaml and relationships.yaml, in the
native format that \`npm run import\` reads back.`;

async function main(argv: string[]) {
  const [folder, ...rest] = argv;
  if (!folder || rest.length > 0 || folder.startsWith('--')) {
    console.error(USAGE);
    return 2;
  }
  const connection = await connect(loadConfig(), { instanceName: 'dev', attach: true, log: (text) => console.error(text) });
  try {
    const dataset = await exportDataset(connection.database);
    const files = writeDataset(folder, dataset);
    console.log(
      `Exported ${dataset.entities.length} entities, ${dataset.relationships.length} relationships and ${dataset.sources.length} sources:\n` +
        files.map((file) => `  ${file}`).join('\n'),
    );
    return 0;
  } finally {
    await connection.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
