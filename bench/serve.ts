/**
 * `npm run bench:serve -- [--size csto|10k|100k|1m] [--port 4000] [--bolt-port 17787] [--cache off|on]`
 *
 * The bench graph of bench:api (instance bench-<size>, generated and loaded the first time, with its
 * second release) served by one Orgraph server until Ctrl-C, which stops the server and that Neo4j. For
 * comparing two checkouts with `npm run bench:ab`: run it in each (different ports), then point bench:ab
 * at both. The response cache is off unless `--cache on`, so every request is computed.
 */
import '../server/src/production-mode';
import { benchGraph, option } from './harness';

async function main() {
  const { ids, olderRelease, server, cacheOn, stop } = await benchGraph(option('size', 'csto'));
  const orgraph = await server(option('cache', 'off') === 'on' ? cacheOn() : null, Number(option('port', '4000'))).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  console.log(`Serving ${orgraph.url}/graphql (bench ids: ${JSON.stringify(ids)}, older release ${olderRelease}); Ctrl-C stops it and its Neo4j`);
  const shutdown = async () => {
    await orgraph.stop();
    await stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
