import type { CommittedRelease } from '../neo4j/database';
import type { Reader } from './reader';
import { Vocabulary, VocabularyTooLarge, type NamedValues } from './search-vocabulary';

/** A graph version as the release head gives it (cypher/releases/version.cypher). */
export interface HeadVersion {
  latest: number;
  edits: number;
}

export const sameVersion = (a: HeadVersion, b: HeadVersion) => a.latest === b.latest && a.edits === b.edits;

/** The release head as the vocabulary statements read it: with the edits count of the last rewind (a restore, a reset). */
export interface VocabularyHead extends HeadVersion {
  rewoundAt: number;
}

/**
 * Whether a vocabulary read at `known` becomes the vocabulary at `head` by adding the names of the
 * releases after `known.latest`: only if the history went on from it. A restore or a reset rewinds
 * it (marked on the head with the edits count it left, which is past every count seen before), and a
 * head behind the one known (a restore made without `npm run restore`) is another history too.
 */
export function continuesFrom(known: HeadVersion, head: VocabularyHead): boolean {
  return head.latest >= known.latest && head.edits >= known.edits && head.rewoundAt <= known.edits;
}

interface Kept {
  version: HeadVersion;
  vocabulary: Vocabulary | null;
}

/** How a vocabulary came to its version: read whole, caught up with the releases after it, or told of one by this process. */
export type VocabularyUpdate = 'full' | 'since' | 'own';

/**
 * The vocabulary of the entity_names index at one graph version, kept per database: read in full on
 * the first search, then kept up to date with what releases add, never read in full again unless the
 * history is rewound:
 * - a release this process commits tells it its names (Database.onRelease), added without a read;
 * - a search that finds the head moved otherwise (another process's release, a purge, a rejection)
 *   reads only the names of the entity versions of the releases since the vocabulary's
 *   (`queries/search-vocabulary-since`); requests that find it stale at once share one read.
 * Retired, renamed and purged names keep their words: a stale word only widens a typo's expansion to a
 * term that matches no document, which changes no hit, count or score; dropping it would need a count
 * of the names holding each word. Null vocabulary: too many words to keep, and search uses Lucene's
 * fuzzy terms (read in full at each version, as it may have shrunk).
 */
export class SearchVocabularies {
  private loaded: Kept | null = null;
  private loading: Promise<Kept> | null = null;
  /** How many times the vocabulary was brought to a new version, by how (what /metrics and the tests read). */
  readonly updates: Record<VocabularyUpdate, number> = { full: 0, since: 0, own: 0 };

  /** The vocabulary to build a search with: the one kept, or, on the first search, one read now. */
  async current(db: Reader) {
    return this.loaded ?? (await this.load(db));
  }

  /** The vocabulary for a search that found the head at `version`: the one kept if it is of it, else one brought to the head. */
  async at(db: Reader, version: HeadVersion) {
    if (this.loaded && sameVersion(this.loaded.version, version)) return this.loaded;
    return this.load(db);
  }

  /**
   * A release committed by this process: its names are added at once. If the vocabulary was at the
   * version the release followed, it is now at the release's; otherwise (behind, or a read in flight)
   * the words are added all the same and the next search catches up from the version it has.
   */
  released(release: CommittedRelease): void {
    const kept = this.loaded;
    if (!kept?.vocabulary) return;
    try {
      kept.vocabulary.add(release.names);
    } catch (error) {
      if (!(error instanceof VocabularyTooLarge)) throw error;
      this.loaded = { version: kept.version, vocabulary: null };
      return;
    }
    if (sameVersion(kept.version, { latest: release.number - 1, edits: release.edits })) {
      this.loaded = { version: { latest: release.number, edits: release.edits }, vocabulary: kept.vocabulary };
      this.updates.own += 1;
    }
  }

  private load(db: Reader) {
    if (!this.loading) {
      const kept = this.loaded;
      this.loading = (async () => {
        try {
          this.loaded = kept?.vocabulary ? await this.catchUp(db, kept.version, kept.vocabulary) : await this.readAll(db);
          return this.loaded;
        } finally {
          this.loading = null;
        }
      })();
    }
    return this.loading;
  }

  private async readAll(db: Reader): Promise<Kept> {
    const [row] = await db.read<VocabularyHead & { names: NamedValues }>('queries/search-vocabulary');
    this.updates.full += 1;
    return { version: versionOf(row), vocabulary: await vocabularyOf(row?.names ?? []) };
  }

  private async catchUp(db: Reader, known: HeadVersion, vocabulary: Vocabulary): Promise<Kept> {
    const [row] = await db.read<VocabularyHead & { names: NamedValues }>('queries/search-vocabulary-since', { since: known.latest });
    if (!row || !continuesFrom(known, row)) return this.readAll(db);
    try {
      vocabulary.add(row.names);
    } catch (error) {
      if (error instanceof VocabularyTooLarge) return { version: versionOf(row), vocabulary: null };
      throw error;
    }
    this.updates.since += 1;
    return { version: versionOf(row), vocabulary };
  }
}

const versionOf = (row: Partial<HeadVersion> | undefined): HeadVersion => ({ latest: row?.latest ?? 0, edits: row?.edits ?? 0 });

async function vocabularyOf(names: NamedValues): Promise<Vocabulary | null> {
  try {
    return await Vocabulary.of(names);
  } catch (error) {
    if (error instanceof VocabularyTooLarge) return null;
    throw error;
  }
}

/** What the vocabularies listen to: the releases the database commits in this process. */
export interface ReleaseSource {
  onRelease(listener: (release: CommittedRelease) => void): void;
}

const perDatabase = new WeakMap<object, SearchVocabularies>();

/** The vocabularies kept for one database (the server's connection), made on first use and told of its releases. */
export function vocabulariesOf(database: ReleaseSource): SearchVocabularies {
  let vocabularies = perDatabase.get(database);
  if (!vocabularies) {
    const made = new SearchVocabularies();
    database.onRelease((release) => made.released(release));
    perDatabase.set(database, (vocabularies = made));
  }
  return vocabularies;
}
