import { Kind, parse, type ObjectTypeDefinitionNode } from 'graphql';

/** The names of Entity's @relationship fields in the peer's type definitions (all relationship types, both directions). */
export function peerRelationshipFields(typeDefs: string): string[] {
  const entity = parse(typeDefs).definitions.find(
    (definition): definition is ObjectTypeDefinitionNode => definition.kind === Kind.OBJECT_TYPE_DEFINITION && definition.name.value === 'Entity',
  );
  if (!entity) throw new Error('bench/peer/typedefs.graphql: no type Entity');
  return (entity.fields ?? []).filter((field) => field.directives?.some((directive) => directive.name.value === 'relationship')).map((field) => field.name.value);
}
