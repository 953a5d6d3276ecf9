import type { IncomingMessage } from 'node:http';

/**
 * A request whose plain JSON body the front (server/src/http/front.ts) read before handing it to
 * Express, because the response cache could not answer it: the body as read (value or error), and when
 * the request arrived, so that json-body.ts does not read it again and /metrics times it from then.
 */
export interface PreRead {
  body: { value: unknown } | { error: Error };
  arrivedAt: number;
}

const preRead = new WeakMap<IncomingMessage, PreRead>();

export const setPreRead = (req: IncomingMessage, read: PreRead) => void preRead.set(req, read);
export const preReadOf = (req: IncomingMessage): PreRead | undefined => preRead.get(req);
