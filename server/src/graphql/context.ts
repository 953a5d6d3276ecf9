import type { WikidataConfig } from '../interchange/wikidata/config';
import DataLoader from 'dataloader';
import type { RecordShape } from 'neo4j-driver';
import type { StatementName } from '../cypher/registry';
import { offsetPage } from '../graph/arguments';
import { entitiesById } from '../graph/entities';
import type { EntitySelection } from '../graph/records';
import type { Reader } from '../graph/reader';
import { ALL_OF_RELATIONSHIPS, entitiesWithRelationships, relationshipsOfMany, type RelationshipSelection, type RelationshipsArgs } from '../graph/relationships';
import type { EntityModel, RelationshipConnectionModel } from '../model/records';
import type { Database } from '../neo4j/database';
import type { Access } from '../http/auth';
import type { EntityWithRelationships } from './prefetch';
import { createSourceLoaders, type SourceLoaders } from '../sources/loaders';
import { historyOf, releaseArg, releasesByNumber, type ReleaseModel, type VersionModel } from '../releases/read';

/** Counts the statements one request sends, so the response can report it and tests can bound it. */
export class CountingReader implements Reader {
  statements = 0;
  constructor(private readonly db: Database) {}

  read<T extends RecordShape = RecordShape>(name: StatementName, params?: Record<string, unknown>): Promise<T[]> {
    this.statements += 1;
    return this.db.read<T>(name, params);
  }
}

export interface RequestContext {
  /** What the request's credential allows (see server/src/http/auth.ts). */
  access: Access;
  invalidKey: boolean;
  db: CountingReader;
  database: Database;
  /** Entities by id, batched across the whole request. */
  entity: DataLoader<string, EntityModel | null>;
  /** Entities by id read as far as a query selects them, batched per selection. */
  entitySelected(selection: EntitySelection): DataLoader<string, EntityModel | null>;
  /** Entity.relationships, batched per distinct set of arguments and of selected citations. */
  relationships(args: RelationshipsArgs, selection?: RelationshipSelection): DataLoader<EntityModel, RelationshipConnectionModel>;
  /**
   * Entities by id read together with one page of their relationships (one statement per batch), the
   * pages primed into `relationships(plan.args, plan.relationships)` for Entity.relationships to find.
   */
  entityWithRelationships(plan: EntityWithRelationships): DataLoader<string, EntityModel | null>;
  /** Sources' texts, mentions and proposals. */
  sources: SourceLoaders;
  /** The name of the editor key (the author of the releases this request writes). */
  editor?: string;
  /** A `release` argument checked once per request (null: the latest). */
  releaseArg(release: number | null | undefined): Promise<number | null>;
  /** Entity.history and Relationship.history by record key, batched. */
  history: DataLoader<string, VersionModel[]>;
  release: DataLoader<number, ReleaseModel | null>;
  /** Where the Wikidata import reads (the server's WIKIDATA_* settings). */
  wikidata?: WikidataConfig;
}

export function createContext(database: Database, credential: { access: Access; invalidKey: boolean; editor?: string }, wikidata?: WikidataConfig): RequestContext {
  const db = new CountingReader(database);
  const relationshipLoaders = new Map<string, DataLoader<EntityModel, RelationshipConnectionModel>>();
  const entityLoader = (selection?: EntitySelection) =>
    new DataLoader<string, EntityModel | null>(async (ids) => {
      const found = await entitiesById(db, ids, null, selection);
      return ids.map((id) => found.get(id) ?? null);
    });
  const entity = entityLoader();
  const selectedLoaders = new Map<string, DataLoader<string, EntityModel | null>>();
  const withRelationshipsLoaders = new Map<string, DataLoader<string, EntityModel | null>>();
  const releases = new Map<number, Promise<number | null>>();
  const context: RequestContext = {
    ...credential,
    ...(wikidata ? { wikidata } : {}),
    db,
    database,
    sources: createSourceLoaders(db),
    releaseArg(release) {
      if (release === null || release === undefined) return Promise.resolve(null);
      if (!releases.has(release)) releases.set(release, releaseArg(db, release));
      return releases.get(release)!;
    },
    history: new DataLoader(async (keys) => {
      const found = await historyOf(db, keys);
      return keys.map((key) => found.get(key) ?? []);
    }),
    release: new DataLoader(async (numbers) => {
      const found = await releasesByNumber(db, numbers);
      return numbers.map((number) => found.get(number) ?? null);
    }),
    entity,
    entitySelected(selection) {
      if (selection.details && selection.citations && selection.citationDetails !== false) return entity;
      const key = JSON.stringify(selection);
      if (!selectedLoaders.has(key)) selectedLoaders.set(key, entityLoader(selection));
      return selectedLoaders.get(key)!;
    },
    relationships(args, selection = ALL_OF_RELATIONSHIPS) {
      const key = JSON.stringify([args.types ?? null, args.direction ?? 'BOTH', args.asOf ?? null, args.first ?? null, args.after ?? null, args.release ?? null, selection]);
      let loader = relationshipLoaders.get(key);
      if (!loader) {
        loader = new DataLoader(
          async (entities) => {
            const found = await relationshipsOfMany(db, entities, args, selection);
            return entities.map((entity) => found.get(entity.id) ?? offsetPage([], 0, 0));
          },
          { cacheKeyFn: (entity) => entity.id },
        );
        relationshipLoaders.set(key, loader);
      }
      return loader;
    },
    entityWithRelationships(plan) {
      const key = JSON.stringify(plan);
      let loader = withRelationshipsLoaders.get(key);
      if (!loader) {
        loader = new DataLoader(async (ids) => {
          const found = await entitiesWithRelationships(db, ids, plan.entity, plan.args, plan.relationships);
          const relationships = context.relationships(plan.args, plan.relationships);
          for (const { entity, relationships: page } of found.values()) relationships.prime(entity, page);
          return ids.map((id) => found.get(id)?.entity ?? null);
        });
        withRelationshipsLoaders.set(key, loader);
      }
      return loader;
    },
  };
  return context;
}
