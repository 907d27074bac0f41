/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CreateOrganisationInput = {
  city?: string | null | undefined;
  /** ISO 3166-1 alpha-2, e.g. DE */
  country?: string | null | undefined;
  imprint?: string | null | undefined;
  kind: OrganisationKind;
  legalName?: string | null | undefined;
  name: string;
  /** Where payouts go (IBAN or payment-provider account id); shown only to the organisation */
  payoutAccount?: string | null | undefined;
  postalCode?: string | null | undefined;
  street?: string | null | undefined;
  terms?: string | null | undefined;
  vatId?: string | null | undefined;
  withdrawalPolicy?: string | null | undefined;
};

export type LoginInput = {
  email: string;
  password: string;
};

/** The legal form of an organisation */
export type OrganisationKind =
  | 'COMPANY'
  | 'COOPERATIVE'
  | 'NGO'
  | 'SOLE_TRADER';

export type RegisterInput = {
  /** The name shown to others */
  displayName: string;
  email: string;
  /** At least 10 characters */
  password: string;
};

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { me: { id: string, displayName: string } | null };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { token: string, expiresAt: string } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type OrganisationPageQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationPageQuery = { organisation: { id: string, name: string, kind: OrganisationKind, legalName: string | null, street: string | null, postalCode: string | null, city: string | null, country: string | null, vatId: string | null, isVerified: boolean, legalDetailsComplete: boolean, missingLegalDetails: Array<string> } };

export type CreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type CreateOrganisationMutation = { createOrganisation: { id: string } };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { register: { token: string, expiresAt: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  me {
    id
    displayName
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    token
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const OrganisationPageDocument = new TypedDocumentString(`
    query OrganisationPage($id: ID!) {
  organisation(id: $id) {
    id
    name
    kind
    legalName
    street
    postalCode
    city
    country
    vatId
    isVerified
    legalDetailsComplete
    missingLegalDetails
  }
}
    `) as unknown as TypedDocumentString<OrganisationPageQuery, OrganisationPageQueryVariables>;
export const CreateOrganisationDocument = new TypedDocumentString(`
    mutation CreateOrganisation($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateOrganisationMutation, CreateOrganisationMutationVariables>;
export const RegisterDocument = new TypedDocumentString(`
    mutation Register($input: RegisterInput!) {
  register(input: $input) {
    token
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<RegisterMutation, RegisterMutationVariables>;