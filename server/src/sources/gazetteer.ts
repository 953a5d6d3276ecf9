import { buildGazetteer } from '../ingest/extract';
import type { Gazetteer } from '../ingest/types';
import type { Reader } from '../graph/reader';
import { latestRelease } from '../releases/read';
import { gazetteerEntries } from './store';

/**
 * The gazetteer of the graph's names, built once per release: every write is a release, so the names
 * cannot change between two releases, and building it costs seconds at 100k entities. One cache per
 * database connection (the tests run several). A purge (command line, no release) reaches a running
 * server's cache at the next release.
 */
const built = new WeakMap<Reader, { release: number; gazetteer: Gazetteer }>();

export async function gazetteerAtLatest(db: Reader): Promise<Gazetteer> {
  const release = await latestRelease(db);
  const cached = built.get(db);
  if (cached?.release === release) return cached.gazetteer;
  const gazetteer = buildGazetteer(await gazetteerEntries(db));
  built.set(db, { release, gazetteer });
  return gazetteer;
}
