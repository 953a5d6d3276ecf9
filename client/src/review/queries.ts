import { graphql } from '../generated';

/** The review's requests, typed from the schema by graphql-codegen. */

export const EntityChoiceFields = graphql(`
  fragment EntityChoiceFields on Entity {
    id
    name
    kind
    start
    end
  }
`);

export const ProposalFields = graphql(`
  fragment ProposalFields on Proposal {
    id
    state
    relation
    type
    fromText
    toText
    since
    until
    role
    status
    reason
    origin
    unreferenced
    identifies { entityId value url }
    decidedBy
    decidedAt
    from { ...EntityChoiceFields }
    to { ...EntityChoiceFields }
    fromNew { id kind name }
    toNew { id kind name }
    fromCandidates { ...EntityChoiceFields }
    toCandidates { ...EntityChoiceFields }
    evidence { quote prefix suffix paragraph source { id title } }
    conflictsWith { id type since until role status from { id name } to { id name } }
    relationship { id type since until from { id name } to { id name } citations { quote locator source { id title } } }
  }
`);

export const SourceReviewQuery = graphql(`
  query SourceReview($id: ID!) {
    source(id: $id) {
      id
      title
      publisher
      published
      paragraphs
      mentions { text paragraph start end entity { id name kind } }
      proposals { ...ProposalFields }
    }
  }
`);

export const OpenProposalsQuery = graphql(`
  query OpenProposals($first: Int, $after: String) {
    proposals(state: OPEN, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { ...ProposalFields } }
    }
  }
`);

/** "Add source"'s Preview: the ingestion as a dry run, which writes nothing. */
export const PreviewSourceMutation = graphql(`
  mutation PreviewSource($source: SourceDocumentInput!) {
    ingestSource(source: $source, dryRun: true) {
      created
      source { id title publisher published paragraphs }
      mentions { text paragraph start end entity { id name kind } }
      proposals { ...ProposalFields }
    }
  }
`);

/** Another entity as an end of a fact: the explorer's search, typed ahead. */
export const EntityChoicesQuery = graphql(`
  query EntityChoices($text: String!) {
    search(text: $text, first: 8) {
      edges { node { ...EntityChoiceFields } }
    }
  }
`);

export const ReviewMutation = graphql(`
  mutation Review($ids: [ID!]!, $decision: ReviewDecision!, $edits: [ProposalEditInput!], $reason: String, $author: String) {
    reviewProposals(ids: $ids, decision: $decision, edits: $edits, reason: $reason, author: $author) {
      release
      proposals { ...ProposalFields }
    }
  }
`);

export const MentionedInQuery = graphql(`
  query MentionedIn($id: ID!, $release: Int) {
    entity(id: $id, release: $release) {
      id
      mentions(first: 10) {
        totalCount
        edges { node { text sentence paragraph source { id title publisher published } } }
      }
    }
  }
`);

export const RelationshipTypeNamesQuery = graphql(`
  query RelationshipTypeNames {
    relationshipTypes { type reads }
  }
`);
