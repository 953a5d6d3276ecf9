import { Lexer, Source, TokenKind } from 'graphql';
import type { RequestHandler } from 'express';
import { memoizeByText } from '../cache/text-memo';
import { sendError } from './errors';

/** Deep enough for any query the schema can answer (selections stop at 12), shallow enough for the stack. */
export const MAX_NESTING = 64;

const OPENING: string[] = [TokenKind.BRACE_L, TokenKind.BRACKET_L, TokenKind.PAREN_L];
const CLOSING: string[] = [TokenKind.BRACE_R, TokenKind.BRACKET_R, TokenKind.PAREN_R];

/**
 * How deep a GraphQL document nests braces, brackets and parentheses, reading at most `maxTokens`
 * tokens; null when the lexer refuses the text (the parser then says why). graphql-js parses
 * recursively, and a list literal nested a few thousand deep exhausts the stack before its token
 * limit stops it, so the depth is measured first, with the lexer alone, which does not recurse.
 */
export function nestingDepth(document: string, maxTokens: number): number | null {
  const lexer = new Lexer(new Source(document));
  let depth = 0;
  let deepest = 0;
  try {
    for (let count = 0; count < maxTokens; count++) {
      const token = lexer.advance();
      if (token.kind === TokenKind.EOF) break;
      if (OPENING.includes(token.kind)) deepest = Math.max(deepest, ++depth);
      else if (CLOSING.includes(token.kind)) depth -= 1;
    }
  } catch {
    return null;
  }
  return deepest;
}

/** Refuses, before Apollo parses it, a document nested deeper than MAX_NESTING. */
export function nestingGuard(maxTokens: number): RequestHandler {
  const depthOf = memoizeByText((document) => nestingDepth(document, maxTokens) ?? 'not GraphQL');
  return (req, res, next) => {
    const document = (req.body as { query?: unknown } | undefined)?.query ?? req.query.query;
    const depth = typeof document === 'string' ? depthOf(document) : null;
    if (typeof depth === 'number' && depth > MAX_NESTING) {
      sendError(res, 400, 'QUERY_TOO_COMPLEX', `The query nests braces, brackets or parentheses ${depth} deep; the limit is ${MAX_NESTING}.`);
      return;
    }
    next();
  };
}
