import type { ApolloServerPlugin } from '@apollo/server';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { DocumentNode, getVariableValues, GraphQLError, GraphQLSchema, validate } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/**
 * Refuses a query nested deeper than `maxDepth` or costing more than `maxComplexity`
 * (each field 1, list fields times their `first`), before anything runs.
 */
export function queryLimitsPlugin(maxDepth: number, maxComplexity: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          // Costing reads the variables, so they must coerce first; a bad one is the client's fault (400).
          const coercion = getVariableValues(schema, operation?.variableDefinitions ?? [], request.variables ?? {}, {
            maxErrors: 5,
          });
          if (coercion.errors) {
            throw new GraphQLError(coercion.errors.map((error) => error.message).join('; '), {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
          if (isTooDeep(schema, document, maxDepth)) {
            throw new GraphQLError(`The query is nested deeper than the allowed ${maxDepth} levels`, {
              extensions: { code: 'QUERY_TOO_DEEP', http: { status: 400 } },
            });
          }
          const complexity = getComplexity({
            schema,
            query: document,
            operationName: request.operationName ?? undefined,
            variables: request.variables,
            estimators: [fieldExtensionsEstimator(), pageSizeEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
          if (complexity > maxComplexity) {
            throw new GraphQLError(`The query costs ${complexity}, more than the allowed ${maxComplexity}`, {
              extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

function isTooDeep(schema: GraphQLSchema, document: DocumentNode, maxDepth: number): boolean {
  try {
    return validate(schema, document, [maxDepthRule({ n: maxDepth, ignoreIntrospection: true })]).length > 0;
  } catch {
    return true; // the rule throws where the depth is exceeded
  }
}

/** A connection field costs its children once per requested row. */
function pageSizeEstimator({ args, childComplexity }: { args: Record<string, unknown>; childComplexity: number }) {
  return typeof args.first === 'number' ? 1 + args.first * childComplexity : undefined;
}
