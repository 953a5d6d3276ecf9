/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment EntityFields on Entity {\n    id\n    kind\n    name\n    description\n    start\n    end\n    aliases { name lang }\n    identifiers { scheme value url }\n    citations { ...CitationFields }\n  }\n": typeof types.EntityFieldsFragmentDoc,
    "\n  fragment CitationFields on Citation {\n    quote\n    locator\n    claimedBy\n    source { id title publisher url published }\n  }\n": typeof types.CitationFieldsFragmentDoc,
    "\n  fragment RelationshipFields on Relationship {\n    id\n    type\n    since\n    until\n    attested\n    status\n    role\n    note\n    from { id }\n    to { id }\n    citations { ...CitationFields }\n  }\n": typeof types.RelationshipFieldsFragmentDoc,
    "\n  query Neighbourhood($id: ID!, $depth: Int, $types: [String!], $limit: Int, $release: Int) {\n    neighbourhood(id: $id, depth: $depth, types: $types, limit: $limit, release: $release) {\n      truncated\n      nodes { ...EntityFields }\n      edges { ...RelationshipFields }\n    }\n  }\n": typeof types.NeighbourhoodDocument,
    "\n  query Search($text: String!, $first: Int, $release: Int) {\n    search(text: $text, first: $first, release: $release) {\n      totalCount\n      edges { score node { id kind name description } }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query RelationshipTypes($id: ID!, $release: Int) {\n    entity(id: $id, release: $release) {\n      id\n      relationships(first: 100) { totalCount edges { node { type } } }\n    }\n  }\n": typeof types.RelationshipTypesDocument,
    "\n  query Paths($from: ID!, $to: ID!, $asOf: PartialDate, $release: Int) {\n    paths(from: $from, to: $to, asOf: $asOf, release: $release) {\n      length\n      nodes { ...EntityFields }\n      steps { text relationships { ...RelationshipFields } }\n    }\n  }\n": typeof types.PathsDocument,
    "\n  query EntityRelations($id: ID!, $release: Int, $types: [String!]) {\n    entity(id: $id, release: $release) {\n      id\n      relationships(first: 100, types: $types) {\n        totalCount\n        edges { node { ...RelationshipFields from { ...EntityFields } to { ...EntityFields } } }\n      }\n    }\n  }\n": typeof types.EntityRelationsDocument,
    "\n  query RoleSearch($text: String!, $first: Int, $release: Int) {\n    roleSearch(text: $text, first: $first, release: $release) { ...RelationshipFields from { ...EntityFields } to { ...EntityFields } }\n  }\n": typeof types.RoleSearchDocument,
    "\n  fragment ReleaseFields on Release { number committedAt author summary origin added changed retired }\n": typeof types.ReleaseFieldsFragmentDoc,
    "\n  query Releases($first: Int, $after: String) {\n    releases(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...ReleaseFields } }\n    }\n  }\n": typeof types.ReleasesDocument,
    "\n  query Changes($since: Int!, $until: Int) {\n    changes(since: $since, until: $until) { release kind record id before after }\n  }\n": typeof types.ChangesDocument,
    "\n  fragment VersionFields on Version { release kind author committedAt values }\n": typeof types.VersionFieldsFragmentDoc,
    "\n  query EntityHistory($id: ID!, $release: Int) {\n    entity(id: $id, release: $release) { id history { ...VersionFields } }\n  }\n": typeof types.EntityHistoryDocument,
    "\n  query RelationshipHistory($from: ID!, $type: String!, $release: Int) {\n    entity(id: $from, release: $release) {\n      id\n      relationships(types: [$type], direction: OUT, first: 100) { edges { node { id history { ...VersionFields } } } }\n    }\n  }\n": typeof types.RelationshipHistoryDocument,
    "\n  mutation ImportFromWikidata($qid: ID!, $include: [WikidataPart!], $dryRun: Boolean) {\n    importFromWikidata(qid: $qid, include: $include, dryRun: $dryRun) {\n      qid\n      label\n      revision\n      dryRun\n      matches { qid by entityId url entity { id name } ambiguous }\n      proposals { ...ProposalFields }\n    }\n  }\n": typeof types.ImportFromWikidataDocument,
    "\n  fragment EntityChoiceFields on Entity {\n    id\n    name\n    kind\n    start\n    end\n  }\n": typeof types.EntityChoiceFieldsFragmentDoc,
    "\n  fragment ProposalFields on Proposal {\n    id\n    state\n    relation\n    type\n    fromText\n    toText\n    since\n    until\n    role\n    status\n    reason\n    origin\n    unreferenced\n    identifies { entityId value url }\n    decidedBy\n    decidedAt\n    from { ...EntityChoiceFields }\n    to { ...EntityChoiceFields }\n    fromNew { id kind name }\n    toNew { id kind name }\n    fromCandidates { ...EntityChoiceFields }\n    toCandidates { ...EntityChoiceFields }\n    evidence { quote prefix suffix paragraph source { id title } }\n    conflictsWith { id type since until role status from { id name } to { id name } }\n    relationship { id type since until from { id name } to { id name } citations { quote locator source { id title } } }\n  }\n": typeof types.ProposalFieldsFragmentDoc,
    "\n  query SourceReview($id: ID!) {\n    source(id: $id) {\n      id\n      title\n      publisher\n      published\n      paragraphs\n      mentions { text paragraph start end entity { id name kind } }\n      proposals { ...ProposalFields }\n    }\n  }\n": typeof types.SourceReviewDocument,
    "\n  query OpenProposals($first: Int, $after: String) {\n    proposals(state: OPEN, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...ProposalFields } }\n    }\n  }\n": typeof types.OpenProposalsDocument,
    "\n  mutation PreviewSource($source: SourceDocumentInput!) {\n    ingestSource(source: $source, dryRun: true) {\n      created\n      source { id title publisher published paragraphs }\n      mentions { text paragraph start end entity { id name kind } }\n      proposals { ...ProposalFields }\n    }\n  }\n": typeof types.PreviewSourceDocument,
    "\n  query EntityChoices($text: String!) {\n    search(text: $text, first: 8) {\n      edges { node { ...EntityChoiceFields } }\n    }\n  }\n": typeof types.EntityChoicesDocument,
    "\n  mutation Review($ids: [ID!]!, $decision: ReviewDecision!, $edits: [ProposalEditInput!], $reason: String, $author: String) {\n    reviewProposals(ids: $ids, decision: $decision, edits: $edits, reason: $reason, author: $author) {\n      release\n      proposals { ...ProposalFields }\n    }\n  }\n": typeof types.ReviewDocument,
    "\n  query MentionedIn($id: ID!, $release: Int) {\n    entity(id: $id, release: $release) {\n      id\n      mentions(first: 10) {\n        totalCount\n        edges { node { text sentence paragraph source { id title publisher published } } }\n      }\n    }\n  }\n": typeof types.MentionedInDocument,
    "\n  query RelationshipTypeNames {\n    relationshipTypes { type reads }\n  }\n": typeof types.RelationshipTypeNamesDocument,
};
const documents: Documents = {
    "\n  fragment EntityFields on Entity {\n    id\n    kind\n    name\n    description\n    start\n    end\n    aliases { name lang }\n    identifiers { scheme value url }\n    citations { ...CitationFields }\n  }\n": types.EntityFieldsFragmentDoc,
    "\n  fragment CitationFields on Citation {\n    quote\n    locator\n    claimedBy\n    source { id title publisher url published }\n  }\n": types.CitationFieldsFragmentDoc,
    "\n  fragment RelationshipFields on Relationship {\n    id\n    type\n    since\n    until\n    attested\n    status\n    role\n    note\n    from { id }\n    to { id }\n    citations { ...CitationFields }\n  }\n": types.RelationshipFieldsFragmentDoc,
    "\n  query Neighbourhood($id: ID!, $depth: Int, $types: [String!], $limit: Int, $release: Int) {\n    neighbourhood(id: $id, depth: $depth, types: $types, limit: $limit, release: $release) {\n      truncated\n      nodes { ...EntityFields }\n      edges { ...RelationshipFields }\n    }\n  }\n": types.NeighbourhoodDocument,
    "\n  query Search($text: String!, $first: Int, $release: Int) {\n    search(text: $text, first: $first, release: $release) {\n      totalCount\n      edges { score node { id kind name description } }\n    }\n  }\n": types.SearchDocument,
    "\n  query RelationshipTypes($id: ID!, $release: Int) {\n    entity(id: $id, release: $release) {\n      id\n      relationships(first: 100) { totalCount edges { node { type } } }\n    }\n  }\n": types.RelationshipTypesDocument,
    "\n  query Paths($from: ID!, $to: ID!, $asOf: PartialDate, $release: Int) {\n    paths(from: $from, to: $to, asOf: $asOf, release: $release) {\n      length\n      nodes { ...EntityFields }\n      steps { text relationships { ...RelationshipFields } }\n    }\n  }\n": types.PathsDocument,
    "\n  query EntityRelations($id: ID!, $release: Int, $types: [String!]) {\n    entity(id: $id, release: $release) {\n      id\n      relationships(first: 100, types: $types) {\n        totalCount\n        edges { node { ...RelationshipFields from { ...EntityFields } to { ...EntityFields } } }\n      }\n    }\n  }\n": types.EntityRelationsDocument,
    "\n  query RoleSearch($text: String!, $first: Int, $release: Int) {\n    roleSearch(text: $text, first: $first, release: $release) { ...RelationshipFields from { ...EntityFields } to { ...EntityFields } }\n  }\n": types.RoleSearchDocument,
    "\n  fragment ReleaseFields on Release { number committedAt author summary origin added changed retired }\n": types.ReleaseFieldsFragmentDoc,
    "\n  query Releases($first: Int, $after: String) {\n    releases(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...ReleaseFields } }\n    }\n  }\n": types.ReleasesDocument,
    "\n  query Changes($since: Int!, $until: Int) {\n    changes(since: $since, until: $until) { release kind record id before after }\n  }\n": types.ChangesDocument,
    "\n  fragment VersionFields on Version { release kind author committedAt values }\n": types.VersionFieldsFragmentDoc,
    "\n  query EntityHistory($id: ID!, $release: Int) {\n    entity(id: $id, release: $release) { id history { ...VersionFields } }\n  }\n": types.EntityHistoryDocument,
    "\n  query RelationshipHistory($from: ID!, $type: String!, $release: Int) {\n    entity(id: $from, release: $release) {\n      id\n      relationships(types: [$type], direction: OUT, first: 100) { edges { node { id history { ...VersionFields } } } }\n    }\n  }\n": types.RelationshipHistoryDocument,
    "\n  mutation ImportFromWikidata($qid: ID!, $include: [WikidataPart!], $dryRun: Boolean) {\n    importFromWikidata(qid: $qid, include: $include, dryRun: $dryRun) {\n      qid\n      label\n      revision\n      dryRun\n      matches { qid by entityId url entity { id name } ambiguous }\n      proposals { ...ProposalFields }\n    }\n  }\n": types.ImportFromWikidataDocument,
    "\n  fragment EntityChoiceFields on Entity {\n    id\n    name\n    kind\n    start\n    end\n  }\n": types.EntityChoiceFieldsFragmentDoc,
    "\n  fragment ProposalFields on Proposal {\n    id\n    state\n    relation\n    type\n    fromText\n    toText\n    since\n    until\n    role\n    status\n    reason\n    origin\n    unreferenced\n    identifies { entityId value url }\n    decidedBy\n    decidedAt\n    from { ...EntityChoiceFields }\n    to { ...EntityChoiceFields }\n    fromNew { id kind name }\n    toNew { id kind name }\n    fromCandidates { ...EntityChoiceFields }\n    toCandidates { ...EntityChoiceFields }\n    evidence { quote prefix suffix paragraph source { id title } }\n    conflictsWith { id type since until role status from { id name } to { id name } }\n    relationship { id type since until from { id name } to { id name } citations { quote locator source { id title } } }\n  }\n": types.ProposalFieldsFragmentDoc,
    "\n  query SourceReview($id: ID!) {\n    source(id: $id) {\n      id\n      title\n      publisher\n      published\n      paragraphs\n      mentions { text paragraph start end entity { id name kind } }\n      proposals { ...ProposalFields }\n    }\n  }\n": types.SourceReviewDocument,
    "\n  query OpenProposals($first: Int, $after: String) {\n    proposals(state: OPEN, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...ProposalFields } }\n    }\n  }\n": types.OpenProposalsDocument,
    "\n  mutation PreviewSource($source: SourceDocumentInput!) {\n    ingestSource(source: $source, dryRun: true) {\n      created\n      source { id title publisher published paragraphs }\n      mentions { text paragraph start end entity { id name kind } }\n      proposals { ...ProposalFields }\n    }\n  }\n": types.PreviewSourceDocument,
    "\n  query EntityChoices($text: String!) {\n    search(text: $text, first: 8) {\n      edges { node { ...EntityChoiceFields } }\n    }\n  }\n": types.EntityChoicesDocument,
    "\n  mutation Review($ids: [ID!]!, $decision: ReviewDecision!, $edits: [ProposalEditInput!], $reason: String, $author: String) {\n    reviewProposals(ids: $ids, decision: $decision, edits: $edits, reason: $reason, author: $author) {\n      release\n      proposals { ...ProposalFields }\n    }\n  }\n": types.ReviewDocument,
    "\n  query MentionedIn($id: ID!, $release: Int) {\n    entity(id: $id, release: $release) {\n      id\n      mentions(first: 10) {\n        totalCount\n        edges { node { text sentence paragraph source { id title publisher published } } }\n      }\n    }\n  }\n": types.MentionedInDocument,
    "\n  query RelationshipTypeNames {\n    relationshipTypes { type reads }\n  }\n": types.RelationshipTypeNamesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EntityFields on Entity {\n    id\n    kind\n    name\n    description\n    start\n    end\n    aliases { name lang }\n    identifiers { scheme value url }\n    citations { ...CitationFields }\n  }\n"): typeof import('./graphql').EntityFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CitationFields on Citation {\n    quote\n    locator\n    claimedBy\n    source { id title publisher url published }\n  }\n"): typeof import('./graphql').CitationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RelationshipFields on Relationship {\n    id\n    type\n    since\n    until\n    attested\n    status\n    role\n    note\n    from { id }\n    to { id }\n    citations { ...CitationFields }\n  }\n"): typeof import('./graphql').RelationshipFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Neighbourhood($id: ID!, $depth: Int, $types: [String!], $limit: Int, $release: Int) {\n    neighbourhood(id: $id, depth: $depth, types: $types, limit: $limit, release: $release) {\n      truncated\n      nodes { ...EntityFields }\n      edges { ...RelationshipFields }\n    }\n  }\n"): typeof import('./graphql').NeighbourhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($text: String!, $first: Int, $release: Int) {\n    search(text: $text, first: $first, release: $release) {\n      totalCount\n      edges { score node { id kind name description } }\n    }\n  }\n"): typeof import('./graphql').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelationshipTypes($id: ID!, $release: Int) {\n    entity(id: $id, release: $release) {\n      id\n      relationships(first: 100) { totalCount edges { node { type } } }\n    }\n  }\n"): typeof import('./graphql').RelationshipTypesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Paths($from: ID!, $to: ID!, $asOf: PartialDate, $release: Int) {\n    paths(from: $from, to: $to, asOf: $asOf, release: $release) {\n      length\n      nodes { ...EntityFields }\n      steps { text relationships { ...RelationshipFields } }\n    }\n  }\n"): typeof import('./graphql').PathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityRelations($id: ID!, $release: Int, $types: [String!]) {\n    entity(id: $id, release: $release) {\n      id\n      relationships(first: 100, types: $types) {\n        totalCount\n        edges { node { ...RelationshipFields from { ...EntityFields } to { ...EntityFields } } }\n      }\n    }\n  }\n"): typeof import('./graphql').EntityRelationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleSearch($text: String!, $first: Int, $release: Int) {\n    roleSearch(text: $text, first: $first, release: $release) { ...RelationshipFields from { ...EntityFields } to { ...EntityFields } }\n  }\n"): typeof import('./graphql').RoleSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReleaseFields on Release { number committedAt author summary origin added changed retired }\n"): typeof import('./graphql').ReleaseFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Releases($first: Int, $after: String) {\n    releases(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...ReleaseFields } }\n    }\n  }\n"): typeof import('./graphql').ReleasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Changes($since: Int!, $until: Int) {\n    changes(since: $since, until: $until) { release kind record id before after }\n  }\n"): typeof import('./graphql').ChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VersionFields on Version { release kind author committedAt values }\n"): typeof import('./graphql').VersionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityHistory($id: ID!, $release: Int) {\n    entity(id: $id, release: $release) { id history { ...VersionFields } }\n  }\n"): typeof import('./graphql').EntityHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelationshipHistory($from: ID!, $type: String!, $release: Int) {\n    entity(id: $from, release: $release) {\n      id\n      relationships(types: [$type], direction: OUT, first: 100) { edges { node { id history { ...VersionFields } } } }\n    }\n  }\n"): typeof import('./graphql').RelationshipHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportFromWikidata($qid: ID!, $include: [WikidataPart!], $dryRun: Boolean) {\n    importFromWikidata(qid: $qid, include: $include, dryRun: $dryRun) {\n      qid\n      label\n      revision\n      dryRun\n      matches { qid by entityId url entity { id name } ambiguous }\n      proposals { ...ProposalFields }\n    }\n  }\n"): typeof import('./graphql').ImportFromWikidataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EntityChoiceFields on Entity {\n    id\n    name\n    kind\n    start\n    end\n  }\n"): typeof import('./graphql').EntityChoiceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProposalFields on Proposal {\n    id\n    state\n    relation\n    type\n    fromText\n    toText\n    since\n    until\n    role\n    status\n    reason\n    origin\n    unreferenced\n    identifies { entityId value url }\n    decidedBy\n    decidedAt\n    from { ...EntityChoiceFields }\n    to { ...EntityChoiceFields }\n    fromNew { id kind name }\n    toNew { id kind name }\n    fromCandidates { ...EntityChoiceFields }\n    toCandidates { ...EntityChoiceFields }\n    evidence { quote prefix suffix paragraph source { id title } }\n    conflictsWith { id type since until role status from { id name } to { id name } }\n    relationship { id type since until from { id name } to { id name } citations { quote locator source { id title } } }\n  }\n"): typeof import('./graphql').ProposalFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SourceReview($id: ID!) {\n    source(id: $id) {\n      id\n      title\n      publisher\n      published\n      paragraphs\n      mentions { text paragraph start end entity { id name kind } }\n      proposals { ...ProposalFields }\n    }\n  }\n"): typeof import('./graphql').SourceReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenProposals($first: Int, $after: String) {\n    proposals(state: OPEN, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...ProposalFields } }\n    }\n  }\n"): typeof import('./graphql').OpenProposalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewSource($source: SourceDocumentInput!) {\n    ingestSource(source: $source, dryRun: true) {\n      created\n      source { id title publisher published paragraphs }\n      mentions { text paragraph start end entity { id name kind } }\n      proposals { ...ProposalFields }\n    }\n  }\n"): typeof import('./graphql').PreviewSourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EntityChoices($text: String!) {\n    search(text: $text, first: 8) {\n      edges { node { ...EntityChoiceFields } }\n    }\n  }\n"): typeof import('./graphql').EntityChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Review($ids: [ID!]!, $decision: ReviewDecision!, $edits: [ProposalEditInput!], $reason: String, $author: String) {\n    reviewProposals(ids: $ids, decision: $decision, edits: $edits, reason: $reason, author: $author) {\n      release\n      proposals { ...ProposalFields }\n    }\n  }\n"): typeof import('./graphql').ReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentionedIn($id: ID!, $release: Int) {\n    entity(id: $id, release: $release) {\n      id\n      mentions(first: 10) {\n        totalCount\n        edges { node { text sentence paragraph source { id title publisher published } } }\n      }\n    }\n  }\n"): typeof import('./graphql').MentionedInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelationshipTypeNames {\n    relationshipTypes { type reads }\n  }\n"): typeof import('./graphql').RelationshipTypeNamesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
