/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ProductCard on Product {\n    id\n    title\n    fair\n    fairSeal\n    ecological\n    ecologicalSeal\n    smallAndPrecious\n    price {\n      formatted(locale: $locale)\n    }\n    unitPrice {\n      per\n      price {\n        formatted(locale: $locale)\n      }\n    }\n    images {\n      url\n    }\n  }\n": typeof types.ProductCardFragmentDoc,
    "\n  query MyOrganisations {\n    me {\n      id\n      memberships {\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MyOrganisationsDocument,
    "\n  query Viewer {\n    me {\n      id\n      displayName\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query ProductEditPage($id: ID!, $locale: String!) {\n    categories {\n      id\n      name(locale: $locale)\n    }\n    product(id: $id) {\n      id\n      title\n      description\n      sku\n      categoryId\n      price {\n        amount\n        exponent\n      }\n      vatRateBp\n      stock\n      condition\n      fair\n      fairSeal\n      ecological\n      ecologicalSeal\n      smallAndPrecious\n      originCountry\n      originRegion\n      unitQuantity\n      unit\n      images {\n        url\n      }\n      state\n    }\n  }\n": typeof types.ProductEditPageDocument,
    "\n  mutation UpdateProduct($id: ID!, $input: ProductFieldsInput!) {\n    updateProduct(id: $id, input: $input) {\n      sellerId\n      sellerKind\n    }\n  }\n": typeof types.UpdateProductDocument,
    "\n  mutation ActivateProduct($id: ID!) {\n    activateProduct(id: $id) {\n      sellerId\n      sellerKind\n    }\n  }\n": typeof types.ActivateProductDocument,
    "\n  mutation CloseProduct($id: ID!) {\n    closeProduct(id: $id) {\n      sellerId\n      sellerKind\n    }\n  }\n": typeof types.CloseProductDocument,
    "\n  query ProductFormCategories($locale: String!) {\n    categories {\n      id\n      name(locale: $locale)\n    }\n  }\n": typeof types.ProductFormCategoriesDocument,
    "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateProductDocument,
    "\n  query DashboardPage($organisationId: ID, $sellerId: ID!, $sellerKind: SellerKind!, $after: String, $locale: String!) {\n    seller(id: $sellerId, kind: $sellerKind) {\n      vacationMode\n    }\n    myProducts(organisationId: $organisationId, first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          state\n          stock\n          price {\n            formatted(locale: $locale)\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.DashboardPageDocument,
    "\n  mutation SetVacationMode($on: Boolean!, $organisationId: String) {\n    setVacationMode(on: $on, organisationId: $organisationId) {\n      vacationMode\n    }\n  }\n": typeof types.SetVacationModeDocument,
    "\n  query HomePage($locale: String!) {\n    categories {\n      id\n      slug\n      parentId\n      name(locale: $locale)\n    }\n    searchProducts(filter: { fair: true }, sort: NEWEST, first: 8) {\n      edges {\n        node {\n          ...ProductCard\n        }\n      }\n    }\n  }\n": typeof types.HomePageDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query OrganisationPage($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      legalName\n      street\n      postalCode\n      city\n      country\n      vatId\n      isVerified\n      legalDetailsComplete\n      missingLegalDetails\n    }\n  }\n": typeof types.OrganisationPageDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  query ProductPage($id: ID!, $locale: String!) {\n    product(id: $id) {\n      id\n      title\n      description\n      condition\n      buyable\n      originCountry\n      originRegion\n      fair\n      fairSeal\n      ecological\n      ecologicalSeal\n      smallAndPrecious\n      category {\n        slug\n        name(locale: $locale)\n      }\n      images {\n        url\n        alt\n      }\n      price {\n        formatted(locale: $locale)\n      }\n      unitPrice {\n        per\n        price {\n          formatted(locale: $locale)\n        }\n      }\n      priceBreakdown {\n        gross {\n          ...BreakdownPart\n        }\n        producerShare {\n          ...BreakdownPart\n        }\n        fairFund {\n          ...BreakdownPart\n        }\n        platformFee {\n          ...BreakdownPart\n        }\n        donation {\n          ...BreakdownPart\n        }\n        vat {\n          ...BreakdownPart\n        }\n      }\n      donationOrganisation {\n        name\n      }\n      seller {\n        id\n        kind\n        name\n        verified\n        vacationMode\n      }\n    }\n  }\n  fragment BreakdownPart on Money {\n    amount\n    formatted(locale: $locale)\n  }\n": typeof types.ProductPageDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      token\n      expiresAt\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  query SearchPage($locale: String!, $query: String, $filter: ProductFilterInput, $sort: ProductSort, $after: String) {\n    categories {\n      slug\n      name(locale: $locale)\n    }\n    searchProducts(query: $query, filter: $filter, sort: $sort, first: 24, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...ProductCard\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      facets {\n        categories {\n          value\n          count\n        }\n        fair {\n          value\n          count\n        }\n        ecological {\n          value\n          count\n        }\n        smallAndPrecious {\n          value\n          count\n        }\n        condition {\n          value\n          count\n        }\n        originCountries {\n          value\n          count\n        }\n        priceBands {\n          value\n          count\n        }\n      }\n    }\n  }\n": typeof types.SearchPageDocument,
    "\n  query SellerPage($id: ID!, $kind: SellerKind!, $locale: String!, $after: String) {\n    seller(id: $id, kind: $kind) {\n      id\n      kind\n      name\n      verified\n      commercial\n      isNgo\n      vacationMode\n      products(first: 24, after: $after) {\n        totalCount\n        edges {\n          node {\n            ...ProductCard\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": typeof types.SellerPageDocument,
};
const documents: Documents = {
    "\n  fragment ProductCard on Product {\n    id\n    title\n    fair\n    fairSeal\n    ecological\n    ecologicalSeal\n    smallAndPrecious\n    price {\n      formatted(locale: $locale)\n    }\n    unitPrice {\n      per\n      price {\n        formatted(locale: $locale)\n      }\n    }\n    images {\n      url\n    }\n  }\n": types.ProductCardFragmentDoc,
    "\n  query MyOrganisations {\n    me {\n      id\n      memberships {\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MyOrganisationsDocument,
    "\n  query Viewer {\n    me {\n      id\n      displayName\n    }\n  }\n": types.ViewerDocument,
    "\n  query ProductEditPage($id: ID!, $locale: String!) {\n    categories {\n      id\n      name(locale: $locale)\n    }\n    product(id: $id) {\n      id\n      title\n      description\n      sku\n      categoryId\n      price {\n        amount\n        exponent\n      }\n      vatRateBp\n      stock\n      condition\n      fair\n      fairSeal\n      ecological\n      ecologicalSeal\n      smallAndPrecious\n      originCountry\n      originRegion\n      unitQuantity\n      unit\n      images {\n        url\n      }\n      state\n    }\n  }\n": types.ProductEditPageDocument,
    "\n  mutation UpdateProduct($id: ID!, $input: ProductFieldsInput!) {\n    updateProduct(id: $id, input: $input) {\n      sellerId\n      sellerKind\n    }\n  }\n": types.UpdateProductDocument,
    "\n  mutation ActivateProduct($id: ID!) {\n    activateProduct(id: $id) {\n      sellerId\n      sellerKind\n    }\n  }\n": types.ActivateProductDocument,
    "\n  mutation CloseProduct($id: ID!) {\n    closeProduct(id: $id) {\n      sellerId\n      sellerKind\n    }\n  }\n": types.CloseProductDocument,
    "\n  query ProductFormCategories($locale: String!) {\n    categories {\n      id\n      name(locale: $locale)\n    }\n  }\n": types.ProductFormCategoriesDocument,
    "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n    }\n  }\n": types.CreateProductDocument,
    "\n  query DashboardPage($organisationId: ID, $sellerId: ID!, $sellerKind: SellerKind!, $after: String, $locale: String!) {\n    seller(id: $sellerId, kind: $sellerKind) {\n      vacationMode\n    }\n    myProducts(organisationId: $organisationId, first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          state\n          stock\n          price {\n            formatted(locale: $locale)\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.DashboardPageDocument,
    "\n  mutation SetVacationMode($on: Boolean!, $organisationId: String) {\n    setVacationMode(on: $on, organisationId: $organisationId) {\n      vacationMode\n    }\n  }\n": types.SetVacationModeDocument,
    "\n  query HomePage($locale: String!) {\n    categories {\n      id\n      slug\n      parentId\n      name(locale: $locale)\n    }\n    searchProducts(filter: { fair: true }, sort: NEWEST, first: 8) {\n      edges {\n        node {\n          ...ProductCard\n        }\n      }\n    }\n  }\n": types.HomePageDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query OrganisationPage($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      legalName\n      street\n      postalCode\n      city\n      country\n      vatId\n      isVerified\n      legalDetailsComplete\n      missingLegalDetails\n    }\n  }\n": types.OrganisationPageDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  query ProductPage($id: ID!, $locale: String!) {\n    product(id: $id) {\n      id\n      title\n      description\n      condition\n      buyable\n      originCountry\n      originRegion\n      fair\n      fairSeal\n      ecological\n      ecologicalSeal\n      smallAndPrecious\n      category {\n        slug\n        name(locale: $locale)\n      }\n      images {\n        url\n        alt\n      }\n      price {\n        formatted(locale: $locale)\n      }\n      unitPrice {\n        per\n        price {\n          formatted(locale: $locale)\n        }\n      }\n      priceBreakdown {\n        gross {\n          ...BreakdownPart\n        }\n        producerShare {\n          ...BreakdownPart\n        }\n        fairFund {\n          ...BreakdownPart\n        }\n        platformFee {\n          ...BreakdownPart\n        }\n        donation {\n          ...BreakdownPart\n        }\n        vat {\n          ...BreakdownPart\n        }\n      }\n      donationOrganisation {\n        name\n      }\n      seller {\n        id\n        kind\n        name\n        verified\n        vacationMode\n      }\n    }\n  }\n  fragment BreakdownPart on Money {\n    amount\n    formatted(locale: $locale)\n  }\n": types.ProductPageDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      token\n      expiresAt\n    }\n  }\n": types.RegisterDocument,
    "\n  query SearchPage($locale: String!, $query: String, $filter: ProductFilterInput, $sort: ProductSort, $after: String) {\n    categories {\n      slug\n      name(locale: $locale)\n    }\n    searchProducts(query: $query, filter: $filter, sort: $sort, first: 24, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...ProductCard\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      facets {\n        categories {\n          value\n          count\n        }\n        fair {\n          value\n          count\n        }\n        ecological {\n          value\n          count\n        }\n        smallAndPrecious {\n          value\n          count\n        }\n        condition {\n          value\n          count\n        }\n        originCountries {\n          value\n          count\n        }\n        priceBands {\n          value\n          count\n        }\n      }\n    }\n  }\n": types.SearchPageDocument,
    "\n  query SellerPage($id: ID!, $kind: SellerKind!, $locale: String!, $after: String) {\n    seller(id: $id, kind: $kind) {\n      id\n      kind\n      name\n      verified\n      commercial\n      isNgo\n      vacationMode\n      products(first: 24, after: $after) {\n        totalCount\n        edges {\n          node {\n            ...ProductCard\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n": types.SellerPageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductCard on Product {\n    id\n    title\n    fair\n    fairSeal\n    ecological\n    ecologicalSeal\n    smallAndPrecious\n    price {\n      formatted(locale: $locale)\n    }\n    unitPrice {\n      per\n      price {\n        formatted(locale: $locale)\n      }\n    }\n    images {\n      url\n    }\n  }\n"): typeof import('./graphql').ProductCardFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrganisations {\n    me {\n      id\n      memberships {\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyOrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductEditPage($id: ID!, $locale: String!) {\n    categories {\n      id\n      name(locale: $locale)\n    }\n    product(id: $id) {\n      id\n      title\n      description\n      sku\n      categoryId\n      price {\n        amount\n        exponent\n      }\n      vatRateBp\n      stock\n      condition\n      fair\n      fairSeal\n      ecological\n      ecologicalSeal\n      smallAndPrecious\n      originCountry\n      originRegion\n      unitQuantity\n      unit\n      images {\n        url\n      }\n      state\n    }\n  }\n"): typeof import('./graphql').ProductEditPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProduct($id: ID!, $input: ProductFieldsInput!) {\n    updateProduct(id: $id, input: $input) {\n      sellerId\n      sellerKind\n    }\n  }\n"): typeof import('./graphql').UpdateProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivateProduct($id: ID!) {\n    activateProduct(id: $id) {\n      sellerId\n      sellerKind\n    }\n  }\n"): typeof import('./graphql').ActivateProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseProduct($id: ID!) {\n    closeProduct(id: $id) {\n      sellerId\n      sellerKind\n    }\n  }\n"): typeof import('./graphql').CloseProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductFormCategories($locale: String!) {\n    categories {\n      id\n      name(locale: $locale)\n    }\n  }\n"): typeof import('./graphql').ProductFormCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardPage($organisationId: ID, $sellerId: ID!, $sellerKind: SellerKind!, $after: String, $locale: String!) {\n    seller(id: $sellerId, kind: $sellerKind) {\n      vacationMode\n    }\n    myProducts(organisationId: $organisationId, first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          state\n          stock\n          price {\n            formatted(locale: $locale)\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetVacationMode($on: Boolean!, $organisationId: String) {\n    setVacationMode(on: $on, organisationId: $organisationId) {\n      vacationMode\n    }\n  }\n"): typeof import('./graphql').SetVacationModeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePage($locale: String!) {\n    categories {\n      id\n      slug\n      parentId\n      name(locale: $locale)\n    }\n    searchProducts(filter: { fair: true }, sort: NEWEST, first: 8) {\n      edges {\n        node {\n          ...ProductCard\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HomePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationPage($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      kind\n      legalName\n      street\n      postalCode\n      city\n      country\n      vatId\n      isVerified\n      legalDetailsComplete\n      missingLegalDetails\n    }\n  }\n"): typeof import('./graphql').OrganisationPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductPage($id: ID!, $locale: String!) {\n    product(id: $id) {\n      id\n      title\n      description\n      condition\n      buyable\n      originCountry\n      originRegion\n      fair\n      fairSeal\n      ecological\n      ecologicalSeal\n      smallAndPrecious\n      category {\n        slug\n        name(locale: $locale)\n      }\n      images {\n        url\n        alt\n      }\n      price {\n        formatted(locale: $locale)\n      }\n      unitPrice {\n        per\n        price {\n          formatted(locale: $locale)\n        }\n      }\n      priceBreakdown {\n        gross {\n          ...BreakdownPart\n        }\n        producerShare {\n          ...BreakdownPart\n        }\n        fairFund {\n          ...BreakdownPart\n        }\n        platformFee {\n          ...BreakdownPart\n        }\n        donation {\n          ...BreakdownPart\n        }\n        vat {\n          ...BreakdownPart\n        }\n      }\n      donationOrganisation {\n        name\n      }\n      seller {\n        id\n        kind\n        name\n        verified\n        vacationMode\n      }\n    }\n  }\n  fragment BreakdownPart on Money {\n    amount\n    formatted(locale: $locale)\n  }\n"): typeof import('./graphql').ProductPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      token\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').RegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPage($locale: String!, $query: String, $filter: ProductFilterInput, $sort: ProductSort, $after: String) {\n    categories {\n      slug\n      name(locale: $locale)\n    }\n    searchProducts(query: $query, filter: $filter, sort: $sort, first: 24, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...ProductCard\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      facets {\n        categories {\n          value\n          count\n        }\n        fair {\n          value\n          count\n        }\n        ecological {\n          value\n          count\n        }\n        smallAndPrecious {\n          value\n          count\n        }\n        condition {\n          value\n          count\n        }\n        originCountries {\n          value\n          count\n        }\n        priceBands {\n          value\n          count\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SellerPage($id: ID!, $kind: SellerKind!, $locale: String!, $after: String) {\n    seller(id: $id, kind: $kind) {\n      id\n      kind\n      name\n      verified\n      commercial\n      isNgo\n      vacationMode\n      products(first: 24, after: $after) {\n        totalCount\n        edges {\n          node {\n            ...ProductCard\n          }\n        }\n        pageInfo {\n          endCursor\n          hasNextPage\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SellerPageDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
