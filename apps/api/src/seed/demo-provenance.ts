import { INestApplicationContext } from '@nestjs/common';
import { Product } from '@allmende/catalog';
import { Viewer, TxHost } from '@allmende/core';
import { AccountService } from '@allmende/identity';
import { AppendRecordInput, CustodyModel, ProvenanceService } from '@allmende/provenance';

type Step = Omit<AppendRecordInput, 'description' | 'occurredAt'> & { occurredAt: string; description: string };

interface DemoLot {
  owner: string;
  code: string;
  name: string;
  custodyModel: CustodyModel;
  /** Titles of the owner's products sold from this lot start with one of these. */
  products: string[];
  steps: Step[];
}

const FINCA = { name: 'Finca El Triunfo, Siltepec, Chiapas', country: 'MX', latitude: 15.55, longitude: -92.33 };
const WET_MILL = { name: 'Co-op wet mill, Jaltenango', country: 'MX', latitude: 15.87, longitude: -92.72 };
const VERACRUZ = { name: 'Port of Veracruz', country: 'MX', latitude: 19.2, longitude: -96.13 };
const HAMBURG = { name: 'Port of Hamburg', country: 'DE', latitude: 53.54, longitude: 9.98 };
const GARDEN = { name: 'Small growers’ gardens, Mirik', country: 'IN', latitude: 26.89, longitude: 88.18 };
const KOLKATA = { name: 'Port of Kolkata', country: 'IN', latitude: 22.55, longitude: 88.31 };

const LOTS: DemoLot[] = [
  {
    owner: 'chiapas@allmende.example',
    code: 'CH-2026-01',
    name: 'Washed arabica, harvest 2025/26',
    custodyModel: 'SEGREGATED',
    products: ['Highland Coffee', 'Single-Origin Fair Coffee'],
    steps: [
      { kind: 'ORIGIN', occurredAt: '2026-01-12T14:00:00Z', place: FINCA, description: 'Hand-picked ripe cherries, 38 families' },
      {
        kind: 'PROCESSING',
        occurredAt: '2026-01-20T09:00:00Z',
        place: WET_MILL,
        description: 'Pulped, fermented, washed and sun-dried',
      },
      {
        kind: 'CERTIFICATION',
        occurredAt: '2026-01-25T10:00:00Z',
        place: WET_MILL,
        description: 'Fairtrade certificate of the co-operative’s coffee',
        certification: {
          certifier: 'FLOCERT',
          certificateId: 'FLO-ID 3021',
          standard: 'Fairtrade',
          scope: 'LOT',
          validFrom: '2025-06-01',
          validTo: '2028-05-31',
        },
      },
      {
        kind: 'TRANSPORT',
        occurredAt: '2026-02-02T16:00:00Z',
        place: VERACRUZ,
        description: 'By truck to the port',
        transport: { from: WET_MILL, mode: 'ROAD' },
      },
      {
        kind: 'TRANSPORT',
        occurredAt: '2026-03-04T07:00:00Z',
        place: HAMBURG,
        description: 'Container ship, 19 days at sea',
        transport: { from: VERACRUZ, mode: 'SEA' },
      },
      { kind: 'INSPECTION', occurredAt: '2026-03-06T11:00:00Z', place: HAMBURG, description: 'Moisture 11 %, cupping score 84' },
    ],
  },
  {
    owner: 'darjeeling@allmende.example',
    code: 'DJ-2026-FF',
    name: 'First flush 2026',
    custodyModel: 'IDENTITY_PRESERVED',
    products: ['First Flush Darjeeling'],
    steps: [
      { kind: 'ORIGIN', occurredAt: '2026-03-18T06:00:00Z', place: GARDEN, description: 'Two leaves and a bud, plucked by hand' },
      {
        kind: 'PROCESSING',
        occurredAt: '2026-03-19T12:00:00Z',
        place: GARDEN,
        description: 'Withered, rolled and fired at the co-op factory',
      },
      {
        kind: 'TRANSPORT',
        occurredAt: '2026-04-20T08:00:00Z',
        place: HAMBURG,
        description: 'Shipped from Kolkata',
        transport: { from: KOLKATA, mode: 'SEA' },
      },
    ],
  },
];

/** Provenance chains for a few demo products, recorded by their co-ops as a producer would. */
export async function seedDemoProvenance(app: INestApplicationContext, organisationOfOwner: Map<string, string>): Promise<void> {
  const provenance = app.get(ProvenanceService);
  const accounts = app.get(AccountService);
  const products = app.get<TxHost>(TxHost).tx.getRepository(Product);
  for (const lot of LOTS) {
    const owner = (await accounts.findByEmail(lot.owner))!;
    const viewer: Viewer = { accountId: owner.id, sessionId: 'seed', platformRole: 'MEMBER' };
    const organisationId = organisationOfOwner.get(lot.owner)!;
    const sold = await products.find({ where: { sellerId: organisationId }, select: { id: true, title: true } });
    const productIds = sold.filter((p) => lot.products.some((name) => p.title.startsWith(name))).map((p) => p.id);
    const created = await provenance.createLot(viewer, {
      organisationId,
      code: lot.code,
      name: lot.name,
      custodyModel: lot.custodyModel,
      productIds,
    });
    for (const step of lot.steps) await provenance.append(viewer, created.id, { ...step, occurredAt: new Date(step.occurredAt) });
  }
}
