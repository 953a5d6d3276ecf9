import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError, type ValidationRule } from 'graphql';
import { DatabaseUnavailableError, QueryTimeoutError } from '../neo4j/database';
import { NotFoundError, UserInputError } from '../errors';
import { DatasetError } from '../dataset/types';
import { WikidataRequestError, WikidataUnavailableError } from '../interchange/wikidata/client';

export type Log = (entry: Record<string, unknown>) => void;

/**
 * The codes a client can meet in `extensions.code`: design section 4's, plus BAD_REQUEST (a request
 * that is not well-formed HTTP, JSON or GraphQL) and PERSISTED_QUERY_NOT_SUPPORTED, with the HTTP
 * status each gives when nothing of the request could be answered.
 */
export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  BAD_USER_INPUT: 400,
  QUERY_TOO_COMPLEX: 400,
  PERSISTED_QUERY_NOT_SUPPORTED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  DATABASE_UNAVAILABLE: 503,
  UPSTREAM_UNAVAILABLE: 502,
  INTERNAL_SERVER_ERROR: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** How much of a client's own input an error message may quote. */
const QUOTE_LIMIT = 100;

/**
 * A message with every long quoted value and every long unbroken run cut to QUOTE_LIMIT characters,
 * so that an error about a 1 MB argument is not itself 1 MB.
 */
export function clipMessage(message: string): string {
  const cut = (text: string) => `${text.slice(0, QUOTE_LIMIT)}…`;
  return message
    .replace(/"((?:[^"\\]|\\.){101,}?)"/g, (_whole, inner: string) => `"${cut(inner)}"`)
    .replace(/[^\s"]{101,}/g, (run) => cut(run));
}

const LIMIT_MESSAGE = /^Syntax Error: (.*(?:limit|Limit) of \d+ exceeded.*)$/;
/** graphql-js's own words when a document passes parseOptions.maxTokens. */
const TOKEN_LIMIT = /^Syntax Error: Document contains more that (\d+) tokens\. Parsing aborted\.$/;

/** Apollo's codes for a request that is not a GraphQL operation this schema can run. */
const MALFORMED = ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE'];

function classify(formatted: GraphQLFormattedError, original: unknown): { code: ErrorCode; message: string; extra?: Record<string, unknown> } | null {
  if (original instanceof UserInputError) return { code: 'BAD_USER_INPUT', message: original.message, ...(original.field ? { extra: { field: original.field } } : {}) };
  if (original instanceof DatasetError) {
    return {
      code: 'BAD_USER_INPUT',
      message: original.message,
      extra: { problems: original.issues.map((issue) => ({ path: issue.origin.path, line: issue.origin.line, message: clipMessage(issue.message) })) },
    };
  }
  if (original instanceof NotFoundError) return { code: 'NOT_FOUND', message: original.message, ...(original.extra ? { extra: original.extra } : {}) };
  if (original instanceof WikidataRequestError) return { code: original.status === 404 ? 'NOT_FOUND' : 'UPSTREAM_UNAVAILABLE', message: original.message };
  if (original instanceof WikidataUnavailableError) return { code: 'UPSTREAM_UNAVAILABLE', message: original.message };
  if (original instanceof DatabaseUnavailableError) return { code: 'DATABASE_UNAVAILABLE', message: original.message };
  if (original instanceof QueryTimeoutError) return { code: 'QUERY_TOO_COMPLEX', message: original.message };
  const tokens = TOKEN_LIMIT.exec(formatted.message);
  if (tokens) return { code: 'QUERY_TOO_COMPLEX', message: `Token limit of ${tokens[1]} exceeded. Ask for less in one request.` };
  const limit = LIMIT_MESSAGE.exec(formatted.message);
  if (limit) return { code: 'QUERY_TOO_COMPLEX', message: `${limit[1]} Ask for less in one request.` };
  const code = String(formatted.extensions?.code ?? '');
  if (MALFORMED.includes(code)) return { code: 'BAD_REQUEST', message: formatted.message };
  if (code in ERROR_STATUS && code !== 'INTERNAL_SERVER_ERROR') return { code: code as ErrorCode, message: formatted.message };
  return null;
}

/**
 * What a client sees of an error: a message that says what to fix (quoting at most ~100 characters
 * of its input) and an extensions.code of ERROR_STATUS. Anything unforeseen becomes a generic internal
 * error, logged here with its details, so no stack trace or database internals leave the server.
 */
export function formatError(log: Log) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { locations: formatted.locations, path: formatted.path };
    const known = classify(formatted, original);
    if (known) return { ...base, message: clipMessage(known.message), extensions: { code: known.code, ...known.extra } };
    log({ level: 'error', msg: 'unexpected error in a GraphQL request', error: String((original as Error)?.stack ?? original) });
    return { ...base, message: 'Internal server error; it has been logged.', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/** The Retry-After of every DATABASE_UNAVAILABLE answer, in seconds. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * The HTTP status of a GraphQL answer: when no field came back with a value, the status of its errors'
 * code (a client's mistake is a 4xx, a database that is away a 503); a database that is away adds
 * Retry-After in any case. Apollo already gives parse and validation failures their 400.
 */
export function statusPlugin<Context extends object>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          const codes = (errors ?? []).map((error) => String(error.extensions?.code)) as ErrorCode[];
          if (codes.includes('DATABASE_UNAVAILABLE')) response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
          // Answered in part (some field has a value): 200, as GraphQL over HTTP has it for partial results.
          if (codes.length === 0 || (data && Object.values(data).some((value) => value !== null))) return;
          const statuses = codes.map((code) => ERROR_STATUS[code] ?? 500);
          // The most telling status: a server-side failure outranks a client mistake in the same answer.
          response.http.status = Math.max(...statuses);
        },
      };
    },
  };
}

/**
 * Refuses an operation whose root type the schema lacks (`subscription { x }`): graphql-js's own
 * rules let it through to execution, where it would fail as an internal error.
 */
export const operationTypeExists: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(new GraphQLError(`This API has no ${node.operation} operations; send a query or a mutation.`, { nodes: node }));
    }
  },
});
