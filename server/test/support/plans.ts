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
