import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { NotFoundError, UserInputError } from '../errors';
import { clipMessage, ERROR_STATUS, RETRY_AFTER_SECONDS, type ErrorCode, type Log } from '../graphql/errors';
import { DatabaseUnavailableError, QueryTimeoutError } from '../neo4j/database';

/** The body limit of /graphql; also named in the 413's message. */
export const BODY_LIMIT = '2mb';
export const BODY_LIMIT_BYTES = 2 * 1024 * 1024;

interface HttpFailure {
  status: number;
  code: ErrorCode;
  message: string;
}

/** Errors of body-parser (express.json) by their `type`, in words a client can act on. */
function bodyFailure(error: { type?: string; status?: number; charset?: string; encoding?: string; body?: unknown }, req: Request): HttpFailure | null {
  switch (error.type) {
    case 'entity.parse.failed': {
      const body = typeof error.body === 'string' ? error.body.trimStart() : '';
      const charset = /charset=([^;\s]+)/i.exec(req.headers['content-type'] ?? '')?.[1]?.toLowerCase();
      const message =
        charset && charset !== 'utf-8' && charset !== 'utf8'
          ? `The request body is not valid JSON in the charset it names (${charset}); send it in UTF-8.`
          : body.startsWith('{') || body.startsWith('[')
          ? `The request body is not valid JSON: ${(error as Error).message}.`
          : 'The request body must be a JSON object such as {"query": "{ stats { entities } }"}.';
      return { status: 400, code: 'BAD_REQUEST', message };
    }
    case 'entity.too.large':
      return { status: 413, code: 'BAD_REQUEST', message: `The request body is larger than ${BODY_LIMIT.toUpperCase()} (after decompression); ask for less in one request.` };
    case 'charset.unsupported':
      return { status: 415, code: 'BAD_REQUEST', message: `The charset "${error.charset}" is not supported; send the body in UTF-8.` };
    case 'encoding.unsupported':
      return { status: 415, code: 'BAD_REQUEST', message: `The Content-Encoding "${error.encoding}" is not supported; send gzip, deflate, br or none.` };
    case 'request.aborted':
    case 'request.size.invalid':
      return { status: 400, code: 'BAD_REQUEST', message: 'The request body ended before its stated length.' };
    case undefined: {
      const encoding = req.headers['content-encoding'];
      // A decompression stream's error (zlib, brotli), wrapped by body-parser as a 400.
      if (error.status === 400 && encoding && encoding !== 'identity' && (error as { errno?: unknown }).errno !== undefined) {
        return { status: 400, code: 'BAD_REQUEST', message: `The request body is not valid ${encoding} data.` };
      }
      return null;
    }
    default:
      return null;
  }
}

/** What any error of the HTTP app tells the client; null for one that is our fault. */
export function httpFailure(error: unknown, req: Request): HttpFailure | null {
  if (error instanceof UserInputError) return { status: 400, code: 'BAD_USER_INPUT', message: error.message };
  if (error instanceof NotFoundError) return { status: 404, code: 'NOT_FOUND', message: error.message };
  if (error instanceof DatabaseUnavailableError) return { status: 503, code: 'DATABASE_UNAVAILABLE', message: error.message };
  if (error instanceof QueryTimeoutError) return { status: 400, code: 'QUERY_TOO_COMPLEX', message: error.message };
  if (error instanceof URIError || (error as Error | null)?.message?.startsWith('Failed to decode param')) {
    return { status: 400, code: 'BAD_REQUEST', message: `The URL path is not valid percent-encoded UTF-8: ${req.path}` };
  }
  const parsed = bodyFailure(error as object, req);
  if (parsed) return parsed;
  const status = (error as { status?: number } | null)?.status;
  // http-errors marks the 4xx it creates as safe to show.
  if (status && status >= 400 && status < 500 && (error as { expose?: boolean }).expose) {
    return { status, code: 'BAD_REQUEST', message: (error as Error).message };
  }
  return null;
}

/** A GraphQL-style error body, for every error the HTTP app answers outside a GraphQL execution. */
export function sendError(res: Response, status: number, code: ErrorCode, message: string): void {
  if (code === 'DATABASE_UNAVAILABLE') res.set('retry-after', String(RETRY_AFTER_SECONDS));
  res.status(status).json({ errors: [{ message: clipMessage(message), extensions: { code } }] });
}

/**
 * The one error handler of the HTTP app, last in line: a client's mistake gets its 4xx and a message,
 * the database's absence a 503, anything else a logged 500; never a stack trace, a file path or HTML.
 */
export function errorHandler(log: Log): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const failure = httpFailure(error, req);
    if (failure) {
      sendError(res, failure.status, failure.code, failure.message);
      return;
    }
    log({ level: 'error', msg: 'unexpected error in an HTTP request', method: req.method, path: req.path, error: String((error as Error)?.stack ?? error) });
    sendError(res, ERROR_STATUS.INTERNAL_SERVER_ERROR, 'INTERNAL_SERVER_ERROR', 'Internal server error; it has been logged.');
  };
}

/** What no route answered. */
export const notFound: RequestHandler = (req, res) => {
  sendError(res, 404, 'NOT_FOUND', `Nothing is served at ${req.method} ${req.path}`);
};
