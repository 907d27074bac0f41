import { EntityManager } from 'typeorm';
import { Category, ListingLanguage, Product } from '@allmende/catalog';

/** The category tree: parents with their children (slug, English, German). */
const CATEGORY_TREE: [string, string, string, [string, string, string][]][] = [
  [
    'food',
    'Food & drink',
    'Lebensmittel & Getränke',
    [
      ['coffee', 'Coffee', 'Kaffee'],
      ['tea', 'Tea', 'Tee'],
      ['chocolate', 'Chocolate & cocoa', 'Schokolade & Kakao'],
      ['spices', 'Spices', 'Gewürze'],
    ],
  ],
  [
    'textiles',
    'Textiles',
    'Textilien',
    [
      ['clothing', 'Clothing', 'Kleidung'],
      ['home-textiles', 'Home textiles', 'Heimtextilien'],
    ],
  ],
  [
    'crafts',
    'Crafts',
    'Kunsthandwerk',
    [
      ['ceramics', 'Ceramics', 'Keramik'],
      ['jewellery', 'Jewellery', 'Schmuck'],
    ],
  ],
  ['cosmetics', 'Natural cosmetics', 'Naturkosmetik', []],
];

type MeasureUnit = NonNullable<Product['unit']>;

/**
 * One pack size: the words the title ends with, the content it holds (what the unit price is
 * computed from, so it must agree with the words), and the gross price in cents before the
 * product's own small price difference.
 */
interface Variant {
  label: string;
  price: number;
  content?: { quantity: number; unit: MeasureUnit };
}

interface ProductLine {
  category: string;
  /** Product names, each with its price factor against the variant prices (1 = as listed). */
  names: [string, number][];
  variants: Variant[];
  description: string;
  vatRateBp: number;
  fair?: string;
  ecological?: string;
  smallAndPrecious?: boolean;
}

const grams = (label: string, quantity: number, price: number): Variant => ({
  label,
  price,
  content: { quantity, unit: 'G' },
});
const millilitres = (label: string, quantity: number, price: number): Variant => ({
  label,
  price,
  content: { quantity, unit: 'ML' },
});
const plain = (label: string, price: number): Variant => ({ label, price });

/** German VAT (UStG §12): 7 % on food, 19 % on everything else. */
const VAT_FOOD = 700;
const VAT_STANDARD = 1900;

/**
 * What each demo organisation sells, by its demo owner's email, at prices a German fair-trade
 * shop asks for such goods. German sellers write their listings in German.
 */
