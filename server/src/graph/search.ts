import { UserInputError } from '../errors';
import type { EntityConnectionModel } from '../model/records';
import { offsetAfter, offsetPage, pageSize } from './arguments';
import type { Reader } from './reader';
import { entitySelectionParams, toEntity, WHOLE_ENTITY, type EntitySelection, type RawEntity } from './records';
import { lucenePhrase, searchQuery } from './search-query';
import { sameVersion, type SearchVocabularies } from './search-vocabularies';
import type { Vocabulary } from './search-vocabulary';
import { patchToRelease } from '../releases/at-release';
import { releaseArg } from '../releases/read';


/**
 * The statement and parameters of one search, one index query in one round trip: today's names, or the
 * names as they were at an older release. Null when the text has no word to search for. With the
 * index's vocabulary (today's names only) the typos are plain terms, without it Lucene's fuzzy terms.
 */
export function searchStatement(
  args: { text: string; kinds?: readonly string[] | null },
  page: { offset: number; first: number },
  release: number | null,
  selection: EntitySelection = WHOLE_ENTITY,
  vocabulary: Vocabulary | null = null,
) {
  const query = searchQuery(args.text, release === null ? vocabulary : null);
  if (query === null) return null;
  const exact = args.text.trim().toLocaleLowerCase();
  const params = {
    query,
    exact,
    kinds: args.kinds ?? null,
    ...page,
    ...entitySelectionParams(selection),
  };
  // Today's statement finds the exact matches by a phrase query of their own (search.cypher says why).
  return release === null
    ? { name: 'queries/search' as const, params: { ...params, phrase: lucenePhrase(exact) } }
    : { name: 'queries/search-at-release' as const, params: { ...params, release } };
}

export async function searchEntities(
  db: Reader,
  args: { text: string; kinds?: readonly string[] | null; first?: number | null; after?: string | null; release?: number | null },
  selection: EntitySelection = WHOLE_ENTITY,
  vocabularies?: SearchVocabularies,
): Promise<EntityConnectionModel> {
  if (args.text.length > 200) throw new UserInputError('text must be at most 200 characters', 'text');
  const first = pageSize(args.first, { default: 20, max: 100 });
  const offset = offsetAfter(args.after);
  const release = await releaseArg(db, args.release);
  type Row = { totalCount: number; hits: Array<{ score: number; entity: RawEntity }>; latest?: number; edits?: number };
  // Today's names: the typos are expanded with the vocabulary of the index (read on the first search),
  // and if the search finds the graph at another version than the vocabulary's, once more with the
  // vocabulary read again, so a name a release added is found by its typos right after the release.
  const useVocabulary = release === null && vocabularies !== undefined;
  let known = useVocabulary ? await vocabularies.current(db) : null;
  let statement = searchStatement(args, { offset, first }, release, selection, known?.vocabulary);
  if (statement === null) return offsetPage([], 0, 0);
  let [row] = await db.read<Row>(statement.name, statement.params);
  const found = { latest: row!.latest ?? 0, edits: row!.edits ?? 0 };
  if (useVocabulary && known && !sameVersion(known.version, found)) {
    known = await vocabularies.at(db, found);
    statement = searchStatement(args, { offset, first }, release, selection, known.vocabulary)!;
    [row] = await db.read<Row>(statement.name, statement.params);
  }
  // At an older release the hits were found by their names then; their other values are patched in
  // when selected (id, kind and name come with the version the search matched).
  if (selection.details || selection.citations) await patchToRelease(db, release, row!.hits.map((hit) => hit.entity));
  // Their relationships are read at that release too.
  if (release !== null) for (const hit of row!.hits) hit.entity.release = release;
  return offsetPage(
    row!.hits.map((hit) => ({ node: toEntity(hit.entity), score: hit.score })),
    offset,
    row!.totalCount,
  );
}
