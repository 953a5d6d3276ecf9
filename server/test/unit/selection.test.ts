import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { entitySelection, relationshipSelection, selects, subgraphSelection } from '../../src/graphql/selection';

/** The resolver's view of its field: the top-level field of the query's operation, and the fragments. */
function infoOf(query: string) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
}

describe('what a query selects', () => {
  it('follows a path of fields, through fragments and inline fragments', () => {
    const info = infoOf(`{ search(text: "x") { edges { node { id ...More ... on Organization { description } } } } }
      fragment More on Entity { citations { quote } }`);
    expect(selects(info, ['edges', 'node', 'citations'])).toBe(true);
    expect(selects(info, ['edges', 'node', 'description'])).toBe(true);
    expect(selects(info, ['edges', 'node', 'aliases'])).toBe(false);
    expect(selects(info, ['pageInfo'])).toBe(false);
  });

  it('asks for id, kind and name only when that is all an entity selects', () => {
    expect(entitySelection(infoOf('{ search(text: "x") { totalCount edges { score node { __typename id name kind } } } }'), ['edges', 'node'])).toEqual({ details: false, citations: false, citationDetails: false });
    expect(entitySelection(infoOf('{ search(text: "x") { edges { node { id aliases { name } } } } }'), ['edges', 'node'])).toEqual({ details: true, citations: false, citationDetails: false });
    expect(entitySelection(infoOf('{ search(text: "x") { edges { node { id citations { quote } } } } }'), ['edges', 'node'])).toEqual({ details: true, citations: true, citationDetails: false });
    // The entity is one end of its relationships: it must have what they select of their ends.
    expect(entitySelection(infoOf('{ search(text: "x") { edges { node { id relationships { totalCount } } } } }'), ['edges', 'node'])).toEqual({ details: false, citations: false, citationDetails: false });
    expect(entitySelection(infoOf('{ search(text: "x") { edges { node { id relationships { edges { node { from { id } to { citations { quote } } } } } } } } }'), ['edges', 'node'])).toEqual({ details: true, citations: true, citationDetails: true });
    expect(entitySelection(infoOf('{ search(text: "x") { edges { node { id relationships { edges { node { from { start } } } } } } } }'), ['edges', 'node'])).toEqual({ details: true, citations: false, citationDetails: false });
  });

  it('reads citations without their details when only the quote and the source\'s id and title are asked', () => {
    const details = (query: string) => entitySelection(infoOf(query), []).citationDetails;
    expect(details('{ entity(id: "x") { id citations { quote source { title } } } }')).toBe(false);
    expect(details('{ entity(id: "x") { id citations { __typename source { __typename id title } } } }')).toBe(false);
    expect(details('{ entity(id: "x") { id citations { quote locator source { title } } } }')).toBe(true);
    expect(details('{ entity(id: "x") { id citations { claimedBy } } }')).toBe(true);
    expect(details('{ entity(id: "x") { id citations { source { title publisher } } } }')).toBe(true);
    expect(details('{ entity(id: "x") { id citations { ...C } } } fragment C on Citation { source { ... on Source { url } } }')).toBe(true);
    expect(details('{ entity(id: "x") { id name } }')).toBe(false);
  });

  it('tells the relationships\' own citations from their ends\' values and citations', () => {
    const own = infoOf('{ relationships { edges { node { id citations { quote } from { name } } } } }');
    expect(relationshipSelection(own, ['edges', 'node'])).toEqual({ citations: true, endDetails: false, endCitations: false });
    const ends = infoOf('{ relationships { edges { node { id to { citations { quote } } } } } }');
    expect(relationshipSelection(ends, ['edges', 'node'])).toEqual({ citations: false, endDetails: true, endCitations: true });
    const described = infoOf('{ relationships { edges { node { id from { id } to { description } } } } }');
    expect(relationshipSelection(described, ['edges', 'node'])).toEqual({ citations: false, endDetails: true, endCitations: false });
    // Whether a relationship held on a date depends on its ends' start and end.
    const holds = infoOf('{ relationships(asOf: "2000") { edges { node { id holds from { id } } } } }');
    expect(relationshipSelection(holds, ['edges', 'node'])).toEqual({ citations: false, endDetails: true, endCitations: false });
  });

  it('gives a subgraph\'s nodes what its edges select of their ends', () => {
    const lean = infoOf('{ neighbourhood(id: "x") { nodes { id name kind } edges { id from { id } to { id } citations { source { title } } } } }');
    expect(subgraphSelection(lean)).toEqual({ nodeDetails: false, nodeCitations: false, edgeDetails: false, edgeCitations: true, edgeCitationQuotes: false, edgeCitationDetails: false });
    const ends = infoOf('{ neighbourhood(id: "x") { nodes { id } edges { from { description citations { quote } } } } }');
    expect(subgraphSelection(ends)).toEqual({ nodeDetails: true, nodeCitations: true, edgeDetails: false, edgeCitations: false, edgeCitationQuotes: false, edgeCitationDetails: false });
  });

  it('tells which of a subgraph\'s relationship values and citation parts are selected', () => {
    const part = (edges: string, fragments = '') => {
      const { edgeDetails, edgeCitationQuotes, edgeCitationDetails } = subgraphSelection(infoOf(`{ neighbourhood(id: "x") { edges { ${edges} } } } ${fragments}`));
      return { edgeDetails, edgeCitationQuotes, edgeCitationDetails };
    };
    expect(part('id type since until attested holds history { release } citations { source { id title } }')).toEqual({ edgeDetails: false, edgeCitationQuotes: false, edgeCitationDetails: false });
    expect(part('...R', 'fragment R on Relationship { status }')).toEqual({ edgeDetails: true, edgeCitationQuotes: false, edgeCitationDetails: false });
    expect(part('role')).toEqual({ edgeDetails: true, edgeCitationQuotes: false, edgeCitationDetails: false });
    expect(part('note')).toEqual({ edgeDetails: true, edgeCitationQuotes: false, edgeCitationDetails: false });
    expect(part('citations { quote source { title } }')).toEqual({ edgeDetails: false, edgeCitationQuotes: true, edgeCitationDetails: false });
    expect(part('citations { locator }')).toEqual({ edgeDetails: false, edgeCitationQuotes: false, edgeCitationDetails: true });
    expect(part('citations { ... on Citation { source { url } } }')).toEqual({ edgeDetails: false, edgeCitationQuotes: false, edgeCitationDetails: true });
  });

  it('does not loop on a fragment that spreads itself', () => {
    const info = infoOf('{ search(text: "x") { edges { node { ...A } } } } fragment A on Entity { id ...A }');
    expect(selects(info, ['edges', 'node', 'id'])).toBe(true);
    expect(selects(info, ['edges', 'node', 'citations'])).toBe(false);
  });
});
