import { cypher, type StatementName } from '../../src/cypher/registry';
import { cypherParams, type Database } from '../../src/neo4j/database';

interface Plan {
  operatorType: string;
  children: Plan[];
}

const operators = (plan: Plan): string[] => [plan.operatorType.replace(/@.*$/, ''), ...plan.children.flatMap(operators)];

/** The operators of a statement's plan (EXPLAIN: nothing runs), depth first. */
export async function planOf(db: Database, name: StatementName, params: Record<string, unknown>): Promise<string[]> {
  const result = await db.driver.executeQuery(`EXPLAIN ${cypher(name)}`, cypherParams(params), { database: db.database });
  return operators(result.summary.plan as unknown as Plan);
}

interface ProfiledPlan extends Plan {
  arguments: Record<string, unknown>;
  dbHits: number;
  rows: number;
  children: ProfiledPlan[];
}

export interface OperatorProfile {
  operator: string;
  details: string;
  dbHits: number;
  rows: number;
}

const profiled = (plan: ProfiledPlan): OperatorProfile[] => [
  { operator: plan.operatorType.replace(/@.*$/, ''), details: String(plan.arguments.Details ?? ''), dbHits: Number(plan.dbHits), rows: Number(plan.rows) },
  ...plan.children.flatMap(profiled),
];

/** Runs a statement under PROFILE and returns each operator with what it read (db hits) and produced (rows). */
export async function profileOf(db: Database, name: StatementName, params: Record<string, unknown>): Promise<OperatorProfile[]> {
  const result = await db.driver.executeQuery(`PROFILE ${cypher(name)}`, cypherParams(params), { database: db.database });
  return profiled(result.summary.profile as unknown as ProfiledPlan);
}