/** Each co-operative's range; `language` is the one its listings are written in (English unless given). */
const RANGES: Record<string, { language?: ListingLanguage; region: string; country: string; lines: ProductLine[] }> = {
  'chiapas@allmende.example': {
    region: 'Chiapas highlands',
    country: 'MX',
    lines: [
      {
        category: 'coffee',
        names: [
          ['Highland Coffee', 1],
          ['Espresso Roast', 1.05],
          ['Café de Olla Blend', 1.1],
          ['Decaf Mountain Water Coffee', 1.15],
          ['Single-Origin Fair Coffee', 1.2],
        ],
        variants: [
          { label: 'whole beans 250 g', price: 749, content: { quantity: 0.25, unit: 'KG' } },
          { label: 'ground 250 g', price: 749, content: { quantity: 0.25, unit: 'KG' } },
          { label: 'whole beans 500 g', price: 1399, content: { quantity: 0.5, unit: 'KG' } },
          { label: 'ground 500 g', price: 1399, content: { quantity: 0.5, unit: 'KG' } },
          { label: 'whole beans 1 kg', price: 2649, content: { quantity: 1, unit: 'KG' } },
          { label: 'filter grind 250 g', price: 749, content: { quantity: 0.25, unit: 'KG' } },
          { label: 'espresso grind 250 g', price: 769, content: { quantity: 0.25, unit: 'KG' } },
        ],
        description:
          'Shade-grown arabica from smallholder families, washed and sun-dried at the co-op, roasted in small batches.',
        vatRateBp: VAT_FOOD,
        fair: 'Fairtrade',
        ecological: 'EU organic',
      },
    ],
  },
  'darjeeling@allmende.example': {
    region: 'Darjeeling',
    country: 'IN',
    lines: [
      {
        category: 'tea',
        names: [
          ['First Flush Darjeeling', 1.4],
          ['Second Flush Muscatel', 1.3],
          ['Green Darjeeling', 1.1],
          ['White Tea Silver Tips', 1.8],
          ['Autumn Flush Black Tea', 1],
          ['Chai Spice Blend', 0.8],
        ],
        variants: [
          grams('loose leaf 100 g', 100, 690),
          grams('loose leaf 250 g', 250, 1590),
          grams('loose leaf 500 g', 500, 2890),
          grams('tea bags 20 × 2 g', 40, 390),
          grams('tin 50 g', 50, 490),
          grams('gift box 3 × 50 g', 150, 1690),
        ],
        description: 'Hand-plucked leaves from small tea growers, withered and rolled in the co-op factory.',
        vatRateBp: VAT_FOOD,
        fair: 'Fairtrade',
        ecological: 'Naturland',
      },
    ],
  },
  'kakao@allmende.example': {
    region: 'Manabí',
    country: 'EC',
    lines: [
      {
        category: 'chocolate',
        names: [
          ['Dark Chocolate 70 %', 1],
          ['Milk Chocolate with Cocoa Nibs', 1],
          ['Dark Chocolate with Sea Salt', 1.1],
        ],
        variants: [
          grams('bar 50 g', 50, 199),
          grams('bar 100 g', 100, 349),
          grams('pack of 5 bars × 100 g', 500, 1599),
          grams('gift box 3 × 100 g', 300, 1190),
        ],
        description: 'Nacional fine-flavour cacao, fermented and dried by the co-op, made into chocolate in Ecuador.',
        vatRateBp: VAT_FOOD,
        fair: 'WFTO',
        ecological: 'EU organic',
      },
      {
        category: 'chocolate',
        names: [
          ['Raw Cacao Nibs', 1.2],
          ['Drinking Chocolate', 1],
          ['Cocoa Powder', 0.9],
        ],
        variants: [grams('pouch 250 g', 250, 649), grams('tin 200 g', 200, 599), grams('pouch 1 kg', 1000, 2190)],
        description: 'Nacional fine-flavour cacao, fermented and dried by the co-op, ground in Ecuador.',
        vatRateBp: VAT_FOOD,
        fair: 'WFTO',
        ecological: 'EU organic',
      },
      {
        category: 'spices',
        names: [['Vanilla Pods', 1]],
        variants: [
          { label: '2 pods', price: 599, content: { quantity: 2, unit: 'PIECE' } },
          { label: '5 pods', price: 1299, content: { quantity: 5, unit: 'PIECE' } },
        ],
        description: 'Grown between the cacao trees, cured by hand.',
        vatRateBp: VAT_FOOD,
        fair: 'WFTO',
        smallAndPrecious: true,
      },
      {
        category: 'spices',
        names: [
          ['Cinnamon Sticks', 1],
          ['Achiote Paste', 1.2],
        ],
        variants: [grams('jar 50 g', 50, 399), grams('jar 100 g', 100, 699)],
        description: 'Grown between the cacao trees, cured by hand.',
        vatRateBp: VAT_FOOD,
        fair: 'WFTO',
        smallAndPrecious: true,
      },
    ],
  },
  'shea@allmende.example': {
    region: 'Northern Region',
    country: 'GH',
    lines: [
      {
        category: 'cosmetics',
        names: [
          ['Raw Shea Butter', 1],
          ['Whipped Shea Body Butter', 1.3],
        ],
        variants: [
          millilitres('travel size 30 ml', 30, 499),
          millilitres('jar 100 ml', 100, 1190),
          millilitres('jar 250 ml', 250, 2390),
          millilitres('refill 500 ml', 500, 3990),
        ],
        description: 'Nuts gathered and butter pressed by the women of the co-operative, unrefined.',
        vatRateBp: VAT_STANDARD,
        fair: 'WFTO',
        ecological: 'Ecocert',
        smallAndPrecious: true,
      },
      {
        category: 'cosmetics',
        names: [
          ['Shea Soap with Lemongrass', 1],
          ['Black Soap', 1.1],
        ],
        variants: [grams('bar 120 g', 120, 549), grams('3 bars × 120 g', 360, 1490)],
        description: 'Soap boiled from shea butter and plantain-skin ash by the women of the co-operative.',
        vatRateBp: VAT_STANDARD,
        fair: 'WFTO',
        ecological: 'Ecocert',
        smallAndPrecious: true,
      },
      {
        category: 'cosmetics',
        names: [['Shea Lip Balm', 1]],
        variants: [millilitres('tube 10 ml', 10, 450), millilitres('tin 15 ml', 15, 590)],
        description: 'Unrefined shea butter with a little beeswax, filled by hand.',
        vatRateBp: VAT_STANDARD,
        fair: 'WFTO',
        ecological: 'Ecocert',
        smallAndPrecious: true,
      },
    ],
  },
  'weberei@allmende.example': {
    language: 'DE',
    region: 'Oberlausitz',
    country: 'DE',
    lines: [
      {
        category: 'home-textiles',
        names: [
          ['Geschirrtuch aus Leinen', 1],
          ['Tischdecke aus Halbleinen', 5],
          ['Jacquard-Wolldecke', 8],
          ['Badetuch aus Bio-Baumwolle', 2.6],
        ],
        variants: [
          plain('natur', 1590),
          plain('blau gestreift', 1590),
          plain('rot kariert', 1590),
          plain('grau', 1590),
          plain('weiß', 1590),
        ],
        description: 'Auf restaurierten Webstühlen gewebt, aus GOTS-zertifizierter Bio-Baumwolle und europäischem Leinen.',
        vatRateBp: VAT_STANDARD,
        ecological: 'GOTS',
      },
      {
        category: 'clothing',
        names: [
          ['Leinenhemd', 1],
          ['Schal aus Bio-Baumwolle', 0.45],
          ['Wollsocken', 0.25],
        ],
        variants: [plain('Größe S', 7990), plain('Größe M', 7990), plain('Größe L', 7990), plain('Größe XL', 7990)],
        description: 'In unserer Werkstatt aus unserem eigenen Tuch zugeschnitten und genäht.',
        vatRateBp: VAT_STANDARD,
        ecological: 'GOTS',
      },
    ],
  },
  'keramik@allmende.example': {
    language: 'DE',
    region: 'Sachsen-Anhalt',
    country: 'DE',
    lines: [
      {
        category: 'ceramics',
        names: [
          ['Steinzeugbecher', 1],
          ['Frühstücksschale', 1.2],
          ['Teekanne', 3.2],
          ['Servierplatte', 2.4],
          ['Espressotasse', 0.8],
        ],
        variants: [
          plain('meergrün', 2490),
          plain('sand', 2490),
          plain('mitternachtsblau', 2490),
          plain('weiß', 2490),
          plain('gesprenkelt', 2490),
          plain('rost', 2490),
        ],
        description: 'Von Hand auf der Scheibe gedreht und mit bleifreien Glasuren glasiert, jedes Stück ein wenig anders.',
        vatRateBp: VAT_STANDARD,
        smallAndPrecious: true,
      },
      {
        category: 'jewellery',
        names: [
          ['Keramikanhänger', 1],
          ['Ohrringe aus Porzellan', 1.4],
        ],
        variants: [plain('rund', 3490), plain('Blatt', 3490), plain('Tropfen', 3490)],
        description: 'Kleine Porzellanstücke an recyceltem Silber.',
        vatRateBp: VAT_STANDARD,
        smallAndPrecious: true,
      },
    ],
  },
};

