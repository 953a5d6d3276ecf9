/**
 * Errors the user can act on, independent of GraphQL: the API maps them to extensions.code
 * (BAD_USER_INPUT, NOT_FOUND), the HTTP report endpoints to 400/404, the CLI to a message.
 */
export class UserInputError extends Error {
  override name = 'UserInputError';
  constructor(
    message: string,
    /** The argument or field at fault, e.g. "first" or "asOf". */
    readonly field?: string,
  ) {
    super(message);
  }
}

export class NotFoundError extends Error {
  override name = 'NotFoundError';
  constructor(
    message: string,
    /** What a client can act on besides the message (GraphQL: in `extensions`), e.g. why an entity is absent at a release. */
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** No valid credential for what was asked. */
export class UnauthenticatedError extends Error {
  override name = 'UnauthenticatedError';
}

/** A valid credential, or none where one is needed and none can be configured, that does not allow this. */
export class ForbiddenError extends Error {
  override name = 'ForbiddenError';
}
