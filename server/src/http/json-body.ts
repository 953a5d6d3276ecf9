import express from 'express';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import { preReadOf } from './pre-read';

/** The body a JSON request carries: `application/json`, in UTF-8 (said or not), not compressed. */
const PLAIN_JSON = /^application\/json\s*(;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

/** An error in the shape body-parser gives (`type`, `status`, `expose`), so the error handler answers it alike. */
function bodyError(message: string, type: string, extra: Record<string, unknown> = {}): Error {
  return Object.assign(type === 'entity.parse.failed' ? new SyntaxError(message) : new Error(message), { type, status: 400, statusCode: 400, expose: true, ...extra });
}

/** What body-parser's strict JSON reading gives for `text`: the value, or its error. */
export function parseJsonBody(text: string): { value: unknown } | { error: Error } {
  // body-parser reads an empty body as {} (a common client-side mistake), and drops a byte order mark.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.length === 0) return { value: {} };
  const first = /^[\x20\x09\x0a\x0d]*(.|$)/s.exec(body)?.[1] ?? '';
  if (first !== '{' && first !== '[') return { error: bodyError(strictViolation(body, first), 'entity.parse.failed', { body }) };
  try {
    return { value: JSON.parse(body) };
  } catch (error) {
    return { error: bodyError((error as Error).message, 'entity.parse.failed', { body }) };
  }
}

/** body-parser's message for a body that is not an object or array: JSON.parse's own, at that character. */
function strictViolation(body: string, first: string): string {
  const index = first === '' ? -1 : body.indexOf(first);
  const partial = index === -1 ? '' : body.slice(0, index) + '#'.repeat(body.length - index);
  try {
    JSON.parse(partial);
    return 'strict violation';
  } catch (error) {
    return (error as Error).message.replace(/#+/g, (placeholder) => body.substring(index, index + placeholder.length));
  }
}

/** The Content-Length of a body read directly (plain JSON in UTF-8 within the limit); null for the others. */
export function directLength(headers: IncomingHttpHeaders, maxBytes: number): number | null {
  const type = headers['content-type'];
  const length = headers['content-length'];
  const encoding = headers['content-encoding'];
  if (type === undefined || !PLAIN_JSON.test(type) || length === undefined || (encoding !== undefined && encoding.toLowerCase() !== 'identity')) return null;
  const expected = Number(length);
  return /^\d+$/.test(length) && expected <= maxBytes ? expected : null;
}

/**
 * express.json({ limit: maxBytes }), with the common case read directly: a body typed `application/json` in
 * UTF-8, not compressed, whose Content-Length is within the limit. body-parser reads it through a
 * type check, a charset parse, raw-body and a streaming decoder per request, 4 % of a small read's CPU
 * (bench/README.md); here it is the chunks, one decode and JSON.parse. Every other body (another type
 * or charset, compressed, chunked, over the limit) goes to express.json, so its answers and errors stay
 * its own; the errors of the direct path have body-parser's types, which the error handler words.
 */
export function jsonBody(maxBytes: number): express.RequestHandler {
  const general = express.json({ limit: maxBytes });
  return (req, res, next) => {
    const read = preReadOf(req);
    if (read) return void answered(req, read.body, next);
    const expected = req.method === 'POST' && !req.readableEnded ? directLength(req.headers, maxBytes) : null;
    if (expected === null) {
      general(req, res, next);
      return;
    }
    readPlainJson(req, expected, (read) => answered(req, 'error' in read ? read : parseJsonBody(read.text), next));
  };
}

function answered(req: express.Request, body: { value: unknown } | { error: Error }, next: express.NextFunction) {
  if ('error' in body) return next(body.error);
  req.body = body.value;
  next();
}

/**
 * Reads a body of `expected` bytes (its Content-Length, checked by directLength) as UTF-8 text, for
 * parseJsonBody (the front looks a text up among the cached reads before parsing it); `done` is
 * called once, with the text or an error of body-parser's type.
 */
export function readPlainJson(req: IncomingMessage, expected: number, done: (body: { text: string } | { error: Error }) => void): void {
  const chunks: Buffer[] = [];
  let received = 0;
  let finished = false;
  // The listeners stay: an error the stream emits after the answer must still have one.
  const finish = (body: { text: string } | { error: Error }) => {
    if (finished) return;
    finished = true;
    done(body);
  };
  const onData = (chunk: Buffer) => {
    chunks.push(chunk);
    received += chunk.length;
  };
  const onEnd = () => {
    if (received !== expected) return finish({ error: bodyError('request size did not match content length', 'request.size.invalid', { expected, length: expected, received }) });
    finish({ text: (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, received)).toString('utf8') });
  };
  const onAborted = () => finish({ error: bodyError('request aborted', 'request.aborted', { expected, length: expected, received }) });
  const onFailure = (error: Error) => finish({ error });
  req.on('data', onData).on('end', onEnd).on('error', onFailure).on('aborted', onAborted);
}