/** A tiny deterministic PRNG, so the demo catalog is the same on every machine. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** Loads the category tree and a few hundred listings of the demo sellers, all on sale. */
export async function seedDemoCatalog(db: EntityManager, organisationOfOwner: Map<string, string>): Promise<number> {
  const categories = db.getRepository(Category);
  const slugIds = new Map<string, string>();
  for (const [position, [slug, nameEn, nameDe, children]] of CATEGORY_TREE.entries()) {
    const parent = await categories.save(categories.create({ slug, nameEn, nameDe, position, parentId: null }));
    slugIds.set(slug, parent.id);
    for (const [childPosition, [childSlug, childEn, childDe]] of children.entries()) {
      const child = await categories.save(
        categories.create({ slug: childSlug, nameEn: childEn, nameDe: childDe, position: childPosition, parentId: parent.id }),
      );
      slugIds.set(childSlug, child.id);
    }
  }

  const products = demoListings(organisationOfOwner, slugIds);
  await db.getRepository(Product).insert(products);
  return products.length;
}

/**
 * The demo listings as rows, all on sale: each product name in each of its line's pack sizes,
 * priced from the pack's price, the name's factor and a small deterministic difference.
 */
export function demoListings(organisationOfOwner: Map<string, string>, categoryOfSlug: Map<string, string>): Partial<Product>[] {
  const next = random(42);
  const products: Partial<Product>[] = [];
  for (const [owner, range] of Object.entries(RANGES)) {
    const sellerId = organisationOfOwner.get(owner)!;
    for (const line of range.lines) {
      for (const [name, factor] of line.names) {
        for (const variant of line.variants) {
          // Prices end in 9, within ±5 % of the pack's price for this name.
          const price = Math.round((variant.price * factor * (0.95 + next() * 0.1)) / 10) * 10 - 1;
          products.push({
            sellerId,
            sellerKind: 'ORGANISATION',
            sku: `${name}-${variant.label}`
              .normalize('NFKD')
              .toLowerCase()
              .replace(/[^a-z0-9]+/g, '-')
              .slice(0, 64),
            title: `${name}, ${variant.label}`,
            description: line.description,
            language: range.language ?? 'EN',
            categoryId: categoryOfSlug.get(line.category)!,
            priceAmount: price,
            currency: 'EUR',
            vatRateBp: line.vatRateBp,
            stock: 5 + Math.floor(next() * 60),
            condition: 'NEW',
            fair: Boolean(line.fair),
            fairSeal: line.fair ?? null,
            ecological: Boolean(line.ecological),
            ecologicalSeal: line.ecological ?? null,
            smallAndPrecious: line.smallAndPrecious ?? false,
            originRegion: range.region,
            originCountry: range.country,
            unitQuantity: variant.content?.quantity ?? null,
            unit: variant.content?.unit ?? null,
            state: 'ACTIVE',
            publishedAt: new Date(Date.UTC(2026, 9, 1) + Math.floor(next() * 50 * 86_400_000)),
          });
        }
      }
    }
  }
  return products;
}
