import { graphql } from '../generated';

/** The review's requests, typed from the schema by graphql-codegen. */

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
    from { id name kind }
    to { id name kind }
    fromNew { id kind name }
    toNew { id kind name }
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
      edges { node { ...ProposalFields } }
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
  query MentionedIn($id: ID!) {
    entity(id: $id) {
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
