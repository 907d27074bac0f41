import { createTestApp, registerAccount, registerStaff, TestAccount, TestApp } from '@allmende/testing';

const CREATE = `mutation($input: CreateCategoryInput!) { createCategory(input: $input) { id slug name(locale: "de") parentId } }`;
const TREE = `{ categories { slug parentId } }`;

describe('catalog: the category tree', () => {
  let app: TestApp;
  let staff: TestAccount;

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    await app.reset();
    staff = await registerStaff(app.gql, app.dataSource);
  });

  const create = (input: Record<string, unknown>) =>
    staff.gql.ok<{ createCategory: { id: string; slug: string; name: string } }>(CREATE, { input });

  it('lets platform staff build a two-level tree, listed parent by parent', async () => {
    const textiles = (await create({ slug: 'textiles', nameEn: 'Textiles', nameDe: 'Textilien', position: 1 })).createCategory;
    const food = (await create({ slug: 'food', nameEn: 'Food', nameDe: 'Lebensmittel', position: 0 })).createCategory;
    expect(food.name).toBe('Lebensmittel');
    await create({ slug: 'tea', nameEn: 'Tea', nameDe: 'Tee', parentId: food.id, position: 1 });
    await create({ slug: 'coffee', nameEn: 'Coffee', nameDe: 'Kaffee', parentId: food.id, position: 0 });
    await create({ slug: 'clothing', nameEn: 'Clothing', nameDe: 'Kleidung', parentId: textiles.id });

    const { categories } = await app.gql.ok<{ categories: { slug: string }[] }>(TREE);
    expect(categories.map((category) => category.slug)).toEqual(['food', 'coffee', 'tea', 'textiles', 'clothing']);
  });

  it('refuses non-staff, a taken or malformed slug, an unknown parent and a third level, writing nothing', async () => {
    const member = await registerAccount(app.gql, 'Not Staff');
    const valid = { slug: 'spices', nameEn: 'Spices', nameDe: 'Gewürze' };
    expect(await member.gql.errorCode(CREATE, { input: valid })).toBe('FORBIDDEN');
    expect(await app.gql.errorCode(CREATE, { input: valid })).toBe('UNAUTHENTICATED');

    const spices = (await create(valid)).createCategory;
    const pepper = (await create({ slug: 'pepper', nameEn: 'Pepper', nameDe: 'Pfeffer', parentId: spices.id })).createCategory;
    expect(await staff.gql.errorCode(CREATE, { input: valid })).toBe('CATEGORY_SLUG_TAKEN');
    expect(await staff.gql.errorCode(CREATE, { input: { ...valid, slug: 'Hot Spices' } })).toBe('BAD_USER_INPUT');
    expect(
      await staff.gql.errorCode(CREATE, { input: { ...valid, slug: 'chili', parentId: '00000000-0000-4000-8000-000000000000' } }),
    ).toBe('UNKNOWN_CATEGORY');
    expect(await staff.gql.errorCode(CREATE, { input: { ...valid, slug: 'black-pepper', parentId: pepper.id } })).toBe(
      'CATEGORY_TOO_DEEP',
    );
    const { categories } = await app.gql.ok<{ categories: unknown[] }>(TREE);
    expect(categories).toHaveLength(2);
  });
});
