import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Access, AccessSettings } from '../http/auth';
import type { RequestContext } from './context';

export interface Refusal {
  message: string;
  code: 'UNAUTHENTICATED' | 'FORBIDDEN';
  status: 401 | 403;
}

const refusal = (message: string, code: Refusal['code']): Refusal => ({ message, code, status: code === 'UNAUTHENTICATED' ? 401 : 403 });

/** Why a credential may not write, or null when it may (shared by GraphQL mutations and POST /sources). */
export function writeRefusal(credential: { access: Access; invalidKey: boolean }, settings: AccessSettings): Refusal | null {
  if (credential.invalidKey) return refusal('The key in the Authorization header is not valid.', 'UNAUTHENTICATED');
  if (credential.access === 'editor') return null;
  if (settings.editorKeys.length === 0) return refusal('Writes are disabled on this server: no editor keys are configured (ORGRAPH_EDITOR_KEYS).', 'FORBIDDEN');
  if (credential.access === 'reader' && settings.readerKeys.length > 0) return refusal('This key may read but not write.', 'FORBIDDEN');
  return refusal('Writes need an editor key: send "Authorization: Bearer <key>".', 'UNAUTHENTICATED');
}

function refuse({ message, code, status }: Refusal): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status } } });
}

/**
 * Checks the request's credential against its operation once, before anything runs:
 * mutations need an editor key; queries need a reader or editor key when reader keys are configured.
 */
export function accessPlugin(settings: AccessSettings): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue: ctx }) {
          if (ctx.invalidKey) throw refuse(writeRefusal(ctx, settings)!);
          if (operation?.operation === 'mutation') {
            const refused = writeRefusal(ctx, settings);
            if (refused) throw refuse(refused);
          }
          if (ctx.access === 'none') throw refuse(refusal('Reading needs a key on this server: send "Authorization: Bearer <key>".', 'UNAUTHENTICATED'));
        },
      };
    },
  };
}
