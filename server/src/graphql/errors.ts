import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { DatabaseUnavailableError, QueryTimeoutError } from '../neo4j/database';
import { NotFoundError, UserInputError } from '../errors';
import { DatasetError } from '../dataset/types';

export type Log = (entry: Record<string, unknown>) => void;

const LIMIT_MESSAGE = /^Syntax Error: (.*(?:limit|Limit) of \d+ exceeded.*)$/;

/**
 * What a client sees of an error: a message that says what to fix and an extensions.code from
 * the contract. Known errors keep their message; anything else becomes a generic internal error,
 * logged here with its details, so no stack trace or database internals leave the server.
 */
export function formatError(log: Log) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { locations: formatted.locations, path: formatted.path };
    if (original instanceof UserInputError) {
      return { ...base, message: original.message, extensions: { code: 'BAD_USER_INPUT', ...(original.field ? { field: original.field } : {}) } };
    }
    if (original instanceof DatasetError) {
      return {
        ...base,
        message: original.message,
        extensions: { code: 'BAD_USER_INPUT', problems: original.issues.map((issue) => ({ path: issue.origin.path, line: issue.origin.line, message: issue.message })) },
      };
    }
    if (original instanceof NotFoundError) return { ...base, message: original.message, extensions: { code: 'NOT_FOUND' } };
    if (original instanceof DatabaseUnavailableError) {
      return { ...base, message: original.message, extensions: { code: 'DATABASE_UNAVAILABLE' } };
    }
    if (original instanceof QueryTimeoutError) return { ...base, message: original.message, extensions: { code: 'QUERY_TOO_COMPLEX' } };
    const limit = LIMIT_MESSAGE.exec(formatted.message);
    if (limit) return { ...base, message: `${limit[1]} Ask for less in one request.`, extensions: { code: 'QUERY_TOO_COMPLEX' } };
    const code = formatted.extensions?.code;
    if (code && code !== 'INTERNAL_SERVER_ERROR') return { ...base, message: formatted.message, extensions: { code } };
    log({ level: 'error', msg: 'unexpected error in a GraphQL request', error: String((original as Error)?.stack ?? original) });
    return { ...base, message: 'Internal server error; it has been logged.', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
