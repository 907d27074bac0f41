import { INestApplicationContext } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { IsNull } from 'typeorm';
import { TxHost, Viewer } from '@allmende/core';
import { ProductPhotoService } from '@allmende/catalog';
import { seedDemoCatalog } from './demo-catalog';
import { seedDemoPictures } from './demo-pictures-seed';
import { seedDemoProvenance } from './demo-provenance';
import { seedDemoShipping } from './demo-shipping';
import { Account, AccountService, LegalDetails, OrganisationKind, OrganisationService } from '@allmende/identity';

export const DEMO_PASSWORD = 'allmende-demo';

export interface DemoLogin {
  email: string;
  password: string;
  who: string;
}

interface DemoOrganisation {
  owner: { email: string; displayName: string };
  name: string;
  kind: OrganisationKind;
  verified: boolean;
  legal: LegalDetails;
}

const WORKER = { email: 'worker@allmende.example', displayName: 'Wanda Worker (platform staff)' };
const BUYERS = [
  { email: 'anna@allmende.example', displayName: 'Anna Schmidt' },
  { email: 'ben@allmende.example', displayName: 'Ben Okafor' },
];

function legal(
  legalName: string,
  street: string,
  postalCode: string,
  city: string,
  country: string,
  vatId: string | null,
): LegalDetails {
  return {
    legalName,
    street,
    postalCode,
    city,
    country,
    vatId,
    imprint: `${legalName}, ${street}, ${postalCode} ${city}. Represented by its board.`,
    terms: 'Goods are sold as described. Prices include VAT. Delivery within 5 working days.',
    withdrawalPolicy: 'You may withdraw from the contract within 14 days without giving a reason.',
    payoutAccount: `DE89370400440532013${String(postalCode).padStart(3, '0').slice(-3)}`,
  };
}

const ORGANISATIONS: DemoOrganisation[] = [
  {
    owner: { email: 'chiapas@allmende.example', displayName: 'María López' },
    name: 'Café Chiapas Cooperativa',
    kind: 'COOPERATIVE',
    verified: true,
    legal: legal(
      'Unión de Productores de Café Chiapas S.C.',
      'Calle Central 12',
      '29200',
      'San Cristóbal de las Casas',
      'MX',
      null,
    ),
  },
  {
    owner: { email: 'darjeeling@allmende.example', displayName: 'Priya Sharma' },
    name: 'Darjeeling Tea Growers Co-op',
    kind: 'COOPERATIVE',
    verified: true,
    legal: legal(
      'Darjeeling Small Tea Growers Co-operative Society Ltd.',
      'Hill Cart Road 4',
      '734101',
      'Darjeeling',
      'IN',
      null,
    ),
  },
  {
    owner: { email: 'kakao@allmende.example', displayName: 'Luis Andrade' },
    name: 'Cacao Manabí',
    kind: 'COOPERATIVE',
    verified: true,
    legal: legal('Cooperativa Agrícola Cacao Manabí', 'Av. Reales Tamarindos', '130105', 'Portoviejo', 'EC', null),
  },
  {
    owner: { email: 'weberei@allmende.example', displayName: 'Jana Neumann' },
    name: 'Weberei Oberlausitz eG',
    kind: 'COOPERATIVE',
    verified: false,
    legal: legal('Weberei Oberlausitz eG', 'Am Mühlgraben 3', '02763', 'Zittau', 'DE', 'DE298765432'),
  },
  {
    owner: { email: 'shea@allmende.example', displayName: 'Akosua Mensah' },
    name: 'Tamale Shea Women’s Co-operative',
    kind: 'COOPERATIVE',
    verified: true,
    legal: legal('Tamale Shea Butter Women’s Co-operative Union', 'Bolgatanga Road 7', 'NT-0012', 'Tamale', 'GH', null),
  },
  {
    owner: { email: 'keramik@allmende.example', displayName: 'Lina Berger' },
    name: 'Atelier Lina Keramik',
    kind: 'SOLE_TRADER',
    verified: false,
    legal: legal('Lina Berger', 'Töpferstraße 8', '06108', 'Halle (Saale)', 'DE', null),
  },
  {
    owner: { email: 'brunnen@allmende.example', displayName: 'Tobias Wolf' },
    name: 'Brunnen für Alle e.V.',
    kind: 'NGO',
    verified: true,
    legal: legal('Brunnen für Alle e.V.', 'Wasserweg 1', '10115', 'Berlin', 'DE', null),
  },
];

/**
 * Loads the demo co-operative: producers and co-ops from several countries, two buyers and
 * a platform worker, all with one known password. Runs once; later starts only list the logins.
 */
export async function seedDemo(app: INestApplicationContext): Promise<DemoLogin[]> {
  const login = (person: { email: string }, who: string): DemoLogin => ({ email: person.email, password: DEMO_PASSWORD, who });
  const logins = [
    login(WORKER, 'platform worker (verifies co-ops)'),
    ...BUYERS.map((buyer) => login(buyer, 'buyer')),
    ...ORGANISATIONS.map((org) => login(org.owner, `owner of ${org.name}`)),
  ];

  const accounts = app.get(AccountService);
  const organisations = app.get(OrganisationService);
  const txHost: TxHost = app.get(TxHost);
  await app.get(ClsService).run(() =>
    txHost.withTransaction(async () => {
      if (await accounts.findByEmail(WORKER.email)) return;
      const register = async (person: { email: string; displayName: string }): Promise<Account> =>
        (await accounts.register({ ...person, password: DEMO_PASSWORD })).account;
      const worker = await register(WORKER);
      await txHost.tx.getRepository(Account).update(worker.id, { platformRole: 'STAFF' });
      const workerViewer: Viewer = { accountId: worker.id, sessionId: 'seed', platformRole: 'STAFF' };
      for (const buyer of BUYERS) await register(buyer);
      const organisationOfOwner = new Map<string, string>();
      for (const org of ORGANISATIONS) {
        const owner = await register(org.owner);
        const ownerViewer: Viewer = { accountId: owner.id, sessionId: 'seed', platformRole: 'MEMBER' };
        const created = await organisations.create(ownerViewer, { name: org.name, kind: org.kind, ...org.legal });
        if (org.verified) await organisations.verify(workerViewer, created.id);
        organisationOfOwner.set(org.owner.email, created.id);
      }
      // Demo addresses are not real mailboxes: they count as confirmed, and no confirmation mail is sent.
      await txHost.tx.getRepository(Account).update({ emailConfirmedAt: IsNull() }, { emailConfirmedAt: new Date() });
      await seedDemoCatalog(txHost.tx, organisationOfOwner);
      await seedDemoShipping(txHost.tx, organisationOfOwner);
      await seedDemoPictures(txHost.tx, app.get(ProductPhotoService));
      await seedDemoProvenance(app, organisationOfOwner);
    }),
  );
  return logins;
}
