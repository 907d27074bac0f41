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

export type CreateProductInput = {
  categoryId?: string | number | null | undefined;
  condition?: ProductCondition | null | undefined;
  description?: string | null | undefined;
  /** The verified NGO that receives the friendly percent */
  donationOrganisationId?: string | number | null | undefined;
  ecological?: boolean | null | undefined;
  /** E.g. EU organic, Demeter, Bioland */
  ecologicalSeal?: string | null | undefined;
  fair?: boolean | null | undefined;
  fairQuestionnaire?: FairQuestionnaireInput | null | undefined;
  /** E.g. Fairtrade, WFTO, Naturland Fair */
  fairSeal?: string | null | undefined;
  /** Percent of the net price donated: 0, 1, 3, 5, 10, 25, 50, 75 or 100 */
  friendlyPercent?: number | null | undefined;
  /** The whole gallery, in order; replaces the old one */
  images?: Array<ProductImageInput> | null | undefined;
  /** List for this organisation; leave out to sell as a private person */
  organisationId?: string | number | null | undefined;
  originCountry?: string | null | undefined;
  originRegion?: string | null | undefined;
  /** Gross price (VAT included) */
  price?: MoneyInput | null | undefined;
  /** The seller’s own article number; CSV imports match on it */
  sku?: string | null | undefined;
  smallAndPrecious?: boolean | null | undefined;
  stock?: number | null | undefined;
  title?: string | null | undefined;
  unit?: MeasureUnit | null | undefined;
  /** Package content for the unit price, e.g. 0.25 (with unit KG) */
  unitQuantity?: number | null | undefined;
  /** Basis points: 1900 is 19 % */
  vatRateBp?: number | null | undefined;
};

export type FairQuestionnaireInput = {
  /** How is the environment taken care of in production? */
  environment: string;
  /** How long and on what terms do you work with the producers? */
  tradingRelationship: string;
  /** How are the producers paid, and how does that compare with local living wages? */
  wages: string;
  /** What are the working conditions (hours, safety, no child or forced labour)? */
  workingConditions: string;
};

export type LoginInput = {
  email: string;
  password: string;
};

/** The unit a package content is given in */
export type MeasureUnit =
  | 'CM'
  | 'G'
  | 'KG'
  | 'L'
  | 'M'
  | 'ML'
  | 'PIECE';

export type MoneyInput = {
  amount: number;
  currency: string;
};

/** The legal form of an organisation */
export type OrganisationKind =
  | 'COMPANY'
  | 'COOPERATIVE'
  | 'NGO'
  | 'SOLE_TRADER';

/** New or used goods */
export type ProductCondition =
  | 'NEW'
  | 'USED';

/** Everything a listing says; on update, fields left out stay as they are */
export type ProductFieldsInput = {
  categoryId?: string | number | null | undefined;
  condition?: ProductCondition | null | undefined;
  description?: string | null | undefined;
  /** The verified NGO that receives the friendly percent */
  donationOrganisationId?: string | number | null | undefined;
  ecological?: boolean | null | undefined;
  /** E.g. EU organic, Demeter, Bioland */
  ecologicalSeal?: string | null | undefined;
  fair?: boolean | null | undefined;
  fairQuestionnaire?: FairQuestionnaireInput | null | undefined;
  /** E.g. Fairtrade, WFTO, Naturland Fair */
  fairSeal?: string | null | undefined;
  /** Percent of the net price donated: 0, 1, 3, 5, 10, 25, 50, 75 or 100 */
  friendlyPercent?: number | null | undefined;
  /** The whole gallery, in order; replaces the old one */
  images?: Array<ProductImageInput> | null | undefined;
  originCountry?: string | null | undefined;
  originRegion?: string | null | undefined;
  /** Gross price (VAT included) */
  price?: MoneyInput | null | undefined;
  /** The seller’s own article number; CSV imports match on it */
  sku?: string | null | undefined;
  smallAndPrecious?: boolean | null | undefined;
  stock?: number | null | undefined;
  title?: string | null | undefined;
  unit?: MeasureUnit | null | undefined;
  /** Package content for the unit price, e.g. 0.25 (with unit KG) */
  unitQuantity?: number | null | undefined;
  /** Basis points: 1900 is 19 % */
  vatRateBp?: number | null | undefined;
};

