import type { TypedDocumentString } from './generated/graphql';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    /** The error's other extensions (a NOT_FOUND at a release says why in `absence`). */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** Sends one typed GraphQL document to the server that served this page; writes send an editor key. */
export async function request<Result, Variables>(document: TypedDocumentString<Result, Variables>, variables: Variables, key?: string): Promise<Result> {
  return (await answered(document, variables, key)).data;
}

/** A read's data and the release the server answered it at (`extensions.release`; null when the server does not say). */
export interface Answered<Result> {
  data: Result;
  release: number | null;
}

/** As `request`, with the release that answered: what an export of what the read shows must name. */
export async function answered<Result, Variables>(document: TypedDocumentString<Result, Variables>, variables: Variables, key?: string): Promise<Answered<Result>> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(key ? { authorization: `Bearer ${key}` } : {}),
      },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
  } catch {
    throw new ApiError('The Orgraph server cannot be reached. Is it running?', 'NETWORK');
  }
  const body = (await response.json().catch(() => null)) as {
    data?: Result;
    errors?: Array<{ message: string; extensions?: { code?: string } & Record<string, unknown> }>;
    extensions?: { release?: unknown };
  } | null;
  const [error] = body?.errors ?? [];
  if (error) throw new ApiError(error.message, error.extensions?.code, error.extensions);
  if (!body?.data) throw new ApiError(`The server answered ${response.status} without data.`, undefined);
  const release = body.extensions?.release;
  return { data: body.data, release: typeof release === 'number' ? release : null };
}
