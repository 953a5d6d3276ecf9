import { UserInputError } from '../errors';
import type { EntityConnectionModel } from '../model/records';
import { offsetAfter, offsetPage, pageSize } from './arguments';
import type { Reader } from './reader';
import { toEntity, type RawEntity } from './records';
import { luceneQuery } from './search-query';
import { patchToRelease } from '../releases/at-release';
import { releaseArg } from '../releases/read';

export async function searchEntities(
  db: Reader,
  args: { text: string; kinds?: readonly string[] | null; first?: number | null; after?: string | null; release?: number | null },
): Promise<EntityConnectionModel> {
  if (args.text.length > 200) throw new UserInputError('text must be at most 200 characters', 'text');
  const first = pageSize(args.first, { default: 20, max: 100 });
  const offset = offsetAfter(args.after);
  const release = await releaseArg(db, args.release);
  const query = luceneQuery(args.text, 'all');
  if (query === null) {
    return offsetPage([], 0, 0);
  }
  const run = async (lucene: string) => {
    const [found] = await db.read<{ totalCount: number; hits: Array<{ score: number; entity: RawEntity }> }>('queries/search', {
      query: lucene,
      exact: args.text.trim().toLocaleLowerCase(),
      kinds: args.kinds ?? null,
      offset,
      first,
      release,
    });
    return found!;
  };
  // Every word first; any word when that finds nothing (at most two statements).
  let row = await run(query);
  const anyWord = luceneQuery(args.text, 'any')!;
  if (row.totalCount === 0 && anyWord !== query) row = await run(anyWord);
  // At an older release: found by today's names, shown as they were then.
  const missing = await patchToRelease(db, release, row.hits.map((hit) => hit.entity));
  row.hits = row.hits.filter((hit) => !missing.has(hit.entity.id));
  return offsetPage(
    row.hits.map((hit) => ({ node: toEntity(hit.entity), score: hit.score })),
    offset,
    row.totalCount,
  );
}
