import { data } from 'react-router';
import type { TypedDocumentString } from '../graphql/graphql';

/** The API's GraphQL endpoint; the storefront runs in the API's own process and calls it over HTTP. */
function apiUrl(): string {
  return process.env.ALLMENDE_API_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}/graphql`;
}

/** Another of the API's HTTP endpoints (e.g. `/catalog/imports`), on the same origin as GraphQL. */
export function apiEndpoint(path: string): URL {
  return new URL(path, apiUrl());
}

/** A GraphQL error from the API, with its stable code and, for bad input, the reasons per field. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly fields: Record<string, string[]> = {},
  ) {
    super(message);
  }
}

interface GraphqlResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; fields?: Record<string, string[]> } }[];
}

/** Runs a query or mutation; returns its typed data or throws the first error as an ApiError. */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: { token?: string | null } = {},
): Promise<TResult> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const response = await fetch(apiUrl(), {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await response.json()) as GraphqlResponse<TResult>;
  const error = body.errors?.[0];
  if (error) throw new ApiError(error.message, error.extensions?.code ?? 'INTERNAL_SERVER_ERROR', error.extensions?.fields);
  if (!body.data) throw new ApiError(`The API answered ${response.status} without data`, 'INTERNAL_SERVER_ERROR');
  return body.data;
}

/** A request for a page's own object: a missing one, or an id that cannot be one, is the page's 404. */
export async function requestOr404<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: { token?: string | null } = {},
): Promise<TResult> {
  try {
    return await request(document, variables, options);
  } catch (error) {
    if (error instanceof ApiError && (error.code === 'NOT_FOUND' || error.code === 'BAD_USER_INPUT')) {
      throw data(null, { status: 404 });
    }
    throw error;
  }
}
