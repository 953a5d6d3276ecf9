import type { Reader } from './reader';
import { Vocabulary, VocabularyTooLarge, type NamedValues } from './search-vocabulary';

/** A graph version as the release head gives it (cypher/releases/version.cypher). */
export interface HeadVersion {
  latest: number;
  edits: number;
}

export const sameVersion = (a: HeadVersion, b: HeadVersion) => a.latest === b.latest && a.edits === b.edits;

/**
 * The vocabulary of the entity_names index at one graph version, kept per database: read on the
 * first search, and again when a search finds the release head moved (a release, a purge, a restore).
 * Requests that find it stale at once share one read. Null vocabulary: too many words to keep, and
 * search uses Lucene's fuzzy terms.
 */
export class SearchVocabularies {
  private loaded: { version: HeadVersion; vocabulary: Vocabulary | null } | null = null;
  private loading: Promise<{ version: HeadVersion; vocabulary: Vocabulary | null }> | null = null;

  /** The vocabulary to build a search with: the one kept, or, on the first search, one read now. */
  async current(db: Reader) {
    return this.loaded ?? (await this.load(db));
  }

  /** The vocabulary for a search that found the head at `version`: the one kept if it is of it, else one read again. */
  async at(db: Reader, version: HeadVersion) {
    if (this.loaded && sameVersion(this.loaded.version, version)) return this.loaded;
    return this.load(db);
  }

  private load(db: Reader) {
    if (!this.loading) {
      this.loading = (async () => {
        try {
          const [row] = await db.read<HeadVersion & { names: NamedValues }>('queries/search-vocabulary');
          const version = { latest: row?.latest ?? 0, edits: row?.edits ?? 0 };
          this.loaded = { version, vocabulary: await vocabularyOf(row?.names ?? []) };
          return this.loaded;
        } finally {
          this.loading = null;
        }
      })();
    }
    return this.loading;
  }
}

async function vocabularyOf(names: NamedValues): Promise<Vocabulary | null> {
  try {
    return await Vocabulary.of(names);
  } catch (error) {
    if (error instanceof VocabularyTooLarge) return null;
    throw error;
  }
}

const perDatabase = new WeakMap<object, SearchVocabularies>();

/** The vocabularies kept for one database (the server's connection), made on first use. */
export function vocabulariesOf(database: object): SearchVocabularies {
  let vocabularies = perDatabase.get(database);
  if (!vocabularies) perDatabase.set(database, (vocabularies = new SearchVocabularies()));
  return vocabularies;
}
