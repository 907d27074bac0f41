import request from 'supertest';
import type { App } from 'supertest/types';
import { isRegisteredErrorCode } from '@allmende/core';

export interface GraphqlError {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
  path?: (string | number)[];
}

export interface GraphqlResponse<TData> {
  status: number;
  data: TData | null;
  errors: GraphqlError[] | undefined;
}

/** A GraphQL client over real HTTP (supertest), optionally logged in with a bearer token. */
export class GraphqlClient {
  constructor(
    private readonly server: App,
    readonly token: string | null = null,
  ) {}

  as(token: string | null): GraphqlClient {
    return new GraphqlClient(this.server, token);
  }

  async request<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphqlResponse<TData>> {
    let call = request(this.server).post('/graphql').set('Content-Type', 'application/json');
    if (this.token) call = call.set('Authorization', `Bearer ${this.token}`);
    const response = await call.send({ query, variables });
    const errors = response.body.errors as GraphqlError[] | undefined;
    // Every code the API answers with must be in the registry, so the storefront can translate it.
    const unregistered = errors?.map((error) => error.extensions?.code).find((code) => code && !isRegisteredErrorCode(code));
    if (unregistered) throw new Error(`The API answered with error code ${unregistered}, which no library registered`);
    return { status: response.status, data: response.body.data ?? null, errors };
  }

  /** The data of a request that must succeed; fails the test with the errors otherwise. */
  async ok<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<TData> {
    const response = await this.request<TData>(query, variables);
    if (response.errors?.length || !response.data) {
      throw new Error(`GraphQL request failed (${response.status}): ${JSON.stringify(response.errors)}`);
    }
    return response.data;
  }

  /** The error code of a request that must fail. */
  async errorCode(query: string, variables?: Record<string, unknown>): Promise<string | undefined> {
    const response = await this.request(query, variables);
    if (!response.errors?.length) throw new Error(`Expected an error, got ${JSON.stringify(response.data)}`);
    return response.errors[0].extensions?.code;
  }
}
