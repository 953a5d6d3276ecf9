import type { EntityModel } from '../model/records';
import { identifierIndexQuery, identifierKey, identifierProblem, type Identifier } from '../model/identifiers';
import { UserInputError } from '../errors';
import type { Transaction } from '../neo4j/database';
import { entitiesById } from './entities';
import type { Reader } from './reader';

/** A reader outside a transaction, or the importer's transaction (which must see its own lock's view). */
type Runner = Reader | Transaction;
const run = (db: Runner, params: Record<string, unknown>) =>
  ('read' in db ? db.read<{ key: string; id: string }>('queries/entities-by-identifier', params) : db.run<{ key: string; id: string }>('queries/entities-by-identifier', params));

/** Which current entities hold each identifier ("wikidata:Q7159" to entity ids): one indexed statement for any number. */
export async function identifierHolders(db: Runner, identifiers: readonly Identifier[]): Promise<Map<string, string[]>> {
  const lookups = [...new Map(identifiers.map((identifier) => [identifierKey(identifier), identifierIndexQuery(identifier)])).entries()].map(([key, query]) => ({ key, query }));
  if (lookups.length === 0) return new Map();
  const holders = new Map<string, string[]>();
  for (const row of await run(db, { lookups })) holders.set(row.key, [...(holders.get(row.key) ?? []), row.id]);
  return holders;
}

/** The entity an identifier names (entityByIdentifier), or null; a malformed identifier is a user error. */
export async function entityByIdentifier(db: Reader, identifier: Identifier): Promise<EntityModel | null> {
  const problem = identifierProblem(identifier);
  if (problem) throw new UserInputError(problem, problem.startsWith('scheme') ? 'scheme' : 'value');
  const [id] = (await identifierHolders(db, [identifier])).get(identifierKey(identifier)) ?? [];
  return id ? ((await entitiesById(db, [id])).get(id) ?? null) : null;
}
