import type { TypedDocumentString } from './generated/graphql';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

/** Sends one typed GraphQL document to the server that served this page; writes send an editor key. */
export async function request<Result, Variables>(document: TypedDocumentString<Result, Variables>, variables: Variables, key?: string): Promise<Result> {
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
  const body = (await response.json().catch(() => null)) as { data?: Result; errors?: Array<{ message: string; extensions?: { code?: string } }> } | null;
  const [error] = body?.errors ?? [];
  if (error) throw new ApiError(error.message, error.extensions?.code);
  if (!body?.data) throw new ApiError(`The server answered ${response.status} without data.`, undefined);
  return body.data;
}