export type ProductFilterInput = {
  /** Category slugs; a parent category includes its children */
  categorySlugs?: Array<string> | null | undefined;
  condition?: ProductCondition | null | undefined;
  ecological?: boolean | null | undefined;
  fair?: boolean | null | undefined;
  /** ISO 3166-1 alpha-2 codes of the countries of origin */
  originCountries?: Array<string> | null | undefined;
  /** Highest gross price in minor units (exclusive) */
  priceMax?: number | null | undefined;
  /** Lowest gross price in minor units (inclusive) */
  priceMin?: number | null | undefined;
  smallAndPrecious?: boolean | null | undefined;
};

export type ProductImageInput = {
  /** Describes the picture for people who cannot see it */
  alt?: string;
  url: string;
};

/** How search results are ordered */
export type ProductSort =
  | 'NEWEST'
  | 'PRICE_ASC'
  | 'PRICE_DESC'
  | 'RELEVANCE';

/** Where a listing is in its life */
export type ProductState =
  | 'ACTIVE'
  | 'CLOSED'
  | 'DRAFT'
  | 'SOLD_OUT';

export type RegisterInput = {
  /** The name shown to others */
  displayName: string;
  email: string;
  /** At least 10 characters */
  password: string;
};

/** A private person or an organisation */
export type SellerKind =
  | 'ORGANISATION'
  | 'PERSON';

export type ProductCardFragment = { id: string, title: string, fair: boolean, fairSeal: string | null, ecological: boolean, ecologicalSeal: string | null, smallAndPrecious: boolean, price: { formatted: string }, unitPrice: { per: string, price: { formatted: string } } | null, images: Array<{ url: string }> };

