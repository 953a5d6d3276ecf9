import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { AccessSettings } from '../http/auth';
import type { RequestContext } from './context';

function refuse(message: string, code: 'UNAUTHENTICATED' | 'FORBIDDEN'): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: code === 'UNAUTHENTICATED' ? 401 : 403 } } });
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
          if (ctx.invalidKey) throw refuse('The key in the Authorization header is not valid.', 'UNAUTHENTICATED');
          if (operation?.operation === 'mutation' && ctx.access !== 'editor') {
            if (settings.editorKeys.length === 0) {
              throw refuse('Writes are disabled on this server: no editor keys are configured (ORGRAPH_EDITOR_KEYS).', 'FORBIDDEN');
            }
            if (ctx.access === 'reader' && settings.readerKeys.length > 0) throw refuse('This key may read but not write.', 'FORBIDDEN');
            throw refuse('Writes need an editor key: send "Authorization: Bearer <key>".', 'UNAUTHENTICATED');
          }
          if (ctx.access === 'none') throw refuse('Reading needs a key on this server: send "Authorization: Bearer <key>".', 'UNAUTHENTICATED');
        },
      };
    },
  };
}
