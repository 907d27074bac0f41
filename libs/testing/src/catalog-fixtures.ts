import { DataSource } from 'typeorm';
import { COMPLETE_LEGAL_DETAILS, TestAccount } from './fixtures';

export interface TestCategory {
  id: string;
  slug: string;
}

/** Inserts categories (slug -> English name) the way staff would seed them; returns their ids by slug. */
export async function createCategories(dataSource: DataSource, names: Record<string, string>): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  let position = 0;
  for (const [slug, name] of Object.entries(names)) {
    const [row] = await dataSource.query(
      `INSERT INTO category (slug, name_en, name_de, position) VALUES ($1, $2, $2, $3) RETURNING id`,
      [slug, name, position++],
    );
    ids[slug] = row.id;
  }
  return ids;
}

/** An organisation with complete legal details, owned by `owner`, so its listings may go live. */
export async function createSellerOrganisation(owner: TestAccount, name = 'Test Co-op', kind = 'COOPERATIVE'): Promise<string> {
  const data = await owner.gql.ok<{ createOrganisation: { id: string } }>(
    `mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`,
    { input: { name, kind, ...COMPLETE_LEGAL_DETAILS } },
  );
  return data.createOrganisation.id;
}

export interface ListingInput {
  title: string;
  description?: string;
  categoryId: string;
  priceCents: number;
  fair?: boolean;
  ecological?: boolean;
  smallAndPrecious?: boolean;
  condition?: 'NEW' | 'USED';
  originCountry?: string;
  stock?: number;
}

/** Creates a listing for the organisation over the API and puts it on sale; returns its id. */
export async function createActiveProduct(owner: TestAccount, organisationId: string, input: ListingInput): Promise<string> {
  const created = await owner.gql.ok<{ createProduct: { id: string } }>(
    `mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }`,
    {
      input: {
        organisationId,
        title: input.title,
        description: input.description ?? `${input.title}, made with care.`,
        categoryId: input.categoryId,
        price: { amount: input.priceCents, currency: 'EUR' },
        vatRateBp: 1900,
        stock: input.stock ?? 10,
        condition: input.condition ?? 'NEW',
        fair: input.fair ?? false,
        fairSeal: input.fair ? 'Fairtrade' : null,
        ecological: input.ecological ?? false,
        ecologicalSeal: input.ecological ? 'EU organic' : null,
        smallAndPrecious: input.smallAndPrecious ?? false,
        originCountry: input.originCountry ?? 'PE',
      },
    },
  );
  await owner.gql.ok(`mutation($id: ID!) { activateProduct(id: $id) { state } }`, { id: created.createProduct.id });
  return created.createProduct.id;
}
