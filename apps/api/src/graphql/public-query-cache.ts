import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { Kind } from 'graphql';

/** Catalog reads that are the same for every guest, so a guest may be served a copy a few seconds old. */
const PUBLIC_ROOT_FIELDS = new Set(['searchProducts', 'listedProducts', 'categories', 'product', 'seller', '__typename']);

const isGuest = (request: GraphQLRequestContext<object>) => !request.request.http?.headers.get('authorization');

/**
 * Apollo's response cache for guests' public catalog queries, for `maxAgeSeconds`: shop and
 * search pages are read far more often than listings change. Logged-in requests and every
 * other operation always run. Cache hints are decided here per operation rather than per
 * field, because Apollo's per-field defaults would make every nested object uncacheable.
 */
export function publicQueryCachePlugins(maxAgeSeconds: number): ApolloServerPlugin[] {
  const plugins: ApolloServerPlugin[] = [ApolloServerPluginCacheControlDisabled()];
  if (maxAgeSeconds <= 0) return plugins;
  const markPublicQueries: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async didResolveOperation(request) {
          const { operation } = request;
          const publicOnly =
            operation?.operation === 'query' &&
            operation.selectionSet.selections.every(
              (selection) => selection.kind === Kind.FIELD && PUBLIC_ROOT_FIELDS.has(selection.name.value),
            );
          if (publicOnly && isGuest(request)) request.overallCachePolicy.replace({ maxAge: maxAgeSeconds, scope: 'PUBLIC' });
        },
      };
    },
  };
  return [
    ...plugins,
    markPublicQueries,
    responseCachePlugin({
      shouldReadFromCache: async (request) => isGuest(request),
      shouldWriteToCache: async (request) => isGuest(request),
      extraCacheKeyData: async (request) => request.request.http?.headers.get('accept-language') ?? '',
    }),
  ];
}
