import { DataSource } from 'typeorm';
import { GraphqlClient } from './graphql-client';

export const TEST_PASSWORD = 'correct horse battery';

export interface TestAccount {
  id: string;
  email: string;
  displayName: string;
  token: string;
  gql: GraphqlClient;
}

let sequence = 0;

const REGISTER = `mutation Register($input: RegisterInput!) {
  register(input: $input) { token account { id email displayName } }
}`;

/** Registers a fresh account over the API and returns a client logged in as it. */
export async function registerAccount(gql: GraphqlClient, displayName = `Tester ${++sequence}`): Promise<TestAccount> {
  const email = `${displayName.toLowerCase().replace(/[^a-z0-9]+/g, '.')}.${Date.now()}.${++sequence}@example.org`;
  const data = await gql.ok<{ register: { token: string; account: { id: string; email: string; displayName: string } } }>(
    REGISTER,
    {
      input: { email, password: TEST_PASSWORD, displayName, acceptTerms: true },
    },
  );
  const { token, account } = data.register;
  return { ...account, token, gql: gql.as(token) };
}

/** Registers an account and makes it platform staff (there is no public way to become staff). */
export async function registerStaff(gql: GraphqlClient, dataSource: DataSource): Promise<TestAccount> {
  const staff = await registerAccount(gql, 'Platform Worker');
  await dataSource.query(`UPDATE account SET platform_role = 'STAFF' WHERE id = $1`, [staff.id]);
  return staff;
}

/** Legal details complete enough for an organisation to sell. */
export const COMPLETE_LEGAL_DETAILS = {
  legalName: 'Test Cooperative eG',
  street: 'Teststraße 1',
  postalCode: '10115',
  city: 'Berlin',
  country: 'DE',
  imprint: 'Test Cooperative eG, Teststraße 1, 10115 Berlin',
  terms: 'Our terms.',
  withdrawalPolicy: '14 days to withdraw.',
  payoutAccount: 'DE89370400440532013000',
};
