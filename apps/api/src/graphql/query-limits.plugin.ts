import type { ApolloServerPlugin } from '@apollo/server';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  DocumentNode,
  FragmentDefinitionNode,
  getVariableValues,
  GraphQLError,
  GraphQLSchema,
  Kind,
  SelectionSetNode,
  validate,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/**
 * Refuses a query nested deeper than `maxDepth` or costing more than `maxComplexity`
 * (each field 1, list fields times their `first`), before anything runs.
 */
export function queryLimitsPlugin(maxDepth: number, maxComplexity: number, maxMutations: number): ApolloServerPlugin {
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
          // Aliases let one request repeat a mutation (20 registrations at once): each one counts.
          const mutations = operation?.operation === 'mutation' ? rootFieldCount(operation.selectionSet, document) : 0;
          if (mutations > maxMutations) {
            throw new GraphQLError(`The request carries ${mutations} mutations; send at most ${maxMutations} at once`, {
              extensions: { code: 'TOO_MANY_OPERATIONS', http: { status: 400 } },
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

/** Root fields of a selection, through fragments (each spread counted once per use, so repeats add up). */
function rootFieldCount(selectionSet: SelectionSetNode, document: DocumentNode, depth = 0): number {
  if (depth > 10) return Infinity; // fragments spreading each other are refused by validation anyway
  return selectionSet.selections.reduce((count, selection) => {
    if (selection.kind === Kind.FIELD) return count + 1;
    if (selection.kind === Kind.INLINE_FRAGMENT) return count + rootFieldCount(selection.selectionSet, document, depth + 1);
    const fragment = document.definitions.find(
      (definition): definition is FragmentDefinitionNode =>
        definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === selection.name.value,
    );
    return count + (fragment ? rootFieldCount(fragment.selectionSet, document, depth + 1) : 0);
  }, 0);
}

/** A connection field costs its children once per requested row. */
function pageSizeEstimator({ args, childComplexity }: { args: Record<string, unknown>; childComplexity: number }) {
  return typeof args.first === 'number' ? 1 + args.first * childComplexity : undefined;
}
