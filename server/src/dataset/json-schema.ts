import { ENTITY_KINDS, RELATIONSHIP_TYPE_NAMES } from '../model/vocabulary';

const ID = { type: 'string', pattern: '^[a-z0-9]+(?:[-.][a-z0-9]+)*$', description: 'A stable lowercase slug: letters, digits, - and .' };
const PARTIAL_DATE = {
  type: 'string',
  pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
  description: 'A partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD',
};
const TEXT = { type: 'string', minLength: 1 };

const citation = {
  type: 'object',
  additionalProperties: false,
  required: ['source'],
  properties: {
    source: { ...ID, description: 'The id of a source, in this dataset or already in the graph' },
    quote: TEXT,
    locator: { ...TEXT, description: 'Where in the source: a page, section or paragraph' },
    claimedBy: { ...TEXT, description: 'Whose claim this is, when it is a party’s position rather than the source’s own' },
  },
};

const citations = { type: 'array', minItems: 1, items: citation, description: 'At least one citation: every fact has its evidence' };

/** The JSON Schema of a native dataset file. data/dataset.schema.json is this, written out. */
export const datasetJsonSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://orgraph.invalid/dataset.schema.json',
  title: 'Orgraph dataset',
  description: 'Sources, entities and relationships of an Orgraph knowledge graph. See docs/data-format.md.',
  type: 'object',
  additionalProperties: false,
  properties: {
    sources: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'title'],
        properties: {
          id: ID,
          title: TEXT,
          publisher: TEXT,
          url: { type: 'string', pattern: '^https?://\\S+$' },
          published: PARTIAL_DATE,
          retrieved: PARTIAL_DATE,
          language: { type: 'string', pattern: '^[a-z]{2,3}(-[A-Za-z0-9]+)*$' },
        },
      },
    },
    entities: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'kind', 'name', 'citations'],
        properties: {
          id: ID,
          kind: { enum: ENTITY_KINDS.map((kind) => kind.toLowerCase()) },
          name: TEXT,
          aliases: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['name'],
              properties: { name: TEXT, lang: { type: 'string', pattern: '^[a-z]{2,3}(-[A-Za-z0-9]+)*$' } },
            },
          },
          description: TEXT,
          start: PARTIAL_DATE,
          end: PARTIAL_DATE,
          identifiers: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['scheme', 'value'],
              properties: { scheme: TEXT, value: TEXT },
            },
          },
          citations,
        },
      },
    },
    relationships: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['from', 'type', 'to', 'citations'],
        properties: {
          id: ID,
          from: ID,
          type: { enum: RELATIONSHIP_TYPE_NAMES },
          to: ID,
          since: PARTIAL_DATE,
          until: PARTIAL_DATE,
          attested: {
            type: 'array',
            minItems: 1,
            items: PARTIAL_DATE,
            description: 'Dates on which the sources attest that it held, when they give no term: held then, start and end unknown',
          },
          status: TEXT,
          role: TEXT,
          note: TEXT,
          citations,
        },
      },
    },
  },
} as const;
