import { createTestApp, registerAccount, TestAccount, TestApp } from '@allmende/testing';

const FIELDS = 'id name street postalCode city country phone isDefault';
const SAVE = `mutation($input: AddressInput!) { saveAddress(input: $input) { ${FIELDS} } }`;
const LIST = `query { myAddresses { ${FIELDS} } }`;
const SET_DEFAULT = `mutation($id: ID!) { setDefaultAddress(id: $id) { id isDefault } }`;
const DELETE = `mutation($id: ID!) { deleteAddress(id: $id) { id isDefault } }`;

const HOME = { name: 'Anna Schmidt', street: 'Lindenstraße 5', postalCode: '10969', city: 'Berlin', country: 'DE' };
const VIENNA = {
  name: 'Anna Schmidt',
  street: 'Praterstraße 1',
  postalCode: '1020',
  city: 'Wien',
  country: 'AT',
  phone: '+43 1 234567',
};

interface TestAddress {
  city: string;
  id: string;
  name: string;
  postalCode: string;
  country: string;
  phone: string | null;
  isDefault: boolean;
}

describe('identity: the buyer’s address book', () => {
  let app: TestApp;
  let anna: TestAccount;
  const addresses = async () => Number((await app.dataSource.query(`SELECT count(*) AS n FROM address`))[0].n);
  const save = async (account: TestAccount, input: Record<string, unknown>) =>
    (await account.gql.ok<{ saveAddress: TestAddress }>(SAVE, { input })).saveAddress;

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    await app.reset();
    anna = await registerAccount(app.gql, 'Anna');
  });

  it('keeps addresses with one default: the first one, until another is made the default', async () => {
    const home = await save(anna, HOME);
    expect(home).toMatchObject({ ...HOME, phone: null, isDefault: true });
    const vienna = await save(anna, VIENNA);
    expect(vienna.isDefault).toBe(false);
    await anna.gql.ok(SET_DEFAULT, { id: vienna.id });
    const { myAddresses } = await anna.gql.ok<{ myAddresses: TestAddress[] }>(LIST);
    expect(myAddresses.map((a) => [a.city, a.isDefault])).toEqual([
      ['Wien', true],
      ['Berlin', false],
    ]);

    // Changing an address keeps its id; removing the default makes the remaining one the default.
    const moved = await save(anna, { ...HOME, id: home.id, street: 'Oranienstraße 20', postalCode: '10999' });
    expect(moved).toMatchObject({ id: home.id, postalCode: '10999', isDefault: false });
    const { deleteAddress } = await anna.gql.ok<{ deleteAddress: TestAddress[] }>(DELETE, { id: vienna.id });
    expect(deleteAddress).toEqual([{ id: home.id, isDefault: true }]);
  });

  it('refuses bad addresses with a reason per field and writes nothing', async () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [{ ...HOME, postalCode: '1096' }, ['postalCode']], // German postcodes have five digits
      [{ ...VIENNA, postalCode: '10969' }, ['postalCode']], // Austrian ones four
      [{ ...HOME, country: 'NL', postalCode: '1012' }, ['postalCode']], // Dutch ones four digits and two letters
      [{ ...HOME, country: 'XX' }, ['country']],
      [{ ...HOME, name: '  ', city: '' }, ['city', 'name']],
      [{ ...HOME, phone: 'ring twice' }, ['phone']],
      [{ ...HOME, street: 'x'.repeat(201) }, ['street']],
    ];
    for (const [input, fields] of cases) {
      const response = await anna.gql.request(SAVE, { input });
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(Object.keys(response.errors![0].extensions!.fields as object).sort()).toEqual(fields);
    }
    expect(await addresses()).toBe(0);

    // A bad change leaves the stored address as it was.
    const home = await save(anna, HOME);
    const bad = await anna.gql.request(SAVE, { input: { ...HOME, id: home.id, postalCode: 'ABCDE' } });
    expect(bad.errors?.[0].extensions?.fields).toEqual({ postalCode: ['is not a postcode of DE (for example 10115)'] });
    const { myAddresses } = await anna.gql.ok<{ myAddresses: TestAddress[] }>(LIST);
    expect(myAddresses.map((a) => a.postalCode)).toEqual(['10969']);
  });

  it('is private: guests are refused, and nobody else can see, change or remove an address', async () => {
    const home = await save(anna, HOME);
    expect(await app.gql.errorCode(LIST)).toBe('UNAUTHENTICATED');
    expect(await app.gql.errorCode(SAVE, { input: HOME })).toBe('UNAUTHENTICATED');
    const ben = await registerAccount(app.gql, 'Ben');
    expect((await ben.gql.ok<{ myAddresses: TestAddress[] }>(LIST)).myAddresses).toEqual([]);
    expect(await ben.gql.errorCode(SAVE, { input: { ...HOME, id: home.id } })).toBe('NOT_FOUND');
    expect(await ben.gql.errorCode(DELETE, { id: home.id })).toBe('NOT_FOUND');
    expect(await ben.gql.errorCode(SET_DEFAULT, { id: home.id })).toBe('NOT_FOUND');
    expect(await addresses()).toBe(1);
  });
});
