// scratch (not committed): the peer's neighbourhood query, run once through @neo4j/graphql with its debug output on.
import fs from 'node:fs';
import path from 'node:path';
import { graphql as run } from 'graphql';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4jDriver from 'neo4j-driver';
import { peerRelationshipFields } from './peer/fields';
const typeDefs = fs.readFileSync(path.join(__dirname, 'peer', 'typedefs.graphql'), 'utf8');
const relationshipFields = peerRelationshipFields(typeDefs);
const hop2Types = 'MEMBER_OF,OBSERVER_OF,PART_OF,HEADS,CHAIRS'.split(',');
const squash = (name: string) => name.toLowerCase().replaceAll('_', '');
const hop2Fields = relationshipFields.filter((field) => hop2Types.some((type) => [`${squash(type)}out`, `${squash(type)}in`].includes(squash(field))));
const peerRelationships = (properties: string, node: string, fields = relationshipFields) =>
  fields.map((field) => `${field}Connection { edges { properties { ${properties} } node { ${node} } } }`).join(' ');
const query = `query($id: ID!) { entities(where: { id: { eq: $id } }) { id name kind ${peerRelationships('id since until citationIds', `id name kind ${peerRelationships('id since until citationIds', 'id name kind', hop2Fields)}`, hop2Fields)} } }`;
async function main() {
  const password = fs.readFileSync('.orgraph/neo4j/bench-csto/password', 'utf8').trim();
  const driver = neo4jDriver.driver(`bolt://127.0.0.1:${process.argv[2] ?? '17890'}`, neo4jDriver.auth.basic('neo4j', password));
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const result = await run({ schema, source: query, variableValues: { id: 'csto' }, contextValue: {} });
  console.log('errors', JSON.stringify(result.errors ?? null), 'chars', JSON.stringify(result.data).length);
  await driver.close();
}
main();