export type MyOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyOrganisationsQuery = { me: { id: string, memberships: Array<{ organisation: { id: string, name: string } }> } | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { me: { id: string, displayName: string } | null };

export type ProductEditPageQueryVariables = Exact<{
  id: string | number;
  locale: string;
}>;


export type ProductEditPageQuery = { categories: Array<{ id: string, name: string }>, product: { id: string, title: string, description: string, sku: string | null, categoryId: string | null, vatRateBp: number, stock: number, condition: ProductCondition, fair: boolean, fairSeal: string | null, ecological: boolean, ecologicalSeal: string | null, smallAndPrecious: boolean, originCountry: string | null, originRegion: string | null, unitQuantity: number | null, unit: MeasureUnit | null, state: ProductState, price: { amount: number, exponent: number }, images: Array<{ url: string }> } };

export type UpdateProductMutationVariables = Exact<{
  id: string | number;
  input: ProductFieldsInput;
}>;


export type UpdateProductMutation = { updateProduct: { sellerId: string, sellerKind: SellerKind } };

export type ActivateProductMutationVariables = Exact<{
  id: string | number;
}>;


export type ActivateProductMutation = { activateProduct: { sellerId: string, sellerKind: SellerKind } };

export type CloseProductMutationVariables = Exact<{
  id: string | number;
}>;


export type CloseProductMutation = { closeProduct: { sellerId: string, sellerKind: SellerKind } };

export type ProductFormCategoriesQueryVariables = Exact<{
  locale: string;
}>;


export type ProductFormCategoriesQuery = { categories: Array<{ id: string, name: string }> };

export type CreateProductMutationVariables = Exact<{
  input: CreateProductInput;
}>;


export type CreateProductMutation = { createProduct: { id: string } };

export type DashboardPageQueryVariables = Exact<{
  organisationId?: string | number | null | undefined;
  sellerId: string | number;
  sellerKind: SellerKind;
  after?: string | null | undefined;
  locale: string;
}>;


export type DashboardPageQuery = { seller: { vacationMode: boolean }, myProducts: { totalCount: number, edges: Array<{ node: { id: string, title: string, state: ProductState, stock: number, price: { formatted: string } } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type SetVacationModeMutationVariables = Exact<{
  on: boolean;
  organisationId?: string | null | undefined;
}>;


export type SetVacationModeMutation = { setVacationMode: { vacationMode: boolean } };

export type HomePageQueryVariables = Exact<{
  locale: string;
}>;


export type HomePageQuery = { categories: Array<{ id: string, slug: string, parentId: string | null, name: string }>, searchProducts: { edges: Array<{ node: { id: string, title: string, fair: boolean, fairSeal: string | null, ecological: boolean, ecologicalSeal: string | null, smallAndPrecious: boolean, price: { formatted: string }, unitPrice: { per: string, price: { formatted: string } } | null, images: Array<{ url: string }> } }> } };

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

export type ProductPageQueryVariables = Exact<{
  id: string | number;
  locale: string;
}>;


export type ProductPageQuery = { product: { id: string, title: string, description: string, condition: ProductCondition, buyable: boolean, originCountry: string | null, originRegion: string | null, fair: boolean, fairSeal: string | null, ecological: boolean, ecologicalSeal: string | null, smallAndPrecious: boolean, category: { slug: string, name: string } | null, images: Array<{ url: string, alt: string }>, price: { formatted: string }, unitPrice: { per: string, price: { formatted: string } } | null, priceBreakdown: { gross: { amount: number, formatted: string }, producerShare: { amount: number, formatted: string }, fairFund: { amount: number, formatted: string }, platformFee: { amount: number, formatted: string }, donation: { amount: number, formatted: string }, vat: { amount: number, formatted: string } }, donationOrganisation: { name: string } | null, seller: { id: string, kind: SellerKind, name: string, verified: boolean, vacationMode: boolean } } };

export type BreakdownPartFragment = { amount: number, formatted: string };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { register: { token: string, expiresAt: string } };

export type SearchPageQueryVariables = Exact<{
  locale: string;
  query?: string | null | undefined;
  filter?: ProductFilterInput | null | undefined;
  sort?: ProductSort | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchPageQuery = { categories: Array<{ slug: string, name: string }>, searchProducts: { totalCount: number, edges: Array<{ node: { id: string, title: string, fair: boolean, fairSeal: string | null, ecological: boolean, ecologicalSeal: string | null, smallAndPrecious: boolean, price: { formatted: string }, unitPrice: { per: string, price: { formatted: string } } | null, images: Array<{ url: string }> } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean }, facets: { categories: Array<{ value: string, count: number }>, fair: Array<{ value: string, count: number }>, ecological: Array<{ value: string, count: number }>, smallAndPrecious: Array<{ value: string, count: number }>, condition: Array<{ value: string, count: number }>, originCountries: Array<{ value: string, count: number }>, priceBands: Array<{ value: string, count: number }> } } };

export type SellerPageQueryVariables = Exact<{
  id: string | number;
  kind: SellerKind;
  locale: string;
  after?: string | null | undefined;
}>;


export type SellerPageQuery = { seller: { id: string, kind: SellerKind, name: string, verified: boolean, commercial: boolean, isNgo: boolean, vacationMode: boolean, products: { totalCount: number, edges: Array<{ node: { id: string, title: string, fair: boolean, fairSeal: string | null, ecological: boolean, ecologicalSeal: string | null, smallAndPrecious: boolean, price: { formatted: string }, unitPrice: { per: string, price: { formatted: string } } | null, images: Array<{ url: string }> } }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } } };

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
export const ProductCardFragmentDoc = new TypedDocumentString(`
    fragment ProductCard on Product {
  id
  title
  fair
  fairSeal
  ecological
  ecologicalSeal
  smallAndPrecious
  price {
    formatted(locale: $locale)
  }
  unitPrice {
    per
    price {
      formatted(locale: $locale)
    }
  }
  images {
    url
  }
}
    `, {"fragmentName":"ProductCard"}) as unknown as TypedDocumentString<ProductCardFragment, unknown>;
export const BreakdownPartFragmentDoc = new TypedDocumentString(`
    fragment BreakdownPart on Money {
  amount
  formatted(locale: $locale)
}
    `, {"fragmentName":"BreakdownPart"}) as unknown as TypedDocumentString<BreakdownPartFragment, unknown>;
export const MyOrganisationsDocument = new TypedDocumentString(`
    query MyOrganisations {
  me {
    id
    memberships {
      organisation {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyOrganisationsQuery, MyOrganisationsQueryVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  me {
    id
    displayName
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const ProductEditPageDocument = new TypedDocumentString(`
    query ProductEditPage($id: ID!, $locale: String!) {
  categories {
    id
    name(locale: $locale)
  }
  product(id: $id) {
    id
    title
    description
    sku
    categoryId
    price {
      amount
      exponent
    }
    vatRateBp
    stock
    condition
    fair
    fairSeal
    ecological
    ecologicalSeal
    smallAndPrecious
    originCountry
    originRegion
    unitQuantity
    unit
    images {
      url
    }
    state
  }
}
    `) as unknown as TypedDocumentString<ProductEditPageQuery, ProductEditPageQueryVariables>;
export const UpdateProductDocument = new TypedDocumentString(`
    mutation UpdateProduct($id: ID!, $input: ProductFieldsInput!) {
  updateProduct(id: $id, input: $input) {
    sellerId
    sellerKind
  }
}
    `) as unknown as TypedDocumentString<UpdateProductMutation, UpdateProductMutationVariables>;
export const ActivateProductDocument = new TypedDocumentString(`
    mutation ActivateProduct($id: ID!) {
  activateProduct(id: $id) {
    sellerId
    sellerKind
  }
}
    `) as unknown as TypedDocumentString<ActivateProductMutation, ActivateProductMutationVariables>;
export const CloseProductDocument = new TypedDocumentString(`
    mutation CloseProduct($id: ID!) {
  closeProduct(id: $id) {
    sellerId
    sellerKind
  }
}
    `) as unknown as TypedDocumentString<CloseProductMutation, CloseProductMutationVariables>;
export const ProductFormCategoriesDocument = new TypedDocumentString(`
    query ProductFormCategories($locale: String!) {
  categories {
    id
    name(locale: $locale)
  }
}
    `) as unknown as TypedDocumentString<ProductFormCategoriesQuery, ProductFormCategoriesQueryVariables>;
export const CreateProductDocument = new TypedDocumentString(`
    mutation CreateProduct($input: CreateProductInput!) {
  createProduct(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateProductMutation, CreateProductMutationVariables>;
export const DashboardPageDocument = new TypedDocumentString(`
    query DashboardPage($organisationId: ID, $sellerId: ID!, $sellerKind: SellerKind!, $after: String, $locale: String!) {
  seller(id: $sellerId, kind: $sellerKind) {
    vacationMode
  }
  myProducts(organisationId: $organisationId, first: 50, after: $after) {
    totalCount
    edges {
      node {
        id
        title
        state
        stock
        price {
          formatted(locale: $locale)
        }
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardPageQuery, DashboardPageQueryVariables>;
export const SetVacationModeDocument = new TypedDocumentString(`
    mutation SetVacationMode($on: Boolean!, $organisationId: String) {
  setVacationMode(on: $on, organisationId: $organisationId) {
    vacationMode
  }
}
    `) as unknown as TypedDocumentString<SetVacationModeMutation, SetVacationModeMutationVariables>;
export const HomePageDocument = new TypedDocumentString(`
    query HomePage($locale: String!) {
  categories {
    id
    slug
    parentId
    name(locale: $locale)
  }
  searchProducts(filter: {fair: true}, sort: NEWEST, first: 8) {
    edges {
      node {
        ...ProductCard
      }
    }
  }
}
    fragment ProductCard on Product {
  id
  title
  fair
  fairSeal
  ecological
  ecologicalSeal
  smallAndPrecious
  price {
    formatted(locale: $locale)
  }
  unitPrice {
    per
    price {
      formatted(locale: $locale)
    }
  }
  images {
    url
  }
}`) as unknown as TypedDocumentString<HomePageQuery, HomePageQueryVariables>;
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
export const ProductPageDocument = new TypedDocumentString(`
    query ProductPage($id: ID!, $locale: String!) {
  product(id: $id) {
    id
    title
    description
    condition
    buyable
    originCountry
    originRegion
    fair
    fairSeal
    ecological
    ecologicalSeal
    smallAndPrecious
    category {
      slug
      name(locale: $locale)
    }
    images {
      url
      alt
    }
    price {
      formatted(locale: $locale)
    }
    unitPrice {
      per
      price {
        formatted(locale: $locale)
      }
    }
    priceBreakdown {
      gross {
        ...BreakdownPart
      }
      producerShare {
        ...BreakdownPart
      }
      fairFund {
        ...BreakdownPart
      }
      platformFee {
        ...BreakdownPart
      }
      donation {
        ...BreakdownPart
      }
      vat {
        ...BreakdownPart
      }
    }
    donationOrganisation {
      name
    }
    seller {
      id
      kind
      name
      verified
      vacationMode
    }
  }
}
    fragment BreakdownPart on Money {
  amount
  formatted(locale: $locale)
}`) as unknown as TypedDocumentString<ProductPageQuery, ProductPageQueryVariables>;
export const RegisterDocument = new TypedDocumentString(`
    mutation Register($input: RegisterInput!) {
  register(input: $input) {
    token
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<RegisterMutation, RegisterMutationVariables>;
export const SearchPageDocument = new TypedDocumentString(`
    query SearchPage($locale: String!, $query: String, $filter: ProductFilterInput, $sort: ProductSort, $after: String) {
  categories {
    slug
    name(locale: $locale)
  }
  searchProducts(
    query: $query
    filter: $filter
    sort: $sort
    first: 24
    after: $after
  ) {
    totalCount
    edges {
      node {
        ...ProductCard
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
    facets {
      categories {
        value
        count
      }
      fair {
        value
        count
      }
      ecological {
        value
        count
      }
      smallAndPrecious {
        value
        count
      }
      condition {
        value
        count
      }
      originCountries {
        value
        count
      }
      priceBands {
        value
        count
      }
    }
  }
}
    fragment ProductCard on Product {
  id
  title
  fair
  fairSeal
  ecological
  ecologicalSeal
  smallAndPrecious
  price {
    formatted(locale: $locale)
  }
  unitPrice {
    per
    price {
      formatted(locale: $locale)
    }
  }
  images {
    url
  }
}`) as unknown as TypedDocumentString<SearchPageQuery, SearchPageQueryVariables>;
export const SellerPageDocument = new TypedDocumentString(`
    query SellerPage($id: ID!, $kind: SellerKind!, $locale: String!, $after: String) {
  seller(id: $id, kind: $kind) {
    id
    kind
    name
    verified
    commercial
    isNgo
    vacationMode
    products(first: 24, after: $after) {
      totalCount
      edges {
        node {
          ...ProductCard
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
}
    fragment ProductCard on Product {
  id
  title
  fair
  fairSeal
  ecological
  ecologicalSeal
  smallAndPrecious
  price {
    formatted(locale: $locale)
  }
  unitPrice {
    per
    price {
      formatted(locale: $locale)
    }
  }
  images {
    url
  }
}`) as unknown as TypedDocumentString<SellerPageQuery, SellerPageQueryVariables>;